import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TimelineItem } from '../../domain/events/items';
import {
  buildStage,
  frameFor,
  frameStillValid,
  GESTURE_SLACK,
  type LayoutFrame,
  type Stage,
} from '../../domain/stage/renderStage';
import { visibleWindow, transformForWindow, type Viewport } from '../../domain/stage/viewport';
import type { ZoomController } from './zoomController';

interface StageOptions {
  controller: ZoomController;
  viewport: Viewport | null;
  /** The window to open on, from the URL; read once, when the plot is first measured. */
  initialWindow: readonly [number, number] | null;
  items: readonly TimelineItem[];
  maxDuration: number;
  laneOf: (categoryId: string) => number;
  laneCount: number;
  colorOf: (categoryId: string) => string;
  labelWidth: (title: string) => number;
  selectedId: string | null;
  focusedId: string | null;
  matches: ReadonlySet<string> | null;
}

/**
 * The render stage for the current frame, and when to make a new frame: while a gesture stays
 * inside the frame and zooms in, marks are only moved; a new frame (one React render, in which
 * marks whose place did not change are skipped) is made when it zooms out past the frame's level
 * or pans out of its window, and again when the gesture ends (`settle`).
 */
export function useStage(options: StageOptions): { stage: Stage | null; settle: () => void } {
  const { controller, viewport } = options;
  const { store } = controller;
  const [frame, setFrame] = useState<LayoutFrame | null>(null);
  const frameRef = useRef(frame);
  useEffect(() => {
    frameRef.current = frame;
  });

  // Keep the same window across resizes, and open on the URL's window the first time. The
  // transform lives in an external store, so the first frame is made only after it is set.
  const previousViewport = useRef<Viewport | null>(null);
  const initialWindow = useRef(options.initialWindow);
  useLayoutEffect(() => {
    if (!viewport) return;
    const before = previousViewport.current;
    previousViewport.current = viewport;
    const window = before ? visibleWindow(before, store.get()) : initialWindow.current;
    store.set(window ? transformForWindow(viewport, window[0], window[1]) : { k: 1, x: 0 });
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFrame(frameFor(viewport, store.get()));
  }, [viewport, store]);

  useEffect(
    () =>
      store.subscribe(() => {
        const current = frameRef.current;
        if (viewport && current && !frameStillValid(current, viewport, store.get())) {
          setFrame(frameFor(viewport, store.get(), GESTURE_SLACK));
        }
      }),
    [store, viewport],
  );

  const { items, maxDuration, laneOf, laneCount, colorOf, labelWidth } = options;
  const { selectedId, focusedId, matches } = options;
  const stage = useMemo(
    () =>
      viewport && frame
        ? buildStage({
            items,
            maxDuration,
            viewport,
            frame,
            laneOf,
            laneCount,
            colorOf,
            labelWidth,
            selectedId,
            focusedId,
            matches,
          })
        : null,
    [
      viewport,
      frame,
      items,
      maxDuration,
      laneOf,
      laneCount,
      colorOf,
      labelWidth,
      selectedId,
      focusedId,
      matches,
    ],
  );

  // A zoom that ends where the frame was made (d3-zoom taking over the transform, a click)
  // keeps the frame, and with it the layout: at 100,000 events a layout is worth skipping.
  const settle = () => {
    if (!viewport) return;
    const next = frameFor(viewport, store.get());
    setFrame((current) => (current && sameFrame(current, next) ? current : next));
  };
  return { stage, settle };
}

function sameFrame(a: LayoutFrame, b: LayoutFrame): boolean {
  return a.k === b.k && a.from === b.from && a.to === b.to;
}
