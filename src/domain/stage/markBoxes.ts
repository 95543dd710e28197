import type { TimelineItem } from '../events/items';

export interface MarkBoxOptions {
  /** Pixel position of a time at the layout's zoom level. */
  x: (time: number) => number;
  /** Lane index of an item; an index outside 0…laneCount−1 leaves the item out. */
  laneOf: (item: TimelineItem) => number;
  laneCount: number;
  /** Smallest width of a mark (a point's dot, a short span). */
  markWidth: number;
}

export interface MarkBoxes {
  /** Pixel extent of item i's mark (a point's dot centred on its time, a span's bar). */
  markStarts: Float64Array;
  markEnds: Float64Array;
  /** Per lane, the indexes of its items ordered by mark start, then end, then input order. */
  laneOrders: Int32Array[];
}

/**
 * Where every item's mark goes, as numbers in typed arrays, and each lane's items in mark
 * order: the layout then allocates objects only for the items that get a track, so that a
 * window of 100,000 items (most of them joining a few clusters) allocates next to nothing.
 */
export function markBoxesByLane(
  items: readonly TimelineItem[],
  options: MarkBoxOptions,
): MarkBoxes {
  const { x, laneOf, laneCount, markWidth } = options;
  const count = items.length;
  const laneAt = new Int32Array(count);
  const markStarts = new Float64Array(count);
  const markEnds = new Float64Array(count);
  const perLane = new Int32Array(laneCount + 1);
  for (let i = 0; i < count; i++) {
    const item = items[i] as TimelineItem;
    const lane = laneOf(item);
    const x0 = x(item.start);
    laneAt[i] = lane >= 0 && lane < laneCount ? lane : -1;
    if (item.shape === 'point') {
      markStarts[i] = x0 - markWidth / 2;
      markEnds[i] = x0 + markWidth / 2;
    } else {
      markStarts[i] = x0;
      markEnds[i] = Math.max(x(item.end), x0 + markWidth);
    }
    if (laneAt[i] !== -1) perLane[(laneAt[i] as number) + 1]!++;
  }
  // The items of each lane, contiguous (in input order), then sorted by mark.
  for (let lane = 0; lane < laneCount; lane++) perLane[lane + 1]! += perLane[lane] as number;
  const order = new Int32Array(perLane[laneCount] as number);
  const next = perLane.slice(0, laneCount);
  for (let i = 0; i < count; i++) if (laneAt[i] !== -1) order[next[laneAt[i] as number]!++] = i;
  const byMark = (a: number, b: number) =>
    (markStarts[a] as number) - (markStarts[b] as number) ||
    (markEnds[a] as number) - (markEnds[b] as number) ||
    a - b;

  const isSorted = (run: Int32Array) => {
    for (let j = 1; j < run.length; j++)
      if (byMark(run[j - 1] as number, run[j] as number) > 0) return false;
    return true;
  };

  /**
   * A lane's items by mark. Items come in time order, so its points and its bars are each
   * already in mark order (a point's mark starts half a mark before its time, a bar's at it):
   * merging the two runs is linear, where a sort of 100,000 items would not be.
   */
  const sortedByMark = (laneOrder: Int32Array): Int32Array => {
    const points = laneOrder.filter((i) => (items[i] as TimelineItem).shape === 'point');
    const bars = laneOrder.filter((i) => (items[i] as TimelineItem).shape !== 'point');
    for (const run of [points, bars]) if (!isSorted(run)) run.sort(byMark);
    let [p, b] = [0, 0];
    for (let j = 0; j < laneOrder.length; j++) {
      const takePoint =
        b >= bars.length ||
        (p < points.length && byMark(points[p] as number, bars[b] as number) < 0);
      laneOrder[j] = takePoint ? (points[p++] as number) : (bars[b++] as number);
    }
    return laneOrder;
  };

  const laneOrders = Array.from({ length: laneCount }, (_, lane) =>
    sortedByMark(order.subarray(perLane[lane], perLane[lane + 1])),
  );
  return { markStarts, markEnds, laneOrders };
}
