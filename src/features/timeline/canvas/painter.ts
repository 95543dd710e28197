import type { Stage } from '../../../domain/stage/renderStage';
import type { ZoomTransform } from '../../../domain/stage/viewport';
import { clearCanvas, paintScene, sceneOf, type PaintSetup } from './scene';
import type { Scene } from './unitBoxes';

// The gesture painter's code (useGesturePainting.ts), loaded after the first picture.

/** Paints a stage on a canvas of its own, during a zoom or pan. */
export interface CanvasPainter {
  /** The stage to paint from now on, and the plot's lengths, font and size. */
  show(stage: Stage, setup: PaintSetup): void;
  /** Paints the stage under this transform; `onPainted` hears when the frame is drawn. */
  paint(transform: ZoomTransform, focusedId: string | null): void;
  /** Empties the canvas, so that it shows nothing stale when it is shown again. */
  clear(): void;
  /**
   * Paints a frame and empties the canvas again at once: the painting code is compiled and the
   * canvas has its memory before a gesture's first frame, and nothing is left to show.
   */
  rehearse(transform: ZoomTransform): void;
  /** Stops the painter and takes its canvas away. */
  dispose(): void;
}

/** What the page posts to the painter's worker (paint.worker.ts). */
export type PainterMessage =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'scene'; scene: Scene; setup: PaintSetup }
  | { type: 'paint'; transform: ZoomTransform; focusedId: string | null; frame: number }
  | { type: 'clear' }
  | { type: 'rehearse'; transform: ZoomTransform };
export type PainterReply = { type: 'painted'; frame: number };

/**
 * A painter for a new canvas in `holder`: in a worker where the browser can hand a canvas to one
 * (drawing and rasterising a frame of a few hundred marks took 10–25 ms of the page's thread at
 * 1,000 events), else on the page. `onPainted` is called once a frame is on the canvas.
 */
export function createPainter(holder: HTMLElement, onPainted: () => void): CanvasPainter {
  const canvas = document.createElement('canvas');
  holder.append(canvas);
  // A worker that fails to start has taken the canvas with it: paint on the page, on a new one.
  const fallBack = () => {
    painter.dispose();
    const replacement = document.createElement('canvas');
    holder.append(replacement);
    painter = withCanvas(replacement, onPage(replacement, onPainted));
    if (shown) painter.show(...shown);
  };
  let shown: Parameters<CanvasPainter['show']> | null = null;
  let painter = withCanvas(
    canvas,
    inWorker(canvas, onPainted, fallBack) ?? onPage(canvas, onPainted),
  );
  return {
    show(stage, setup) {
      shown = [stage, setup];
      painter.show(stage, setup);
    },
    paint: (transform, focusedId) => painter.paint(transform, focusedId),
    clear: () => painter.clear(),
    rehearse: (transform) => painter.rehearse(transform),
    dispose: () => painter.dispose(),
  };
}

/** The painter, whose disposal also takes its canvas away. */
function withCanvas(canvas: HTMLCanvasElement, painter: CanvasPainter): CanvasPainter {
  return {
    ...painter,
    dispose() {
      painter.dispose();
      canvas.remove();
    },
  };
}

function inWorker(
  canvas: HTMLCanvasElement,
  onPainted: () => void,
  onFailure: () => void,
): CanvasPainter | null {
  if (typeof canvas.transferControlToOffscreen !== 'function') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./paint.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const offscreen = canvas.transferControlToOffscreen();
  const post = (message: PainterMessage, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);
  post({ type: 'canvas', canvas: offscreen }, [offscreen]);
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

function onPage(canvas: HTMLCanvasElement, onPainted: () => void): CanvasPainter {
  const context = canvas.getContext('2d');
  let scene: Scene | null = null;
  let setup: PaintSetup | null = null;
  return {
    show(stage, plotSetup) {
      [scene, setup] = [stage, plotSetup];
    },
    paint(transform, focusedId) {
      if (!context || !scene || !setup) return;
      paintScene(context, scene, setup, transform, focusedId);
      onPainted();
    },
    clear: () => context && clearCanvas(context),
    rehearse(transform) {
      if (!context || !scene || !setup) return;
      paintScene(context, scene, setup, transform, null);
      clearCanvas(context);
    },
    dispose() {},
  };
}
