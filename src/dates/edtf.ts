import edtf, { type EdtfValue } from 'edtf';

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
  let parsed: EdtfValue;
  try {
    parsed = edtf(input);
  } catch {
    return { ok: false, error: `"${input}" is not a valid EDTF date` };
  }
  if (parsed.type === 'Set' || parsed.type === 'List') {
    return {
      ok: false,
      error: `"${input}" is an EDTF set or list, which the timeline cannot draw; use an interval`,
    };
  }
  const openStart = parsed.min === -Infinity || (parsed.type === 'Interval' && !parsed.lower);
  const openEnd =
    parsed.max === Infinity || parsed.max === null || (parsed.type === 'Interval' && !parsed.upper);
  const start = openStart ? -Infinity : parsed.min;
  const end = openEnd ? Infinity : (parsed.max as number) + 1;
  if (Number.isNaN(start) || Number.isNaN(end) || (openStart && openEnd)) {
    return { ok: false, error: `"${input}" is outside the range the timeline can show` };
  }
  if (parsed.type !== 'Interval') {
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
  if (value.type === 'Season') return 'season';
  if (value.type === 'Decade') return 'decade';
  if (value.type === 'Century') return 'century';
  if (value.precision === 0 || value.precision === 3) return 'day';
  if (value.precision === 2) return 'month';
  if (span > 20 * YEAR) return 'century';
  if (span > 2 * YEAR) return 'decade';
  return 'year';
}
