/**
 * SVG transforms that keep rectangles axis-aligned: translate and scale, and matrix() without
 * rotation or skew. A booth drawn rotated has no place on an axis-aligned plan, so rotate, skew
 * and rotating matrices are reported instead of being approximated.
 */
export type AxisTransform = { scaleX: number; scaleY: number; translateX: number; translateY: number };

export const IDENTITY: AxisTransform = { scaleX: 1, scaleY: 1, translateX: 0, translateY: 0 };

/** `outer ∘ inner`: apply `inner` first, as for an element inside a transformed group. */
export const composeTransforms = (outer: AxisTransform, inner: AxisTransform): AxisTransform => ({
  scaleX: outer.scaleX * inner.scaleX,
  scaleY: outer.scaleY * inner.scaleY,
  translateX: outer.scaleX * inner.translateX + outer.translateX,
  translateY: outer.scaleY * inner.translateY + outer.translateY,
});

export const applyTransform = (t: AxisTransform, x: number, y: number): { x: number; y: number } => ({
  x: t.scaleX * x + t.translateX,
  y: t.scaleY * y + t.translateY,
});

const FUNCTION = /([a-zA-Z]+)\s*\(([^)]*)\)/g;

const fromFunction = (name: string, args: number[]): AxisTransform | null => {
  const [a = 0, b, c, d, e, f] = args;
  switch (name) {
    case "translate":
      return { scaleX: 1, scaleY: 1, translateX: a, translateY: b ?? 0 };
    case "scale":
      return { scaleX: a, scaleY: b ?? a, translateX: 0, translateY: 0 };
    case "matrix":
      return args.length === 6 && b === 0 && c === 0 ? { scaleX: a, scaleY: d ?? 1, translateX: e ?? 0, translateY: f ?? 0 } : null;
    case "rotate":
    case "skewx":
    case "skewy":
      // Only the no-op forms ("rotate(0)") that some editors write out.
      return a % 360 === 0 ? IDENTITY : null;
    default:
      return null;
  }
};

/** The transform in an element's `transform` attribute, or the text of the first part it cannot honour. */
export const parseTransform = (value: string | undefined): AxisTransform | { unsupported: string } => {
  if (value === undefined || value.trim() === "") return IDENTITY;
  let result = IDENTITY;
  let consumed = "";
  for (const match of value.matchAll(FUNCTION)) {
    const args = match[2]
      .split(/[\s,]+/)
      .filter((part) => part !== "")
      .map(Number);
    const part = args.every(Number.isFinite) ? fromFunction(match[1].toLowerCase(), args) : null;
    if (!part) return { unsupported: match[0].trim() };
    // In a list "A B", B applies first.
    result = composeTransforms(result, part);
    consumed += match[0];
  }
  if (consumed.replace(/\s|,/g, "").length !== value.replace(/\s|,/g, "").length) return { unsupported: value.trim() };
  return result;
};
