import { useCallback, useEffect, useRef, useState } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './viewState';

const WINDOW_WRITE_DELAY = 400;

/**
 * The page's view state, kept in the URL. `update` replaces the current history entry (zoom,
 * filters, search); `navigate` pushes a new one (selecting an event, opening a source), so Back
 * and Forward step through selections. Window changes are written after a pause, never per frame.
 */
export function useUrlState() {
  const [parsed, setParsed] = useState(() => parseViewState(window.location.search));
  const pendingWindow = useRef<number | null>(null);

  useEffect(() => {
    const onPopState = () => {
      if (pendingWindow.current !== null) window.clearTimeout(pendingWindow.current);
      pendingWindow.current = null;
      setParsed((previous) => ({
        state: parseViewState(window.location.search).state,
        notices: previous.notices,
      }));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const write = useCallback((next: Partial<ViewState>, mode: 'replace' | 'push') => {
    setParsed((previous) => {
      const state = withoutUndefined({ ...previous.state, ...next });
      const url = `${window.location.pathname}${serializeViewState(state)}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      return { state, notices: previous.notices };
    });
  }, []);

  const update = useCallback((next: Partial<ViewState>) => write(next, 'replace'), [write]);
  const navigate = useCallback((next: Partial<ViewState>) => write(next, 'push'), [write]);

  const updateWindow = useCallback(
    (from: string | undefined, to: string | undefined) => {
      if (pendingWindow.current !== null) window.clearTimeout(pendingWindow.current);
      pendingWindow.current = window.setTimeout(() => {
        pendingWindow.current = null;
        write({ from, to }, 'replace');
      }, WINDOW_WRITE_DELAY);
    },
    [write],
  );

  const dismissNotices = useCallback(
    () => setParsed((previous) => ({ ...previous, notices: [] })),
    [],
  );
  const addNotices = useCallback((notices: string[]) => {
    if (notices.length === 0) return;
    setParsed((previous) => ({ ...previous, notices: [...previous.notices, ...notices] }));
  }, []);

  return {
    state: parsed.state,
    notices: parsed.notices,
    update,
    navigate,
    updateWindow,
    dismissNotices,
    addNotices,
  };
}

function withoutUndefined(state: ViewState): ViewState {
  return Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined)) as ViewState;
}
