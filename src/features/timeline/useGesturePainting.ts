import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import {
  frameFor,
  frameStillValid,
  GESTURE_SLACK,
  type LayoutFrame,
  type Stage,
} from '../../domain/stage/renderStage';
import { whenIdle } from '../../components/whenIdle';
import type { Viewport } from '../../domain/stage/viewport';
import type { PlotMetrics } from './canvas/unitBoxes';
import type { MarkRegistry } from './markRegistry';
import type { TransformStore } from './state/transformStore';

type Painter = typeof import('./canvas/painter');

/** How long the view rests after a painted gesture before the buttons come back. */
const REST_MS = 250;

interface GesturePaintingOptions {
  plotRef: RefObject<HTMLElement | null>;
  marksRef: RefObject<HTMLElement | null>;
  canvasRef: RefObject<HTMLCanvasElement | null>;
  store: TransformStore;
  viewport: Viewport | null;
  /** The stage the buttons show, its frame, and layouts of the same events for other frames. */
  stage: Stage | null;
  frame: LayoutFrame | null;
  stageFor: (frame: LayoutFrame) => Stage | null;
  registry: MarkRegistry;
  font: string;
  /** A new frame for where the gesture ended (useStage's `settle`). */
  settle: () => void;
}

/**
 * How the marks follow a zoom or pan. Between moves the marks are buttons, placed by the mark
 * registry. During a gesture (from d3-zoom's start to its end) moving hundreds of buttons on
 * every frame costs more style and layout work than a frame has (README.md, "How zooming stays
 * smooth"), so from the gesture's first frame the buttons are made transparent, where they stay
 * (and stay focusable and named), and the same stage is painted on a canvas instead, laid out
 * again for a wider frame when the gesture zooms out of its own. When the gesture ends, React
 * renders the settled stage at once and the buttons come back in place of the canvas.
 */
