import { createRef, type RefObject } from 'react';
import type { TimelinePainter } from './canvas/painter';

// The page's side of a painted gesture (useGesturePainting.ts): which layers give way to the
// canvases, and when.

type Painter = Pick<TimelinePainter, 'paintsOverview'>;

/** The page's layers a painted gesture works with, attached by TimelineView and Overview. */
export interface PaintingLayers {
  /** The buttons, and the axis: transparent while the canvas paints them. */
  marksRef: RefObject<HTMLDivElement | null>;
  axisRef: RefObject<HTMLDivElement | null>;
  /** Where the painter puts its canvases, shown during a gesture: over the plot, the overview. */
  canvasRef: RefObject<HTMLDivElement | null>;
  overviewCanvasRef: RefObject<HTMLDivElement | null>;
  /** The overview's frame, transparent while its canvas paints it. */
  overviewFrameRef: RefObject<HTMLDivElement | null>;
}

export const createLayers = (): PaintingLayers => ({
  marksRef: createRef(),
  axisRef: createRef(),
  canvasRef: createRef(),
  overviewCanvasRef: createRef(),
  overviewFrameRef: createRef(),
});

/** The canvases shown (during a gesture) or hidden; the overview's only where it is painted. */
export function showCanvases(layers: PaintingLayers, painter: Painter, shown: boolean) {
  const canvases = [layers.canvasRef, painter.paintsOverview() ? layers.overviewCanvasRef : null];
  for (const canvas of canvases)
    canvas?.current?.style.setProperty('visibility', shown ? 'visible' : '');
}

/** The overview's canvas, where the painter paints there. */
export function overviewCanvas(layers: PaintingLayers, painter: Painter): HTMLElement | null {
  return painter.paintsOverview() ? layers.overviewCanvasRef.current : null;
}

/** What the canvases paint made transparent (once they show a frame), or shown again. */
export function giveWay(layers: PaintingLayers, painter: Painter, give: boolean) {
  const overviewFrame = painter.paintsOverview() ? layers.overviewFrameRef : null;
  for (const layer of [layers.marksRef, layers.axisRef, overviewFrame])
    layer?.current?.style.setProperty('opacity', give ? '0' : '');
}

/**
 * While a gesture is painted, the canvas takes the pointer: every wheel and mouse move is hit
 * tested, and the browser stops at the canvas on top instead of testing each transparent button
 * under it (4–20 ms per wheel event at 1,000 events, bench/README.md). Between gestures (and
 * while the painting lingers) the buttons take clicks again.
 */
export function takePointer(painting: HTMLElement, take: boolean) {
  painting.style.pointerEvents = take ? 'auto' : '';
}
