import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Figure } from '../../../domain/dataset/schema';
import { figureLabel, formatFigure } from './figures';

// Expected strings are exactly what Node's ICU writes. Some locales put no-break spaces between
// a number and its unit or currency; those are spelled out as escapes (NBSP = U+00A0, NNBSP =
// U+202F) rather than normalised away, so a change in ICU's output shows up here.
const NBSP = '\u00a0';
const NNBSP = '\u202f';

const quantity = (value: string, unit: string, extra: Partial<Figure> = {}): Figure => ({
  kind: 'quantity',
  value,
  unit,
  ...extra,
});
const money = (value: string, unit: string, extra: Partial<Figure> = {}): Figure => ({
  kind: 'money',
  value,
  unit,
  ...extra,
});

describe('formatFigure: quantities', () => {
  it('writes tons after the number, with the bound in words', () => {
    expect(formatFigure(quantity('900000', 't', { bound: 'lower' }), 'en-US')).toBe(
      'more than 900,000 t',
    );
    expect(formatFigure(quantity('900000', 't', { bound: 'upper' }), 'en-US')).toBe(
      'up to 900,000 t',
    );
  });

  it('uses long compact notation from a million up, keeping the digits', () => {
    expect(formatFigure(quantity('10220000', 't'), 'en-US')).toBe('10.22 million t');
    expect(formatFigure(quantity('10070000', 't'), 'en-US')).toBe('10.07 million t');
    expect(formatFigure(quantity('589000000', 't'), 'en-US')).toBe('589 million t');
    expect(formatFigure(quantity('999999', 't'), 'en-US')).toBe('999,999 t');
    expect(formatFigure(quantity('1000000', 't'), 'en-US')).toBe('1 million t');
  });

  it('never rounds a compact value with more than four significant digits', () => {
    expect(formatFigure(quantity('10266000', 't'), 'en-US')).toBe('10.266 million t');
  });

  it('writes cubic metres with a superscript', () => {
    expect(formatFigure(quantity('85000000', 'm3'), 'en-US')).toBe('85 million m³');
    expect(formatFigure(quantity('4500', 'm3'), 'en-US')).toBe('4,500 m³');
  });

  it('lets Intl write the units it knows', () => {
    expect(formatFigure(quantity('11.5', 'km'), 'en-US')).toBe('11.5 km');
    expect(formatFigure(quantity('350', 'm'), 'en-US')).toBe('350 m');
    expect(formatFigure(quantity('11', 'year'), 'en-US')).toBe('11 years');
    expect(formatFigure(quantity('12000000', 'm'), 'en-US')).toBe('12 million m');
  });

  it('writes an unknown unit as given', () => {
    expect(formatFigure(quantity('3', 'wagons'), 'en-US')).toBe('3 wagons');
  });

  it('formats for German readers', () => {
    expect(formatFigure(quantity('900000', 't'), 'de-DE')).toBe('900.000 t');
    expect(formatFigure(quantity('10220000', 't'), 'de-DE')).toBe('10,22 Millionen t');
    expect(formatFigure(quantity('11.5', 'km'), 'de-DE')).toBe('11,5 km');
  });

  it('keeps the approximate prefix', () => {
    expect(formatFigure(quantity('14000000', 't', { approximate: true }), 'en-US')).toBe(
      'about 14 million t',
    );
  });

  it('lets a bound win over "approximate"', () => {
    expect(
      formatFigure(quantity('20000', 't', { approximate: true, bound: 'lower' }), 'en-US'),
    ).toBe('more than 20,000 t');
    expect(
      formatFigure(quantity('20000', 't', { approximate: true, bound: 'upper' }), 'en-US'),
    ).toBe('up to 20,000 t');
  });
});

describe('formatFigure: money', () => {
  it('writes yuan in long compact form', () => {
    expect(formatFigure(money('5000000000', 'CNY', { approximate: true }), 'en-US')).toBe(
      'about CN¥5 billion',
    );
    expect(formatFigure(money('206500000000', 'CNY'), 'en-US')).toBe('CN¥206.5 billion');
    expect(formatFigure(money('260000000', 'CNY'), 'en-US')).toBe('CN¥260 million');
  });

  it('never rounds a compact amount with more than four significant digits', () => {
    expect(formatFigure(money('10266000000', 'CNY'), 'en-US')).toBe('CN¥10.266 billion');
    expect(formatFigure(money('8675000000', 'CNY'), 'en-US')).toBe('CN¥8.675 billion');
  });

  it('writes US dollars as US$, never a bare $', () => {
    expect(formatFigure(money('726000000', 'USD'), 'en-US')).toBe('US$726 million');
    expect(formatFigure(money('726000', 'USD'), 'en-US')).toBe('US$726,000');
    expect(formatFigure(money('-1250000', 'USD'), 'en-US')).toBe('-US$1.25 million');
  });

  it('writes whole amounts without decimals and others with the currency’s decimals', () => {
    expect(formatFigure(money('260000', 'CNY'), 'en-US')).toBe('CN¥260,000');
    expect(formatFigure(money('12.5', 'USD'), 'en-US')).toBe('US$12.50');
    expect(formatFigure(money('12.125', 'USD'), 'en-US')).toBe('US$12.125');
  });

  it('formats for Chinese readers', () => {
    expect(formatFigure(money('5000000000', 'CNY'), 'zh-CN')).toBe('¥50亿');
    expect(formatFigure(money('206500000000', 'CNY'), 'zh-CN')).toBe('¥2065亿');
    expect(formatFigure(money('260000', 'CNY'), 'zh-CN')).toBe('¥260,000');
    expect(formatFigure(money('726000000', 'USD'), 'zh-CN')).toBe('US$7.26亿');
  });

  it('follows the locale’s currency pattern for German readers', () => {
    // de-DE puts the currency after the number, separated by a no-break space.
    expect(formatFigure(money('5000000000', 'CNY'), 'de-DE')).toBe(`5 Milliarden${NBSP}CN¥`);
    expect(formatFigure(money('260000', 'CNY'), 'de-DE')).toBe(`260.000${NBSP}CN¥`);
  });
});

