import type { TBooth, TFloorPlan, TPoint } from "../../../../../contracts/exhibitions";

/** How a booth is drawn: normal, faded out (filtered away), or highlighted (chosen, found, on the route). */
export type BoothEmphasis = "normal" | "dimmed" | "highlighted";

/** The contract of the shared plan viewer; pages pass what they want to show. */
export type FloorPlanViewProps = {
  plan: TFloorPlan;
  /** The hall shown; defaults to the first. The viewer shows hall tabs when there are several. */
  hallId?: string;
  /** Booths drawn as selected (thick outline), e.g. the booth being applied for or tour stops. */
  selectedBoothIds?: string[];
  emphasisOf?: (booth: TBooth) => BoothEmphasis;
  onBoothClick?: (booth: TBooth) => void;
  /** Walking paths (hall metres) drawn over the plan, numbered stops in order. */
  route?: { path: TPoint[]; boothId: string }[];
  /** CSS height of the viewport; the plan zooms and pans inside it. */
  height?: number | string;
  /** A booth to centre and zoom to, e.g. one named in the address or found by a search; again on every change. */
  focusBoothId?: string;
};
