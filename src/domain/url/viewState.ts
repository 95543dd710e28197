import { parseEdtf } from '../dates/edtf';

/**
 * The view state that lives in the URL (DESIGN.md, "View state lives in the URL"). Parsing
 * never throws: a bad value is dropped and described in a notice. Serialising writes only the
 * values that differ from the defaults, in a fixed order, so equal states give equal URLs.
 */
export interface ViewState {
  dataset?: string;
  view: 'timeline' | 'list';
  /** Visible window as an EDTF-style date (`1950`, `1959-09`, `2023-04-12`). */
  from?: string;
  to?: string;
  /** Category ids shown; undefined means all. */
  cat?: string[];
  q?: string;
  event?: string;
  source?: string;
}

export const DEFAULT_VIEW_STATE: ViewState = { view: 'timeline' };

const PARAM_ORDER = ['dataset', 'view', 'from', 'to', 'cat', 'q', 'event', 'source'] as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WINDOW_DATE = /^-?\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const MAX_QUERY_LENGTH = 200;

export interface ParsedViewState {
  state: ViewState;
  notices: string[];
}

export function parseViewState(search: string): ParsedViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = { view: 'timeline' };
  const notices: string[] = [];
  const seen = new Set<string>();

  for (const [key, rawValue] of params) {
    if (seen.has(key)) {
      notices.push(`The parameter "${key}" was given twice; the first value is used.`);
      continue;
    }
    seen.add(key);
    const value = rawValue.trim();
    switch (key) {
      case 'dataset':
        if (value) state.dataset = value;
        break;
      case 'view':
        if (value === 'timeline' || value === 'list') state.view = value;
        else notices.push(`"${rawValue}" is not a view; showing the timeline.`);
        break;
      case 'from':
      case 'to':
        if (windowBound(value, key)) state[key] = value;
        else
          notices.push(
            `"${rawValue}" is not a date like 1959, 1959-09 or 1959-09-26; "${key}" was ignored.`,
          );
        break;
      case 'cat': {
        const ids = value
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean);
        const bad = ids.filter((id) => !ID.test(id));
        if (bad.length)
          notices.push(
            `Ignored category ${bad.map((id) => `"${id}"`).join(', ')}: not a category id.`,
          );
        const good = [...new Set(ids.filter((id) => ID.test(id)))];
        if (good.length) state.cat = good;
        break;
      }
      case 'q':
        if (value) state.q = value.slice(0, MAX_QUERY_LENGTH);
        break;
      case 'event':
      case 'source':
        if (ID.test(value)) state[key] = value;
        else notices.push(`"${rawValue}" is not an ${key} id; "${key}" was ignored.`);
        break;
      default:
        notices.push(`The parameter "${key}" is not one this page uses and was ignored.`);
    }
  }

  if (state.from && state.to && windowBound(state.from, 'from')! >= windowBound(state.to, 'to')!) {
    notices.push(
      `"from" (${state.from}) is not before "to" (${state.to}); showing everything instead.`,
    );
    delete state.from;
    delete state.to;
  }
  return { state, notices };
}

export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of PARAM_ORDER) {
    const value = state[key];
    if (value === undefined || (key === 'view' && value === DEFAULT_VIEW_STATE.view)) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : value);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

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
  const YEAR = 365.25 * 86_400_000;
  const precision = span >= 10 * YEAR ? 4 : span >= YEAR ? 7 : 10;
  // `end` is exclusive: the last instant shown is just before it. Zoom arithmetic leaves
  // floating-point noise, so a window of exactly 1953–1961 may come back a hair wider; the
  // tolerance keeps such a window from growing a year on every reload.
  const [first, last] = innerWindow(start, end);
  return { from: isoPrefix(first, precision), to: isoPrefix(last, precision) };
}

/** The first and last instants of a window, ignoring floating-point noise at its ends. */
export function innerWindow(start: number, end: number): [number, number] {
  const tolerance = Math.max(1, (end - start) * 1e-6);
  return [start + tolerance, end - tolerance];
}

function isoPrefix(time: number, length: number): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const yyyy = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  const rest = date.toISOString().slice(date.toISOString().indexOf('-', 1) + 1);
  return length === 4 ? yyyy : `${yyyy}-${rest.slice(0, length - 5)}`;
}
