import type { Language } from '../../i18n/languages';

/**
 * Dates in words, in each interface language: the one place that knows month names, the order
 * of day, month and year, and how years before the common era read. Years are astronomical, as
 * in ISO 8601 and EDTF: year 0 is 1 BCE and year -44 is 45 BCE.
 */
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1959", "45 BCE"; in Chinese "1959", "公元前45" (the caller adds 年 where it belongs). */
export function yearText(year: number, language: Language): string {
  if (year > 0) return String(year);
  return language === 'zh' ? `公元前${1 - year}` : `${1 - year} BCE`;
}

/** A year alone: "1959", "1959年". */
export function yearWords(year: number, language: Language): string {
  return language === 'zh' ? `${yearText(year, language)}年` : yearText(year, language);
}

/** "September", "9月". */
export function monthName(month: number, language: Language): string {
  return language === 'zh' ? `${month + 1}月` : (EN_MONTHS[month] as string);
}

/** "Sep", "9月", for axis ticks. */
export function monthShort(month: number, language: Language): string {
  return language === 'zh' ? `${month + 1}月` : (EN_MONTHS[month] as string).slice(0, 3);
}

/** "September 1959", "1959年9月". */
export function monthYearWords(time: number, language: Language): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  return language === 'zh'
    ? `${yearWords(year, language)}${monthName(month, language)}`
    : `${monthName(month, language)} ${yearText(year, language)}`;
}

/** "26 September 1959", "1959年9月26日". */
export function dayWords(time: number, language: Language): string {
  const date = new Date(time);
  const day = date.getUTCDate();
  return language === 'zh'
    ? `${monthYearWords(time, language)}${day}日`
    : `${day} ${monthYearWords(time, language)}`;
}

/** "26 Sep", "9月26日", for axis ticks. */
export function dayMonthShort(time: number, language: Language): string {
  const date = new Date(time);
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  return language === 'zh'
    ? `${monthShort(month, language)}${day}日`
    : `${day} ${monthShort(month, language)}`;
}

/** A span of years: "1953 – 1961", "1953–1961年"; one year when both are the same. */
export function yearRangeWords(first: number, last: number, language: Language): string {
  if (first === last) return yearWords(first, language);
  return language === 'zh'
    ? `${yearText(first, language)}–${yearText(last, language)}年`
    : `${yearText(first, language)} – ${yearText(last, language)}`;
}
