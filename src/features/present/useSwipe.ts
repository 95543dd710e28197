import { useRef, type TouchEvent } from 'react';

/** How far a finger must travel sideways, in CSS pixels, to turn a slide. */
const SWIPE_DISTANCE = 50;

/**
 * A sideways swipe on a touch screen: left for next, right for previous. Mostly-vertical moves
 * are left to scrolling.
 */
export function useSwipe(onSwipe: (direction: 'next' | 'previous') => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onTouchStart(event: TouchEvent) {
      const touch = event.touches[0];
      start.current =
        event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
    },
    onTouchEnd(event: TouchEvent) {
      const touch = event.changedTouches[0];
      const from = start.current;
      start.current = null;
      if (!from || !touch) return;
      const dx = touch.clientX - from.x;
      const dy = touch.clientY - from.y;
      if (Math.abs(dx) >= SWIPE_DISTANCE && Math.abs(dx) > 1.5 * Math.abs(dy))
        onSwipe(dx < 0 ? 'next' : 'previous');
    },
  };
}
