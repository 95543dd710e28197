import type { Stage } from '../../../domain/stage/renderStage';
import type { ZoomTransform } from '../../../domain/stage/viewport';
import { clearCanvases, paintScene, sceneOf, type PaintContexts, type PaintSetup } from './scene';
import type { Scene } from './unitBoxes';

// The gesture painter's code (useGesturePainting.ts), loaded after the first picture.

/** Where the painter puts its canvases: over the plot, and over the overview strip if shown. */
export interface PaintingHolders {
  plot: HTMLElement;
  overview: HTMLElement | null;
}

/**
 * Paints a stage on a canvas of its own, during a zoom or pan, and the overview strip's frame on
 * another.
 */
export interface CanvasPainter {
  /** The stage to paint from now on, and the plot's lengths, font and size. */
  show(stage: Stage, setup: PaintSetup): void;
  /** Paints the stage under this transform; `onPainted` hears when the frame is drawn. */
  paint(transform: ZoomTransform, focusedId: string | null): void;
  /** Empties the canvases, so that they show nothing stale when they are shown again. */
  clear(): void;
  /**
   * Paints a frame and empties the canvases again at once: the painting code is compiled and the
   * canvases have their memory before a gesture's first frame, and nothing is left to show.
   */
  rehearse(transform: ZoomTransform): void;
  /** Stops the painter and takes its canvases away. */
  dispose(): void;
}

/** The painter itself, and whether it paints the overview's frame (its canvas still shown). */
export type TimelinePainter = CanvasPainter & { paintsOverview(): boolean };

/** What the page posts to the painter's worker (paint.worker.ts). */
export type PainterMessage =
  | { type: 'canvas'; plot: OffscreenCanvas; overview: OffscreenCanvas | null }
  | { type: 'scene'; scene: Scene; setup: PaintSetup }
  | { type: 'paint'; transform: ZoomTransform; focusedId: string | null; frame: number }
  | { type: 'clear' }
  | { type: 'rehearse'; transform: ZoomTransform };
export type PainterReply = { type: 'painted'; frame: number };

interface Canvases {
  plot: HTMLCanvasElement;
  overview: HTMLCanvasElement | null;
}

/**
 * A painter for new canvases in `holders`: in a worker where the browser can hand a canvas to one
 * (drawing and rasterising a frame of a few hundred marks took 10–25 ms of the page's thread at
 * 1,000 events), else on the page. `onPainted` is called once a frame is on the canvases.
 */
export function createPainter(holders: PaintingHolders, onPainted: () => void): TimelinePainter {
  let canvases = canvasesIn(holders);
  // A worker that fails to start has taken the canvases with it: paint on the page, on new ones.
  const fallBack = () => {
    painter.dispose();
    removeCanvases(canvases);
    canvases = canvasesIn(holders);
    painter = onPage(canvases, onPainted);
    if (shown) painter.show(...shown);
  };
  let shown: Parameters<CanvasPainter['show']> | null = null;
  let painter = inWorker(canvases, onPainted, fallBack) ?? onPage(canvases, onPainted);
  return {
    show(stage, setup) {
      shown = [stage, setup];
      painter.show(stage, setup);
    },
    paint: (transform, focusedId) => painter.paint(transform, focusedId),
    clear: () => painter.clear(),
    rehearse: (transform) => painter.rehearse(transform),
    paintsOverview: () => canvases.overview?.isConnected ?? false,
    dispose() {
      painter.dispose();
      removeCanvases(canvases);
    },
  };
}

function canvasesIn(holders: PaintingHolders): Canvases {
  const canvasIn = (holder: HTMLElement) => holder.appendChild(document.createElement('canvas'));
  return { plot: canvasIn(holders.plot), overview: holders.overview && canvasIn(holders.overview) };
}

function removeCanvases(canvases: Canvases) {
  canvases.plot.remove();
  canvases.overview?.remove();
}

function inWorker(
  canvases: Canvases,
  onPainted: () => void,
  onFailure: () => void,
): CanvasPainter | null {
  if (typeof canvases.plot.transferControlToOffscreen !== 'function') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./paint.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const plot = canvases.plot.transferControlToOffscreen();
  const overview = canvases.overview?.transferControlToOffscreen() ?? null;
  const post = (message: PainterMessage, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);
  post({ type: 'canvas', plot, overview }, overview ? [plot, overview] : [plot]);
  let frame = 0;
  worker.onmessage = ({ data }: MessageEvent<PainterReply>) => {
    // Only the latest frame asked for: an older one is already out of date.
    if (data.type === 'painted' && data.frame === frame) onPainted();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    onFailure();
  };
  return {
    show: (stage, setup) => post({ type: 'scene', scene: sceneOf(stage), setup }),
    paint: (transform, focusedId) => post({ type: 'paint', transform, focusedId, frame: ++frame }),
    clear: () => post({ type: 'clear' }),
    rehearse: (transform) => post({ type: 'rehearse', transform }),
    dispose: () => worker.terminate(),
  };
}

function onPage(canvases: Canvases, onPainted: () => void): CanvasPainter {
  const plot = canvases.plot.getContext('2d');
  const contexts: PaintContexts | null = plot && {
    plot,
    overview: canvases.overview?.getContext('2d') ?? null,
  };
  let scene: Scene | null = null;
  let setup: PaintSetup | null = null;
  return {
    show(stage, plotSetup) {
      [scene, setup] = [stage, plotSetup];
    },
    paint(transform, focusedId) {
      if (!contexts || !scene || !setup) return;
      paintScene(contexts, scene, setup, transform, focusedId);
      onPainted();
    },
    clear: () => contexts && clearCanvases(contexts),
    rehearse(transform) {
      if (!contexts || !scene || !setup) return;
      paintScene(contexts, scene, setup, transform, null);
      clearCanvases(contexts);
    },
    dispose() {},
  };
}
