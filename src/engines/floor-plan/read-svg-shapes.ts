import type { SvgElement } from "./scan-svg";
import { type AxisTransform, applyTransform, composeTransforms, IDENTITY, parseTransform } from "./svg-transform";
import type { PlanProblem, Point, Rect } from "./types";

/** Shapes in the SVG's user units, transforms already applied. */
export type SvgShape =
  | { kind: "rect"; element: SvgElement; box: Rect }
  | { kind: "round"; element: SvgElement; centre: Point; box: Rect }
  | { kind: "text"; element: SvgElement; anchor: Point; label: string };

export type Viewport = { x: number; y: number; width: number; height: number };

export const describeElement = (element: SvgElement): string => {
  const key = element.attributes["data-number"] !== undefined ? "data-number" : element.attributes.id !== undefined ? "id" : null;
  return key ? `<${element.name} ${key}="${element.attributes[key]}">` : `<${element.name}>`;
};

const LENGTH = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px|%)?\s*$/i;

/** A length in user units; "%" is relative to the viewport side. Physical units (mm, cm) mean nothing without a scale we trust. */
export const parseLength = (value: string | undefined, reference: number): number | null => {
  if (value === undefined) return null;
  const match = LENGTH.exec(value);
  if (!match) return null;
  const number = Number(match[1]);
  return match[2] === "%" ? (number * reference) / 100 : number;
};

const firstCoordinate = (value: string | undefined): string | undefined => value?.trim().split(/[\s,]+/)[0];

/** The first line of a label: Inkscape writes a multi-line label as one tspan per line, the booth number first. */
const firstLine = (text: SvgElement): string => {
  const own = text.text.replace(/\s+/g, " ").trim();
  if (own !== "") return own;
  for (const child of text.children) {
    const line = firstLine(child);
    if (line !== "") return line;
  }
  return "";
};

// Ids that editors invent ("rect1234", "path12-3") are not booth numbers; the label inside is.
const GENERATED_ID = /^(rect|path|layer|svg)\d+([-_.]\d+)*$/;

export const isGeneratedId = (id: string): boolean => GENERATED_ID.test(id);

/**
 * Whether a drawing error on this element must stop the import: it is (or may be) a booth, an
 * entrance, an obstacle or the hall. A rotated caption or a decoration is skipped silently.
 */
const matters = (element: SvgElement): boolean => {
  const { id } = element.attributes;
  return (
    element.attributes["data-number"] !== undefined ||
    element.attributes["data-role"] !== undefined ||
    (element.name === "rect" && id !== undefined && !isGeneratedId(id.trim()))
  );
};

type TransformLookup = (element: SvgElement | null) => AxisTransform | { unsupported: string; at: SvgElement };

const makeTransformLookup = (): TransformLookup => {
  const cache = new Map<SvgElement, ReturnType<TransformLookup>>();
  const lookup: TransformLookup = (element) => {
    if (!element || element.name === "#document") return IDENTITY;
    const cached = cache.get(element);
    if (cached !== undefined) return cached;
    const parent = lookup(element.parent);
    const own = parseTransform(element.attributes.transform);
    const result = "unsupported" in parent ? parent : "unsupported" in own ? { unsupported: own.unsupported, at: element } : composeTransforms(parent, own);
    cache.set(element, result);
    return result;
  };
  return lookup;
};

const boxFrom = (t: AxisTransform, x: number, y: number, width: number, height: number): Rect => {
  const a = applyTransform(t, x, y);
  const b = applyTransform(t, x + width, y + height);
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) };
};

const isRelevant = (element: SvgElement): boolean =>
  ["rect", "circle", "ellipse", "text"].includes(element.name) || element.attributes["data-role"] !== undefined;

/**
 * Reads rects, circles, ellipses, texts, and any element with a data-role, honouring the
 * transforms of the element and its groups. Elements inside <defs> are templates, not drawings.
 */
export const readSvgShapes = (elements: readonly SvgElement[], viewport: Viewport, problems: PlanProblem[]): SvgShape[] => {
  const transformOf = makeTransformLookup();
  const reported = new Set<SvgElement>();
  const report = (element: SvgElement, message: string): void => {
    if (reported.has(element)) return;
    reported.add(element);
    problems.push({ path: `line ${element.line}`, message: `Line ${element.line}: ${describeElement(element)} ${message}` });
  };
  const shapes: SvgShape[] = [];
  for (const element of elements) {
    if (!isRelevant(element) || insideDefs(element)) continue;
    const t = transformOf(element);
    if ("unsupported" in t) {
      const message = `uses transform "${t.unsupported}"; only translate and scale can be imported, so redraw it without rotation or skew`;
      if (matters(element)) report(t.at, message);
      continue;
    }
    const a = element.attributes;
    const length = (name: string, reference: number, fallback: number | null = 0): number | null =>
      a[name] === undefined ? fallback : parseLength(a[name], reference);
    if (element.name === "text") {
      const tspan = element.children.find((child) => child.name === "tspan");
      const x = parseLength(firstCoordinate(a.x ?? tspan?.attributes.x) ?? "0", viewport.width);
      const y = parseLength(firstCoordinate(a.y ?? tspan?.attributes.y) ?? "0", viewport.height);
      if (x !== null && y !== null) shapes.push({ kind: "text", element, anchor: applyTransform(t, x, y), label: firstLine(element) });
      continue;
    }
    const isRound = element.name === "circle" || element.name === "ellipse";
    const values = isRound
      ? [
          length("cx", viewport.width),
          length("cy", viewport.height),
          length("rx", viewport.width, length("r", viewport.width)),
          length("ry", viewport.height, length("r", viewport.width)),
        ]
      : element.name === "rect"
        ? [length("x", viewport.width), length("y", viewport.height), length("width", viewport.width, null), length("height", viewport.height, null)]
        : [length("x", viewport.width, null), length("y", viewport.height, null), 0, 0];
    if (values.some((value) => value === null || !Number.isFinite(value))) {
      if (matters(element)) report(element, "has a missing or unreadable position or size (use plain numbers, no mm or cm)");
      continue;
    }
    const [x, y, w, h] = values as number[];
    if (isRound) {
      shapes.push({ kind: "round", element, centre: applyTransform(t, x, y), box: boxFrom(t, x - w, y - h, 2 * w, 2 * h) });
    } else if (element.name === "rect") shapes.push({ kind: "rect", element, box: boxFrom(t, x, y, w, h) });
    else shapes.push({ kind: "round", element, centre: applyTransform(t, x, y), box: boxFrom(t, x, y, 0, 0) });
  }
  return shapes;
};

const insideDefs = (element: SvgElement): boolean => {
  for (let e = element.parent; e; e = e.parent) if (e.name === "defs" || e.name === "symbol" || e.name === "clippath" || e.name === "mask") return true;
  return false;
};
