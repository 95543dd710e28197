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

export function parseEdtf(input: string): EdtfResult {
  if (input.trim() !== input || input === '') {
    return { ok: false, error: `"${input}" is not a valid EDTF date` };
  }
  let result = parsed.get(input);
  if (!result) {
    const common = parseCommonForm(input);
    result = common ?? parseGeneral(input);
    // Validation and the timeline both read every date: remember recent ones.
    if (parsed.size >= CACHE_LIMIT) {
      parsed.clear();
      needsGeneral.clear();
    }
    parsed.set(input, result);
    if (!common) needsGeneral.add(input);
  }
  return result;
}

/** Whether a date is read without the full grammar (see `parseCommonForm`). */
export function isCommonEdtf(input: string): boolean {
  // Validation has just parsed every date of a dataset: its answer is remembered.
  if (parsed.has(input)) return !needsGeneral.has(input);
  return parseCommonForm(input) !== undefined;
}

type Parser = (input: string) => EdtfResult;
let generalParser: Parser | null = null;

/**
 * The full EDTF grammar (the `edtf` package, 13 KB) is not part of the page's start-up code:
 * `edtfGeneral.ts` installs it when imported, which the dataset worker, the checker and the
 * app do (the app only for a dataset with a date outside the common forms).
 */
export function installGeneralParser(parse: Parser): void {
  generalParser = parse;
}

/** A date outside the common forms was read before the full grammar was loaded. */
export class GeneralGrammarMissing extends Error {}

function parseGeneral(input: string): EdtfResult {
  if (!generalParser) {
    throw new GeneralGrammarMissing(
      `"${input}" needs the full EDTF grammar, which has not been loaded`,
    );
  }
  return generalParser(input);
}

const CACHE_LIMIT = 250_000;
const parsed = new Map<string, EdtfResult>();
/** The cached dates that the common forms did not cover. */
const needsGeneral = new Set<string>();

const COMMON_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?([~?%])?$/;

/**
 * The forms almost every dataset uses — 1959, 1959-09, 1959-09-26, each with an optional ~ ? %,
 * and intervals of them with open or unknown ends — read directly, about a hundred times
 * faster than the general grammar, which matters for a dataset of 100,000 events. Returns
 * undefined for anything else (seasons, unspecified digits, years before 1000, level 2
 * qualifiers…), which goes to the `edtf` package. Both paths give the same result: a property
 * test compares them.
 */
function parseCommonForm(input: string): EdtfResult | undefined {
  const slash = input.indexOf('/');
  if (slash === -1) {
    const date = commonDate(input);
    return (
      date &&
      (date === 'invalid'
        ? invalid(input)
        : { ok: true, value: { kind: 'point', ...date, openStart: false, openEnd: false } })
    );
  }
  const [lowerText, upperText] = [input.slice(0, slash), input.slice(slash + 1)];
  if (upperText.includes('/')) return undefined;
  const openStart = lowerText === '..' || lowerText === '';
  const openEnd = upperText === '..' || upperText === '';
  if (openStart && openEnd) return undefined;
  const lower = openStart ? null : commonDate(lowerText);
  const upper = openEnd ? null : commonDate(upperText);
  if (lower === undefined || upper === undefined) return undefined;
  if (lower === 'invalid' || upper === 'invalid') return invalid(input);
  if (lower && upper && upper.start <= lower.start) return invalid(input);
  const bounds = [lower, upper].filter((b) => b !== null);
  return {
    ok: true,
    value: {
      kind: 'interval',
      start: lower ? lower.start : -Infinity,
      end: upper ? upper.end : Infinity,
      precision: finest(bounds.map((b) => b.precision)),
      approximate: bounds.some((b) => b.approximate),
      uncertain: bounds.some((b) => b.uncertain),
      openStart,
      openEnd,
    },
  };
}

type CommonDate = Pick<EdtfSpan, 'start' | 'end' | 'precision' | 'approximate' | 'uncertain'>;

function commonDate(text: string): CommonDate | 'invalid' | undefined {
  const match = COMMON_DATE.exec(text);
  if (!match) return undefined;
  const [, yearText, monthText, dayText, qualifier] = match;
  const year = Number(yearText);
  if (year < 1000) return undefined;
  const month = monthText ? Number(monthText) - 1 : 0;
  const day = dayText ? Number(dayText) : 1;
  const start = Date.UTC(year, month, day);
  if (new Date(start).getUTCMonth() !== month || day < 1) return 'invalid';
  const end = dayText
    ? Date.UTC(year, month, day + 1)
    : monthText
      ? Date.UTC(year, month + 1, 1)
      : Date.UTC(year + 1, 0, 1);
  return {
    start,
    end,
    precision: dayText ? 'day' : monthText ? 'month' : 'year',
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
  };
}

function invalid(input: string): EdtfResult {
  return { ok: false, error: `"${input}" is not a valid EDTF date` };
}

const ORDER: DatePrecision[] = ['day', 'month', 'season', 'year', 'decade', 'century'];

/** The finest of several precisions (an interval's, from its two ends). */
export function finest(precisions: DatePrecision[]): DatePrecision {
  return precisions.reduce<DatePrecision>(
    (best, p) => (ORDER.indexOf(p) < ORDER.indexOf(best) ? p : best),
    'century',
  );
}
