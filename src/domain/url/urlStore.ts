import { noticeKey, type UrlNotice } from './notices';
import { parseViewState, patchViewState, serializeViewState, type ViewState } from './viewState';

/** Where the current state came from: the page's first URL, Back/Forward, or the app itself. */
export type StateOrigin = 'load' | 'history' | 'app';

export interface UrlSnapshot {
  state: ViewState;
  notices: UrlNotice[];
  origin: StateOrigin;
}

/** The parts of `window` the store uses, so tests can give it a fake. */
export interface BrowserHistory {
  location: { pathname: string; search: string; hash: string };
  history: { pushState(data: unknown, unused: string, url: string): void } & {
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export interface UrlStore {
  get(): UrlSnapshot;
  subscribe(listener: () => void): () => void;
  /** Replaces the current history entry (filters, search, language). */
  update(patch: Partial<ViewState>): void;
  /** Adds a history entry (selecting an event, opening a source or a view), so Back undoes it. */
  navigate(patch: Partial<ViewState>): void;
  /**
   * The visible window, written once a gesture has settled: by default a new history entry, so
   * Back returns to the previous window; `replace` for a move that only follows the selection.
   * A window equal to the URL's writes nothing.
   */
  settleWindow(from: string | undefined, to: string | undefined, mode?: 'push' | 'replace'): void;
  addNotices(notices: readonly UrlNotice[]): void;
  dismissNotices(): void;
}

const WINDOW_WRITE_DELAY = 400;

/**
 * The view state kept in the URL, outside React: history is written here, once per change and
 * never inside a React state updater (which StrictMode runs twice). Back and Forward re-read the
 * URL and mark the snapshot's origin as `history`, so views can follow it (the window included).
 */
export function createUrlStore(browser: BrowserHistory, timers = globalThis): UrlStore {
  const first = parseViewState(browser.location.search);
  let snapshot: UrlSnapshot = { state: first.state, notices: first.notices, origin: 'load' };
  const listeners = new Set<() => void>();
  let pendingWindow: ReturnType<typeof setTimeout> | null = null;

  const publish = (next: UrlSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  const cancelPendingWindow = () => {
    if (pendingWindow !== null) timers.clearTimeout(pendingWindow);
    pendingWindow = null;
  };
  const onPopState = () => {
    cancelPendingWindow();
    const parsed = parseViewState(browser.location.search);
    publish({ state: parsed.state, notices: snapshot.notices, origin: 'history' });
  };
  const write = (patch: Partial<ViewState>, mode: 'push' | 'replace') => {
    const state = patchViewState(snapshot.state, patch);
    const search = serializeViewState(state);
    if (search === serializeViewState(snapshot.state)) return;
    const url = `${browser.location.pathname}${search}${browser.location.hash}`;
    if (mode === 'push') browser.history.pushState(null, '', url);
    else browser.history.replaceState(null, '', url);
    publish({ state, notices: snapshot.notices, origin: 'app' });
  };

  return {
    get: () => snapshot,
    subscribe(listener) {
      if (listeners.size === 0) browser.addEventListener('popstate', onPopState);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) browser.removeEventListener('popstate', onPopState);
      };
    },
    update: (patch) => write(patch, 'replace'),
    navigate: (patch) => {
      cancelPendingWindow();
      write(patch, 'push');
    },
    settleWindow(from, to, mode = 'push') {
      cancelPendingWindow();
      pendingWindow = timers.setTimeout(() => {
        pendingWindow = null;
        write({ from, to }, mode);
      }, WINDOW_WRITE_DELAY);
    },
    addNotices(notices) {
      const known = new Set(snapshot.notices.map(noticeKey));
      const fresh = notices.filter((n) => !known.has(noticeKey(n)));
      if (fresh.length) publish({ ...snapshot, notices: [...snapshot.notices, ...fresh] });
    },
    dismissNotices() {
      if (snapshot.notices.length) publish({ ...snapshot, notices: [] });
    },
  };
}
