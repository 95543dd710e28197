import { useSyncExternalStore } from 'react';

/** Whether a media query matches now, re-rendering when it starts or stops matching. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

/**
 * A phone-sized screen (under Tailwind's `sm`, 40rem): the overlays cover the whole page, the
 * details sheet included, so all of that is made inert while one is open.
 */
export const NARROW_SCREEN = '(max-width: 39.99rem)';
