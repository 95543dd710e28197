import { innerWindow, YEAR } from '../dates/time';

const WINDOW_DATE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The instant a window bound stands for: the start of `from`, the end of `to` (exclusive).
 * Read here rather than by the EDTF parser: a URL may name any year, and the page does not load
 * the full EDTF grammar for one.
 */
export function windowBound(value: string, side: 'from' | 'to'): number | undefined {
  const match = WINDOW_DATE.exec(value);
  if (!match) return undefined;
  const [, yearText, monthText, dayText] = match;
  const [year, month, day] = [Number(yearText), Number(monthText ?? 1), Number(dayText ?? 1)];
  const start = utcDate(year, month - 1, day);
  const date = new Date(start);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (side === 'from') return start;
  return dayText
    ? utcDate(year, month - 1, day + 1)
    : monthText
      ? utcDate(year, month, 1)
      : utcDate(year + 1, 0, 1);
}

/** Date.UTC, also for years 0–99 (which Date.UTC would read as 1900–1999). */
function utcDate(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/**
 * A visible window written as short dates, as precise as the window needs: years for a window
 * of a decade or more, months down to a year, days below. `from` rounds down and `to` up, so
 * the reloaded view shows at least what was shown.
 */
export function formatWindow(start: number, end: number): { from: string; to: string } {
  const span = end - start;
  const precision = span >= 10 * YEAR ? 4 : span >= YEAR ? 7 : 10;
  const [first, last] = innerWindow(start, end);
  return { from: isoPrefix(first, precision), to: isoPrefix(last, precision) };
}

function isoPrefix(time: number, length: number): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const yyyy = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  const iso = date.toISOString();
  const rest = iso.slice(iso.indexOf('-', 1) + 1);
  return length === 4 ? yyyy : `${yyyy}-${rest.slice(0, length - 5)}`;
}
