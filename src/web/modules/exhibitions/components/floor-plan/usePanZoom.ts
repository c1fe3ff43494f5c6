import { type KeyboardEvent, type PointerEvent, type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { type Bounds, fitBounds, fitView, focusOn, panBy, type Size, type ViewBox, zoomAt } from "./view-box";

type Options = {
  /** The hall being shown; the view is fitted again when its identity changes. */
  hallKey: string;
  hall: Size;
  /** Off while an editor tool uses single-pointer drags itself; two-finger pans still work. */
  panWithOnePointer?: boolean;
};

type Pointer = { x: number; y: number };

/** A press that moves less than this is a tap or click, not a drag. */
const DRAG_THRESHOLD = 5;
const STEP = 1.4;
const ARROW_PIXELS = 60;

/**
 * Zoom and pan of an SVG viewport by viewBox arithmetic: wheel and trackpad pinch, dragging,
 * two-finger pinch, buttons and keys. Clicks that end a drag are swallowed so a pan never opens a booth.
 */
export function usePanZoom(ref: RefObject<HTMLElement | null>, { hallKey, hall, panWithOnePointer = true }: Options) {
  const [viewport, setViewport] = useState<Size>({ width: 0, height: 0 });
  const [view, setView] = useState<ViewBox>({ x: 0, y: 0, scale: 1 });
  const pointers = useRef(new Map<number, Pointer>());
  const pressStart = useRef<Pointer | null>(null);
  const dragging = useRef(false);
  const swallowClick = useRef(false);
  // Until someone moves the plan, it follows the viewport's size (rotating a phone refits it).
  const touched = useRef(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setViewport({ width: entry.contentRect.width, height: entry.contentRect.height }));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);

  const fitHall = useCallback(() => {
    touched.current = false;
    setView(fitView(hall, viewport));
  }, [hall, viewport]);

  const shownHall = useRef(hallKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refit on a new hall or a new viewport size, not on every hall object
  useEffect(() => {
    if (shownHall.current !== hallKey) touched.current = false;
    shownHall.current = hallKey;
    if (viewport.width > 0 && !touched.current) setView(fitView(hall, viewport));
  }, [viewport.width, viewport.height, hallKey]);

  const move = useCallback((next: (current: ViewBox) => ViewBox) => {
    touched.current = true;
    setView(next);
  }, []);

  const centre = { x: viewport.width / 2, y: viewport.height / 2 };
  const zoomIn = () => move((v) => zoomAt(v, STEP, centre));
  const zoomOut = () => move((v) => zoomAt(v, 1 / STEP, centre));
  const focus = useCallback((target: Bounds) => move((v) => focusOn(target, viewport, v)), [move, viewport]);
  const showAll = useCallback((target: Bounds) => move(() => fitBounds(target, viewport)), [move, viewport]);

  // React attaches wheel listeners as passive, which cannot stop the page from scrolling.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      const lines = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      // Trackpad pinches arrive as ctrl+wheel with small deltas; they need a stronger response.
      const k = event.ctrlKey ? 0.01 : 0.0015;
      const factor = Math.exp(-event.deltaY * lines * k);
      move((v) => zoomAt(v, factor, { x: event.clientX - rect.left, y: event.clientY - rect.top }));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, [ref, move]);

  const local = (event: PointerEvent): Pointer => {
    const rect = ref.current?.getBoundingClientRect();
    return { x: event.clientX - (rect?.left ?? 0), y: event.clientY - (rect?.top ?? 0) };
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    swallowClick.current = false;
    pointers.current.set(event.pointerId, local(event));
    if (pointers.current.size === 1) {
      pressStart.current = local(event);
      dragging.current = false;
    }
  };

  const onPointerMove = (event: PointerEvent) => {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    const now = local(event);
    if (pointers.current.size >= 2) {
      const [a, b] = [...pointers.current.entries()].slice(0, 2);
      const other = a[0] === event.pointerId ? b[1] : a[1];
      const before = { mid: midpoint(previous, other), distance: distance(previous, other) };
      const after = { mid: midpoint(now, other), distance: distance(now, other) };
      dragging.current = true;
      if (before.distance > 0)
        move((v) => panBy(zoomAt(v, after.distance / before.distance, before.mid), after.mid.x - before.mid.x, after.mid.y - before.mid.y));
    } else if (panWithOnePointer) {
      const start = pressStart.current ?? now;
      if (!dragging.current && distance(start, now) > DRAG_THRESHOLD) {
        dragging.current = true;
        // Capture only once it is a drag: capturing on press would retarget the click away from the booth.
        (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
      }
      if (dragging.current) move((v) => panBy(v, now.x - previous.x, now.y - previous.y));
    }
    pointers.current.set(event.pointerId, now);
  };

  const onPointerUp = (event: PointerEvent) => {
    pointers.current.delete(event.pointerId);
    if (dragging.current) swallowClick.current = true;
    if (pointers.current.size === 0) dragging.current = false;
  };

  const onClickCapture = (event: { stopPropagation: () => void; preventDefault: () => void }) => {
    if (!swallowClick.current) return;
    swallowClick.current = false;
    event.stopPropagation();
    event.preventDefault();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [ARROW_PIXELS, 0],
      ArrowRight: [-ARROW_PIXELS, 0],
      ArrowUp: [0, ARROW_PIXELS],
      ArrowDown: [0, -ARROW_PIXELS],
    };
    if (event.key === "+" || event.key === "=") zoomIn();
    else if (event.key === "-" || event.key === "_") zoomOut();
    else if (event.key === "0") fitHall();
    else if (pan[event.key]) move((v) => panBy(v, ...pan[event.key]));
    else return;
    event.preventDefault();
  };

  return {
    view,
    viewport,
    zoomIn,
    zoomOut,
    fitHall,
    focus,
    showAll,
    /** True while a drag or pinch is under way; editors use it to ignore their own gestures. */
    isDragging: () => dragging.current,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onClickCapture, onKeyDown },
  };
}

const midpoint = (a: Pointer, b: Pointer): Pointer => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const distance = (a: Pointer, b: Pointer) => Math.hypot(a.x - b.x, a.y - b.y);
