import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { indexDataset } from './eventIndex';
import { itemsInWindow, matchesTerms, searchTerms } from './filter';
import { buildTimelineModel, type TimelineItem } from './items';
// Some dates here need the full grammar, which the page loads before such a dataset arrives.
import '../dates/edtfGeneral';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function dataset(dates: string[]): Dataset {
  return {
    format: 'timeline/1',
    title: 'T',
    categories: [{ id: 'c', label: 'C', color: '#000000' }],
    sources: [],
    events: dates.map((edtf, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      summary: i === 0 ? 'Zhōu Enlai cuts the ribbon' : 'Something',
      date: { edtf, label: edtf, basis: 'stated' as const },
      category: 'c',
      entities: i === 1 ? [{ name: 'Baotou Steel Union', type: 'organization' as const }] : [],
      evidence: [{ source: 's', exact: 'x' }],
    })),
  };
}

describe('indexDataset', () => {
  it('finds every event and item by id, and nothing for an id the dataset lacks', () => {
    const data = dataset(['1959-09-26', '1954', '1955/1963']);
    const index = indexDataset(data);
    for (const event of data.events) {
      expect(index.events.get(event.id)).toBe(event);
      expect(index.events.has(event.id)).toBe(true);
      expect(index.items.get(event.id)?.title).toBe(event.title);
    }
    expect(index.events.get('e9')).toBeUndefined();
    expect(index.events.has('e9')).toBe(false);
    expect(index.events.has('')).toBe(false);
  });
});

describe('buildTimelineModel', () => {
  it('sorts items by time and draws days as points, longer dates as spans', () => {
    const { items } = buildTimelineModel(dataset(['1959-09-26', '1954', '1955/1963', '1959-09']));
    expect(items.map((i) => [i.id, i.shape])).toEqual([
      ['e1', 'span'],
      ['e2', 'span'],
      ['e3', 'span'],
      ['e0', 'point'],
    ]);
  });

  it('clamps open ends inside the extent and remembers they are open', () => {
    const { items, extent } = buildTimelineModel(dataset(['1954', '1978/..', '2024']));
    const open = items.find((i) => i.id === 'e1') as TimelineItem;
    expect(open.openEnd).toBe(true);
    expect(open.end).toBeGreaterThan(utc('2025-01-01'));
    expect(open.end).toBeLessThan(extent[1]);
    expect(extent[0]).toBeLessThan(utc('1954-01-01'));
  });

  it('copes with other centuries and unspecified digits', () => {
    const { items, extent } = buildTimelineModel(dataset(['1864/1872', '198X', '-0044']));
    expect(items[0]?.id).toBe('e2');
    expect(extent[0]).toBeLessThan(Date.UTC(-44, 0, 1));
    expect(items.find((i) => i.id === 'e1')?.precision).toBe('decade');
  });

  it('gives a usable extent for an empty dataset', () => {
    const { items, extent } = buildTimelineModel(dataset([]));
    expect(items).toEqual([]);
    expect(extent[1]).toBeGreaterThan(extent[0]);
  });
});

describe('matchesTerms', () => {
  const { items } = buildTimelineModel(dataset(['1959', '1997']));
  const [first, second] = items as [TimelineItem, TimelineItem];

  it('matches title, summary and entity names, ignoring case and accents', () => {
    expect(matchesTerms(first, searchTerms('zhou enlai'))).toBe(true);
    expect(matchesTerms(second, searchTerms('STEEL union'))).toBe(true);
    expect(matchesTerms(second, searchTerms('event 1'))).toBe(true);
    expect(matchesTerms(first, searchTerms('steel'))).toBe(false);
  });
});

describe('itemsInWindow', () => {
  it('finds exactly the items overlapping the window, long spans included', () => {
    const item = fc.record({
      start: fc.integer({ min: 0, max: 10_000 }),
      length: fc.integer({ min: 1, max: 3_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 80 }),
        fc.integer({ min: -500, max: 10_500 }),
        fc.integer({ min: 1, max: 4_000 }),
        (raw, from, width) => {
          const items = raw
            .map(
              (r, i) => ({ id: `i${i}`, start: r.start, end: r.start + r.length }) as TimelineItem,
            )
            .sort((a, b) => a.start - b.start);
          const maxDuration = Math.max(0, ...raw.map((r) => r.length));
          const expected = items.filter((i) => i.start < from + width && i.end > from);
          expect(itemsInWindow(items, maxDuration, from, from + width)).toEqual(expected);
        },
      ),
    );
  });
});

describe('large datasets', () => {
  it('builds the model for 200,000 events without overflowing the stack', () => {
    const dates = Array.from({ length: 200_000 }, (_, i) => `${1900 + (i % 120)}`);
    const { items, extent } = buildTimelineModel(dataset(dates));
    expect(items).toHaveLength(200_000);
    expect(extent[0]).toBeLessThan(utc('1900-01-01'));
  });
});