export function useGesturePainting(options: GesturePaintingOptions) {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const state = useRef({
    gesture: false,
    painting: false,
    request: 0,
    frame: null as LayoutFrame | null,
    stage: null as Stage | null,
    metrics: null as PlotMetrics | null,
    size: [0, 0] as [number, number],
    lingering: undefined as ReturnType<typeof setTimeout> | undefined,
  });
  useEffect(() => () => clearTimeout(state.current.lingering), []);

  const painter = useRef<Painter | null>(null);

  const paint = useCallback(() => {
    const { canvasRef, store, viewport, registry, font } = latest.current;
    const s = state.current;
    s.request = 0;
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    const draw = painter.current;
    if (!draw || !canvas || !context || !viewport || !s.frame || !s.metrics) return;
    const transform = store.get();
    if (!frameStillValid(s.frame, viewport, transform)) {
      s.frame = frameFor(viewport, transform, GESTURE_SLACK);
      s.stage = latest.current.stageFor(s.frame);
    }
    const ratio = window.devicePixelRatio || 1;
    const [width, height] = s.size;
    if (
      canvas.width !== Math.round(width * ratio) ||
      canvas.height !== Math.round(height * ratio)
    ) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    if (!s.stage) return;
    const { metrics } = s;
    // The ring the stylesheet draws for :focus-visible (a keyboard's focus, not a click's).
    const focused = document.activeElement;
    const focusedId = focused?.matches(':focus-visible')
      ? (s.stage.units.find((unit) => registry.element(unit.id) === focused)?.id ?? null)
      : null;
    draw.paintUnits(context, draw.unitBoxes(s.stage, transform, metrics, width), {
      metrics,
      font,
      focusedId,
    });
  }, []);

  // The painter's code loads after the first picture, as the gesture code does (useZoom.ts): no
  // gesture can begin before. Until it has loaded, a move moves the buttons. Once loaded, it
  // paints the settled stage once into the hidden canvas when the browser is idle, so that the
  // canvas has its memory and the painting code is compiled before a gesture's first frame.
  useEffect(() => {
    let mounted = true;
    let cancelRehearsal = () => {};
    const rehearse = () => {
      const s = state.current;
      const { plotRef, stage, frame } = latest.current;
      const draw = painter.current;
      if (s.painting || !draw || !plotRef.current || !stage || !frame) return;
      Object.assign(s, settledPainting(draw, plotRef.current, frame, stage));
      paint();
      [s.frame, s.stage] = [null, null];
    };
    void import('./canvas/painter').then((module) => {
      if (!mounted) return;
      painter.current = module;
      cancelRehearsal = whenIdle(rehearse, 2000, 1000);
    });
    return () => {
      mounted = false;
      cancelRehearsal();
    };
  }, [paint]);

  const startPainting = useCallback(() => {
    const s = state.current;
    const { plotRef, marksRef, canvasRef, stage, frame } = latest.current;
    const draw = painter.current;
    if (!draw || !plotRef.current || !marksRef.current || !canvasRef.current) return;
    s.painting = true;
    Object.assign(s, settledPainting(draw, plotRef.current, frame, stage));
    canvasRef.current.style.visibility = 'visible';
    marksRef.current.style.opacity = '0';
    takePointer(canvasRef.current, true);
    paint();
  }, [paint]);

  /** The settled stage as buttons, in place of the painting. */
  const finishPainting = useCallback(() => {
    const s = state.current;
    const { store, registry, marksRef, canvasRef, settle } = latest.current;
    clearTimeout(s.lingering);
    s.lingering = undefined;
    s.painting = false;
    flushSync(settle);
    registry.place(store.get());
    if (marksRef.current) marksRef.current.style.opacity = '';
    if (canvasRef.current) {
      canvasRef.current.style.visibility = 'hidden';
      takePointer(canvasRef.current, false);
    }
    [s.frame, s.stage] = [null, null];
  }, []);

  // Every change of the transform: the buttons move, or the next frame is painted.
  useEffect(() => {
    const { store, registry } = options;
    return store.subscribe(() => {
      const s = state.current;
      if (s.gesture && painter.current) {
        if (!s.request) s.request = requestAnimationFrame(s.painting ? paint : startPainting);
        return;
      }
      if (s.painting) finishPainting();
      registry.place(store.get());
    });
  }, [options.store, options.registry, paint, startPainting, finishPainting]); // eslint-disable-line react-hooks/exhaustive-deps

  // After every render the buttons just drawn are placed, unless they are hidden by a painting.
  useLayoutEffect(() => {
    if (!state.current.painting) options.registry.place(options.store.get());
  });

  const onGestureStart = useCallback(() => {
    const s = state.current;
    s.gesture = true;
    // A gesture that resumes (the next flick of a wheel) goes on painting.
    clearTimeout(s.lingering);
    s.lingering = undefined;
    const canvas = latest.current.canvasRef.current;
    if (s.painting && canvas) takePointer(canvas, true);
  }, []);

  /**
   * The gesture has ended: a new frame for where it ended. After a painted gesture the buttons
   * come back only once the view has rested a moment, so that a wheel turned in bursts does
   * not lay out and restyle every button between bursts.
   */
  const onGestureEnd = useCallback(() => {
    const s = state.current;
    s.gesture = false;
    if (s.request) cancelAnimationFrame(s.request);
    s.request = 0;
    if (s.painting) {
      const canvas = latest.current.canvasRef.current;
      if (canvas) takePointer(canvas, false);
      clearTimeout(s.lingering);
      s.lingering = setTimeout(finishPainting, REST_MS);
      return;
    }
    const { store, registry, settle } = latest.current;
    settle();
    registry.place(store.get());
  }, [finishPainting]);

  return { onGestureStart, onGestureEnd };
}

/**
 * While a gesture is painted, the canvas takes the pointer: every wheel and mouse move is hit
 * tested, and the browser stops at the canvas on top instead of testing each transparent button
 * under it (4–20 ms per wheel event at 1,000 events, bench/README.md). Between gestures (and
 * while the painting lingers) the buttons take clicks again.
 */
function takePointer(canvas: HTMLCanvasElement, take: boolean) {
  canvas.style.pointerEvents = take ? 'auto' : '';
}

/**
 * What a painting starts from: the settled stage and its frame, and the plot's lengths and size,
 * read once per gesture (reading the size on every frame forced a layout on every frame).
 */
function settledPainting(
  draw: Painter,
  plot: HTMLElement,
  frame: LayoutFrame | null,
  stage: Stage | null,
) {
  return {
    frame,
    stage,
    metrics: draw.plotMetrics(plot),
    size: [plot.clientWidth, plot.clientHeight] as [number, number],
  };
}
