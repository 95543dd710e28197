import type { TimelineItem } from '../events/items';
import { markBoxesByLane } from './markBoxes';

/**
 * Stage 2 of the timeline pipeline: where each visible item goes at one zoom level.
 *
 * Every lane (one per category) has up to `maxTracks` horizontal tracks. Items are taken in
 * time order and each becomes a unit with a mark box (a point's dot, a span's bar, at least
 * `markWidth` wide) and, when it fits, a label box: inside a bar wide enough to hold it, else
 * just after the mark. A unit goes into the first track whose last reserved pixel (mark or
 * label, plus `gap`) lies before the unit's mark starts, and reserves its label too.
 *
 * When no track is free, labels give way before marks: the first track whose last unit would
 * be free without its label loses that label (unless that unit is pinned). When even the marks
 * collide, the unit joins the unit in the track whose mark ends first (the one it overlaps
 * least), and that unit becomes a cluster mark with a count. Long bars (wider than three
 * marks) get up to EXTRA_TRACKS more tracks before they join or host clusters, since what
 * overlaps a long bar may be far from its start. Items in `pinned` (the selected or focused
 * event) never join or host a cluster and always get a track.
 *
 * Invariant (checked by property tests): within a track, the reserved boxes [markStart,
 * labelEnd or markEnd] of successive units are separated by at least `gap`, so no two marks
 * and no two labels ever overlap, at this zoom level or any closer one (zooming in only moves
 * boxes apart, since marks and labels keep their pixel size while distances grow).
 *
 * Runs in O(n · maxTracks) for n items.
 */

/** Tracks a lane may add beyond `maxTracks` for long bars before they too are clustered. */
const EXTRA_TRACKS = 2;

/** A bar longer than this many mark widths is long (see above). */
const LONG = 3;

/** The narrowest room inside a bar worth showing the start of a label in, px. */
const MIN_INSIDE_LABEL = 72;

export interface LayoutOptions {
  /** Pixel position of a time at the layout's zoom level. */
  x: (time: number) => number;
  /** Lane index of an item; lanes are laid out independently. */
  laneOf: (item: TimelineItem) => number;
  laneCount: number;
  /** Width in pixels of an item's label as drawn. */
  labelWidth: (item: TimelineItem) => number;
  pinned?: ReadonlySet<string>;
  maxTracks?: number;
  /** Smallest width of a mark (a point's dot, a short span, a cluster pill). */
  markWidth?: number;
  /** Space between a mark and its label outside it, and around a label inside a bar. */
  labelPadding?: number;
  /** Smallest space between two boxes in a track. */
  gap?: number;
}

interface UnitBase {
  lane: number;
  track: number;
  /** Pixel extent of the mark at the layout zoom level. */
  markStart: number;
  markEnd: number;
}

export interface PlacedMark extends UnitBase {
  type: 'mark';
  item: TimelineItem;
  /** Where the label is drawn, or `none` when it does not fit. */
  label: 'inside' | 'after' | 'none';
  labelStart: number;
  labelEnd: number;
}

export interface PlacedCluster extends UnitBase {
  type: 'cluster';
  id: string;
  items: TimelineItem[];
  /** Time span covered by the clustered items. */
  start: number;
  end: number;
}

export type PlacedUnit = PlacedMark | PlacedCluster;

export interface Layout {
  units: PlacedUnit[];
  /** Tracks used per lane (at least 1). */
  tracksPerLane: number[];
}

