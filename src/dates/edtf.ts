import edtf, { Century, Decade, Interval, List, Season, type EdtfValue } from 'edtf';

export type DatePrecision = 'day' | 'month' | 'season' | 'year' | 'decade' | 'century';

/**
 * An EDTF date turned into the numbers a time scale needs, keeping what it says about its own
 * precision. `start` is inclusive and `end` exclusive, in UTC milliseconds, so a year is the
 * whole year and a day the whole day.
 */
export interface EdtfSpan {
  kind: 'point' | 'interval';
  start: number;
  end: number;
  /** Precision of the date (of the finer end for an interval). */
  precision: DatePrecision;
  /** "~" circa. */
  approximate: boolean;
  /** "?" uncertain. */
  uncertain: boolean;
  /** "../1985" or "/1985": the interval has no known start; `start` is -Infinity. */
  openStart: boolean;
  /** "1978/.." or "1978/": the interval has no known end; `end` is Infinity. */
  openEnd: boolean;
}

export type EdtfResult = { ok: true; value: EdtfSpan } | { ok: false; error: string };

const DAY = 86_400_000;
const YEAR = 366 * DAY;

export function parseEdtf(input: string): EdtfResult {
  if (input.trim() !== input || input === '') {
    return { ok: false, error: `"${input}" is not a valid EDTF date` };
  }
  // Checked before parsing: edtf's own set and list checks rely on class names, which a
  // minified build does not keep.
  if (/^[[{]/.test(input)) {
    return {
      ok: false,
      error: `"${input}" is an EDTF set or list, which the timeline cannot draw; use an interval`,
    };
  }
  const parsed = tryParse(input);
  if (!parsed) return { ok: false, error: `"${input}" is not a valid EDTF date` };
  if (parsed instanceof List) {
    return {
      ok: false,
      error: `"${input}" is an EDTF set or list, which the timeline cannot draw; use an interval`,
    };
  }
  const isInterval = parsed instanceof Interval;
  const openStart = parsed.min === -Infinity || (isInterval && !parsed.lower);
  const openEnd = parsed.max === Infinity || parsed.max === null || (isInterval && !parsed.upper);
  const start = openStart ? -Infinity : parsed.min;
  const end = openEnd ? Infinity : (parsed.max as number) + 1;
  if (Number.isNaN(start) || Number.isNaN(end) || (openStart && openEnd)) {
    return { ok: false, error: `"${input}" is outside the range the timeline can show` };
  }
  if (!isInterval) {
    return {
      ok: true,
      value: {
        kind: 'point',
        start,
        end,
        precision: precisionOf(parsed, end - start),
        approximate: isFlagged(parsed.approximate),
        uncertain: isFlagged(parsed.uncertain),
        openStart: false,
        openEnd: false,
      },
    };
  }
  const bounds = [parsed.lower, parsed.upper].filter((b): b is EdtfValue => !!b);
  const precisions = bounds.map((b) => precisionOf(b, (b.max ?? b.min) + 1 - b.min));
  return {
    ok: true,
    value: {
      kind: 'interval',
      start,
      end,
      precision: finest(precisions),
      approximate: bounds.some((b) => isFlagged(b.approximate)),
      uncertain: bounds.some((b) => isFlagged(b.uncertain)),
      openStart,
      openEnd,
    },
  };
}

function tryParse(input: string): EdtfValue | null {
  try {
    return edtf(input);
  } catch {
    return null;
  }
}

function isFlagged(mask: { value: number } | undefined): boolean {
  return !!mask && mask.value !== 0;
}

const ORDER: DatePrecision[] = ['day', 'month', 'season', 'year', 'decade', 'century'];

function finest(precisions: DatePrecision[]): DatePrecision {
  return precisions.reduce<DatePrecision>(
    (best, p) => (ORDER.indexOf(p) < ORDER.indexOf(best) ? p : best),
    'century',
  );
}

/** Unspecified digits ("198X", "1984-1X") widen a date, so the span decides past a year. */
function precisionOf(value: EdtfValue, span: number): DatePrecision {
  if (value instanceof Season) return 'season';
  if (value instanceof Decade) return 'decade';
  if (value instanceof Century) return 'century';
  if (value.precision === 0 || value.precision === 3) return 'day';
  if (value.precision === 2) return 'month';
  if (span > 20 * YEAR) return 'century';
  if (span > 2 * YEAR) return 'decade';
  return 'year';
}
