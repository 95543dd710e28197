import { select } from 'd3-selection';
// Adds selection.transition(), used for animated zooms (d3-zoom already depends on it).
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { maxZoom, type Viewport, type ZoomTransform } from '../../domain/stage/viewport';
import type { TransformStore } from './state/transformStore';

const ANIMATION_MS = 280;

export interface AttachedZoom {
  /** Moves to a transform, animated unless the reader prefers reduced motion. */
  zoomTo(target: ZoomTransform, animate: boolean): void;
  detach(): void;
}

/**
 * Attaches d3-zoom to the plot: wheel and trackpad pinch zoom around the pointer, drag and
 * horizontal trackpad swipes pan, touch pinch zooms, double-click zooms in (shift: out). d3-zoom
 * owns the gesture; every frame's transform goes to the store, never into React state. Loaded on
 * demand (with d3 it is 17 KB): the first picture needs no gesture.
 */
export interface ZoomEvents {
  /** A gesture or an animated move begins; `onEnd` follows. */
  onStart(): void;
  onEnd(transform: ZoomTransform): void;
}

export function attachZoom(
  element: HTMLElement,
  viewport: Viewport,
  store: TransformStore,
  events: ZoomEvents,
): AttachedZoom {
  const height = Math.max(1, element.clientHeight);
  const gestures = oneGesture(events);
  const zoomBehavior = zoom<HTMLElement, unknown>()
    .extent([
      [0, 0],
      [viewport.width, height],
    ])
    .translateExtent([
      [0, 0],
      [viewport.width, height],
    ])
    .scaleExtent([1, maxZoom(viewport)])
    .clickDistance(4)
    // Horizontal swipes pan (handled below); everything else as d3-zoom does by default.
    .filter((event: Event) => {
      if (event instanceof WheelEvent) return Math.abs(event.deltaX) <= Math.abs(event.deltaY);
      const mouse = event as MouseEvent;
      return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
    })
    .on('start', () => gestures.start())
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      store.set({ k: event.transform.k, x: event.transform.x });
    })
    .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) =>
      gestures.end({ k: event.transform.k, x: event.transform.x }),
    );

  // Double-click zooms with a transition: none for readers who prefer reduced motion, also when
  // they change the setting while the page is open.
  const motion = window.matchMedia(REDUCED_MOTION);
  const setDuration = () => void zoomBehavior.duration(motion.matches ? 0 : ANIMATION_MS);
  setDuration();
  motion.addEventListener('change', setDuration);

  const selection = select(element);
  const current = store.get();
  selection
    .call(zoomBehavior)
    .call(zoomBehavior.transform, zoomIdentity.translate(current.x, 0).scale(current.k));
  // d3-zoom blocks all touch scrolling; let vertical swipes scroll the lanes.
  element.style.touchAction = 'pan-y';

  const onHorizontalWheel = (event: WheelEvent) => {
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    zoomBehavior.translateBy(selection, -event.deltaX / store.get().k, 0);
  };
  element.addEventListener('wheel', onHorizontalWheel, { passive: false });

  return {
    zoomTo(target, animate) {
      const transform = zoomIdentity.translate(target.x, 0).scale(target.k);
      if (animate && !prefersReducedMotion()) {
        selection.transition().duration(ANIMATION_MS).call(zoomBehavior.transform, transform);
      } else {
        selection.call(zoomBehavior.transform, transform);
      }
    },
    detach() {
      element.removeEventListener('wheel', onHorizontalWheel);
      motion.removeEventListener('change', setDuration);
      selection.on('.zoom', null);
    },
  };
}

/**
 * d3-zoom runs a gesture per input, and they overlap: a drag begun while a wheel gesture winds
 * down (d3 ends it 150 ms after the last wheel event) would end mid-drag. The timeline sees one
 * gesture, from the first start to the last end.
 */
export function oneGesture(events: ZoomEvents) {
  let active = 0;
  return {
    start() {
      if (active++ === 0) events.onStart();
    },
    end(transform: ZoomTransform) {
      active = Math.max(0, active - 1);
      if (active === 0) events.onEnd(transform);
    },
  };
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function prefersReducedMotion(): boolean {
  return window.matchMedia(REDUCED_MOTION).matches;
}
