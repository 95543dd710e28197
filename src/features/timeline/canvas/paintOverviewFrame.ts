import { overviewFrame, type ZoomTransform } from '../../../domain/stage/viewport';
import type { Context2D } from './paintUnits';
import type { PaintSetup } from './scene';

/** The frame's look in Overview.tsx: `rounded border-2 border-stone-700 bg-stone-900/5`. */
const BORDER = '#44403c';
const FILL = 'rgb(28 25 23 / 0.05)';
const BORDER_WIDTH = 2;
const RADIUS = 4;

/**
 * The overview strip's frame around the visible window, as the page draws it, on the canvas
 * laid over the strip: during a painted gesture the page's frame waits (moving it repainted the
 * page on every frame), and this one follows.
 */
export function paintOverviewFrame(
  context: Context2D,
  setup: PaintSetup,
  transform: ZoomTransform,
) {
  const { overview, viewport, ratio } = setup;
  if (!overview) return;
  const [pixelWidth, pixelHeight] = [overview.width, overview.height].map((n) =>
    Math.round(n * ratio),
  ) as [number, number];
  const { canvas } = context;
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, overview.width, overview.height);
  const { x, width } = overviewFrame(viewport, transform, overview.width);
  const inset = BORDER_WIDTH / 2;
  context.beginPath();
  context.roundRect(x + inset, inset, width - BORDER_WIDTH, overview.height - BORDER_WIDTH, RADIUS);
  context.fillStyle = FILL;
  context.fill();
  context.lineWidth = BORDER_WIDTH;
  context.strokeStyle = BORDER;
  context.stroke();
}
