import type { TVisitorCategory } from "../../../../../contracts/exhibitions";

/** The colours printed on the badges' bands, so the screen matches the badge in the visitor's hand. */
export const CATEGORY_COLORS: Record<TVisitorCategory, string> = {
  trade_visitor: "#1c7ed6",
  buyer: "#2f9e44",
  press: "#e8590c",
  vip: "#c9a227",
  delegation: "#7048e8",
  exhibitor_staff: "#0c8599",
};

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Black or white, whichever reads better on the colour (WCAG contrast). */
export function textColorOn(background: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => channel(Number.parseInt(background.slice(at, at + 2), 16)));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000000" : "#ffffff";
}
