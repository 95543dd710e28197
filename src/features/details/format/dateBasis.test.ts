import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../domain/dataset/schema';
// Some of these dates are outside the common forms.
import '../../../domain/dates/edtfGeneral';
import { details as en } from '../../../i18n/messages/en/details';
import { details as zh } from '../../../i18n/messages/zh/details';
import { describeDateBasis, precisionWords } from './dateBasis';

describe('describeDateBasis', () => {
  it('words each basis for the "When:" line', () => {
    expect(describeDateBasis({ edtf: '1954', label: '1954', basis: 'stated' }, en)).toEqual({
      basis: 'stated in the source',
      explanation: null,
    });
    expect(
      describeDateBasis(
        { edtf: '2021', label: '2021', basis: 'derived', note: '"current year"' },
        en,
      ),
    ).toEqual({ basis: 'derived from the source', explanation: '"current year"' });
    expect(
      describeDateBasis({ edtf: '1978/..', label: 'Since 1978', basis: 'inferred', note: 'x' }, en),
    ).toEqual({ basis: 'inferred', explanation: 'x' });
  });

  it('trims the note and treats a blank one as none', () => {
    const date = { edtf: '1953', label: 'Early 1953', basis: 'stated' as const };
    expect(describeDateBasis({ ...date, note: '  no month is given.\n' }, en).explanation).toBe(
      'no month is given.',
    );
    expect(describeDateBasis({ ...date, note: '   ' }, en).explanation).toBeNull();
  });
});

describe('precisionWords', () => {
  it.each([
    ['1959-09-26', 'a day'],
    ['1959-09', 'a month'],
    ['1954', 'a year'],
    ['1998~', 'about a year'],
    ['1997?', 'an uncertain year'],
    ['1984%', 'an uncertain, approximate year'],
    ['1959-09~', 'about a month'],
    ['198X', 'a decade'],
    ['19XX', 'a century'],
    ['1953-21', 'a season'],
    ['1955/1963', 'a period'],
    ['2005~/2011', 'a period'],
    ['2023-01/2023-04-12', 'a period'],
    ['1978/..', 'a period with no known end'],
    ['1978/', 'a period with no known end'],
    ['../1985', 'a period with no known start'],
  ])('%s is %s', (edtf, words) => {
    expect(precisionWords(edtf, en)).toBe(words);
  });

  it('says "a date" for text that is not EDTF', () => {
    expect(precisionWords('early 1953', en)).toBe('a date');
    expect(precisionWords('', en)).toBe('a date');
    expect(precisionWords('1959-02-30', en)).toBe('a date');
  });
});

describe('in Chinese', () => {
  it('words each basis', () => {
    const date = { edtf: '1954', label: '1954', note: '1954 = 2023 − 69' };
    expect(describeDateBasis({ ...date, basis: 'stated' }, zh).basis).toBe('来源明确记载');
    expect(describeDateBasis({ ...date, basis: 'derived' }, zh)).toEqual({
      basis: '据来源推算',
      explanation: '1954 = 2023 − 69',
    });
    expect(describeDateBasis({ ...date, basis: 'inferred' }, zh).basis).toBe('编者推断');
  });

  it.each([
    ['1959-09-26', '精确到日'],
    ['1959-09', '精确到月'],
    ['1954', '精确到年'],
    ['1998~', '精确到年，约数'],
    ['1997?', '精确到年，存疑'],
    ['1984%', '精确到年，约数且存疑'],
    ['198X', '精确到十年'],
    ['1955/1963', '一段时期'],
    ['1978/..', '一段结束时间未知的时期'],
    ['../1985', '一段开始时间未知的时期'],
    ['early 1953', '日期'],
  ])('%s is %s', (edtf, words) => {
    expect(precisionWords(edtf, zh)).toBe(words);
  });
});

describe('the real dataset', () => {
  const dataset = datasetSchema.parse(
    JSON.parse(
      readFileSync(new URL('../../../../data/baogang.timeline.json', import.meta.url), 'utf8'),
    ),
  );
  const dates = dataset.events.map((event) => event.date);

  it('explains every derived or inferred date', () => {
    const explained = dates.filter((date) => date.basis !== 'stated');
    expect(explained.length).toBeGreaterThan(0);
    for (const date of explained) {
      const { basis, explanation } = describeDateBasis(date, en);
      expect(basis).toBe(date.basis === 'derived' ? 'derived from the source' : 'inferred');
      expect(explanation, date.edtf).toBeTruthy();
      expect(explanation).toBe(explanation?.trim());
    }
  });

  it('puts every date in words', () => {
    for (const date of dates) {
      expect(precisionWords(date.edtf, en), date.edtf).not.toBe('a date');
      expect(precisionWords(date.edtf, zh), date.edtf).not.toBe('日期');
    }
  });
});
