import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalNumber } from './decimal';
import { spotNumbers, writesNumber } from './spotNumbers';

describe('canonicalNumber', () => {
  it.each([
    ['900000', '900000'],
    ['7.20', '7.2'],
    ['61.20', '61.2'],
    ['0.770', '0.77'],
    ['007', '7'],
    ['-5', '5'],
    ['5.000', '5'],
    ['0.05', '0.05'],
    ['900,000', '900000'],
  ])('%s is %s', (written, canonical) => expect(canonicalNumber(written)).toBe(canonical));

  it.each(['', 'five', '1.2.3', '1e6', '.5'])('%j is not a plain decimal', (written) =>
    expect(canonicalNumber(written)).toBeNull(),
  );
});

describe('spotNumbers', () => {
  it.each<[string, string[]]>([
    ['more than 900,000 metric tons', ['900000']],
    ['233,800,000 m3 (189,500 acre·ft)', ['233800000', '3', '189500']],
    ['RMB128 billion and No.1 blast furnace', ['128000000000', '1']],
    ['exported 1.53 million tons', ['1530000']],
    ['a gross profit of RMB 5.0 billion ($0.77 billion)', ['5000000000', '770000000']],
    ['RMB 10.266 billion', ['10266000000']],
    ['$1.6bn and 3 tn', ['1600000000', '3000000000000']],
    ['2009: Invests 260m yuan', ['2009', '260', '260000000']],
    ['45% of global production, up 6.75 percent', ['45', '6.75']],
    ['7.20%、61.20%', ['7.2', '61.2']],
    ['年產礦石1100萬噸,職工總數6700人', ['11000000', '6700']],
    ['粗鋼生産量は1007万トン', ['10070000']],
    ['已探明储量5.89亿吨', ['589000000']],
    ['１２３％', ['123']],
    ['等五種新礦物', ['5']],
    ['二十一世紀以來', ['21']],
    ['百分之四十五', ['45']],
    ['一千一百万吨', ['11000000']],
    ['一亿二千万', ['120000000']],
    ['三万亿', ['3000000000000']],
    ['二〇〇九年', ['2009']],
    ['two circular open-pit mines', ['2']],
    ['Twenty-one new minerals', ['21']],
    ['two hundred and five thousand people', ['205000']],
    ['a million tonnes, a hundred years', ['1000000', '100']],
    ['the twenty-ninth largest, ranked 29th', ['29']],
    ['the fifth and the twelfth', ['5', '12']],
  ])('%j → %j', (text, values) => expect(spotNumbers(text)).toEqual(values));

  it('does not read a bare scale word as a number of its own', () => {
    expect(spotNumbers('from 5 million to 10 million; millions of tons')).toEqual([
      '5000000',
      '10000000',
    ]);
  });

  it('does not take a metre for a million when a space separates them', () => {
    expect(spotNumbers('1,045 m (3,428 ft) high; 11.5 km long')).toEqual(['1045', '3428', '11.5']);
  });

  it('reads a comma as a thousands separator only before exactly three digits', () => {
    expect(spotNumbers('in 1997,1998 and 1,2345')).toEqual(['1997', '1998', '1', '2345']);
  });

  it('keeps separate English number words apart', () => {
    expect(spotNumbers('five six')).toEqual(['5', '6']);
    expect(spotNumbers('twenty thirty')).toEqual(['20', '30']);
  });

  it('ignores 万 and 百 that do not follow a numeral', () => {
    expect(spotNumbers('万物 百年')).toEqual([]);
  });

  it('finds nothing in a text without numbers', () => {
    expect(spotNumbers('The circular dam is long.')).toEqual([]);
  });
});

describe('spotNumbers, properties', () => {
  const group = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

  it('reads any integer written with or without thousands separators', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.boolean(), (n, grouped) => {
        const text = `about ${grouped ? group(n) : n.toString()} tonnes`;
        expect(spotNumbers(text)).toContain(n.toString());
      }),
    );
  });

  it('reads a decimal with a scale word exactly, never through floating point', () => {
    const scales = { thousand: 3, million: 6, billion: 9 } as const;
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 999_999n }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...(Object.keys(scales) as (keyof typeof scales)[])),
        (digits, decimals, word) => {
          const written = digits.toString().padStart(decimals + 1, '0');
          const decimal = decimals
            ? `${written.slice(0, -decimals)}.${written.slice(-decimals)}`
            : written;
          const expected = (digits * 10n ** BigInt(scales[word] - decimals)).toString();
          fc.pre(scales[word] >= decimals);
          expect(spotNumbers(`RMB ${decimal} ${word}`)).toContain(expected);
        },
      ),
    );
  });

  it('reads Chinese numerals written digit by digit', () => {
    const hanDigits = new Intl.NumberFormat('zh-u-nu-hanidec', { useGrouping: false });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), (n) => {
        expect(spotNumbers(`${hanDigits.format(n)}年`)).toEqual([String(n)]);
      }),
    );
  });

  it('reads the value of a figure written by Intl in English with a percent sign', () => {
    const percent = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (hundredths) => {
        const value = hundredths / 100;
        expect(writesNumber(`up ${percent.format(value)}%`, String(value))).toBe(true);
      }),
    );
  });

  it('never throws, and only returns canonical decimals', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        for (const value of spotNumbers(text)) expect(canonicalNumber(value)).toBe(value);
      }),
    );
  });
});

describe('writesNumber', () => {
  it('finds a figure value however the passage writes it', () => {
    expect(writesNumber('kept at 7.20%', '7.20')).toBe(true);
    expect(writesNumber('up 7.2%', '7.20')).toBe(true);
    expect(writesNumber('five new minerals', '5')).toBe(true);
    expect(writesNumber('up 72%', '7.2')).toBe(false);
    expect(writesNumber('1100萬噸', '1100')).toBe(false);
  });

  it('says no for a value that is not a plain decimal', () => {
    expect(writesNumber('900,000 tons', '900,000 t')).toBe(false);
  });
});
