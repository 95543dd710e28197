import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../events/items';
import { markBoxesByLane } from './markBoxes';

const item = (id: string, start: number, end: number, lane: number): TimelineItem =>
  ({
    id,
    title: id,
    start,
    end,
    shape: start === end ? 'point' : 'span',
    categoryId: String(lane),
  }) as TimelineItem;

const options = (laneCount: number) => ({
  x: (time: number) => time,
  laneOf: (i: TimelineItem) => Number(i.categoryId),
  laneCount,
  markWidth: 12,
});

describe('markBoxesByLane', () => {
  it('centres a dot on its time and gives a short bar the width of a mark', () => {
    const boxes = markBoxesByLane([item('dot', 100, 100, 0), item('bar', 200, 203, 0)], options(1));
    expect([...boxes.markStarts]).toEqual([94, 200]);
    expect([...boxes.markEnds]).toEqual([106, 212]);
  });

  it('leaves out items whose lane is not drawn, and gives empty lanes no items', () => {
    const items = [item('a', 0, 0, 0), item('hidden', 5, 5, 7), item('b', 9, 9, -1)];
    const boxes = markBoxesByLane(items, options(2));
    expect(boxes.laneOrders.map((order) => [...order])).toEqual([[0], []]);
  });

  it('orders a lane by mark start, a dot before the bar that starts at its time', () => {
    // A dot starts half a mark before its time, so it precedes a bar starting at the same time.
    const items = [item('bar', 100, 300, 0), item('dot', 100, 100, 0), item('late', 400, 400, 0)];
    expect([...markBoxesByLane(items, options(1)).laneOrders[0]!]).toEqual([1, 0, 2]);
  });

  it('gives the same order as a full sort, whatever the input order', () => {
    const arbitraryItem = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 50 }), fc.nat(2))
      .map(([start, length, lane]) => ({ start, end: start + length, lane }));
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 60 }), (specs) => {
        const items = specs.map((s, i) => item(String(i), s.start, s.end, s.lane));
        const boxes = markBoxesByLane(items, options(3));
        for (const order of boxes.laneOrders) {
          const expected = [...order].sort(
            (a, b) =>
              boxes.markStarts[a]! - boxes.markStarts[b]! ||
              boxes.markEnds[a]! - boxes.markEnds[b]! ||
              a - b,
          );
          expect([...order]).toEqual(expected);
        }
        expect(boxes.laneOrders.reduce((n, order) => n + order.length, 0)).toBe(items.length);
      }),
    );
  });
});
