import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Figure } from '../../../domain/dataset/schema';
import { details as enDetails } from '../../../i18n/messages/en/details';
import { details as zhDetails } from '../../../i18n/messages/zh/details';
import { figureLabel, formatFigure } from './figures';

// Expected strings are exactly what Node's ICU writes for the interface locales (en-GB, zh-CN).
const en = (figure: Figure) => formatFigure(figure, 'en', enDetails.figure);
const zh = (figure: Figure) => formatFigure(figure, 'zh', zhDetails.figure);

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
    expect(en(quantity('900000', 't', { bound: 'lower' }))).toBe('more than 900,000 t');
    expect(en(quantity('900000', 't', { bound: 'upper' }))).toBe('up to 900,000 t');
  });

  it('uses long compact notation from a million up, keeping the digits', () => {
    expect(en(quantity('10220000', 't'))).toBe('10.22 million t');
    expect(en(quantity('10070000', 't'))).toBe('10.07 million t');
    expect(en(quantity('589000000', 't'))).toBe('589 million t');
    expect(en(quantity('999999', 't'))).toBe('999,999 t');
    expect(en(quantity('1000000', 't'))).toBe('1 million t');
  });

  it('never rounds a compact value with more than four significant digits', () => {
    expect(en(quantity('10266000', 't'))).toBe('10.266 million t');
  });

  it('writes cubic metres with a superscript', () => {
    expect(en(quantity('85000000', 'm3'))).toBe('85 million m³');
    expect(en(quantity('4500', 'm3'))).toBe('4,500 m³');
  });

  it('lets Intl write the units it knows', () => {
    expect(en(quantity('11.5', 'km'))).toBe('11.5 km');
    expect(en(quantity('350', 'm'))).toBe('350 m');
    expect(en(quantity('11', 'year'))).toBe('11 years');
    expect(en(quantity('12000000', 'm'))).toBe('12 million m');
  });

  it('writes an unknown unit as given', () => {
    expect(en(quantity('3', 'wagons'))).toBe('3 wagons');
  });

  it('keeps the approximate prefix', () => {
    expect(en(quantity('14000000', 't', { approximate: true }))).toBe('about 14 million t');
  });

  it('lets a bound win over "approximate"', () => {
    expect(en(quantity('20000', 't', { approximate: true, bound: 'lower' }))).toBe(
      'more than 20,000 t',
    );
    expect(en(quantity('20000', 't', { approximate: true, bound: 'upper' }))).toBe(
      'up to 20,000 t',
    );
  });
});

describe('formatFigure: quantities in Chinese', () => {
  it('counts in 万 and 亿 from ten thousand up, with the unit in Chinese', () => {
    expect(zh(quantity('589000000', 't'))).toBe('5.89亿吨');
    expect(zh(quantity('11000000', 't'))).toBe('1100万吨');
    expect(zh(quantity('10220000', 't'))).toBe('1022万吨');
    expect(zh(quantity('85000000', 'm3'))).toBe('8500万立方米');
    expect(zh(quantity('10000', 'km2'))).toBe('1万平方公里');
  });

  it('writes numbers under ten thousand in full', () => {
    expect(zh(quantity('9600', 'm3'))).toBe('9,600立方米');
    expect(zh(quantity('75', 'm3', { approximate: true }))).toBe('约75立方米');
  });

  it('puts 约, 超过 and 最多 before the number', () => {
    expect(zh(quantity('81000', 't', { approximate: true }))).toBe('约8.1万吨');
    expect(zh(quantity('900000', 't', { bound: 'lower' }))).toBe('超过90万吨');
    expect(zh(quantity('20000', 't', { approximate: true, bound: 'upper' }))).toBe('最多2万吨');
  });

  it('lets Intl write the units it knows, in Chinese', () => {
    expect(zh(quantity('11.5', 'km'))).toBe('11.5公里');
    expect(zh(quantity('11', 'year'))).toBe('11年');
  });

  it('writes an unknown unit as the data gives it, apart from the number', () => {
    expect(zh(quantity('3', 'wagons'))).toBe('3 wagons');
  });
});

