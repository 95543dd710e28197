/** A horizontal run of whole pixels [from, to) in one lane of the overview strip. */
export interface PixelRun {
  lane: number;
  from: number;
  to: number;
}

/**
 * What the overview strip paints: per lane, the runs of pixel columns that some event covers
 * (each event at least `minWidth` px wide). Counted with a difference array per lane, so the
 * cost is one step per event plus one per column, however long the events: 100,000 events
 * become a few hundred rectangles instead of 100,000 of them.
 */
export function overviewRuns<T>(
  items: readonly T[],
  place: { lane(item: T): number; x0(item: T): number; x1(item: T): number },
  laneCount: number,
  width: number,
  minWidth = 1.5,
): PixelRun[] {
  const columns = Math.max(0, Math.ceil(width));
  const coverage = Array.from({ length: laneCount }, () => new Int32Array(columns + 1));
  for (const item of items) {
    const counts = coverage[place.lane(item)];
    const [x0, x1] = [place.x0(item), place.x1(item)];
    if (!counts) continue;
    const from = Math.max(0, Math.floor(x0));
    const to = Math.min(columns, Math.ceil(Math.max(x1, x0 + minWidth)));
    if (to <= from) continue;
    counts[from]!++;
    counts[to]!--;
  }
  const runs: PixelRun[] = [];
  coverage.forEach((counts, lane) => {
    let depth = 0;
    let start = -1;
    for (let x = 0; x <= columns; x++) {
      depth += counts[x] as number;
      if (depth > 0 && start === -1) start = x;
      if (depth <= 0 && start !== -1) {
        runs.push({ lane, from: start, to: x });
        start = -1;
      }
    }
  });
  return runs;
}
