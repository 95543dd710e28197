import { itemsInWindow } from '../events/filter';
import type { TimelineItem } from '../events/items';
import { layoutTimeline } from './layout';
import { baseX, visibleWindow, type Viewport, type ZoomTransform } from './viewport';

/**
 * Stage 3 of the timeline pipeline (`TimelineItem → PlacedUnit → RenderUnit`): everything a
 * renderer needs to draw the marks of one layout, decided here and not in JSX, so that the
 * screen (React) and the exported picture (SVG) draw the very same thing.
 *
 * A layout is made for a *frame*: a zoom level and a window, wider than the screen during a
 * gesture (see `frameFor`). Positions are in base pixels (where a time falls at zoom 1); a
 * renderer places a unit at `screenBox(unit, transform)` for the current zoom.
 */
export interface LayoutFrame {
  /** Zoom level the labels were fitted at; zooming in from it keeps them apart. */
  k: number;
  from: number;
  to: number;
}

interface UnitBase {
  id: string;
  lane: number;
  track: number;
  /** Base x and width in px at zoom 1. */
  x: number;
  width: number;
  color: string;
}

export interface RenderMark extends UnitBase {
  type: 'mark';
  item: TimelineItem;
  /** Where the title is drawn, or null when it does not fit. */
  label: 'inside' | 'after' | null;
  emphasis: 'selected' | 'dimmed' | 'normal';
}

export interface RenderCluster extends UnitBase {
  type: 'cluster';
  count: number;
  /** Time span of the clustered events, UTC ms. */
  start: number;
  end: number;
  /** No clustered event matches the search. */
  dimmed: boolean;
}

export type RenderUnit = RenderMark | RenderCluster;

export interface Stage {
  units: RenderUnit[];
  /** Tracks used per lane (at least 1). */
  tracksPerLane: number[];
  /** The one mark that takes Tab: the focused one, else the selected one, else the first. */
  tabbableId: string | null;
}

export interface StageInput {
  /** The items of the shown categories, in time order. */
  items: readonly TimelineItem[];
  maxDuration: number;
  viewport: Viewport;
  frame: LayoutFrame;
  /** Lane of each shown category, in lane order. */
  laneOf: (categoryId: string) => number;
  laneCount: number;
  colorOf: (categoryId: string) => string;
  /** Width in px of a title as drawn. */
  labelWidth: (title: string) => number;
  selectedId: string | null;
  focusedId?: string | null;
  /** Ids that match the search, or null when there is none. */
  matches: ReadonlySet<string> | null;
}

/** During a gesture, lay out for a wider view so zooming out does not relayout at every step. */
export const GESTURE_SLACK = 2;
/** Zooming in keeps labels apart, so a gesture relayouts only after this much (to show more). */
const ZOOM_IN_RELAYOUT = 8;

/**
 * The frame for a transform: its window widened by half a screen times `slack` on each side (so a
 * short pan keeps the layout), its zoom level divided by `slack`.
 */
export function frameFor(viewport: Viewport, transform: ZoomTransform, slack = 1): LayoutFrame {
  const [start, end] = visibleWindow(viewport, transform);
  const margin = (end - start) * 0.5 * slack;
  return { k: transform.k / slack, from: start - margin, to: end + margin };
}

/** Whether a layout made for `frame` still serves the transform (zoomed in a little, not out). */
export function frameStillValid(
  frame: LayoutFrame,
  viewport: Viewport,
  transform: ZoomTransform,
): boolean {
  const [start, end] = visibleWindow(viewport, transform);
  return (
    transform.k >= frame.k &&
    transform.k < frame.k * ZOOM_IN_RELAYOUT &&
    start >= frame.from &&
    end <= frame.to
  );
}