describe('formatFigure: ranks, percentages and counts', () => {
  it('writes ranks with an English word and a locale number', () => {
    expect(formatFigure({ kind: 'rank', value: '203' }, 'en-US')).toBe('rank 203');
    expect(formatFigure({ kind: 'rank', value: '1203' }, 'de-DE')).toBe('rank 1.203');
  });

  it('reads a percent value as hundredths and keeps the decimals given', () => {
    expect(formatFigure({ kind: 'percent', value: '45' }, 'en-US')).toBe('45%');
    expect(formatFigure({ kind: 'percent', value: '7.45' }, 'en-US')).toBe('7.45%');
    expect(formatFigure({ kind: 'percent', value: '6.75' }, 'en-US')).toBe('6.75%');
    expect(formatFigure({ kind: 'percent', value: '0.5' }, 'en-US')).toBe('0.5%');
    expect(formatFigure({ kind: 'percent', value: '10.20' }, 'en-US')).toBe('10.20%');
    expect(formatFigure({ kind: 'percent', value: '250' }, 'en-US')).toBe('250%');
    expect(formatFigure({ kind: 'percent', value: '45' }, 'de-DE')).toBe(`45${NBSP}%`);
  });

  it('writes counts as plain locale numbers', () => {
    expect(formatFigure({ kind: 'count', value: '6700' }, 'en-US')).toBe('6,700');
    expect(formatFigure({ kind: 'count', value: '6700' }, 'de-DE')).toBe('6.700');
    // fr-FR groups thousands with a narrow no-break space.
    expect(formatFigure({ kind: 'count', value: '900000' }, 'fr-FR')).toBe(`900${NNBSP}000`);
    expect(formatFigure({ kind: 'count', value: '5', approximate: true }, 'en-US')).toBe('about 5');
  });
});

describe('formatFigure: decimal strings', () => {
  it('keeps every digit of long values that a float would round', () => {
    expect(formatFigure({ kind: 'count', value: '12345678901234567890' }, 'en-US')).toBe(
      '12,345,678,901,234,567,890',
    );
    expect(formatFigure({ kind: 'count', value: '0.1234567890123456789' }, 'en-US')).toBe(
      '0.1234567890123456789',
    );
    // 2^53 + 1, which a float reads as 2^53. Compact notation groups only from five digits.
    expect(formatFigure(quantity('9007199254740993', 't'), 'en-US')).toBe(
      '9007.199254740993 trillion t',
    );
  });

  it('reads leading zeros and negative values', () => {
    expect(formatFigure({ kind: 'count', value: '007' }, 'en-US')).toBe('7');
    expect(formatFigure({ kind: 'count', value: '-6700' }, 'en-US')).toBe('-6,700');
    expect(formatFigure({ kind: 'percent', value: '-0.5' }, 'en-US')).toBe('-0.5%');
  });

  it('falls back to English for a malformed locale tag', () => {
    expect(formatFigure(money('5000000000', 'CNY'), 'en_US')).toBe('CN¥5 billion');
  });
});

describe('figureLabel', () => {
  it('uses the label when there is one', () => {
    expect(figureLabel({ kind: 'count', value: '5', label: 'new minerals discovered' })).toBe(
      'new minerals discovered',
    );
  });

  it('gives a default per kind', () => {
    expect(figureLabel({ kind: 'quantity', value: '1', unit: 't' })).toBe('quantity');
    expect(figureLabel({ kind: 'money', value: '1', unit: 'CNY' })).toBe('amount of money');
    expect(figureLabel({ kind: 'rank', value: '1' })).toBe('rank');
    expect(figureLabel({ kind: 'percent', value: '1' })).toBe('percentage');
    expect(figureLabel({ kind: 'count', value: '1', label: '  ' })).toBe('count');
  });
});

describe('the real dataset', () => {
  const dataset = datasetSchema.parse(
    JSON.parse(
      readFileSync(new URL('../../../../data/baogang.timeline.json', import.meta.url), 'utf8'),
    ),
  );
  const figures = dataset.events.flatMap((event) => event.figures ?? []);

  it('has figures to format', () => {
    expect(figures.length).toBeGreaterThan(0);
  });

  it('formats every figure with its digits and a label', () => {
    for (const figure of figures) {
      for (const locale of ['en-US', 'de-DE', 'zh-CN']) {
        const text = formatFigure(figure, locale);
        expect(text).toMatch(/\d/);
        expect(text).not.toMatch(/NaN|undefined/);
      }
      expect(figureLabel(figure)).not.toBe('');
    }
  });

  it('never writes US dollars as a bare $', () => {
    for (const figure of figures.filter((f) => f.unit === 'USD')) {
      expect(formatFigure(figure, 'en-US')).toMatch(/US\$/);
    }
  });
});
