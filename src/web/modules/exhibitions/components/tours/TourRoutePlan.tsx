import { useMemo } from "react";
import type { TFloorPlan, TTour } from "../../../../../contracts/exhibitions";
import { FloorPlanView } from "../floor-plan/FloorPlanView";

/** The tour's hall with the walk drawn on it and the stops numbered in visiting order. */
export function TourRoutePlan({ plan, tour, height }: { plan: TFloorPlan; tour: TTour; height: number | string }) {
  const route = useMemo(() => tour.stops.map((stop) => ({ path: stop.path, boothId: stop.boothId })), [tour.stops]);
  const stopIds = useMemo(() => tour.stops.map((stop) => stop.boothId), [tour.stops]);
  const hall = plan.halls.find((h) => h.id === tour.hallId);
  const oneHall = useMemo(() => (hall ? { ...plan, halls: [hall] } : plan), [plan, hall]);
  return <FloorPlanView plan={oneHall} selectedBoothIds={stopIds} route={route} height={height} />;
}
