import { describe, expect, it } from 'vitest';
import { anchorQuote, prepareText, type AnchorResult } from './anchor';

function slice(text: string, result: AnchorResult): string {
  if (result.status !== 'found') throw new Error(`expected found, got ${result.status}`);
  return text.slice(result.range.start, result.range.end);
}

describe('anchorQuote', () => {
  it('finds a plain quote and reports original offsets', () => {
    const text = 'Baogang was founded in 1954. It grew.';
    const result = anchorQuote(prepareText(text), { exact: 'founded in 1954' });
    expect(result).toEqual({ status: 'found', range: { start: 12, end: 27 } });
  });

  it('matches a quote typed with ordinary spaces against no-break spaces', () => {
    const text = 'the high-quality development of its\u00a0steel sector by strengthening';
    const result = anchorQuote(prepareText(text), { exact: 'of its steel sector' });
    expect(slice(text, result)).toBe('of its\u00a0steel sector');
  });

  it('matches a quote with no-break spaces against ordinary spaces', () => {
    const text = 'with a value of about 5 billion yuan';
    expect(
      slice(text, anchorQuote(prepareText(text), { exact: 'a value\u00a0of\u00a0about' })),
    ).toBe('a value of about');
  });

  it('treats curly and straight apostrophes alike and keeps the original character', () => {
    const text = 'To date, the group\u2019s total asset value is estimated';
    const result = anchorQuote(prepareText(text), { exact: "the group's total asset" });
    expect(slice(text, result)).toBe('the group\u2019s total asset');
  });

  it('treats curly and straight double quotes alike', () => {
    const text = 'setting records for "China speed."';
    const result = anchorQuote(prepareText(text), {
      exact: 'records for \u201cChina speed.\u201d',
    });
    expect(slice(text, result)).toBe('records for "China speed."');
  });

  it('matches across a line break and runs of white space', () => {
    const text = 'Since its first blast furnace\r\n  began producing iron in 1959, Baogang';
    const result = anchorQuote(prepareText(text), { exact: 'first blast furnace began producing' });
    expect(slice(text, result)).toBe('first blast furnace\r\n  began producing');
  });

  it('ignores white space at the ends of the quote', () => {
    const text = 'one two three';
    expect(slice(text, anchorQuote(prepareText(text), { exact: '  two\n' }))).toBe('two');
  });

  it('finds CJK passages', () => {
    const text = '略称は「包鋼」。1959年操業開始[1]。 内モンゴル自治区包頭市を拠点とする。';
    const result = anchorQuote(prepareText(text), { exact: '1959年操業開始' });
    expect(slice(text, result)).toBe('1959年操業開始');
  });

  it('counts astral-plane characters as two UTF-16 units and never splits them', () => {
    const text = '𠮷野家 opened, then 𠮷 again 𠮷田';
    const prepared = prepareText(text);
    const result = anchorQuote(prepared, { exact: '𠮷田' });
    expect(result).toEqual({ status: 'found', range: { start: 27, end: 30 } });
    expect(slice(text, result)).toBe('𠮷田');
    const before = anchorQuote(prepared, { exact: 'then 𠮷' });
    expect(slice(text, before)).toBe('then 𠮷');
  });

  it('reports a quote that occurs twice as ambiguous, with both ranges', () => {
    const text = 'It was founded in 1954. The union was founded in 1997.';
    const result = anchorQuote(prepareText(text), { exact: 'founded in' });
    expect(result).toEqual({
      status: 'ambiguous',
      ranges: [
        { start: 7, end: 17 },
        { start: 38, end: 48 },
      ],
    });
  });

  it('uses the prefix to pick one occurrence', () => {
    const text = 'It was founded in 1954. The union was founded in 1997.';
    const result = anchorQuote(prepareText(text), { exact: 'founded in', prefix: 'union was ' });
    expect(result).toEqual({ status: 'found', range: { start: 38, end: 48 } });
  });

  it('uses the suffix to pick one occurrence, tolerant of white space at the junction', () => {
    const text = 'It was founded in\u00a01954. The union was founded in 1997.';
    const result = anchorQuote(prepareText(text), { exact: 'founded in', suffix: '1954' });
    expect(result).toEqual({ status: 'found', range: { start: 7, end: 17 } });
  });

  it('finds overlapping occurrences', () => {
    const result = anchorQuote(prepareText('aaa'), { exact: 'aa' });
    expect(result.status).toBe('ambiguous');
  });

  it('reports a prefix that surrounds no occurrence', () => {
    const text = 'It was founded in 1954.';
    const result = anchorQuote(prepareText(text), { exact: 'founded', prefix: 'Baosteel was' });
    expect(result).toEqual({ status: 'context-mismatch', ranges: [{ start: 7, end: 14 }] });
  });

  it('suggests the closest passage for a quote that is not there', () => {
    const text =
      'Baogang is the largest enterprise in Baotou. Since its establishment 69 years ago, it has grown.';
    const result = anchorQuote(prepareText(text), { exact: 'Since its founding 69 years ago' });
    expect(result.status).toBe('not-found');
    if (result.status !== 'not-found' || !result.closest) throw new Error('expected a suggestion');
    expect(text.slice(result.closest.range.start, result.closest.range.end)).toMatch(
      /^Since its establishment/,
    );
    expect(result.closest.similarity).toBeGreaterThan(0.5);
  });

  it('does not find an empty quote or a quote in an empty text', () => {
    expect(anchorQuote(prepareText('abc'), { exact: '  ' })).toEqual({
      status: 'not-found',
      closest: null,
    });
    expect(anchorQuote(prepareText(''), { exact: 'abc' })).toEqual({
      status: 'not-found',
      closest: null,
    });
  });

  it('is case-sensitive: a quote must keep the source wording', () => {
    expect(anchorQuote(prepareText('Baogang Group'), { exact: 'baogang group' }).status).toBe(
      'not-found',
    );
  });
});
