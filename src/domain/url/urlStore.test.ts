import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UrlNotice } from './notices';
import { createUrlStore, type BrowserHistory } from './urlStore';

/** A browser history with entries, Back and Forward, and a popstate event. */
function fakeBrowser(search = '') {
  const entries = [search];
  let at = 0;
  let onPop: (() => void) | null = null;
  const location = { pathname: '/app/', search, hash: '' };
  const go = (delta: number) => {
    at += delta;
    location.search = entries[at] as string;
    onPop?.();
  };
  const browser: BrowserHistory = {
    location,
    history: {
      pushState: (_d, _u, url) => {
        entries.splice(at + 1, Infinity, new URL(url, 'http://x').search);
        at += 1;
        location.search = entries[at] as string;
      },
      replaceState: (_d, _u, url) => {
        entries[at] = new URL(url, 'http://x').search;
        location.search = entries[at] as string;
      },
    },
    addEventListener: (_type, listener) => (onPop = listener),
    removeEventListener: () => (onPop = null),
  };
  return { browser, entries, back: () => go(-1), forward: () => go(1), position: () => at };
}

describe('createUrlStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the page’s URL, with notices for what it could not use', () => {
    const { browser } = fakeBrowser('?event=first-iron&zoom=3');
    const store = createUrlStore(browser);
    expect(store.get().state).toEqual({ view: 'timeline', event: 'first-iron' });
    expect(store.get().notices).toEqual([{ kind: 'unknownParam', param: 'zoom' }]);
    expect(store.get().origin).toBe('load');
  });

  it('pushes one history entry per navigation and replaces it for updates', () => {
    const { browser, entries } = fakeBrowser();
    const store = createUrlStore(browser);
    store.subscribe(() => {});
    store.navigate({ event: 'a' });
    store.update({ q: 'steel' });
    store.navigate({ event: 'b' });
    expect(entries).toEqual(['', '?q=steel&event=a', '?q=steel&event=b']);
  });

  it('writes nothing when a change changes nothing', () => {
    const { browser, entries } = fakeBrowser('?event=a');
    const store = createUrlStore(browser);
    const listener = vi.fn();
    store.subscribe(listener);
    store.navigate({ event: 'a' });
    store.update({ q: undefined });
    expect(entries).toEqual(['?event=a']);
    expect(listener).not.toHaveBeenCalled();
  });

  it('writes a settled window once, after a pause, as a new entry that Back undoes', () => {
    const { browser, entries, back } = fakeBrowser();
    const store = createUrlStore(browser);
    store.subscribe(() => {});
    store.settleWindow('1950', '1960');
    store.settleWindow('1952', '1962');
    expect(entries).toEqual(['']);
    vi.advanceTimersByTime(400);
    expect(entries).toEqual(['', '?from=1952&to=1962']);
    back();
    expect(store.get()).toMatchObject({ state: { view: 'timeline' }, origin: 'history' });
  });

  it('lets Back and Forward cancel a window write that has not happened yet', () => {
    const { browser, entries, back } = fakeBrowser();
    const store = createUrlStore(browser);
    store.subscribe(() => {});
    store.navigate({ event: 'a' });
    store.settleWindow('1950', '1960');
    back();
    vi.advanceTimersByTime(1000);
    expect(entries).toEqual(['', '?event=a']);
    expect(store.get().state).toEqual({ view: 'timeline' });
  });

  it('keeps each notice once and dismisses them all', () => {
    const { browser } = fakeBrowser();
    const store = createUrlStore(browser);
    const notice: UrlNotice = { kind: 'unknownIds', param: 'event', values: ['x'] };
    store.addNotices([notice]);
    store.addNotices([notice]);
    expect(store.get().notices).toHaveLength(1);
    store.dismissNotices();
    expect(store.get().notices).toEqual([]);
  });
});
