import { useCallback, useRef } from 'react';
import type { UrlStore } from '../domain/url/urlStore';
import type { ViewState } from '../domain/url/viewState';
import { formatWindow } from '../domain/url/windowDates';

type WindowParams = Pick<ViewState, 'from' | 'to'>;

/**
 * Presenter mode in the URL. Entering is a step in history (Back leaves it); each slide replaces
 * `event=` (useful for a reload, not for Back). The timeline's window follows the slides, but
 * while the talk lasts the URL's `from`/`to` keep choosing the slides, so the window is held
 * back and written when presenter mode is left, in the same step. Leaving puts focus on the
 * current event's mark, else back where it was when presenter mode began.
 */
export function usePresenterUrl(urlStore: UrlStore, presenting: boolean) {
  const held = useRef<WindowParams | null>(null);
  const focusBefore = useRef<HTMLElement | null>(null);
  const { navigate, update, settleWindow } = urlStore;

  const onWindowChange = useCallback(
    (start: number, end: number, isWholeExtent: boolean, write: 'push' | 'replace') => {
      const { from, to }: WindowParams = isWholeExtent ? {} : formatWindow(start, end);
      if (presenting) held.current = { from, to };
      else settleWindow(from, to, write);
    },
    [presenting, settleWindow],
  );
  const enter = useCallback(() => {
    held.current = null;
    focusBefore.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    navigate({ present: true, source: undefined, panel: undefined });
  }, [navigate]);
  const show = useCallback((id: string) => update({ event: id, source: undefined }), [update]);
  const leave = useCallback(
    (eventId: string | undefined) => {
      const window = held.current;
      held.current = null;
      navigate({ present: undefined, ...window });
      requestAnimationFrame(() => {
        const mark = document.querySelector<HTMLElement>(
          `[data-event-id="${CSS.escape(eventId ?? '')}"]`,
        );
        (mark ?? focusBefore.current)?.focus();
        focusBefore.current = null;
      });
    },
    [navigate],
  );
  return { onWindowChange, enter, show, leave };
}
