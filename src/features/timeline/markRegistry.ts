import type { ZoomTransform } from '../../domain/stage/viewport';
import { screenBox } from '../../domain/stage/renderStage';
import { px } from './cssLength';

/** A drawn mark and its base position and width (px at zoom 1). */
interface PlacedElement {
  element: HTMLElement;
  x: number;
  width: number;
  shape: 'point' | 'span' | 'cluster';
}

/**
 * The marks on screen, registered by each mark as it mounts and changes, so every zoom frame
 * can move them without asking React or searching the DOM.
 */
export interface MarkRegistry {
  set(id: string, placed: PlacedElement): void;
  delete(id: string): void;
  /** The element drawn for an event or cluster, if it is on screen. */
  element(id: string): HTMLElement | undefined;
  /**
   * Puts every mark where the zoom puts it. Written straight onto each element on every zoom
   * frame: through inherited custom properties the browser would restyle the whole plot each
   * frame (tens of ms for a few hundred marks), while these writes touch only what moves.
   */
  place(transform: ZoomTransform): void;
}

export function createMarkRegistry(): MarkRegistry {
  const marks = new Map<string, PlacedElement>();
  return {
    set: (id, placed) => void marks.set(id, placed),
    delete: (id) => void marks.delete(id),
    element: (id) => marks.get(id)?.element,
    place(transform) {
      for (const { element, x, width, shape } of marks.values()) {
        const box = screenBox({ x, width }, transform);
        element.style.transform = `translateX(${px(box.x)})`;
        if (shape === 'span') element.style.width = px(box.width);
        else if (shape === 'cluster') element.style.width = `calc(${px(box.width)} + var(--mark))`;
      }
    },
  };
}
