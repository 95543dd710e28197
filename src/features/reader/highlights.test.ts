import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain/dataset/schema';
import { highlightsForSource, paragraphs, segmentsWithin, segmentText } from './highlights';

const h = (eventId: string, start: number, end: number) => ({ eventId, range: { start, end } });

describe('segmentText', () => {
  it('returns one plain run without highlights', () => {
    expect(segmentText(10, [])).toEqual([{ start: 0, end: 10, eventIds: [] }]);
  });

  it('splits overlapping passages of two events into three runs', () => {
    expect(segmentText(20, [h('a', 2, 10), h('b', 6, 15)])).toEqual([
      { start: 0, end: 2, eventIds: [] },
      { start: 2, end: 6, eventIds: ['a'] },
      { start: 6, end: 10, eventIds: ['a', 'b'] },
      { start: 10, end: 15, eventIds: ['b'] },
      { start: 15, end: 20, eventIds: [] },
    ]);
  });

  it('handles a passage inside another and identical passages', () => {
    expect(
      segmentText(10, [h('a', 0, 10), h('b', 3, 5), h('c', 3, 5)]).map((s) => s.eventIds),
    ).toEqual([['a'], ['a', 'b', 'c'], ['a']]);
  });

  it('clamps passages to the text', () => {
    expect(segmentText(5, [h('a', -3, 99)])).toEqual([{ start: 0, end: 5, eventIds: ['a'] }]);
  });
});

describe('paragraphs', () => {
  it('splits at blank lines, including lines of no-break spaces and CRLF', () => {
    const text = 'One\nline two\n\nSecond\r\n\r\n\u00a0\nThird';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'One\nline two',
      'Second',
      'Third',
    ]);
  });

  it('ignores empty paragraphs at the ends', () => {
    const text = '\n\nOnly\n\n';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Only']);
  });

  it('cuts segments at paragraph edges', () => {
    expect(segmentsWithin(segmentText(10, [h('a', 2, 8)]), { start: 4, end: 10 })).toEqual([
      { start: 4, end: 8, eventIds: ['a'] },
      { start: 8, end: 10, eventIds: [] },
    ]);
  });
});

describe('highlightsForSource', () => {
  const text =
    'It began\u00a0with its establishment in 1954. 𠮷 包鋼股份は1999年6月29日成立。The group’s value grew.';
  const dataset = {
    events: [
      { id: 'founded', evidence: [{ source: 's', exact: 'began with its establishment in 1954' }] },
      {
        id: 'union',
        evidence: [
          { source: 's', exact: '1999年6月29日成立' },
          { source: 'other', exact: 'x' },
        ],
      },
      { id: 'value', evidence: [{ source: 's', exact: "group's value" }] },
      { id: 'lost', evidence: [{ source: 's', exact: 'not in the text' }] },
    ],
  } as unknown as Dataset;

  it('anchors passages across no-break spaces, CJK, astral characters and quote styles', () => {
    const { highlights, missing } = highlightsForSource(dataset, 's', text);
    const quoted = highlights.map((x) => [x.eventId, text.slice(x.range.start, x.range.end)]);
    expect(quoted).toEqual([
      ['founded', 'began\u00a0with its establishment in 1954'],
      ['union', '1999年6月29日成立'],
      ['value', 'group’s value'],
    ]);
    expect(missing).toEqual([{ eventId: 'lost', index: 0, exact: 'not in the text' }]);
  });

  it('highlights the first occurrence of a passage found twice: it is in the source', () => {
    const twice = { events: [{ id: 'e', evidence: [{ source: 's', exact: 'in' }] }] } as Dataset;
    expect(highlightsForSource(twice, 's', 'in and in')).toEqual({
      highlights: [{ eventId: 'e', range: { start: 0, end: 2 } }],
      missing: [],
    });
  });
});
