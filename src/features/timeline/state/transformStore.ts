import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { ZoomTransform } from '../../../domain/stage/viewport';

/**
 * The zoom transform lives here, outside React: d3-zoom writes it on every frame and only the
 * components that read it through a selector re-render, only when what they select changes, and
 * at most once per animation frame.
 */
export interface TransformStore {
  get(): ZoomTransform;
  set(transform: ZoomTransform): void;
  subscribe(listener: () => void): () => void;
  /**
   * Holds what only shows the transform (the axis and the words for the visible period, through
   * `useTransform`; the overview's frame) while a gesture is painted on canvases, which paint the
   * axis and the frame themselves: changing the page on every frame kept its styles and layers
   * busy (bench/README.md). On release they hear the transform at once, so that they are right
   * before the canvases give way to them.
   */
  hold(held: boolean): void;
  isHeld(): boolean;
  /** Listens for the release of a hold. Returns the unsubscribe. */
  onRelease(listener: () => void): () => void;
}

export function createTransformStore(initial: ZoomTransform): TransformStore {
  let current = initial;
  let held = false;
  const listeners = new Set<() => void>();
  const releaseListeners = new Set<() => void>();
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
    hold(hold) {
      if (hold === held) return;
      held = hold;
      if (!held) for (const listener of releaseListeners) listener();
    },
    isHeld: () => held,
    onRelease(listener) {
      releaseListeners.add(listener);
      return () => releaseListeners.delete(listener);
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
  const subscribe = useCallback(
    (notify: () => void) => followTransform(store, notify, window),
    [store],
  );
  return useSyncExternalStore(subscribe, getSnapshot);
}

type Frames = Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>;

/**
 * Listens to the store, calling `notify` at most once per animation frame, when the frame is
 * drawn: on a slow machine several wheel events arrive per frame, and each re-rendered the axis
 * for a picture nobody would see. Returns the unsubscribe.
 */
export function subscribeOncePerFrame(
  store: TransformStore,
  notify: () => void,
  frames: Frames,
): () => void {
  let frame = 0;
  const unsubscribe = store.subscribe(() => {
    frame ||= frames.requestAnimationFrame(() => {
      frame = 0;
      notify();
    });
  });
  return () => {
    frames.cancelAnimationFrame(frame);
    unsubscribe();
  };
}

/**
 * How what only shows the transform listens (the axis, the words for the visible period, the
 * overview's frame): at most once per animation frame, not while the store is held, and at once
 * when the hold is released. Returns the unsubscribe.
 */
export function followTransform(
  store: TransformStore,
  notify: () => void,
  frames: Frames,
): () => void {
  const stopFrames = subscribeOncePerFrame(store, () => store.isHeld() || notify(), frames);
  const stopRelease = store.onRelease(notify);
  return () => {
    stopFrames();
    stopRelease();
  };
}
