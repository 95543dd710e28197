import type { Figure } from '../../../domain/dataset/schema';

/**
 * Figures (quantities, money, ranks, percentages, counts) formatted for the reader's locale with
 * `Intl.NumberFormat`. Values are decimal strings ("900000", "10.22") and are handed to Intl as
 * strings, which Intl formats exactly (ES2023), so no digit is lost to floating point.
 *
 * The words around the number ("about", "more than", "rank") are English, like the rest of the UI.
 */

/** The figure's value with its qualifier, e.g. "more than 900,000 t", "about CN¥5 billion". */
export function formatFigure(figure: Figure, locale: string): string {
  const tag = usableLocale(locale);
  const value = parseDecimal(figure.value);
  return qualifier(figure) + formatValue(figure, value, tag);
}

/** What the figure measures: its own label, or a plain default for its kind. */
export function figureLabel(figure: Figure): string {
  const label = figure.label?.trim();
  return label ? label : DEFAULT_LABELS[figure.kind];
}

const DEFAULT_LABELS: Record<Figure['kind'], string> = {
  quantity: 'quantity',
  money: 'amount of money',
  rank: 'rank',
  percent: 'percentage',
  count: 'count',
};

/** A bound says more than "about" does, and "more than about" reads badly: the bound wins. */
function qualifier(figure: Figure): string {
  if (figure.bound === 'lower') return 'more than ';
  if (figure.bound === 'upper') return 'up to ';
  return figure.approximate ? 'about ' : '';
}

function formatValue(figure: Figure, value: Decimal, locale: string): string {
  switch (figure.kind) {
    case 'quantity':
      return formatQuantity(value, figure.unit ?? '', locale);
    case 'money':
      return formatMoney(value, figure.unit ?? '', locale);
    case 'rank':
      return `rank ${plainNumber(value, locale)}`;
    case 'percent':
      return formatPercent(value, locale);
    case 'count':
      return plainNumber(value, locale);
  }
}

// ---------------------------------------------------------------------------------------------
// Decimal strings

/** A decimal string taken apart, so its digits can be counted and its point moved exactly. */
interface Decimal {
  negative: boolean;
  /** Integer digits without leading zeros ("" for zero). */
  integer: string;
  /** Fraction digits as written, trailing zeros kept: "7.450" keeps three decimals. */
  fraction: string;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function parseDecimal(text: string): Decimal {
  const match = DECIMAL.exec(text.trim());
  if (!match) {
    // The schema guarantees the form; this only guards callers that skip validation.
    throw new RangeError(`"${text}" is not a plain decimal number`);
  }
  const [, sign = '', integer = '', fraction = ''] = match;
  return { negative: sign === '-', integer: integer.replace(/^0+/, ''), fraction };
}

/** The decimal as the exact string Intl accepts ("-0.0745"). */
function decimalString({ negative, integer, fraction }: Decimal): Intl.StringNumericLiteral {
  const text = `${negative ? '-' : ''}${integer || '0'}${fraction ? `.${fraction}` : ''}`;
  return text as Intl.StringNumericLiteral;
}

/** Moves the decimal point left: 45 → 0.45 for a percentage, without floating point. */
function shiftLeft(value: Decimal, places: number): Decimal {
  const integer = value.integer.padStart(places, '0');
  const cut = integer.length - places;
  return {
    negative: value.negative,
    integer: integer.slice(0, cut).replace(/^0+/, ''),
    fraction: integer.slice(cut) + value.fraction,
  };
}

/** Significant digits, ignoring zeros that only place the point (10220000 → 4). */
function significantDigits({ integer, fraction }: Decimal): number {
  const digits = (integer + fraction).replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(digits.length, 1);
}

/** A million or more: 7 integer digits. */
function isLarge(value: Decimal): boolean {
  return value.integer.length >= 7;
}

// Intl's limits: 20 fraction digits is the ceiling in older engines (Node 20), 21 significant.
const MAX_FRACTION_DIGITS = 20;
const MAX_SIGNIFICANT_DIGITS = 21;

/** Exactly the decimals the value was written with: "10.20" stays "10.20". */
function fractionDigits(value: Decimal): Intl.NumberFormatOptions {
  const digits = value.fraction.length;
  if (digits > MAX_FRACTION_DIGITS) {
    // More decimals than Intl takes (a tiny value such as 1e-24): count significant digits.
    return { maximumSignificantDigits: MAX_SIGNIFICANT_DIGITS };
  }
  return { minimumFractionDigits: digits, maximumFractionDigits: digits };
}

/**
 * Long compact notation ("10.22 million"). Intl rounds compact numbers to two significant digits
 * by default (10.22 million → "10 million"); we keep at least four, and more when the value has
 * them (10266000000 → "10.266 billion", not "10.27 billion"), so compact forms never round.
 */
function compactDigits(value: Decimal): Intl.NumberFormatOptions {
  return {
    notation: 'compact',
    compactDisplay: 'long',
    maximumSignificantDigits: Math.min(
      Math.max(significantDigits(value), 4),
      MAX_SIGNIFICANT_DIGITS,
    ),
  };
}

/** Compact from a million up, otherwise grouped with the decimals as written. */
function amountDigits(value: Decimal): Intl.NumberFormatOptions {
  return isLarge(value) ? compactDigits(value) : fractionDigits(value);
}

function plainNumber(value: Decimal, locale: string): string {
  return new Intl.NumberFormat(locale, fractionDigits(value)).format(decimalString(value));
}

function usableLocale(locale: string): string {
  try {
    return new Intl.NumberFormat(locale).resolvedOptions().locale;
  } catch {
    // Not a well-formed language tag ("en_US"): the UI is English.
    return 'en-US';
  }
}

// ---------------------------------------------------------------------------------------------
// Quantities

type UnitStyle =
  /** An Intl unit ("kilometer"), formatted by Intl with the given width. */
  | { intl: string; display: 'short' | 'long' }
  /** A unit Intl lacks: written after the number. */
  | { suffix: string };

/** Units as the data writes them. Intl has no metric ton, and no cubic or square metres. */
const UNITS: Record<string, UnitStyle> = {
  t: { suffix: 't' },
  m2: { suffix: 'm²' },
  m3: { suffix: 'm³' },
  km2: { suffix: 'km²' },
  km3: { suffix: 'km³' },
  mm: { intl: 'millimeter', display: 'short' },
  cm: { intl: 'centimeter', display: 'short' },
  m: { intl: 'meter', display: 'short' },
  km: { intl: 'kilometer', display: 'short' },
  g: { intl: 'gram', display: 'short' },
  kg: { intl: 'kilogram', display: 'short' },
  l: { intl: 'liter', display: 'short' },
  L: { intl: 'liter', display: 'short' },
  ha: { intl: 'hectare', display: 'short' },
  // "11 yrs" reads like a table; a sentence wants "11 years".
  year: { intl: 'year', display: 'long' },
  years: { intl: 'year', display: 'long' },
  month: { intl: 'month', display: 'long' },
  months: { intl: 'month', display: 'long' },
  week: { intl: 'week', display: 'long' },
  weeks: { intl: 'week', display: 'long' },
  day: { intl: 'day', display: 'long' },
  days: { intl: 'day', display: 'long' },
  hour: { intl: 'hour', display: 'long' },
  hours: { intl: 'hour', display: 'long' },
};

function unitStyle(unit: string): UnitStyle {
  const known = Object.hasOwn(UNITS, unit) ? UNITS[unit] : undefined;
  if (known) return known;
  // Any other unit Intl knows by its own name: "mile", "liter-per-kilometer".
  if (isIntlUnit(unit)) return { intl: unit, display: 'short' };
  return { suffix: unit };
}

function isIntlUnit(unit: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'unit', unit });
    return true;
  } catch {
    return false;
  }
}

