import { DAY } from '../dates/time';

/**
 * The zoom transform and the visible window. d3-zoom's transform {k, x} maps a "base" pixel
 * position — where a time falls when the whole extent fits the width — to the screen:
 * screenX = k · baseX + x. Only x is used: the timeline zooms and pans horizontally.
 */
export interface ZoomTransform {
  k: number;
  x: number;
}

export interface Viewport {
  /** The widest window: the dataset's span with a margin. */
  extent: readonly [number, number];
  /** Width of the plot in pixels. */
  width: number;
}

/** The closest zoom shows about a week. */
export const NARROWEST_WINDOW = 7 * DAY;

export function baseX(viewport: Viewport, time: number): number {
  const [start, end] = viewport.extent;
  return ((time - start) / (end - start)) * viewport.width;
}

export function timeAtBaseX(viewport: Viewport, x: number): number {
  const [start, end] = viewport.extent;
  return start + (x / viewport.width) * (end - start);
}

export function maxZoom(viewport: Viewport): number {
  const [start, end] = viewport.extent;
  return Math.max(1, (end - start) / NARROWEST_WINDOW);
}

/** Where a time falls on the overview strip, `stripWidth` px wide for the whole extent. */
export function stripX(viewport: Viewport, stripWidth: number, time: number): number {
  const [start, end] = viewport.extent;
  return ((time - start) / (end - start)) * stripWidth;
}

/**
 * The overview strip's frame: where a strip `stripWidth` px wide for the whole extent draws the
 * visible window (at least 4 px wide, so that it can be seen and grabbed), and that window.
 */
export function overviewFrame(
  viewport: Viewport,
  transform: ZoomTransform,
  stripWidth: number,
): { x: number; width: number; start: number; end: number } {
  const [start, end] = visibleWindow(viewport, transform);
  const x = stripX(viewport, stripWidth, start);
  return { x, width: Math.max(4, stripX(viewport, stripWidth, end) - x), start, end };
}

/** The window [start, end) shown under a transform. */
export function visibleWindow(viewport: Viewport, transform: ZoomTransform): [number, number] {
  return [
    timeAtBaseX(viewport, (0 - transform.x) / transform.k),
    timeAtBaseX(viewport, (viewport.width - transform.x) / transform.k),
  ];
}

/**
 * The transform that shows [start, end), kept within the zoom limits and the extent: a window
 * narrower than a week widens around its centre, one reaching past the extent slides back in.
 */
export function transformForWindow(viewport: Viewport, start: number, end: number): ZoomTransform {
  const [extentStart, extentEnd] = viewport.extent;
  const span = Math.min(extentEnd - extentStart, Math.max(end - start, NARROWEST_WINDOW));
  const centre = (start + end) / 2;
  const from = Math.min(Math.max(centre - span / 2, extentStart), extentEnd - span);
  const k = (extentEnd - extentStart) / span;
  return { k, x: -k * baseX(viewport, from) || 0 };
}

/** The transform zoomed by `factor` around screen position `anchorX`, within the limits. */
export function zoomAround(
  viewport: Viewport,
  transform: ZoomTransform,
  factor: number,
  anchorX: number,
): ZoomTransform {
  const [start, end] = visibleWindow(viewport, transform);
  const anchor = start + (anchorX / viewport.width) * (end - start);
  const span = (end - start) / factor;
  const from = anchor - (anchorX / viewport.width) * span;
  return transformForWindow(viewport, from, from + span);
}

/** The transform panned so that `time` is at the centre, zoom unchanged. */
export function centreOn(
  viewport: Viewport,
  transform: ZoomTransform,
  time: number,
): ZoomTransform {
  const [start, end] = visibleWindow(viewport, transform);
  const span = end - start;
  return transformForWindow(viewport, time - span / 2, time + span / 2);
}
