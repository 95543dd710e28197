import type { TimelineItem } from '../../../domain/events/items';
import {
  screenBox,
  tracksAbove,
  type RenderCluster,
  type RenderMark,
} from '../../../domain/stage/renderStage';
import type { ZoomTransform } from '../../../domain/stage/viewport';
import type { PlotMetrics } from './plotMetrics';

/** What painting reads of an item: a painter in a worker is sent this much, not the event. */
export type PaintedItem = Pick<
  TimelineItem,
  'id' | 'title' | 'shape' | 'approximate' | 'uncertain' | 'openStart' | 'openEnd' | 'disputed'
>;
export type PaintedMark = Omit<RenderMark, 'item'> & { item: PaintedItem };
export type PaintedUnit = PaintedMark | RenderCluster;

/** The units of a stage as painting needs them (a Stage is one). */
export interface Scene {
  units: readonly PaintedUnit[];
  tracksPerLane: readonly number[];
}

/** Where a unit's button is on screen, in px from the plot's top left. */
export interface UnitBox {
  unit: PaintedUnit;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The boxes of the units on screen (with a margin on the left for the labels of marks before
 * the screen, which run to the right), as the stylesheet places the
 * buttons: a point centred on its date, a bar across its period (at least a mark wide), a cluster
 * pill half a mark before its first event. The same sums as timeline.css and markRegistry.ts, so
 * that what is painted during a gesture is what the buttons show at rest.
 */
export function unitBoxes(
  scene: Scene,
  transform: ZoomTransform,
  metrics: PlotMetrics,
  width: number,
  margin = 400,
): UnitBox[] {
  const before = tracksAbove(scene.tracksPerLane);
  const height = metrics.track - 0.25 * metrics.rem;
  const boxes: UnitBox[] = [];
  for (const unit of scene.units) {
    const box = screenBox(unit, transform);
    let [x, w] = [box.x, box.width];
    if (unit.type === 'cluster')
      [x, w] = [x - metrics.mark / 2, Math.max(w + metrics.mark, 2 * metrics.mark)];
    else if (unit.item.shape === 'point') [x, w] = [x - metrics.mark / 2, metrics.mark];
    else w = Math.max(w, metrics.mark);
    // A unit that begins past the right edge shows nothing (its ≠ badge reaches 0.35rem left).
    if (x + w < -margin || x > width + metrics.rem) continue;
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