function formatQuantity(value: Decimal, unit: string, locale: string): string {
  const style = unitStyle(unit);
  const digits = amountDigits(value);
  if ('intl' in style) {
    return new Intl.NumberFormat(locale, {
      ...digits,
      style: 'unit',
      unit: style.intl,
      unitDisplay: style.display,
    }).format(decimalString(value));
  }
  const number = new Intl.NumberFormat(locale, digits).format(decimalString(value));
  return style.suffix ? `${number} ${style.suffix}` : number;
}

// ---------------------------------------------------------------------------------------------
// Money

/**
 * Currency formatting. Intl has no long compact currency ("$726M", not "$726 million"), so a
 * large amount is the locale's currency pattern with its number replaced by the long compact
 * number: "CN¥" + "206.5 billion", "5 Milliarden" + " CN¥", "¥" + "50亿".
 */
function formatMoney(value: Decimal, currency: string, locale: string): string {
  if (!/^[A-Z]{3}$/.test(currency)) {
    // The schema requires an ISO 4217 code; unvalidated data still gets a readable figure.
    return formatQuantity(value, currency, locale);
  }
  const parts = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    ...moneyFractionDigits(value, currency, locale),
  }).formatToParts(decimalString(value));

  const compact = isLarge(value)
    ? new Intl.NumberFormat(locale, compactDigits(value)).format(
        decimalString({ ...value, negative: false }),
      )
    : null;

  let numberWritten = false;
  return parts
    .map((part) => {
      if (part.type === 'currency') return currencySymbol(part.value, currency);
      if (compact !== null && NUMBER_PARTS.has(part.type)) {
        if (numberWritten) return '';
        numberWritten = true;
        return compact;
      }
      return part.value;
    })
    .join('');
}

const NUMBER_PARTS = new Set<string>(['integer', 'group', 'decimal', 'fraction']);

/** Whole amounts without ".00"; otherwise at least the currency's usual decimals. */
function moneyFractionDigits(
  value: Decimal,
  currency: string,
  locale: string,
): Intl.NumberFormatOptions {
  if (!/[1-9]/.test(value.fraction)) {
    return { minimumFractionDigits: 0, maximumFractionDigits: 0 };
  }
  const usual =
    new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  const digits = Math.min(Math.max(value.fraction.length, usual), MAX_FRACTION_DIGITS);
  return { minimumFractionDigits: usual, maximumFractionDigits: digits };
}

/** en-US writes US dollars as a bare "$": make it "US$", so yuan and dollars never mix up. */
function currencySymbol(symbol: string, currency: string): string {
  return currency === 'USD' && symbol === '$' ? 'US$' : symbol;
}

// ---------------------------------------------------------------------------------------------
// Percentages

/** "45" means 45%: Intl's percent of 0.45, with the decimals as written ("7.45" → "7.45%"). */
function formatPercent(value: Decimal, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', ...fractionDigits(value) }).format(
    decimalString(shiftLeft(value, 2)),
  );
}
