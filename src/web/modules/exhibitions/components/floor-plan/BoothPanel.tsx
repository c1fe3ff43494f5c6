import { CloseButton, Paper, ScrollArea } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Props = { phone: boolean; onClose: () => void; children: ReactNode };

/**
 * Beside the plan on wide screens; on a phone a sheet over the bottom of the screen that leaves
 * the plan above it usable, so the walking route stays in view.
 */
export function BoothPanel({ phone, onClose, children }: Props) {
  const { t } = useTranslation();
  const close = (
    <CloseButton onClick={onClose} aria-label={t("floorPlan.booth.close")} pos="absolute" top={10} right={10} size="lg" data-testid="booth-panel-close" />
  );
  if (phone) {
    return (
      <Paper
        shadow="xl"
        withBorder
        radius="lg"
        p="md"
        pos="fixed"
        left={0}
        right={0}
        bottom={0}
        role="dialog"
        aria-modal={false}
        aria-label={t("floorPlan.booth.panel")}
        data-testid="booth-panel"
        style={{ zIndex: 150, borderBottomLeftRadius: 0, borderBottomRightRadius: 0 }}
      >
        {close}
        <ScrollArea.Autosize mah="42vh">{children}</ScrollArea.Autosize>
      </Paper>
    );
  }
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      w={340}
      style={{ flex: "none", position: "sticky", top: 16 }}
      role="region"
      aria-label={t("floorPlan.booth.panel")}
      data-testid="booth-panel"
    >
      {close}
      {children}
    </Paper>
  );
}
