import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../domain/events/items';
import { presentationSlides, slidePosition } from './slides';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
function item(id: string, year: number, categoryId = 'a', searchText = id): TimelineItem {
  const start = (year - 1970) * YEAR_MS;
  return {
    id,
    title: id,
    dateLabel: String(year),
    start,
    end: start + YEAR_MS,
    shape: 'span',
    precision: 'year',
    kind: 'point',
    approximate: false,
    uncertain: false,
    openStart: false,
    openEnd: false,
    categoryId,
    disputed: false,
    searchText,
  };
}

// In time order, as the timeline model keeps them.
const items = [
  item('founded', 1954),
  item('first-iron', 1959, 'b', 'first iron furnace'),
  item('reform', 1978),
  item('listed', 1997, 'b'),
];
const byId = new Map(items.map((i) => [i.id, i]));
const all = new Set(['a', 'b']);

describe('presentationSlides', () => {
  it('without a tour, takes every event shown, in time order', () => {
    expect(presentationSlides(items, byId, { categories: all }).map((s) => s.id)).toEqual([
      'founded',
      'first-iron',
      'reform',
      'listed',
    ]);
  });

  it('without a tour, applies the categories, the search and the period', () => {
    const ids = (choice: Parameters<typeof presentationSlides>[2]) =>
      presentationSlides(items, byId, choice).map((s) => s.id);
    expect(ids({ categories: new Set(['b']) })).toEqual(['first-iron', 'listed']);
    expect(ids({ categories: all, query: 'Furnace' })).toEqual(['first-iron']);
    const window = [items[1]!.start, items[2]!.end] as const;
    expect(ids({ categories: all, window })).toEqual(['first-iron', 'reform']);
    expect(ids({ categories: new Set() })).toEqual([]);
  });

  it('with a tour, takes its events in its order, whatever the filter', () => {
    const slides = presentationSlides(items, byId, {
      tour: ['listed', 'founded', 'first-iron'],
      categories: new Set(['b']),
      query: 'nothing matches this',
    });
    expect(slides.map((s) => s.id)).toEqual(['listed', 'founded', 'first-iron']);
  });

  it('skips tour ids the dataset lacks, and an empty tour means no tour', () => {
    expect(
      presentationSlides(items, byId, { tour: ['gone', 'reform'], categories: all }).map(
        (s) => s.id,
      ),
    ).toEqual(['reform']);
    expect(presentationSlides(items, byId, { tour: [], categories: all })).toHaveLength(4);
    expect(presentationSlides(items, byId, { tour: ['gone'], categories: all })).toEqual([]);
  });
});

describe('slidePosition', () => {
  it('finds the event among the slides, else starts at the first', () => {
    expect(slidePosition(items, 'reform')).toBe(2);
    expect(slidePosition(items, 'not-a-slide')).toBe(0);
    expect(slidePosition(items, undefined)).toBe(0);
    expect(slidePosition([], 'reform')).toBe(0);
  });
});