describe('formatFigure: money', () => {
  it('writes yuan in long compact form', () => {
    expect(en(money('5000000000', 'CNY', { approximate: true }))).toBe('about CN¥5 billion');
    expect(en(money('206500000000', 'CNY'))).toBe('CN¥206.5 billion');
    expect(en(money('260000000', 'CNY'))).toBe('CN¥260 million');
  });

  it('never rounds a compact amount with more than four significant digits', () => {
    expect(en(money('10266000000', 'CNY'))).toBe('CN¥10.266 billion');
    expect(en(money('8675000000', 'CNY'))).toBe('CN¥8.675 billion');
  });

  it('writes US dollars as US$, never a bare $', () => {
    expect(en(money('726000000', 'USD'))).toBe('US$726 million');
    expect(en(money('726000', 'USD'))).toBe('US$726,000');
    expect(en(money('-1250000', 'USD'))).toBe('-US$1.25 million');
  });

  it('writes whole amounts without decimals and others with the currency’s decimals', () => {
    expect(en(money('260000', 'CNY'))).toBe('CN¥260,000');
    expect(en(money('12.5', 'USD'))).toBe('US$12.50');
    expect(en(money('12.125', 'USD'))).toBe('US$12.125');
  });

  it('writes yuan as 元 and other currencies by name, after the number, in Chinese', () => {
    expect(zh(money('5000000000', 'CNY', { approximate: true }))).toBe('约50亿元');
    expect(zh(money('206500000000', 'CNY'))).toBe('2065亿元');
    expect(zh(money('10266000000', 'CNY'))).toBe('102.66亿元');
    expect(zh(money('111000000000', 'CNY', { bound: 'lower' }))).toBe('超过1110亿元');
    expect(zh(money('260000', 'CNY'))).toBe('26万元');
    expect(zh(money('726000000', 'USD'))).toBe('7.26亿美元');
    expect(zh(money('12.5', 'USD'))).toBe('12.50美元');
    expect(zh(money('-1250000', 'USD'))).toBe('-125万美元');
  });
});

describe('formatFigure: ranks, percentages and counts', () => {
  it('writes ranks in words around a locale number', () => {
    expect(en({ kind: 'rank', value: '203' })).toBe('rank 203');
    expect(en({ kind: 'rank', value: '1203' })).toBe('rank 1,203');
    expect(zh({ kind: 'rank', value: '27' })).toBe('第27名');
  });

  it('reads a percent value as hundredths and keeps the decimals given', () => {
    expect(en({ kind: 'percent', value: '45' })).toBe('45%');
    expect(en({ kind: 'percent', value: '7.45' })).toBe('7.45%');
    expect(en({ kind: 'percent', value: '6.75' })).toBe('6.75%');
    expect(en({ kind: 'percent', value: '0.5' })).toBe('0.5%');
    expect(en({ kind: 'percent', value: '10.20' })).toBe('10.20%');
    expect(en({ kind: 'percent', value: '250' })).toBe('250%');
    expect(zh({ kind: 'percent', value: '73.21' })).toBe('73.21%');
  });

  it('writes counts as plain locale numbers', () => {
    expect(en({ kind: 'count', value: '6700' })).toBe('6,700');
    expect(zh({ kind: 'count', value: '6700' })).toBe('6,700');
    expect(en({ kind: 'count', value: '5', approximate: true })).toBe('about 5');
    expect(zh({ kind: 'count', value: '5', approximate: true })).toBe('约5');
  });
});

describe('formatFigure: decimal strings', () => {
  it('keeps every digit of long values that a float would round', () => {
    expect(en({ kind: 'count', value: '12345678901234567890' })).toBe('12,345,678,901,234,567,890');
    expect(en({ kind: 'count', value: '0.1234567890123456789' })).toBe('0.1234567890123456789');
    // 2^53 + 1, which a float reads as 2^53. Compact notation groups only from five digits.
    expect(en(quantity('9007199254740993', 't'))).toBe('9007.199254740993 trillion t');
    expect(zh(quantity('9007199254740993', 't'))).toBe('9007.199254740993万亿吨');
  });

  it('reads leading zeros and negative values', () => {
    expect(en({ kind: 'count', value: '007' })).toBe('7');
    expect(en({ kind: 'count', value: '-6700' })).toBe('-6,700');
    expect(en({ kind: 'percent', value: '-0.5' })).toBe('-0.5%');
  });

  it('refuses a value that is not a plain decimal', () => {
    expect(() => en({ kind: 'count', value: '1e6' })).toThrow(RangeError);
    expect(() => zh({ kind: 'count', value: '' })).toThrow(RangeError);
  });
});

describe('figureLabel', () => {
  it('uses the label when there is one', () => {
    expect(figureLabel({ kind: 'count', value: '5', label: 'new minerals discovered' })).toBe(
      'new minerals discovered',
    );
  });

  it('gives null without one, so the panel says what kind of figure it is', () => {
    expect(figureLabel({ kind: 'quantity', value: '1', unit: 't' })).toBeNull();
    expect(figureLabel({ kind: 'count', value: '1', label: '  ' })).toBeNull();
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

  it('formats every figure with its digits, in both languages', () => {
    for (const figure of figures) {
      for (const text of [en(figure), zh(figure)]) {
        expect(text).toMatch(/\d/);
        expect(text).not.toMatch(/NaN|undefined/);
      }
    }
  });

  it('writes no Latin letters around a Chinese figure', () => {
    for (const figure of figures) expect(zh(figure), figure.value).not.toMatch(/[A-Za-z]/);
  });

  it('never writes US dollars as a bare $', () => {
    for (const figure of figures.filter((f) => f.unit === 'USD')) {
      expect(en(figure)).toMatch(/US\$/);
    }
  });
});
