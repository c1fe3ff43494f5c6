import { type PointerEvent as ReactPointerEvent, type RefObject, useState } from "react";
import type { TPoint } from "../../../../../../contracts/exhibitions";
import type { Rect } from "../../../../../../engines/floor-plan";
import { type Draft, type DraftBooth, newKey, nextBoothNumber, SNAP, snap } from "./draft";

export type Tool = "select" | "booth" | "obstacle" | "entrance";
export type Corner = "nw" | "ne" | "sw" | "se";

/** What is being dragged right now, drawn instead of the saved shape until the pointer is let go. */
export type Preview = { kind: "booth"; booth: DraftBooth } | { kind: "new"; tool: "booth" | "obstacle"; rect: Rect } | null;

type Options = {
  svg: RefObject<SVGSVGElement | null>;
  draft: Draft;
  tool: Tool;
  onEdit: (draft: Draft) => void;
  onSelect: (key: string | null) => void;
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** A rectangle from two corners, at least one grid step each way. */
const spanRect = (a: TPoint, b: TPoint): Rect => ({
  x: Math.min(a.x, b.x),
  y: Math.min(a.y, b.y),
  width: Math.max(SNAP, Math.abs(a.x - b.x)),
  height: Math.max(SNAP, Math.abs(a.y - b.y)),
});

/** The nearest point on the hall's walls: entrances are doors in a wall. */
export function ontoWall(point: TPoint, width: number, height: number): TPoint {
  const p = { x: clamp(point.x, 0, width), y: clamp(point.y, 0, height) };
  const distances = [p.x, width - p.x, p.y, height - p.y];
  const nearest = distances.indexOf(Math.min(...distances));
  if (nearest === 0) return { x: 0, y: snap(p.y) };
  if (nearest === 1) return { x: width, y: snap(p.y) };
  if (nearest === 2) return { x: snap(p.x), y: 0 };
  return { x: snap(p.x), y: height };
}

/**
 * Drawing, moving and resizing on the editor's SVG. Each gesture listens on the window until the
 * pointer is released, then becomes one edit, so one undo takes back one whole drag.
 */
export function useEditorGestures({ svg, draft, tool, onEdit, onSelect }: Options) {
  const [preview, setPreview] = useState<Preview>(null);

  const toHall = (event: { clientX: number; clientY: number }): TPoint => {
    const matrix = svg.current?.getScreenCTM()?.inverse();
    if (!matrix) return { x: 0, y: 0 };
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
    return { x: point.x, y: point.y };
  };

  const follow = (onMove: (at: TPoint) => void, onUp: (at: TPoint) => void) => {
    const move = (event: PointerEvent) => onMove(toHall(event));
    const up = (event: PointerEvent) => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      window.removeEventListener("pointercancel", up);
      setPreview(null);
      onUp(toHall(event));
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
    window.addEventListener("pointercancel", up);
  };

  const inside = (rect: Rect): Rect => ({
    ...rect,
    x: clamp(rect.x, 0, Math.max(0, draft.width - rect.width)),
    y: clamp(rect.y, 0, Math.max(0, draft.height - rect.height)),
  });

  const replaceBooth = (booth: DraftBooth) => ({ ...draft, booths: draft.booths.map((b) => (b.key === booth.key ? booth : b)) });

  /** Pressing the floor: draws with the drawing tools, places an entrance, or (select) lets the view pan. */
  const onFloorDown = (event: ReactPointerEvent) => {
    if (tool === "select" || event.button > 0) return;
    event.stopPropagation();
    const start = toHall(event);
    if (tool === "entrance") {
      onEdit({ ...draft, entrances: [...draft.entrances, ontoWall(start, draft.width, draft.height)] });
      return;
    }
    const origin = { x: snap(start.x), y: snap(start.y) };
    const rectTo = (at: TPoint) => inside(spanRect(origin, { x: snap(clamp(at.x, 0, draft.width)), y: snap(clamp(at.y, 0, draft.height)) }));
    setPreview({ kind: "new", tool, rect: rectTo(start) });
    follow(
      (at) => setPreview({ kind: "new", tool, rect: rectTo(at) }),
      (at) => {
        const rect = rectTo(at);
        // A click without a drag is not a booth: a half-metre square is almost always a slip.
        if (rect.width <= SNAP && rect.height <= SNAP) return;
        if (tool === "obstacle") return onEdit({ ...draft, obstacles: [...draft.obstacles, rect] });
        const booth: DraftBooth = { ...rect, key: newKey(), number: nextBoothNumber(draft.booths), type: null, price: null, currency: null, pavilionId: null };
        onEdit({ ...draft, booths: [...draft.booths, booth] });
        onSelect(booth.key);
      },
    );
  };

  /** Pressing a booth selects it and, in the select tool, starts moving it. */
  const onBoothDown = (event: ReactPointerEvent, booth: DraftBooth) => {
    // Drawing tools draw wherever they start; an overlap is then shown as a problem.
    if (tool !== "select") return onFloorDown(event);
    if (event.button > 0) return;
    event.stopPropagation();
    onSelect(booth.key);
    const start = toHall(event);
    const moved = (at: TPoint) => ({ ...booth, ...inside({ ...booth, x: snap(booth.x + at.x - start.x), y: snap(booth.y + at.y - start.y) }) });
    follow(
      (at) => setPreview({ kind: "booth", booth: moved(at) }),
      (at) => {
        const next = moved(at);
        if (next.x !== booth.x || next.y !== booth.y) onEdit(replaceBooth(next));
      },
    );
  };

  /** Dragging a corner handle resizes; the opposite corner stays put. */
  const onHandleDown = (event: ReactPointerEvent, booth: DraftBooth, corner: Corner) => {
    event.stopPropagation();
    const fixed = { x: corner.includes("w") ? booth.x + booth.width : booth.x, y: corner.includes("n") ? booth.y + booth.height : booth.y };
    const resized = (at: TPoint) => ({ ...booth, ...spanRect(fixed, { x: snap(clamp(at.x, 0, draft.width)), y: snap(clamp(at.y, 0, draft.height)) }) });
    follow(
      (at) => setPreview({ kind: "booth", booth: resized(at) }),
      (at) => onEdit(replaceBooth(resized(at))),
    );
  };

  const onEntranceDown = (event: ReactPointerEvent, index: number) => {
    if (tool !== "entrance") return;
    event.stopPropagation();
    onEdit({ ...draft, entrances: draft.entrances.filter((_, i) => i !== index) });
  };

  return { preview, onFloorDown, onBoothDown, onHandleDown, onEntranceDown };
}
