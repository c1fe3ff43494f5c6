import { Box, Stack, Tabs, Text } from "@mantine/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { THall } from "../../../../../contracts/exhibitions";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { HallDrawing } from "./HallDrawing";
import { PlanLegend } from "./PlanLegend";
import "./floor-plan.css";
import { EntranceMarkers, RouteOverlay } from "./PlanMarkers";
import { pavilionColors } from "./plan-style";
import type { FloorPlanViewProps } from "./types";
import { useBoothText } from "./useBoothText";
import { usePanZoom } from "./usePanZoom";
import { boundsOf, viewBoxAttribute } from "./view-box";
import { ZoomControls } from "./ZoomControls";

const NO_SELECTION: string[] = [];

/**
 * The floor plan of a forum as an SVG in hall metres: pavilion colours, booth states, entrances,
 * an optional walking route; zoom and pan by wheel, pinch, drag, buttons and keys.
 */
export function FloorPlanView({
  plan,
  hallId,
  selectedBoothIds = NO_SELECTION,
  emphasisOf,
  onBoothClick,
  route,
  height = 480,
  focusBoothId,
}: FloorPlanViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // A tab the person picked wins until the page asks for another hall (a chosen or found booth elsewhere).
  const [ownHallId, setOwnHallId] = useState<string | undefined>(undefined);
  const asked = hallId ?? (focusBoothId ? plan.halls.find((h) => h.booths.some((b) => b.id === focusBoothId))?.id : undefined);
  const [askedHallId, setAskedHallId] = useState(asked);
  if (askedHallId !== asked) {
    setAskedHallId(asked);
    setOwnHallId(undefined);
  }
  const hall: THall | undefined = plan.halls.find((h) => h.id === (ownHallId ?? asked)) ?? plan.halls[0];

  const changeHall = (id: string | null) => {
    if (!id) return;
    setOwnHallId(id);
  };

  if (!hall) {
    return (
      <Text c="dimmed" data-testid="plan-empty">
        {t("floorPlan.viewer.noHalls")}
      </Text>
    );
  }

  return (
    <Stack gap="sm">
      {plan.halls.length > 1 ? (
        <Tabs value={hall.id} onChange={changeHall} data-testid="plan-hall-tabs">
          <Tabs.List>
            {plan.halls.map((h) => (
              <Tabs.Tab key={h.id} value={h.id}>
                {pickLocalized(h.name, language)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      ) : null}
      <HallViewport
        plan={plan}
        hall={hall}
        selectedBoothIds={selectedBoothIds}
        emphasisOf={emphasisOf}
        onBoothClick={onBoothClick}
        route={route}
        height={height}
        focusBoothId={focusBoothId}
      />
      <PlanLegend plan={plan} pavilionIds={new Set(hall.booths.map((b) => b.pavilionId ?? ""))} hasUnassigned={hall.booths.some((b) => !b.pavilionId)} />
    </Stack>
  );
}

type ViewportProps = Omit<FloorPlanViewProps, "hallId"> & { hall: THall; selectedBoothIds: string[] };

function HallViewport({ plan, hall, selectedBoothIds, emphasisOf, onBoothClick, route, height, focusBoothId }: ViewportProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  const hallSize = useMemo(() => ({ width: hall.width, height: hall.height }), [hall.width, hall.height]);
  const zoom = usePanZoom(ref, { hallKey: `${hall.id}:${hall.width}x${hall.height}`, hall: hallSize });
  const colors = useMemo(() => pavilionColors(plan), [plan]);
  const selected = useMemo(() => new Set(selectedBoothIds), [selectedBoothIds]);
  const { labelOf, exhibitorNameOf } = useBoothText();

  const focusBooth = focusBoothId ? hall.booths.find((b) => b.id === focusBoothId) : undefined;
  const ready = zoom.viewport.width > 0;
  const { focus, showAll } = zoom;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once per requested booth, after the viewport is measured
  useEffect(() => {
    if (ready && focusBooth) focus(focusBooth);
  }, [ready, focusBooth?.id]);
  // A new route is shown whole, from the entrance to the last stop.
  const routeBounds = useMemo(() => boundsOf(route?.flatMap((leg) => leg.path) ?? []), [route]);
  const routeKey = routeBounds ? `${routeBounds.x},${routeBounds.y},${routeBounds.width},${routeBounds.height}` : "";
  // biome-ignore lint/correctness/useExhaustiveDependencies: refit when the route itself changes, not its array identity
  useEffect(() => {
    if (ready && routeBounds) showAll(routeBounds);
  }, [ready, routeKey]);

  return (
    <Box
      ref={ref}
      pos="relative"
      h={height}
      tabIndex={0}
      role="group"
      aria-label={t("floorPlan.viewer.planLabel", { hall: pickLocalized(hall.name, language) })}
      aria-roledescription={t("floorPlan.viewer.roleDescription")}
      className="floor-plan-viewport"
      data-testid="floor-plan"
      data-scale={zoom.view.scale.toFixed(3)}
      style={{
        overflow: "hidden",
        touchAction: "none",
        userSelect: "none",
        border: "1px solid var(--mantine-color-gray-3)",
        borderRadius: 8,
        background: "var(--mantine-color-gray-0)",
      }}
      {...zoom.handlers}
    >
      <svg
        width="100%"
        height="100%"
        viewBox={viewBoxAttribute(zoom.view, zoom.viewport)}
        style={{ display: "block" }}
        data-testid="floor-plan-svg"
        fontFamily="system-ui, sans-serif"
      >
        <title>{t("floorPlan.viewer.planLabel", { hall: pickLocalized(hall.name, language) })}</title>
        <HallDrawing
          hall={hall}
          colors={colors}
          selected={selected}
          emphasisOf={emphasisOf}
          labelOf={labelOf}
          exhibitorNameOf={exhibitorNameOf}
          onBoothClick={onBoothClick}
        />
        {route?.length ? <RouteOverlay route={route} scale={zoom.view.scale} label={(stop) => t("floorPlan.viewer.stop", { number: stop })} /> : null}
        <EntranceMarkers entrances={hall.entrances} scale={zoom.view.scale} label={(index) => t("floorPlan.viewer.entrance", { number: index + 1 })} />
      </svg>
      {hall.booths.length === 0 ? (
        <Text pos="absolute" top={12} left={12} size="sm" c="dimmed" data-testid="plan-no-booths">
          {t("floorPlan.viewer.noBooths")}
        </Text>
      ) : null}
      <ZoomControls onZoomIn={zoom.zoomIn} onZoomOut={zoom.zoomOut} onFit={zoom.fitHall} />
    </Box>
  );
}
