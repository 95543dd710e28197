import { isLanguage, type Language } from '../../i18n/languages';
import { clipForNotice, type UrlNotice } from './notices';
import { windowBound } from './windowDates';

/**
 * The view state that lives in the URL (DESIGN.md, "View state lives in the URL"). Parsing
 * never throws: a bad value is dropped and described in a notice. Serialising writes only the
 * values that differ from the defaults, in a fixed order, so equal states give equal URLs.
 */
export interface ViewState {
  dataset?: string;
  lang?: Language;
  view: 'timeline' | 'list';
  /** Visible window as an EDTF-style date (`1950`, `1959-09`, `2023-04-12`). */
  from?: string;
  to?: string;
  /** Category ids shown; undefined means all. */
  cat?: string[];
  q?: string;
  event?: string;
  source?: string;
  panel?: 'sources';
  present?: true;
  /** Event ids presenter mode steps through, in this order. */
  tour?: string[];
  /** Seconds per slide for autoplay, 3–600. */
  play?: number;
  embed?: true;
}

export const DEFAULT_VIEW_STATE: ViewState = { view: 'timeline' };

const PARAM_ORDER = [
  'dataset',
  'lang',
  'view',
  'from',
  'to',
  'cat',
  'q',
  'event',
  'source',
  'panel',
  'present',
  'tour',
  'play',
  'embed',
] as const satisfies readonly (keyof ViewState)[];

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_QUERY_LENGTH = 200;
export const PLAY_SECONDS = { min: 3, max: 600 } as const;

export interface ParsedViewState {
  state: ViewState;
  notices: UrlNotice[];
}

export function parseViewState(search: string): ParsedViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = { view: 'timeline' };
  const notices: UrlNotice[] = [];
  const seen = new Set<string>();

  for (const [key, rawValue] of params) {
    if (seen.has(key)) {
      notices.push({ kind: 'repeated', param: clipForNotice(key) });
      continue;
    }
    seen.add(key);
    const value = rawValue.trim();
    const shown = clipForNotice(rawValue);
    switch (key) {
      case 'dataset':
        if (value) state.dataset = value;
        break;
      case 'lang':
        if (isLanguage(value)) state.lang = value;
        else if (value) notices.push({ kind: 'badValue', param: key, value: shown });
        break;
      case 'view':
        if (value === 'timeline' || value === 'list') state.view = value;
        else notices.push({ kind: 'badValue', param: key, value: shown });
        break;
      case 'panel':
        if (value === 'sources') state.panel = value;
        else if (value) notices.push({ kind: 'badValue', param: key, value: shown });
        break;
      case 'present':
      case 'embed':
        if (value === '1') state[key] = true;
        else if (value !== '0' && value !== '')
          notices.push({ kind: 'badValue', param: key, value: shown });
        break;
      case 'from':
      case 'to':
        if (windowBound(value, key) !== undefined) state[key] = value;
        else notices.push({ kind: 'badDate', param: key, value: shown });
        break;
      case 'cat':
      case 'tour': {
        const ids = idList(value);
        const bad = ids.filter((id) => !ID.test(id));
        if (bad.length)
          notices.push({ kind: 'badIds', param: key, values: bad.map(clipForNotice) });
        const good = [...new Set(ids.filter((id) => ID.test(id)))];
        if (good.length) state[key] = good;
        break;
      }
      case 'q':
        if (value) state.q = value.slice(0, MAX_QUERY_LENGTH).trim();
        break;
      case 'play': {
        const seconds = Number(value);
        if (/^\d+$/.test(value) && seconds >= PLAY_SECONDS.min && seconds <= PLAY_SECONDS.max)
          state.play = seconds;
        else if (value) notices.push({ kind: 'badPlay', value: shown });
        break;
      }
      case 'event':
      case 'source':
        if (ID.test(value)) state[key] = value;
        else notices.push({ kind: 'badId', param: key, value: shown });
        break;
      default:
        notices.push({ kind: 'unknownParam', param: clipForNotice(key) });
    }
  }

  const from = state.from === undefined ? undefined : windowBound(state.from, 'from');
  const to = state.to === undefined ? undefined : windowBound(state.to, 'to');
  if (from !== undefined && to !== undefined && from >= to) {
    notices.push({ kind: 'reversedWindow', from: state.from!, to: state.to! });
    delete state.from;
    delete state.to;
  }
  return { state, notices };
}

function idList(value: string): string[] {
  return value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of PARAM_ORDER) {
    const value = state[key];
    if (value === undefined || (key === 'view' && value === DEFAULT_VIEW_STATE.view)) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : value === true ? '1' : String(value));
  }
  // Commas, colons and slashes are allowed in a query as they are: keep links readable.
  const text = params.toString().replace(/%2C|%3A|%2F/g, (code) => decodeURIComponent(code));
  return text ? `?${text}` : '';
}

/** The state with `patch` applied; a key set to undefined is removed. */
export function patchViewState(state: ViewState, patch: Partial<ViewState>): ViewState {
  const next: Record<string, unknown> = { ...state, ...patch };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return next as unknown as ViewState;
}
