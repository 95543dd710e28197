import type { PlacedAxis } from '../../../domain/stage/ticks';
import type { Context2D } from './paintUnits';

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
  for (const major of [false, true]) {
    const ticks = axis.ticks.filter((tick) => tick.major === major);
    if (!ticks.length) continue;
    context.font = `${major ? 700 : 400} ${0.75 * rem}px ${fontFamily}`;
    context.fillStyle = major ? MAJOR_LABEL : LABEL;
    for (const tick of ticks) {
      const offset = axis.offsets[axis.ticks.indexOf(tick)] ?? 0;
      context.fillText(tick.label, offset + 0.25 * rem, 0.75 * rem);
    }
  }
}
