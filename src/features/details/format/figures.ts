import type { Figure } from '../../../domain/dataset/schema';
import { LOCALES, type Language } from '../../../i18n/languages';
import type { Messages } from '../../../i18n/messages/en';
import {
  compactDigits,
  decimalString,
  fractionDigits,
  MAX_FRACTION_DIGITS,
  parseDecimal,
  shiftLeft,
  type Decimal,
} from './decimal';

/**
 * Figures (quantities, money, ranks, percentages, counts) in the interface's language, numbers
 * by `Intl.NumberFormat` in its locale and the words around them from its catalogue:
 * "more than 900,000 t", "about CN¥5 billion"; "超过90万吨", "约50亿元".
 */
type FigureWords = Messages['details']['figure'];

interface NumberStyle {
  /** From how many integer digits a number is written in compact words. */
  compactFrom: number;
  /** How a currency is written beside its amount. */
  currencyDisplay: 'symbol' | 'name';
}

/**
 * English says large numbers in millions and billions ("10.22 million t"), from a million up;
 * Chinese counts in 万 and 亿 from ten thousand up ("8.1万吨", "50亿元"), and names currencies
 * after the number ("7.26亿美元").
 */
const NUMBER_STYLES: Record<Language, NumberStyle> = {
  en: { compactFrom: 7, currencyDisplay: 'symbol' },
  zh: { compactFrom: 5, currencyDisplay: 'name' },
};

interface Writer {
  locale: string;
  style: NumberStyle;
  words: FigureWords;
}

/** The figure's value with its qualifier, e.g. "more than 900,000 t", "约50亿元". */
export function formatFigure(figure: Figure, language: Language, words: FigureWords): string {
  const writer = { locale: LOCALES[language], style: NUMBER_STYLES[language], words };
  const text = formatValue(figure, parseDecimal(figure.value), writer);
  // A bound says more than "about" does, and "more than about" reads badly: the bound wins.
  if (figure.bound === 'lower') return words.moreThan(text);
  if (figure.bound === 'upper') return words.upTo(text);
  return figure.approximate ? words.about(text) : text;
}

/** What the figure measures: its own label (dataset text), or null to use `kindWords`. */
export function figureLabel(figure: Figure): string | null {
  const label = figure.label?.trim();
  return label ? label : null;
}

function formatValue(figure: Figure, value: Decimal, writer: Writer): string {
  switch (figure.kind) {
    case 'quantity':
      return formatQuantity(value, figure.unit ?? '', writer);
    case 'money':
      return formatMoney(value, figure.unit ?? '', writer);
    case 'rank':
      return writer.words.rank(plainNumber(value, writer.locale));
    case 'percent':
      return formatPercent(value, writer.locale);
    case 'count':
      return plainNumber(value, writer.locale);
  }
}

/** Compact from the language's threshold up, otherwise grouped with the decimals as written. */
function amountDigits(value: Decimal, { style }: Writer): Intl.NumberFormatOptions {
  return value.integer.length >= style.compactFrom ? compactDigits(value) : fractionDigits(value);
}

function plainNumber(value: Decimal, locale: string): string {
  return new Intl.NumberFormat(locale, fractionDigits(value)).format(decimalString(value));
}

// ---------------------------------------------------------------------------------------------
// Quantities

type UnitStyle =
  /** An Intl unit ("kilometer"), formatted by Intl with the given width. */
  | { intl: string; display: 'short' | 'long' }
  /** A unit Intl lacks, which the catalogue writes in each language (t, 吨). */
  | { words: keyof FigureWords['units'] }
  /** A unit neither knows: written after the number as the data gives it. */
  | { asGiven: string };

/** Units as the data writes them. Intl has no metric ton, and no cubic or square metres. */
const UNITS: Record<string, UnitStyle> = {
  t: { words: 't' },
  m2: { words: 'm2' },
  m3: { words: 'm3' },
  km2: { words: 'km2' },
  km3: { words: 'km3' },
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
  return { asGiven: unit };
}

function isIntlUnit(unit: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'unit', unit });
    return true;
  } catch {
    return false;
  }
}

function formatQuantity(value: Decimal, unit: string, writer: Writer): string {
  const style = unitStyle(unit);
  const digits = amountDigits(value, writer);
  if ('intl' in style) {
    return new Intl.NumberFormat(writer.locale, {
      ...digits,
      style: 'unit',
      unit: style.intl,
      unitDisplay: style.display,
    }).format(decimalString(value));
  }
  const number = new Intl.NumberFormat(writer.locale, digits).format(decimalString(value));
  if ('words' in style) return writer.words.withUnit(number, writer.words.units[style.words]);
  return style.asGiven ? `${number} ${style.asGiven}` : number;
}

// ---------------------------------------------------------------------------------------------
// Money

/**
 * Currency formatting. Intl has no long compact currency ("$726M", not "$726 million"), so a
 * large amount is the locale's currency pattern with its number replaced by the long compact
 * number: "CN¥" + "206.5 billion"; "7.26亿" + "美元". The catalogue may name a currency its own
 * way (元 for yuan in Chinese, where Intl says 人民币).
 */
function formatMoney(value: Decimal, currency: string, writer: Writer): string {
  if (!/^[A-Z]{3}$/.test(currency)) {
    // The schema requires an ISO 4217 code; unvalidated data still gets a readable figure.
    return formatQuantity(value, currency, writer);
  }
  const { locale, style, words } = writer;
  const parts = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: style.currencyDisplay,
    ...moneyFractionDigits(value, currency, locale),
  }).formatToParts(decimalString(value));

  const compact =
    value.integer.length >= style.compactFrom
      ? new Intl.NumberFormat(locale, compactDigits(value)).format(
          decimalString({ ...value, negative: false }),
        )
      : null;

  let numberWritten = false;
  return parts
    .map((part) => {
      if (part.type === 'currency') return words.currencies[currency] ?? part.value;
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

// ---------------------------------------------------------------------------------------------
// Percentages

/** "45" means 45%: Intl's percent of 0.45, with the decimals as written ("7.45" → "7.45%"). */
function formatPercent(value: Decimal, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', ...fractionDigits(value) }).format(
    decimalString(shiftLeft(value, 2)),
  );
}
