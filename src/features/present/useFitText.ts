import { useLayoutEffect, type RefObject } from 'react';

/** The smallest the slide's type may shrink to, as a share of its full size. */
const SMALLEST = 0.5;

/**
 * Large type that never spills: sets the box's `--fit` (the slide's type scale) to the largest
 * value, from 1 down to 0.5, at which its content fits without scrolling, by bisection. Fits
 * again when the box resizes (a projector, a rotated phone) or the content changes.
 */
export function useFitText(boxRef: RefObject<HTMLElement | null>, contentKey: string) {
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const fits = (scale: number) => {
      box.style.setProperty('--fit', String(scale));
      return box.scrollHeight <= box.clientHeight + 1;
    };
    const fit = () => {
      if (fits(1)) return;
      let [low, high] = [SMALLEST, 1];
      for (let step = 0; step < 7; step++) {
        const middle = (low + high) / 2;
        if (fits(middle)) low = middle;
        else high = middle;
      }
      fits(low);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [boxRef, contentKey]);
}
