import { useLayoutEffect, useRef } from 'react';
import { focusIsLost, tryFocus } from './focusTargets';

/**
 * Gives focus back when something that took it closes (a reader, the sources index, presenter
 * mode): to the control that had focus when it opened ("Read in source", "9 sources",
 * "Present"), or, when that control is gone, to `fallback`. Only when focus would otherwise fall
 * to the body: a click elsewhere keeps its focus.
 */
export function useFocusReturn(open: boolean, fallback?: () => HTMLElement | null | undefined) {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);
  const fallbackRef = useRef(fallback);
  // A layout effect: it runs before the opened panel's own effects move focus into it.
  useLayoutEffect(() => {
    fallbackRef.current = fallback;
    if (open === wasOpen.current) return;
    wasOpen.current = open;
    if (open) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      return;
    }
    const target = opener.current;
    opener.current = null;
    // After the browser has let go of the removed element's focus.
    requestAnimationFrame(() => {
      if (focusIsLost() && !tryFocus(target)) tryFocus(fallbackRef.current?.());
    });
  });
}
