import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { ZoomTransform } from '../../../domain/stage/viewport';

/**
 * The zoom transform lives here, outside React: d3-zoom writes it on every frame and only the
 * components that read it through a selector re-render, and only when what they select changes.
 */
export interface TransformStore {
  get(): ZoomTransform;
  set(transform: ZoomTransform): void;
  subscribe(listener: () => void): () => void;
}

export function createTransformStore(initial: ZoomTransform): TransformStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(transform) {
      if (transform.k === current.k && transform.x === current.x) return;
      current = transform;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useTransform<T>(
  store: TransformStore,
  select: (transform: ZoomTransform) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const cache = useRef<{ transform: ZoomTransform; select: unknown; value: T } | null>(null);
  const getSnapshot = useCallback(() => {
    const transform = store.get();
    const cached = cache.current;
    // A new selector (another viewport, another language) must select again.
    if (cached && cached.transform === transform && cached.select === select) return cached.value;
    const value = select(transform);
    if (cached && isEqual(cached.value, value)) {
      cache.current = { transform, select, value: cached.value };
      return cached.value;
    }
    cache.current = { transform, select, value };
    return value;
  }, [store, select, isEqual]);
  return useSyncExternalStore(store.subscribe, getSnapshot);
}
