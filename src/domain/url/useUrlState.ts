import { useSyncExternalStore } from 'react';
import type { UrlSnapshot, UrlStore } from './urlStore';

/** The URL's view state, re-rendering when it changes (by the app or by Back and Forward). */
export function useUrlSnapshot(store: UrlStore): UrlSnapshot {
  return useSyncExternalStore(store.subscribe, store.get);
}