/** Lays out the frame's items and decides how each unit is drawn. */
export function buildStage(input: StageInput): Stage {
  const { viewport, frame, selectedId, matches } = input;
  const inFrame = itemsInWindow(input.items, input.maxDuration, frame.from, frame.to);
  // The selected and focused events are always drawn, even outside the frame; an id that is
  // not among the items (another category) pins nothing.
  const pinned = new Set<string>();
  const outside: TimelineItem[] = [];
  for (const id of new Set([selectedId, input.focusedId])) {
    const item = id ? input.items.find((candidate) => candidate.id === id) : undefined;
    if (!item) continue;
    pinned.add(item.id);
    if (item.end <= frame.from || item.start >= frame.to) outside.push(item);
  }
  const visible = outside.length
    ? [...inFrame, ...outside].sort((a, b) => a.start - b.start)
    : inFrame;

  const layout = layoutTimeline(visible, {
    x: (time) => baseX(viewport, time) * frame.k,
    laneOf: (item) => input.laneOf(item.categoryId),
    laneCount: input.laneCount,
    labelWidth: (item) => input.labelWidth(item.title),
    pinned,
  });

  const units = layout.units.map((unit): RenderUnit => {
    if (unit.type === 'cluster') {
      const x = baseX(viewport, unit.start);
      return {
        type: 'cluster',
        id: unit.id,
        lane: unit.lane,
        track: unit.track,
        x,
        width: baseX(viewport, unit.end) - x,
        color: input.colorOf((unit.items[0] as TimelineItem).categoryId),
        count: unit.items.length,
        start: unit.start,
        end: unit.end,
        dimmed: !!matches && !unit.items.some((item) => matches.has(item.id)),
      };
    }
    const { item } = unit;
    const x = baseX(viewport, item.start);
    return {
      type: 'mark',
      id: item.id,
      item,
      lane: unit.lane,
      track: unit.track,
      x,
      width: baseX(viewport, item.end) - x,
      color: input.colorOf(item.categoryId),
      label: unit.label === 'none' ? null : unit.label,
      emphasis:
        item.id === selectedId
          ? 'selected'
          : matches && !matches.has(item.id)
            ? 'dimmed'
            : 'normal',
    };
  });

  const focusedId = input.focusedId && pinned.has(input.focusedId) ? input.focusedId : null;
  const tabbableId =
    focusedId ??
    (selectedId && pinned.has(selectedId) ? selectedId : null) ??
    units.find((u) => u.type === 'mark')?.id ??
    null;
  return { units, tracksPerLane: layout.tracksPerLane, tabbableId };
}

/** Whether the stage draws this event as a mark of its own (not in a cluster, not left out). */
export function showsMark(stage: Stage, id: string): boolean {
  return stage.units.some((unit) => unit.type === 'mark' && unit.id === id);
}

/** The mark that takes Tab: the focused one where the stage shows it, else the stage's choice. */
export function tabbableMark(stage: Stage, focusedId: string | null): string | null {
  return focusedId && showsMark(stage, focusedId) ? focusedId : stage.tabbableId;
}

/** Left of the screen, a mark's label (drawn after it) may still reach into view this far, px. */
const LABEL_REACH = 400;
/** A dot or a cluster's pill reaches a little either side of its date, px. */
const MARK_REACH = 24;

/**
 * The units to draw as buttons under a transform: those on screen (or whose label may reach it),
 * and those in `keep` (the focused, selected and tabbable events) wherever they are. A stage is
 * laid out for a frame wider than the screen; during a gesture it is painted instead, so the
 * buttons need to cover only the screen, and half as many cost half as much to restyle.
 */
export function unitsOnScreen(
  units: readonly RenderUnit[],
  transform: ZoomTransform,
  width: number,
  keep: readonly (string | null)[],
): RenderUnit[] {
  return units.filter((unit) => {
    const box = screenBox(unit, transform);
    return (
      (box.x + box.width + LABEL_REACH + MARK_REACH >= 0 && box.x - MARK_REACH <= width) ||
      keep.includes(unit.id)
    );
  });
}

/**
 * Where a unit is drawn under a transform, in screen px: x · k + tx, and a bar as wide as its
 * period. Points and cluster pills keep their own width (the renderer adds it).
 */
export function screenBox(
  unit: Pick<RenderUnit, 'x' | 'width'>,
  transform: ZoomTransform,
): { x: number; width: number } {
  return { x: unit.x * transform.k + transform.x, width: unit.width * transform.k };
}

/** How many tracks lie above each lane (lanes stack, each as tall as its tracks). */
export function tracksAbove(tracksPerLane: readonly number[]): number[] {
  let sum = 0;
  return tracksPerLane.map((tracks) => {
    const before = sum;
    sum += tracks;
    return before;
  });
}
