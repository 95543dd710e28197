import edtf, { Century, Decade, Interval, List, Season, type EdtfValue } from 'edtf';
import { finest, installGeneralParser, type DatePrecision, type EdtfResult } from './edtf';
import { DAY } from './time';

/**
 * The full EDTF grammar, for the dates that `parseEdtf`'s common forms do not cover (seasons,
 * unspecified digits, years before 1000, level 2 qualifiers…). Importing this module installs it
 * into `parseEdtf`: the dataset worker and the checker import it directly; the page imports it
 * on demand, only for a dataset that has such a date.
 */
installGeneralParser(parseWithLibrary);

/** A leap year: the longest a calendar year can be, so two whole years never count as more. */
const LONGEST_YEAR = 366 * DAY;

/** Any EDTF the `edtf` package reads. Exported for the equivalence test. */
export function parseWithLibrary(input: string): EdtfResult {
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

/** Unspecified digits ("198X", "1984-1X") widen a date, so the span decides past a year. */
function precisionOf(value: EdtfValue, span: number): DatePrecision {
  if (value instanceof Season) return 'season';
  if (value instanceof Decade) return 'decade';
  if (value instanceof Century) return 'century';
  if (value.precision === 0 || value.precision === 3) return 'day';
  if (value.precision === 2) return 'month';
  if (span > 20 * LONGEST_YEAR) return 'century';
  if (span > 2 * LONGEST_YEAR) return 'decade';
  return 'year';
}
