import type { ZoomCommands } from '../../domain/stage/zoomCommands';
import {
  baseX,
  centreOn,
  transformForWindow,
  visibleWindow,
  zoomAround,
  type Viewport,
  type ZoomTransform,
} from '../../domain/stage/viewport';
import { createTransformStore, type TransformStore } from './state/transformStore';

export type WindowWrite = 'push' | 'replace' | 'none';

/** Moves d3-zoom to a transform (animated unless the reader prefers reduced motion). */
export type ZoomTo = (target: ZoomTransform, animate: boolean) => void;

/**
 * The zoom commands, in one place for everyone who moves the view: the toolbar's buttons, the
 * keyboard, Back and Forward, presenter mode. The timeline attaches its viewport (the plot's
 * width and the data's extent) and d3-zoom; until then the commands do nothing.
 */
export interface ZoomController extends ZoomCommands {
  readonly store: TransformStore;
  viewport(): Viewport | null;
  subscribeViewport(listener: () => void): () => void;
  attach(viewport: Viewport, zoomTo: ZoomTo): () => void;
  /**
   * How the zoom that just ended goes into the URL: a step of its own in history (a gesture, a
   * zoom button), in place of the current one (a pan that follows the selection), or not at
   * all (a move that follows the URL).
   */
  takeEndWrite(): WindowWrite;
}

const ZOOM_STEP = 2;
/** Keep an event this far inside the edges when bringing it into view. */
const EDGE_MARGIN = 0.05;

export function createZoomController(): ZoomController {
  const store = createTransformStore({ k: 1, x: 0 });
  let attached: { viewport: Viewport; zoomTo: ZoomTo } | null = null;
  let endWrite: WindowWrite = 'push';
  const viewportListeners = new Set<() => void>();

  const go = (transform: ZoomTransform, animate: boolean, write: WindowWrite = 'push') => {
    if (!attached) return;
    endWrite = write;
    attached.zoomTo(transform, animate);
  };
  /** The screen x of a time, or the centre when the time is not on screen. */
  const anchorFor = (viewport: Viewport, time: number | undefined) => {
    if (time === undefined) return viewport.width / 2;
    const { k, x } = store.get();
    const screenX = baseX(viewport, time) * k + x;
    return screenX >= 0 && screenX <= viewport.width ? screenX : viewport.width / 2;
  };
  const zoomBy = (factor: number, anchorTime?: number) => {
    if (!attached) return;
    const { viewport } = attached;
    go(zoomAround(viewport, store.get(), factor, anchorFor(viewport, anchorTime)), true);
  };

  return {
    store,
    viewport: () => attached?.viewport ?? null,
    subscribeViewport(listener) {
      viewportListeners.add(listener);
      return () => viewportListeners.delete(listener);
    },
    attach(viewport, zoomTo) {
      const mine = { viewport, zoomTo };
      attached = mine;
      for (const listener of viewportListeners) listener();
      return () => {
        if (attached === mine) attached = null;
      };
    },
    takeEndWrite() {
      const write = endWrite;
      // Gestures go through d3-zoom alone: they are steps of their own.
      endWrite = 'push';
      return write;
    },
    zoomIn: (anchorTime) => zoomBy(ZOOM_STEP, anchorTime),
    zoomOut: (anchorTime) => zoomBy(1 / ZOOM_STEP, anchorTime),
    showAll: ({ animate = true, quiet = false } = {}) =>
      go({ k: 1, x: 0 }, animate, quiet ? 'none' : 'push'),
    showWindow(start, end, { animate = true, quiet = false } = {}) {
      if (attached)
        go(transformForWindow(attached.viewport, start, end), animate, quiet ? 'none' : 'push');
    },
    bringIntoView(start, end, { animate = true } = {}) {
      if (!attached) return;
      const { viewport } = attached;
      const [from, to] = visibleWindow(viewport, store.get());
      const margin = (to - from) * EDGE_MARGIN;
      if (start >= from + margin && start <= to - margin) return;
      const centre = (start + Math.min(end, start + (to - from) / 2)) / 2;
      go(centreOn(viewport, store.get(), centre), animate, 'replace');
    },
  };
}
