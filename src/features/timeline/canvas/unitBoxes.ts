import {
  screenBox,
  tracksAbove,
  type RenderUnit,
  type Stage,
} from '../../../domain/stage/renderStage';
import type { ZoomTransform } from '../../../domain/stage/viewport';

/** The plot's lengths in px, read from its CSS (they grow on a projector-sized screen). */
export interface PlotMetrics {
  axis: number;
  laneLabel: number;
  track: number;
  rem: number;
  /** Width of a point mark, and the smallest width of a bar. */
  mark: number;
}

/** Where a unit's button is on screen, in px from the plot's top left. */
export interface UnitBox {
  unit: RenderUnit;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The boxes of the units on screen (with a margin for labels), as the stylesheet places the
 * buttons: a point centred on its date, a bar across its period (at least a mark wide), a cluster
 * pill half a mark before its first event. The same sums as timeline.css and markRegistry.ts, so
 * that what is painted during a gesture is what the buttons show at rest.
 */
export function unitBoxes(
  stage: Stage,
  transform: ZoomTransform,
  metrics: PlotMetrics,
  width: number,
  margin = 400,
): UnitBox[] {
  const before = tracksAbove(stage.tracksPerLane);
  const height = metrics.track - 0.25 * metrics.rem;
  const boxes: UnitBox[] = [];
  for (const unit of stage.units) {
    const box = screenBox(unit, transform);
    let [x, w] = [box.x, box.width];
    if (unit.type === 'cluster')
      [x, w] = [x - metrics.mark / 2, Math.max(w + metrics.mark, 2 * metrics.mark)];
    else if (unit.item.shape === 'point') [x, w] = [x - metrics.mark / 2, metrics.mark];
    else w = Math.max(w, metrics.mark);
    if (x + w < -margin || x > width + margin) continue;
    const tracks = (before[unit.lane] ?? 0) + unit.track;
    const y =
      metrics.axis +
      (unit.lane + 1) * metrics.laneLabel +
      tracks * metrics.track +
      0.15 * metrics.rem;
    boxes.push({ unit, x, y, width: w, height });
  }
  return boxes;
}

/** `color-mix(in srgb, color share%, white)` for a #rrggbb colour. */
export function mixWithWhite(hex: string, share: number): string {
  // Painted for every bar of every frame, from a handful of lane colours: remembered.
  const key = `${hex} ${share}`;
  let mixed = mixes.get(key);
  if (mixed === undefined) {
    const value = Number.parseInt(hex.slice(1), 16);
    const channels = [value >> 16, (value >> 8) & 255, value & 255];
    mixed = `rgb(${channels.map((c) => Math.round(c * share + 255 * (1 - share))).join(',')})`;
    mixes.set(key, mixed);
  }
  return mixed;
}
const mixes = new Map<string, string>();

/** A #rrggbb colour at an opacity. */
export function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${value >> 16},${(value >> 8) & 255},${value & 255},${alpha})`;
}

/** A length as timeline.css writes its custom properties (`1.75rem`, `12px`, `0rem`), in px. */
export function cssLengthPx(value: string, rem: number): number {
  const match = /^\s*(-?[\d.]+)(px|rem)?\s*$/.exec(value);
  if (!match) return 0;
  const number = Number(match[1]);
  return match[2] === 'rem' ? number * rem : number;
}
