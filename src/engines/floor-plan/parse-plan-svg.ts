import { rectContainsPoint, roundTo } from "./geometry";
import { nameSvgBooths } from "./name-svg-booths";
import { readPlanObject } from "./read-plan-object";
import { readSvgShapes, type SvgShape, type Viewport } from "./read-svg-shapes";
import { listSvgElements, type SvgElement, SvgTooDeepError, scanSvg } from "./scan-svg";
import { readSvgScale, readSvgViewport } from "./svg-viewport";
import type { PlanImport, PlanProblem, Point } from "./types";
import { validateHallPlan } from "./validate-hall-plan";

const MAX_SVG_BYTES = 2 * 1024 * 1024;

type RectShape = Extract<SvgShape, { kind: "rect" }>;

const fail = (message: string): PlanImport => ({ plan: null, problems: [{ path: "", message }] });

const utf8Length = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 2 : 3; // a surrogate pair is 4 bytes in all
  }
  return bytes;
};

const roleOf = (element: SvgElement): string => element.attributes["data-role"]?.trim().toLowerCase() ?? "";

const inheritedAttribute = (element: SvgElement, name: string): string | undefined => {
  for (let e: SvgElement | null = element; e; e = e.parent) if (e.attributes[name] !== undefined) return e.attributes[name];
  return undefined;
};

/** The explicit hall outline, or else the largest unnumbered rect that encloses every other shape. */
const findHallOutline = (rects: readonly RectShape[], shapes: readonly SvgShape[]): RectShape | null => {
  const marked = rects.find((rect) => roleOf(rect.element) === "hall");
  if (marked) return marked;
  const unnumbered = rects.filter((rect) => rect.element.attributes["data-number"] === undefined && roleOf(rect.element) === "");
  const largest = unnumbered.reduce<RectShape | null>(
    (best, rect) => (!best || rect.box.width * rect.box.height > best.box.width * best.box.height ? rect : best),
    null,
  );
  if (!largest || shapes.length < 2) return null;
  const encloses = shapes.every((shape) => {
    if (shape === largest || shape.kind === "text") return true;
    // An entrance is drawn as a circle centred on the wall, half of it outside the hall.
    if (shape.kind === "round") return rectContainsPoint(largest.box, shape.centre);
    const b = shape.box;
    return rectContainsPoint(largest.box, b) && rectContainsPoint(largest.box, { x: b.x + b.width, y: b.y + b.height });
  });
  return encloses ? largest : null;
};

const optionalNumber = (value: string | undefined): number | string | undefined => {
  if (value === undefined || value.trim() === "") return undefined;
  const number = Number(value.trim());
  return Number.isFinite(number) ? number : value; // left as text so the reader names the bad value
};

/**
 * Imports a floor plan drawn in any SVG editor. Booths are rects with a number (data-number, id,
 * or a text label inside); the hall is a data-role="hall" rect, else an unnumbered rect around
 * everything, else the viewBox; data-role="entrance" marks entrances (their centre) and
 * data-role="obstacle" pillars and stages. Booth details come from data-type, data-price,
 * data-currency and data-pavilion (also on an enclosing group). One user unit is one metre unless
 * the root carries data-metres-per-unit. All-or-nothing: `plan` is null whenever a problem is reported.
 */
export const parsePlanSvg = (text: string): PlanImport => {
  if (text.length > MAX_SVG_BYTES || utf8Length(text) > MAX_SVG_BYTES) return fail("The SVG file is larger than 2 MB; simplify the drawing or split the hall");
  // DTDs are how XML bombs and external-entity attacks arrive; an SVG floor plan never needs one.
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    return fail("The SVG contains a <!DOCTYPE> or <!ENTITY> declaration, which is refused for safety; export it again as plain SVG");
  let document: SvgElement;
  try {
    document = scanSvg(text);
  } catch (error) {
    if (error instanceof SvgTooDeepError) return fail(error.message);
    throw error;
  }
  const root = listSvgElements(document).find((element) => element.name === "svg");
  if (!root) return fail("No <svg> element found; is this an SVG file?");
  const problems: PlanProblem[] = [];
  const scale = readSvgScale(root, problems);
  const viewport = readSvgViewport(root);
  const shapes = readSvgShapes(listSvgElements(root), viewport ?? { x: 0, y: 0, width: 0, height: 0 }, problems);
  const rects = shapes.filter((shape): shape is RectShape => shape.kind === "rect");
  const hall = findHallOutline(rects, shapes);
  const frame: Viewport | null = hall ? hall.box : viewport;
  if (!frame)
    return { plan: null, problems: [...problems, { path: "", message: "The SVG has no viewBox, width and height, or hall outline to size the hall" }] };
  const toMetres = (point: Point): Point => ({ x: roundTo((point.x - frame.x) * scale, 6), y: roundTo((point.y - frame.y) * scale, 6) });
  const sizeInMetres = (size: number): number => roundTo(size * scale, 6);

  const candidates = rects.filter((rect) => rect !== hall && roleOf(rect.element) === "");
  const numbers = nameSvgBooths(
    candidates,
    shapes.filter((shape) => shape.kind === "text"),
  );
  const boothRects = candidates.filter((rect) => numbers.has(rect));
  // When shapes were already rejected, "no booths" would only repeat that problem.
  if (boothRects.length === 0 && problems.length === 0)
    problems.push({ path: "booths", message: "No booths found: give each booth rect a data-number, an id, or a text label inside it" });
  const booths = boothRects.map((rect) => {
    const a = rect.element.attributes;
    return {
      number: numbers.get(rect),
      ...toMetres(rect.box),
      width: sizeInMetres(rect.box.width),
      height: sizeInMetres(rect.box.height),
      type: a["data-type"]?.trim().toLowerCase() || undefined,
      price: optionalNumber(a["data-price"]),
      currency: a["data-currency"] || undefined,
      pavilion: inheritedAttribute(rect.element, "data-pavilion"),
    };
  });
  const drawn = shapes.filter((shape): shape is Exclude<SvgShape, { kind: "text" }> => shape.kind !== "text");
  const obstacles = drawn
    .filter((shape) => roleOf(shape.element) === "obstacle")
    .map((shape) => ({ ...toMetres(shape.box), width: sizeInMetres(shape.box.width), height: sizeInMetres(shape.box.height) }));
  const entrances = drawn
    .filter((shape) => roleOf(shape.element) === "entrance")
    .map((shape) => toMetres(shape.kind === "round" ? shape.centre : { x: shape.box.x + shape.box.width / 2, y: shape.box.y + shape.box.height / 2 }));

  const read = readPlanObject({ width: sizeInMetres(frame.width), height: sizeInMetres(frame.height), entrances, booths, obstacles });
  const lineOfBooth = (path: string): string => {
    const index = /^booths\[(\d+)\]/.exec(path)?.[1];
    return index === undefined ? "" : `Line ${boothRects[Number(index)].element.line}: `;
  };
  const planProblems = read.plan ? validateHallPlan(read.plan) : read.problems;
  const all = [...problems, ...planProblems.map((problem) => ({ ...problem, message: lineOfBooth(problem.path) + problem.message }))];
  return { plan: all.length === 0 ? read.plan : null, problems: all };
};
