const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export function isHexColor(color: string): boolean {
  return HEX_COLOR.test(color);
}

function channelLuminance(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of #rrggbb. */
export function relativeLuminance(color: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => channelLuminance(Number.parseInt(color.slice(at, at + 2), 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Black or white, whichever contrasts more with the band: organisers pick category colours
 * freely (gold for VIP, yellow for staff), and white on yellow cannot be read at the door.
 */
export function textColorOn(background: string): "#000000" | "#ffffff" {
  const luminance = relativeLuminance(background);
  const contrastWithBlack = (luminance + 0.05) / 0.05;
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  return contrastWithBlack >= contrastWithWhite ? "#000000" : "#ffffff";
}
