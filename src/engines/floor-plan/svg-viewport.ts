import { parseLength, type Viewport } from "./read-svg-shapes";
import type { SvgElement } from "./scan-svg";
import type { PlanProblem } from "./types";

/** The drawing's coordinate frame: the viewBox, else width and height from the origin. */
export const readSvgViewport = (root: SvgElement): Viewport | null => {
  const viewBox = root.attributes.viewbox
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (viewBox && viewBox.length === 4 && viewBox.every(Number.isFinite) && viewBox[2] > 0 && viewBox[3] > 0) {
    return { x: viewBox[0], y: viewBox[1], width: viewBox[2], height: viewBox[3] };
  }
  // Percentages refer to a browser window, which a floor plan does not have.
  const width = root.attributes.width?.includes("%") ? null : parseLength(root.attributes.width, 0);
  const height = root.attributes.height?.includes("%") ? null : parseLength(root.attributes.height, 0);
  return width && height && width > 0 && height > 0 ? { x: 0, y: 0, width, height } : null;
};

const METRES_PER_UNIT = /^data-(metres|meters|m)-per-(user-)?unit$/;
const UNITS_PER_METRE = /^data-(user-)?units-per-(metre|meter|m)$/;

/** Metres per user unit: 1 unless the root says otherwise, as drawings in decimetres or centimetres do. */
export const readSvgScale = (root: SvgElement, problems: PlanProblem[]): number => {
  for (const [name, value] of Object.entries(root.attributes)) {
    const inverse = UNITS_PER_METRE.test(name);
    if (!inverse && !METRES_PER_UNIT.test(name)) continue;
    const number = Number(value.trim());
    if (Number.isFinite(number) && number > 0) return inverse ? 1 / number : number;
    problems.push({ path: name, message: `${name} must be a number above 0, got "${value}"` });
  }
  return 1;
};
