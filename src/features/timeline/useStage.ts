import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TimelineItem } from '../../domain/events/items';
import {
  buildStage,
  frameFor,
  showsMark,
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

export interface StageState {
  /** The stage the buttons show, and the frame it was laid out for. */
  stage: Stage | null;
  frame: LayoutFrame | null;
  /** The stage of the same events for another frame (for painting during a gesture). */
  stageFor: (frame: LayoutFrame) => Stage | null;
  /** A new frame for the transform where a gesture ended: one React render. */
  settle: () => void;
}

/**
 * The render stage that the buttons show, laid out for a frame made when the view settles (on
 * load, on a resize, at the end of each zoom or pan). During a gesture the buttons keep this
 * stage; the gesture painter lays out frames of its own with `stageFor` (useGesturePainting).
 */
export function useStage(options: StageOptions): StageState {
  const { controller, viewport } = options;
  const { store } = controller;
  const [frame, setFrame] = useState<LayoutFrame | null>(null);

  // The layout keeps the focused event drawn (pinned), so that a keyboard can move to one folded
  // into a cluster or outside the frame, and zooming out never folds away the focused button.
  // Within a frame, focus moving to an event the stage already shows as a mark needs no new
  // layout, so a click on a mark (which focuses it) costs none; every new frame pins the focus.
  const [focusPin, setFocusPin] = useState<string | null>(null);
  const latestFocus = useRef(options.focusedId);
  useEffect(() => {
    latestFocus.current = options.focusedId;
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
    setFocusPin(latestFocus.current);
  }, [viewport, store]);

  const { items, maxDuration, laneOf, laneCount, colorOf, labelWidth } = options;
  const { selectedId, focusedId, matches } = options;
  const stageFor = useCallback(
    (target: LayoutFrame) =>
      viewport
        ? buildStage({
            items,
            maxDuration,
            viewport,
            frame: target,
            laneOf,
            laneCount,
            colorOf,
            labelWidth,
            selectedId,
            focusedId: focusPin,
            matches,
          })
        : null,
    [
      viewport,
      items,
      maxDuration,
      laneOf,
      laneCount,
      colorOf,
      labelWidth,
      selectedId,
      focusPin,
      matches,
    ],
  );
  const stage = useMemo(() => (frame ? stageFor(frame) : null), [frame, stageFor]);
  // Set while rendering (React renders again at once, before anything is drawn), so that the
  // focused event's button exists in the same commit as the focus moved to it.
  if (focusedId && focusedId !== focusPin && stage && !showsMark(stage, focusedId))
    setFocusPin(focusedId);

  // A zoom that ends where the frame was made (d3-zoom taking over the transform, a click)
  // keeps the frame, and with it the layout: at 100,000 events a layout is worth skipping.
  const settle = () => {
    if (!viewport) return;
    const next = frameFor(viewport, store.get());
    if (frame && sameFrame(frame, next)) return;
    setFrame(next);
    setFocusPin(latestFocus.current);
  };
  return { stage, frame, stageFor, settle };
}

function sameFrame(a: LayoutFrame, b: LayoutFrame): boolean {
  return a.k === b.k && a.from === b.from && a.to === b.to;
}
