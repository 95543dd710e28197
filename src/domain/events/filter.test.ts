import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { filterItems, inCategories, searchMatches } from './filter';
import { buildTimelineModel } from './items';
import { neighbours, stepIndex } from './order';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const dataset: Dataset = {
  format: 'timeline/1',
  title: 'T',
  categories: [
    { id: 'a', label: 'A', color: '#000000' },
    { id: 'b', label: 'B', color: '#ffffff' },
  ],
  sources: [],
  events: [
    ['blast', '1959-09-26', 'a', 'First iron from the blast furnace'],
    ['union', '1997', 'b', 'Steel Union founded'],
    ['mine', '1957', 'a', 'Bayan Obo mine'],
    ['dam', '1955/1963', 'b', 'Tailings dam built'],
  ].map(([id, edtf, category, title]) => ({
    id: id as string,
    title: title as string,
    summary: 'Summary',
    date: { edtf: edtf as string, label: edtf as string, basis: 'stated' as const },
    category: category as string,
    evidence: [{ source: 's', exact: 'x' }],
  })),
};
const { items } = buildTimelineModel(dataset);
const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe('filters', () => {
  it('keep time order and the shown categories', () => {
    expect(ids(items)).toEqual(['dam', 'mine', 'blast', 'union']);
    expect(ids(inCategories(items, new Set(['a'])))).toEqual(['mine', 'blast']);
  });

  it('match every search term, whatever the case, and nothing for an empty search', () => {
    expect(searchMatches(items, 'STEEL  union')).toEqual(new Set(['union']));
    expect(searchMatches(items, '   ')).toBeNull();
    expect(searchMatches(items, 'nothing-like-this')).toEqual(new Set());
  });

  it('combine categories, search and window', () => {
    const all = new Set(['a', 'b']);
    expect(
      ids(filterItems(items, { categories: all, window: [utc('1958'), utc('1960')] })),
    ).toEqual(['dam', 'blast']);
    expect(ids(filterItems(items, { categories: new Set(['b']), query: 'dam' }))).toEqual(['dam']);
    expect(filterItems(items, { categories: new Set() })).toEqual([]);
  });
});

describe('order', () => {
  it('steps within bounds and starts from the first event in view when none is current', () => {
    expect(stepIndex(4, 1, 'next')).toBe(2);
    expect(stepIndex(4, 3, 'next')).toBe(3);
    expect(stepIndex(4, 0, 'previous')).toBe(0);
    expect(stepIndex(4, 2, 'first')).toBe(0);
    expect(stepIndex(4, 0, 'last')).toBe(3);
    expect(stepIndex(4, -1, 'next', 2)).toBe(2);
    expect(stepIndex(4, -1, 'previous', 9)).toBe(3);
    expect(stepIndex(0, -1, 'next')).toBe(-1);
  });

  it('finds the neighbours of an event, and none for an unknown one', () => {
    expect(neighbours(items, 'mine')).toMatchObject({ index: 1 });
    expect(neighbours(items, 'mine').previous?.id).toBe('dam');
    expect(neighbours(items, 'mine').next?.id).toBe('blast');
    expect(neighbours(items, 'union').next).toBeNull();
    expect(neighbours(items, 'nope')).toEqual({ previous: null, next: null, index: -1 });
    expect(neighbours(items, null).index).toBe(-1);
  });
});
