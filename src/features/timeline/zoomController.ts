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
  /** Whether the zoom that just ended was asked for quietly (it must not write the URL). */
  takeQuietEnd(): boolean;
}

const ZOOM_STEP = 2;
/** Keep an event this far inside the edges when bringing it into view. */
const EDGE_MARGIN = 0.05;

export function createZoomController(): ZoomController {
  const store = createTransformStore({ k: 1, x: 0 });
  let attached: { viewport: Viewport; zoomTo: ZoomTo } | null = null;
  let quiet = false;
  const viewportListeners = new Set<() => void>();

  const go = (transform: ZoomTransform, animate: boolean, silently = false) => {
    if (!attached) return;
    quiet = silently;
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
    takeQuietEnd() {
      const was = quiet;
      quiet = false;
      return was;
    },
    zoomIn: (anchorTime) => zoomBy(ZOOM_STEP, anchorTime),
    zoomOut: (anchorTime) => zoomBy(1 / ZOOM_STEP, anchorTime),
    showAll: ({ animate = true, quiet: silently = false } = {}) =>
      go({ k: 1, x: 0 }, animate, silently),
    showWindow(start, end, { animate = true, quiet: silently = false } = {}) {
      if (attached) go(transformForWindow(attached.viewport, start, end), animate, silently);
    },
    bringIntoView(start, end, { animate = true } = {}) {
      if (!attached) return;
      const { viewport } = attached;
      const [from, to] = visibleWindow(viewport, store.get());
      const margin = (to - from) * EDGE_MARGIN;
      if (start >= from + margin && start <= to - margin) return;
      const centre = (start + Math.min(end, start + (to - from) / 2)) / 2;
      go(centreOn(viewport, store.get(), centre), animate);
    },
  };
}
