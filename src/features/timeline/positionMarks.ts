import { px } from './cssLength';

/** A drawn mark and its base position and width (px at zoom 1). */
export interface PositionedMark {
  element: HTMLElement;
  x: number;
  width: number;
  shape: 'point' | 'span' | 'cluster';
}

/** Reads the marks a render drew, once per render rather than once per frame. */
export function collectMarks(plot: HTMLElement): PositionedMark[] {
  return Array.from(plot.querySelectorAll<HTMLElement>('[data-x]'), (element) => ({
    element,
    x: Number(element.dataset.x),
    width: Number(element.dataset.w),
    shape: (element.dataset.shape ?? 'point') as PositionedMark['shape'],
  }));
}

/**
 * Puts every mark where the zoom puts it: screen x = x · k + tx, and bars as wide as their
 * period. Computed in doubles, so the numbers written stay small and exact at any zoom. Written straight onto each element on every zoom frame: through inherited custom
 * properties the browser would restyle the whole plot each frame (tens of ms for a few hundred
 * marks), while these writes touch only what moves.
 */
export function positionMarks(marks: readonly PositionedMark[], k: number, tx: number): void {
  for (const { element, x, width, shape } of marks) {
    element.style.transform = `translateX(${px(x * k + tx)})`;
    if (shape === 'span') element.style.width = px(width * k);
    else if (shape === 'cluster') element.style.width = `calc(${px(width * k)} + var(--mark))`;
  }
}
