import { parseEdtf, type EdtfSpan } from './edtf';

export const MONTHS = [
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

/**
 * An EDTF date in words, as precise as it is and no more: "29 June 1999", "June 1999", "1999",
 * "c. 1998", "1997?", "1955–1963", "1978 onwards". For evidence dates, which carry no label of
 * their own. Returns the EDTF itself when it does not parse.
 */
export function edtfLabel(edtf: string): string {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return edtf;
  const span = parsed.value;
  if (span.kind === 'point')
    return qualified(pointLabel(span.start, span.end, span.precision), span);
  const [lower, upper] = edtf.split('/');
  const from = lower && lower !== '..' ? edtfLabel(lower) : null;
  const to = upper && upper !== '..' ? edtfLabel(upper) : null;
  if (from && to) return `${from}–${to}`;
  return from ? `${from} onwards` : `until ${to}`;
}

function pointLabel(start: number, end: number, precision: EdtfSpan['precision']): string {
  const date = new Date(start);
  const year = date.getUTCFullYear();
  const yearText = year < 0 ? `${-year + 1} BCE` : String(year);
  switch (precision) {
    case 'day':
      return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${yearText}`;
    case 'month':
      return `${MONTHS[date.getUTCMonth()]} ${yearText}`;
    case 'decade':
      return `the ${yearText}s`;
    case 'century':
      return `${yearText}–${new Date(end - 1).getUTCFullYear()}`;
    default:
      return yearText;
  }
}

function qualified(label: string, span: EdtfSpan): string {
  return `${span.approximate ? 'c. ' : ''}${label}${span.uncertain ? '?' : ''}`;
}
