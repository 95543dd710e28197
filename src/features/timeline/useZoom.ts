import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Viewport, ZoomTransform } from '../../domain/stage/viewport';
import type { AttachedZoom } from './attachZoom';
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
  onEnd: (transform: ZoomTransform) => void,
): (target: ZoomTransform, animate: boolean) => void {
  const attached = useRef<AttachedZoom | null>(null);
  const onEndRef = useRef(onEnd);
  useEffect(() => {
    onEndRef.current = onEnd;
  });

  useEffect(() => {
    const element = ref.current;
    if (!element || !viewport) return;
    let cancelled = false;
    void import('./attachZoom').then(({ attachZoom }) => {
      if (cancelled) return;
      attached.current = attachZoom(element, viewport, store, (transform) =>
        onEndRef.current(transform),
      );
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
      onEndRef.current(target);
    },
    [store],
  );
}