export function layoutTimeline(items: readonly TimelineItem[], options: LayoutOptions): Layout {
  const {
    x,
    laneOf,
    laneCount,
    labelWidth,
    pinned = new Set<string>(),
    maxTracks = 2,
    markWidth = 12,
    labelPadding = 5,
    gap = 6,
  } = options;

  const { markStarts, markEnds, laneOrders } = markBoxesByLane(items, {
    x,
    laneOf,
    laneCount,
    markWidth,
  });

  const units: PlacedUnit[] = [];
  const tracksPerLane = Array.from({ length: laneCount }, (_, lane) => {
    const laneOrder = laneOrders[lane] as Int32Array;
    const laneUnits: PlacedUnit[] = [];
    // Per track: index in laneUnits of its last unit, or -1 while empty.
    const lastInTrack: number[] = Array.from({ length: maxTracks }, () => -1);
    const last = (track: number) => laneUnits[lastInTrack[track] as number];

    for (const i of laneOrder) {
      const item = items[i] as TimelineItem;
      const markStart = markStarts[i] as number;
      const markEnd = markEnds[i] as number;
      const isPinned = pinned.size > 0 && pinned.has(item.id);
      let track = -1;
      // Plain loops: this runs for every item in the window, 100,000 of them when zoomed out.
      for (let t = 0; t < lastInTrack.length; t++) {
        if (reservedEnd(last(t)) + gap <= markStart) {
          track = t;
          break;
        }
      }
      if (track === -1) {
        // Labels give way before marks, except the label of a pinned (selected) event.
        for (let t = 0; t < lastInTrack.length; t++) {
          const unit = last(t);
          if (
            unit?.type === 'mark' &&
            unit.label !== 'none' &&
            !pinned.has(unit.item.id) &&
            unit.markEnd + gap <= markStart
          ) {
            unit.label = 'none';
            track = t;
            break;
          }
        }
      }
      if (track === -1 && !isPinned) {
        // Past the extra tracks, even long bars cluster: a lane must not grow without end.
        const crowded = lastInTrack.length >= maxTracks + EXTRA_TRACKS;
        const long = markEnd - markStart > LONG * markWidth;
        const host = crowded || !long ? absorbingHost(lastInTrack, laneUnits, crowded) : -1;
        if (host !== -1) {
          const index = lastInTrack[host] as number;
          laneUnits[index] = absorb(laneUnits[index] as PlacedUnit, item, markEnd);
          continue;
        }
      }
      if (track === -1) track = lastInTrack.push(-1) - 1;
      const mark = markFor(item, lane, track, markStart, markEnd);
      addLabel(mark);
      lastInTrack[track] = laneUnits.push(mark) - 1;
    }
    for (const unit of laneUnits) units.push(unit);
    return Math.max(1, lastInTrack.filter((i) => i !== -1).length);
  });

  return { units, tracksPerLane };

  /** A placed mark, before its label is measured (most items in a crowd never are). */
  function markFor(
    item: TimelineItem,
    lane: number,
    track: number,
    markStart: number,
    markEnd: number,
  ): PlacedMark {
    return {
      type: 'mark',
      item,
      lane,
      track,
      markStart,
      markEnd,
      label: 'none',
      labelStart: markEnd,
      labelEnd: markEnd,
    };
  }

  function addLabel(mark: PlacedMark): void {
    const width = labelWidth(mark.item);
    // A label goes inside a bar that holds it, or at least its first words (it is cut with an
    // ellipsis, and grows back as the bar widens on zooming in); otherwise after the mark.
    const inside =
      mark.item.shape === 'span' &&
      mark.markEnd - mark.markStart >= Math.min(width, MIN_INSIDE_LABEL) + 2 * labelPadding;
    mark.label = inside ? 'inside' : 'after';
    mark.labelStart = inside ? mark.markStart + labelPadding : mark.markEnd + labelPadding;
    mark.labelEnd = inside
      ? Math.min(mark.labelStart + width, mark.markEnd - labelPadding)
      : mark.labelStart + width;
  }

  /** A long bar neither joins nor hosts a cluster: what overlaps it may be far from its start. */
  function isLong(mark: PlacedMark): boolean {
    return mark.markEnd - mark.markStart > LONG * markWidth;
  }

  /**
   * The track whose last unit ends first and may absorb another: a cluster, or a short mark that
   * is not pinned.
   */
  function absorbingHost(
    lastInTrack: readonly number[],
    laneUnits: readonly PlacedUnit[],
    crowded: boolean,
  ): number {
    let best = -1;
    let bestEnd = Infinity;
    for (let track = 0; track < lastInTrack.length; track++) {
      const unit = laneUnits[lastInTrack[track] as number];
      if (!unit) continue;
      if (unit.type === 'mark' && (pinned.has(unit.item.id) || (!crowded && isLong(unit))))
        continue;
      if (unit.markEnd < bestEnd) {
        best = track;
        bestEnd = unit.markEnd;
      }
    }
    return best;
  }

  function absorb(host: PlacedUnit, item: TimelineItem, itemMarkEnd: number): PlacedCluster {
    const markEnd = Math.max(host.markEnd, itemMarkEnd, host.markStart + 2 * markWidth);
    if (host.type === 'cluster') {
      // Clusters are made here, so growing one in place is safe (and keeps this linear).
      host.items.push(item);
      host.markEnd = markEnd;
      host.start = Math.min(host.start, item.start);
      host.end = Math.max(host.end, item.end);
      return host;
    }
    return {
      type: 'cluster',
      id: `cluster:${host.item.id}`,
      items: [host.item, item],
      lane: host.lane,
      track: host.track,
      markStart: host.markStart,
      markEnd,
      start: Math.min(host.item.start, item.start),
      end: Math.max(host.item.end, item.end),
    };
  }
}

/** The last pixel a unit keeps for itself: its label's end when the label is shown. */
function reservedEnd(unit: PlacedUnit | undefined): number {
  if (!unit) return -Infinity;
  return unit.type === 'mark' && unit.label !== 'none'
    ? Math.max(unit.markEnd, unit.labelEnd)
    : unit.markEnd;
}
