import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Viewport, ZoomTransform } from '../../domain/stage/viewport';
import type { AttachedZoom, ZoomEvents } from './attachZoom';
import type { TransformStore } from './state/transformStore';

/**
 * d3-zoom on the plot (see attachZoom.ts), loaded after the first picture. Returns `zoomTo`,
 * which moves the view: through d3-zoom once it is attached, and until then (the few tens of ms
 * before its code arrives) by setting the transform at once, ending the move as d3-zoom would.
 */
export function useZoom(
  ref: RefObject<HTMLElement | null>,
  viewport: Viewport | null,
  store: TransformStore,
  events: ZoomEvents,
): (target: ZoomTransform, animate: boolean) => void {
  const attached = useRef<AttachedZoom | null>(null);
  const eventsRef = useRef(events);
  useEffect(() => {
    eventsRef.current = events;
  });

  useEffect(() => {
    const element = ref.current;
    if (!element || !viewport) return;
    let cancelled = false;
    void import('./attachZoom').then(({ attachZoom }) => {
      if (cancelled) return;
      attached.current = attachZoom(element, viewport, store, {
        onStart: () => eventsRef.current.onStart(),
        onEnd: (transform) => eventsRef.current.onEnd(transform),
      });
    });
    return () => {
      cancelled = true;
      attached.current?.detach();
      attached.current = null;
    };
  }, [ref, viewport, store]);

  return useCallback(
    (target: ZoomTransform, animate: boolean) => {
      if (attached.current) {
        attached.current.zoomTo(target, animate);
        return;
      }
      store.set(target);
      eventsRef.current.onEnd(target);
    },
    [store],
  );
}
