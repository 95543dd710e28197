import type { PlacedAxis } from '../../../domain/stage/ticks';
import { overviewFrame, type Viewport, type ZoomTransform } from '../../../domain/stage/viewport';
import type { Context2D } from './paintUnits';

// What a painted gesture draws besides the marks (scene.ts): the axis under them, and the
// overview strip's frame on a canvas of its own.

/** The axis's colours, as Axis.tsx and timeline.css (.tl-tick) draw it. */
const LINE = '#e7e5e4';
const MAJOR_LINE = '#d6d3d1';
const LABEL = '#57534e';
const MAJOR_LABEL = '#292524';

/**
 * The axis as the page draws it (components/Axis.tsx): a 1 px grid line at each tick, its date
 * in small type at the top, bold for a major tick. Painted under the marks while a gesture is
 * painted, with the page's axis transparent and held still (useGesturePainting.ts).
 */
export function paintAxis(
  context: Context2D,
  axis: PlacedAxis,
  height: number,
  rem: number,
  fontFamily: string,
) {
  axis.ticks.forEach((tick, i) => {
    context.fillStyle = tick.major ? MAJOR_LINE : LINE;
    context.fillRect(axis.offsets[i] ?? 0, 0, 1, height);
  });
  // text-xs: 0.75rem type on a 1rem line, 0.25rem from the top and the line (top-1 left-1).
  context.textBaseline = 'middle';
  // One font at a time (setting a canvas font parses it): the minor ticks', then the major ones'.
  for (const major of [false, true]) {
    if (!axis.ticks.some((tick) => tick.major === major)) continue;
    context.font = `${major ? 700 : 400} ${0.75 * rem}px ${fontFamily}`;
    context.fillStyle = major ? MAJOR_LABEL : LABEL;
    axis.ticks.forEach((tick, i) => {
      if (tick.major === major)
        context.fillText(tick.label, (axis.offsets[i] ?? 0) + 0.25 * rem, 0.75 * rem);
    });
  }
}

/** The frame's look in Overview.tsx: `rounded border-2 border-stone-700 bg-stone-900/5`. */
const BORDER = '#44403c';
const FILL = 'rgb(28 25 23 / 0.05)';
const BORDER_WIDTH = 2;
const RADIUS = 4;

/**
 * The overview strip's frame around the visible window, as the page draws it, on the canvas
 * laid over the strip (`strip`: its size in CSS px). During a painted gesture the page's frame
 * waits (moving it repainted the page on every frame), and this one follows.
 */
export function paintOverviewFrame(
  context: Context2D,
  strip: { width: number; height: number },
  viewport: Viewport,
  transform: ZoomTransform,
) {
  context.clearRect(0, 0, strip.width, strip.height);
  const { x, width } = overviewFrame(viewport, transform, strip.width);
  const inset = BORDER_WIDTH / 2;
  context.beginPath();
  context.roundRect(x + inset, inset, width - BORDER_WIDTH, strip.height - BORDER_WIDTH, RADIUS);
  context.fillStyle = FILL;
  context.fill();
  context.lineWidth = BORDER_WIDTH;
  context.strokeStyle = BORDER;
  context.stroke();
}
