/** What part of the hall is on screen: the hall point at the viewport's top-left, and pixels per metre. */
export type ViewBox = { x: number; y: number; scale: number };
export type Size = { width: number; height: number };
export type Bounds = { x: number; y: number; width: number; height: number };

/** Below this the whole hall is a speck; above it one metre fills the screen. */
export const MIN_SCALE = 0.5;
export const MAX_SCALE = 400;
/** Metres of air around the hall when it is fitted, so the outline and entrances are not clipped. */
const FIT_MARGIN = 1.5;

export const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/**
 * The whole hall on screen. On narrow screens the hall fills the width and starts at the top, as
 * people scroll a phone page; elsewhere it is contained and centred.
 */
export function fitView(hall: Size, viewport: Size): ViewBox {
  const width = hall.width + FIT_MARGIN * 2;
  const height = hall.height + FIT_MARGIN * 2;
  const narrow = viewport.width < 600;
  const scale = clampScale(narrow ? viewport.width / width : Math.min(viewport.width / width, viewport.height / height));
  const offsetX = (viewport.width / scale - width) / 2;
  const spareY = viewport.height / scale - height;
  const offsetY = spareY > 0 ? spareY / 2 : 0;
  return { x: -FIT_MARGIN - offsetX, y: -FIT_MARGIN - offsetY, scale };
}

/** Zooms by `factor` keeping the hall point under the screen point `at` (pixels) where it is. */
export function zoomAt(view: ViewBox, factor: number, at: { x: number; y: number }): ViewBox {
  const scale = clampScale(view.scale * factor);
  const hallX = view.x + at.x / view.scale;
  const hallY = view.y + at.y / view.scale;
  return { x: hallX - at.x / scale, y: hallY - at.y / scale, scale };
}

/** Moves the view by a screen distance in pixels (dragging right shows what is to the left). */
export function panBy(view: ViewBox, dx: number, dy: number): ViewBox {
  return { ...view, x: view.x - dx / view.scale, y: view.y - dy / view.scale };
}

/**
 * Centres `target`, zooming in (at most twice as close) until it fills about a sixth of the
 * viewport, so the booth is obvious and its neighbours still show where it is.
 */
export function focusOn(target: Bounds, viewport: Size, current: ViewBox): ViewBox {
  const wanted = Math.min(viewport.width, viewport.height) / 6 / Math.max(target.width, target.height, 1);
  const scale = clampScale(Math.max(current.scale, Math.min(wanted, current.scale * 2)));
  const cx = target.x + target.width / 2;
  const cy = target.y + target.height / 2;
  return { x: cx - viewport.width / 2 / scale, y: cy - viewport.height / 2 / scale, scale };
}

/** The whole of `target` (a route, say) with a margin of metres around it, centred. */
export function fitBounds(target: Bounds, viewport: Size, margin = 3): ViewBox {
  const scale = clampScale(Math.min(viewport.width / (target.width + margin * 2), viewport.height / (target.height + margin * 2)));
  const cx = target.x + target.width / 2;
  const cy = target.y + target.height / 2;
  return { x: cx - viewport.width / 2 / scale, y: cy - viewport.height / 2 / scale, scale };
}

/** The smallest rectangle holding every point. */
export function boundsOf(points: { x: number; y: number }[]): Bounds | null {
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** The SVG viewBox attribute for the view; the SVG is as large as the viewport, so aspect ratios match. */
export const viewBoxAttribute = (view: ViewBox, viewport: Size) =>
  `${view.x} ${view.y} ${Math.max(viewport.width, 1) / view.scale} ${Math.max(viewport.height, 1) / view.scale}`;

/** Hall metres of a screen point relative to the viewport's top-left corner. */
export const toHall = (view: ViewBox, px: number, py: number) => ({ x: view.x + px / view.scale, y: view.y + py / view.scale });
