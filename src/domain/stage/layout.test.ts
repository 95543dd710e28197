import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../events/items';
import { layoutTimeline, type Layout, type LayoutOptions, type PlacedUnit } from './layout';

const MARK = 12;
const PAD = 5;
const GAP = 6;

function item(
  id: string,
  start: number,
  end: number,
  shape: 'point' | 'span',
  lane = 0,
): TimelineItem {
  return {
    id,
    title: id,
    dateLabel: '',
    start,
    end,
    shape,
    precision: shape === 'point' ? 'day' : 'year',
    kind: 'point',
    approximate: false,
    uncertain: false,
    openStart: false,
    openEnd: false,
    categoryId: String(lane),
    disputed: false,
    searchText: id,
  };
}

function options(widths: Map<string, number>, extra: Partial<LayoutOptions> = {}): LayoutOptions {
  return {
    x: (t) => t,
    laneOf: (i) => Number(i.categoryId),
    laneCount: 3,
    labelWidth: (i) => widths.get(i.id) ?? 40,
    markWidth: MARK,
    labelPadding: PAD,
    gap: GAP,
    ...extra,
  };
}

/** The pixels a unit keeps for itself once everything is zoomed in by `zoom` around 0. */
function reservedBox(unit: PlacedUnit, zoom: number): [number, number] {
  if (unit.type === 'cluster') {
    return [
      unit.markStart * zoom,
      unit.markStart * zoom +
        Math.max(unit.markEnd - unit.markStart, (unit.markEnd - unit.markStart) * zoom),
    ];
  }
  const { item } = unit;
  const [start, end] =
    item.shape === 'point'
      ? [item.start * zoom - MARK / 2, item.start * zoom + MARK / 2]
      : [item.start * zoom, Math.max(item.end * zoom, item.start * zoom + MARK)];
  const labelWidth = unit.labelEnd - unit.labelStart;
  if (unit.label === 'none' || unit.label === 'inside') return [start, end];
  return [start, end + PAD + labelWidth];
}

function expectNoOverlap(layout: Layout, zoom: number): void {
  const tracks = new Map<string, PlacedUnit[]>();
  for (const unit of layout.units) {
    const key = `${unit.lane}/${unit.track}`;
    tracks.set(key, [...(tracks.get(key) ?? []), unit]);
  }
  for (const units of tracks.values()) {
    const boxes = units.map((u) => reservedBox(u, zoom)).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < boxes.length; i++) {
      expect(
        (boxes[i] as [number, number])[0] - (boxes[i - 1] as [number, number])[1],
      ).toBeGreaterThanOrEqual(GAP - 1e-9);
    }
  }
}

const arbitraryItems = fc
  .array(
    fc.record({
      start: fc.integer({ min: 0, max: 2_000 }),
      length: fc.integer({ min: 0, max: 400 }),
      point: fc.boolean(),
      lane: fc.integer({ min: 0, max: 2 }),
      width: fc.integer({ min: 10, max: 220 }),
    }),
    { maxLength: 120 },
  )
  .map((raw) => {
    const widths = new Map<string, number>();
    const items = raw.map((r, i) => {
      widths.set(`e${i}`, r.width);
      return item(
        `e${i}`,
        r.start,
        r.start + Math.max(1, r.length),
        r.point ? 'point' : 'span',
        r.lane,
      );
    });
    return { items, widths };
  });

