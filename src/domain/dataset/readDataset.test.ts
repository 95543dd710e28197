import { describe, expect, it } from 'vitest';
import { judgeDataset, readDataset } from './readDataset';

const valid = {
  format: 'timeline/1',
  title: 'T',
  categories: [{ id: 'c', label: 'C', color: '#000000' }],
  sources: [
    {
      id: 's',
      csl: { type: 'book', title: 'S' },
      text: 's.txt',
      sha256: '0'.repeat(64),
      coverage: 'full',
      rights: 'R',
    },
  ],
  events: [
    {
      id: 'e',
      title: 'E',
      summary: 'S',
      date: { edtf: '1959-09-26', label: '26 September 1959', basis: 'stated' },
      category: 'c',
      evidence: [{ source: 's', exact: 'x' }],
    },
  ],
};
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const withDates = (edtf: string, evidenceDate?: string) => ({
  ...valid,
  events: [
    {
      ...valid.events[0],
      date: { ...valid.events[0]!.date, edtf },
      evidence: [{ source: 's', exact: 'x', ...(evidenceDate ? { date: evidenceDate } : {}) }],
    },
  ],
});

describe('reading a dataset file', () => {
  it('gives the dataset, loading the full EDTF grammar for a date that needs it', async () => {
    const common = await readDataset(bytes(valid));
    expect(common).toMatchObject({ ok: true, needsGeneralEdtf: false, dataset: { title: 'T' } });
    // This file does not import edtfGeneral.ts: reading loads it.
    expect(await readDataset(bytes(withDates('198X')))).toMatchObject({
      ok: true,
      needsGeneralEdtf: true,
    });
    expect(await readDataset(bytes(withDates('1959', '1953-21')))).toMatchObject({
      ok: true,
      needsGeneralEdtf: true,
    });
  });

  it('reads UTF-8 with or without a byte-order mark', async () => {
    const text = JSON.stringify({ ...valid, title: '包钢' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(await readDataset(withBom)).toMatchObject({ ok: true, dataset: { title: '包钢' } });
  });

  it('tells bad JSON from an invalid dataset, with the JSON path of each problem', async () => {
    expect(await readDataset(new TextEncoder().encode('{ not json'))).toMatchObject({
      ok: false,
      kind: 'json',
    });
    const invalid = await readDataset(bytes(withDates('1959-13')));
    expect(invalid).toMatchObject({ ok: false, kind: 'invalid' });
    if (!invalid.ok)
      expect(invalid.problems[0]).toMatchObject({ path: 'events[0].date.edtf', eventId: 'e' });
  });

  it('times each step', async () => {
    const { timings } = await readDataset(bytes(valid));
    expect(timings.map((t) => t.name)).toEqual([
      'dataset:decode',
      'dataset:parse',
      'dataset:validate',
      'dataset:dates',
    ]);
    for (const { start, end } of timings) expect(end).toBeGreaterThanOrEqual(start);
  });
});

describe("the worker's verdict", () => {
  it('sends no dataset back: only that it is valid, and what validation changed', async () => {
    const verdict = await judgeDataset(bytes({ ...valid, title: ' T ' }));
    expect(verdict).toEqual({
      ok: true,
      needsGeneralEdtf: false,
      patches: [{ path: ['title'], value: 'T' }],
      timings: expect.any(Array) as unknown,
    });
    expect(await judgeDataset(bytes(valid))).toMatchObject({ ok: true, patches: [] });
  });

  it('gives the problems of an invalid file', async () => {
    expect(await judgeDataset(bytes(withDates('1959-13')))).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
  });
});
