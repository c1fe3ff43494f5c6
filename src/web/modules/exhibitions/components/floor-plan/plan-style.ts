import type { TBooth, TFloorPlan } from "../../../../../contracts/exhibitions";

/** Booths outside any pavilion. */
export const NO_PAVILION_COLOR = "#868e96";
export const HIGHLIGHT_COLOR = "#f76707";
export const SELECTED_COLOR = "#1c1c1c";
export const ROUTE_COLOR = "#e03131";
export const ENTRANCE_COLOR = "#2f9e44";

export function pavilionColors(plan: TFloorPlan): Map<string, string> {
  return new Map(plan.pavilions.map((pavilion) => [pavilion.id, pavilion.color]));
}

export const boothColor = (booth: Pick<TBooth, "pavilionId">, colors: Map<string, string>) =>
  (booth.pavilionId && colors.get(booth.pavilionId)) || NO_PAVILION_COLOR;

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export function textOn(hex: string): string {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.4 ? "#1c1c1c" : "#ffffff";
}

/** An SVG id for the stripes of reserved booths of one colour. */
export const hatchId = (color: string) => `hatch-${color.replace("#", "")}`;
