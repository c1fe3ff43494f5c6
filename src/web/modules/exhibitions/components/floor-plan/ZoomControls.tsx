import { ActionIcon, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";

type Props = { onZoomIn: () => void; onZoomOut: () => void; onFit: () => void };

const FitIcon = () => (
  <svg width={18} height={18} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" aria-hidden>
    <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
  </svg>
);

/** Large enough to hit with a thumb; placed over the plan's top-right corner. */
export function ZoomControls({ onZoomIn, onZoomOut, onFit }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} pos="absolute" top={8} right={8} style={{ zIndex: 1 }} className="plan-zoom-controls">
      <ActionIcon size="lg" variant="default" onClick={onZoomIn} aria-label={t("floorPlan.viewer.zoomIn")} data-testid="plan-zoom-in">
        <span style={{ fontSize: 20, lineHeight: 1 }}>+</span>
      </ActionIcon>
      <ActionIcon size="lg" variant="default" onClick={onZoomOut} aria-label={t("floorPlan.viewer.zoomOut")} data-testid="plan-zoom-out">
        <span style={{ fontSize: 20, lineHeight: 1 }}>−</span>
      </ActionIcon>
      <ActionIcon size="lg" variant="default" onClick={onFit} aria-label={t("floorPlan.viewer.fit")} data-testid="plan-fit">
        <FitIcon />
      </ActionIcon>
    </Stack>
  );
}