describe('layoutTimeline', () => {
  it('places sparse items in one track with their labels after the mark', () => {
    const items = [item('a', 0, 1, 'point'), item('b', 200, 201, 'point')];
    const layout = layoutTimeline(items, options(new Map()));
    expect(layout.units.map((u) => u.type === 'mark' && [u.item.id, u.track, u.label])).toEqual([
      ['a', 0, 'after'],
      ['b', 0, 'after'],
    ]);
    expect(layout.tracksPerLane).toEqual([1, 1, 1]);
  });

  it('puts a label inside a bar wide enough for it', () => {
    const layout = layoutTimeline([item('a', 0, 300, 'span')], options(new Map([['a', 100]])));
    expect(layout.units[0]).toMatchObject({
      label: 'inside',
      labelStart: PAD,
      labelEnd: PAD + 100,
    });
  });

  it('starts a long label inside a long bar, cut at its end, and puts it after a short one', () => {
    const widths = new Map([
      ['long', 500],
      ['short', 500],
    ]);
    const layout = layoutTimeline(
      [item('long', 0, 200, 'span'), item('short', 300, 340, 'span')],
      options(widths),
    );
    expect(layout.units[0]).toMatchObject({
      label: 'inside',
      labelStart: PAD,
      labelEnd: 200 - PAD,
    });
    expect(layout.units[1]).toMatchObject({ label: 'after', labelStart: 340 + PAD });
  });

  it('uses a second track before dropping a label, then drops labels before marks', () => {
    const items = [
      item('a', 0, 1, 'point'),
      item('b', 30, 31, 'point'),
      item('c', 60, 61, 'point'),
    ];
    const layout = layoutTimeline(
      items,
      options(
        new Map([
          ['a', 100],
          ['b', 100],
          ['c', 100],
        ]),
      ),
    );
    expect(layout.units.map((u) => u.type === 'mark' && [u.item.id, u.track, u.label])).toEqual([
      ['a', 0, 'none'],
      ['b', 1, 'after'],
      ['c', 0, 'after'],
    ]);
  });

  it('clusters marks that cannot be told apart, with a count of what they hold', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((id, i) => item(id, 100 + i, 101 + i, 'point'));
    const layout = layoutTimeline(items, options(new Map()));
    const clusters = layout.units.filter((u) => u.type === 'cluster');
    expect(clusters.length).toBeGreaterThan(0);
    const clustered = clusters.flatMap((c) =>
      c.type === 'cluster' ? c.items.map((i) => i.id) : [],
    );
    const marks = layout.units.flatMap((u) => (u.type === 'mark' ? [u.item.id] : []));
    expect([...clustered, ...marks].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('never clusters a pinned item', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((id, i) => item(id, 100 + i, 101 + i, 'point'));
    const layout = layoutTimeline(items, options(new Map(), { pinned: new Set(['c']) }));
    expect(layout.units.some((u) => u.type === 'mark' && u.item.id === 'c')).toBe(true);
  });

  it('keeps lanes apart', () => {
    const layout = layoutTimeline(
      [item('a', 0, 1, 'point', 0), item('b', 0, 1, 'point', 2)],
      options(new Map()),
    );
    expect(layout.units.map((u) => [u.lane, u.track])).toEqual([
      [0, 0],
      [2, 0],
    ]);
  });

  it('for random items: every item is shown exactly once, pinned ones as marks', () => {
    fc.assert(
      fc.property(
        arbitraryItems,
        fc.integer({ min: 1, max: 4 }),
        ({ items, widths }, maxTracks) => {
          const pinned = new Set(items.slice(0, 2).map((i) => i.id));
          const layout = layoutTimeline(items, options(widths, { maxTracks, pinned }));
          const shown = layout.units.flatMap((u) =>
            u.type === 'mark' ? [u.item.id] : u.items.map((i) => i.id),
          );
          expect(shown.sort()).toEqual(items.map((i) => i.id).sort());
          for (const id of pinned)
            expect(layout.units.some((u) => u.type === 'mark' && u.item.id === id)).toBe(true);
        },
      ),
    );
  });

  it('for random items: no two marks or labels overlap, at this zoom or any closer one', () => {
    fc.assert(
      fc.property(
        arbitraryItems,
        fc.double({ min: 1, max: 50, noNaN: true }),
        ({ items, widths }, zoom) => {
          const layout = layoutTimeline(items, options(widths));
          expectNoOverlap(layout, 1);
          expectNoOverlap(layout, zoom);
        },
      ),
    );
  });

  it('never grows a lane past two extra tracks, plus one per pinned item', () => {
    fc.assert(
      fc.property(arbitraryItems, ({ items, widths }) => {
        const pinned = new Set(items.slice(0, 2).map((i) => i.id));
        const layout = layoutTimeline(items, options(widths, { maxTracks: 2, pinned }));
        layout.tracksPerLane.forEach((tracks, lane) => {
          const pinnedHere = items.filter((i) => i.categoryId === String(lane) && pinned.has(i.id));
          expect(tracks).toBeLessThanOrEqual(2 + 2 + pinnedHere.length);
        });
      }),
    );
  });

  it('keeps a lane of short marks within the track limit', () => {
    fc.assert(
      fc.property(arbitraryItems, ({ items, widths }) => {
        const points = items.map((i) => ({ ...i, shape: 'point' as const }));
        expect(
          Math.max(...layoutTimeline(points, options(widths, { maxTracks: 2 })).tracksPerLane),
        ).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('never absorbs an event into a long bar far from it', () => {
    const items = [
      item('era', 0, 1000, 'span'),
      item('a', 500, 501, 'point'),
      item('b', 502, 503, 'point'),
    ];
    const layout = layoutTimeline(
      items,
      options(
        new Map([
          ['era', 100],
          ['a', 100],
          ['b', 100],
        ]),
      ),
    );
    expect(layout.units.find((u) => u.type === 'mark' && u.item.id === 'era')).toBeDefined();
  });

  it('keeps the label of a pinned event rather than of the next one', () => {
    const items = [
      item('a', 0, 1, 'point'),
      item('b', 30, 31, 'point'),
      item('c', 60, 61, 'point'),
    ];
    const widths = new Map([
      ['a', 100],
      ['b', 100],
      ['c', 100],
    ]);
    const layout = layoutTimeline(items, options(widths, { pinned: new Set(['a']), maxTracks: 2 }));
    expect(layout.units.find((u) => u.type === 'mark' && u.item.id === 'a')).toMatchObject({
      label: 'after',
    });
  });
});
