import { parseEdtf } from '../dates/edtf';
import { innerWindow, YEAR } from '../dates/time';

const WINDOW_DATE = /^-?\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The instant a window bound stands for: the start of `from`, the end of `to` (exclusive). */
export function windowBound(value: string, side: 'from' | 'to'): number | undefined {
  if (!WINDOW_DATE.test(value)) return undefined;
  const parsed = parseEdtf(value);
  if (!parsed.ok) return undefined;
  return side === 'from' ? parsed.value.start : parsed.value.end;
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
