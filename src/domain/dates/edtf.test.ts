import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCommonEdtf, parseEdtf, type EdtfSpan } from './edtf';
import { parseWithLibrary } from './edtfGeneral';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function span(input: string): EdtfSpan {
  const result = parseEdtf(input);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('parseEdtf', () => {
  it('turns a day into that whole day', () => {
    expect(span('1959-09-26')).toMatchObject({
      kind: 'point',
      start: utc('1959-09-26'),
      end: utc('1959-09-27'),
      precision: 'day',
      approximate: false,
      uncertain: false,
    });
  });

  it('turns a month and a year into the whole period', () => {
    expect(span('1959-09')).toMatchObject({
      start: utc('1959-09-01'),
      end: utc('1959-10-01'),
      precision: 'month',
    });
    expect(span('1954')).toMatchObject({
      start: utc('1954-01-01'),
      end: utc('1955-01-01'),
      precision: 'year',
    });
  });

  it('keeps circa and uncertain qualifiers', () => {
    expect(span('1998~')).toMatchObject({ approximate: true, uncertain: false, precision: 'year' });
    expect(span('1997?')).toMatchObject({ approximate: false, uncertain: true });
    expect(span('1984%')).toMatchObject({ approximate: true, uncertain: true });
  });

  it('widens unspecified digits to a decade', () => {
    expect(span('198X')).toMatchObject({
      start: utc('1980-01-01'),
      end: utc('1990-01-01'),
      precision: 'decade',
    });
  });

  it('parses closed intervals with the finer precision of their ends', () => {
    expect(span('1955/1963')).toMatchObject({
      kind: 'interval',
      start: utc('1955-01-01'),
      end: utc('1964-01-01'),
      precision: 'year',
      openStart: false,
      openEnd: false,
    });
    expect(span('2023-03/2023-04-12')).toMatchObject({ end: utc('2023-04-13'), precision: 'day' });
    expect(span('1864/1872')).toMatchObject({ start: utc('1864-01-01'), end: utc('1873-01-01') });
  });

  it('marks open and unknown ends', () => {
    expect(span('1978/..')).toMatchObject({
      start: utc('1978-01-01'),
      end: Infinity,
      openEnd: true,
    });
    expect(span('1978/')).toMatchObject({ end: Infinity, openEnd: true });
    expect(span('../1985')).toMatchObject({
      start: -Infinity,
      openStart: true,
      end: utc('1986-01-01'),
    });
  });

  it('keeps approximate interval ends', () => {
    expect(span('1950~/1960')).toMatchObject({ approximate: true, kind: 'interval' });
  });

  it('handles seasons and years before the common era', () => {
    expect(span('1953-21')).toMatchObject({ precision: 'season' });
    expect(span('-0044')).toMatchObject({ precision: 'year' });
  });

  it('rejects text that is not EDTF, with the value in the message', () => {
    for (const bad of [
      '',
      ' 1954',
      'abc',
      '1959-13',
      '1959-02-30',
      '26 September 1959',
      '1963/1955',
    ]) {
      const result = parseEdtf(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error).toContain(`"${bad}"`);
    }
  });

  it('rejects sets and lists, which cannot be drawn as one span', () => {
    expect(parseEdtf('[1667,1668]')).toEqual({
      ok: false,
      error:
        '"[1667,1668]" is an EDTF set or list, which the timeline cannot draw; use an interval',
    });
  });

  it('rejects an interval open at both ends', () => {
    expect(parseEdtf('../..').ok).toBe(false);
  });
});

describe('the fast path for common forms', () => {
  it('tells the common forms from those that need the full grammar', () => {
    for (const common of [
      '1959',
      '1959-09',
      '1959-09-26',
      '1998~',
      '1955/1963',
      '1978/..',
      '../1985',
    ])
      expect(isCommonEdtf(common), common).toBe(true);
    for (const other of ['198X', '1953-21', '-0044', '0950', '[1667,1668]', '1950/1960/1970'])
      expect(isCommonEdtf(other), other).toBe(false);
  });

  it('rejects 29 February of a common year, which the edtf package turns into 1 March', () => {
    expect(parseWithLibrary('1959-02-29').ok).toBe(true);
    expect(parseEdtf('1959-02-29').ok).toBe(false);
    expect(parseEdtf('1960-02-29').ok).toBe(true);
  });

  it('otherwise gives exactly what the edtf package gives', () => {
    const date = fc
      .tuple(
        fc.integer({ min: 900, max: 2100 }),
        fc.option(fc.integer({ min: 0, max: 13 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }),
        fc.constantFrom('', '~', '?', '%'),
      )
      .map(([y, m, d, q]) => {
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${String(y).padStart(4, '0')}${m === undefined ? '' : `-${pad(m)}${d === undefined ? '' : `-${pad(d)}`}`}${q}`;
      });
    const input = fc.oneof(
      date,
      fc.tuple(date, date).map(([a, b]) => `${a}/${b}`),
      date.map((a) => `${a}/..`),
      date.map((a) => `../${a}`),
      date.map((a) => `${a}/`),
      date.map((a) => `/${a}`),
    );
    fc.assert(
      fc.property(input, (text) => {
        const commonYearLeapDay = [...text.matchAll(/(\d{4})-02-29/g)].some(([, y]) => {
          const year = Number(y);
          return year >= 1000 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
        });
        fc.pre(!commonYearLeapDay);
        const fast = parseEdtf(text);
        const slow = parseWithLibrary(text);
        expect(fast.ok, text).toBe(slow.ok);
        if (fast.ok && slow.ok) expect(fast.value, text).toEqual(slow.value);
      }),
      { numRuns: 1500 },
    );
  });
});
