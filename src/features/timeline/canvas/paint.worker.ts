/**
 * The gesture painter's worker: paints the timeline's canvases (handed over with
 * `transferControlToOffscreen`) off the page's main thread, so that drawing and rasterising
 * hundreds of marks per frame does not hold up the page's input and animation (painter.ts).
 */
import type { PainterMessage, PainterReply } from './painter';
import { clearCanvases, paintScene, type PaintContexts, type PaintSetup } from './scene';
import type { Scene } from './unitBoxes';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PainterMessage>) => void) | null;
  postMessage(message: PainterReply): void;
};

let contexts: PaintContexts | null = null;
let scene: Scene | null = null;
let setup: PaintSetup | null = null;
let next: Extract<PainterMessage, { type: 'paint' }> | null = null;
let scheduled = false;

// A frame is painted in a task of its own, after the messages already queued: transforms posted
// while the worker was busy make one frame, of the latest. (Not at the worker's own
// requestAnimationFrame: in headless Chromium, frames drawn there never reached the screen.)
const schedule = (paint: () => void) => setTimeout(paint, 0);

function paintLatest() {
  scheduled = false;
  if (!contexts || !scene || !setup || !next) return;
  paintScene(contexts, scene, setup, next.transform, next.focusedId);
  scope.postMessage({ type: 'painted', frame: next.frame });
  next = null;
}

scope.onmessage = ({ data }) => {
  switch (data.type) {
    case 'canvas': {
      const plot = data.plot.getContext('2d');
      contexts = plot && { plot, overview: data.overview?.getContext('2d') ?? null };
      break;
    }
    case 'scene':
      ({ scene, setup } = data);
      break;
    case 'paint':
      next = data;
      if (!scheduled) {
        scheduled = true;
        schedule(paintLatest);
      }
      break;
    case 'clear':
      next = null;
      if (contexts) clearCanvases(contexts);
      break;
    case 'rehearse':
      if (!contexts || !scene || !setup) break;
      paintScene(contexts, scene, setup, data.transform, null);
      clearCanvases(contexts);
      break;
  }
};
