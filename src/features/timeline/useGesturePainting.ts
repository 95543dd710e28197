import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
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
import type { Language } from '../../i18n/languages';
import { useI18n } from '../../i18n/useI18n';
import type { PaintSetup } from './canvas/scene';
import { plotMetrics } from './canvas/plotMetrics';
import type { MarkRegistry } from './markRegistry';
import { createLayers, giveWay, overviewCanvas, showCanvases, takePointer } from './paintingLayers';
import type { TransformStore } from './state/transformStore';

type Painter = import('./canvas/painter').TimelinePainter;

/** How long the view rests after a painted gesture before the buttons come back. */
const REST_MS = 250;

interface GesturePaintingOptions {
  plotRef: RefObject<HTMLElement | null>;
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
 * smooth"), so the same stage is painted on a canvas instead (in a worker where the browser
 * allows), laid out again for a wider frame when the gesture zooms out of its own, with the axis
 * under it, and the overview's frame on a canvas of its own. Once the canvas holds the gesture's
 * first frame, the buttons, the axis and the overview's frame are made transparent, where they
 * stay (the buttons focusable and named), and what follows the transform in the page is held
 * still (TransformStore.hold): changing anything in the page repainted it on every frame. When
 * the gesture ends, React renders the settled stage and the axis at once and they come back in
 * place of the canvases.
 */
export function useGesturePainting(options: GesturePaintingOptions) {
  const { language } = useI18n();
  const [layers] = useState(createLayers);
  const latest = useRef({ ...options, language });
  useEffect(() => {
    latest.current = { ...options, language };
  });
  const state = useRef({
    gesture: false,
    painting: false,
    /** The buttons are transparent, the canvas showing the marks. */
    buttonsHidden: false,
    request: 0,
    frame: null as LayoutFrame | null,
    stage: null as Stage | null,
    setup: null as PaintSetup | null,
    lingering: undefined as ReturnType<typeof setTimeout> | undefined,
  });
  // A timeline gone mid-painting leaves nothing held (the store outlives it).
  useEffect(
    () => () => {
      clearTimeout(state.current.lingering);
      latest.current.store.hold(false);
    },
    [],
  );

  const painter = useRef<Painter | null>(null);

  const paint = useCallback(() => {
    const { store, viewport, registry } = latest.current;
    const s = state.current;
    s.request = 0;
    if (!painter.current || !viewport || !s.frame || !s.setup) return;
    const transform = store.get();
    if (!frameStillValid(s.frame, viewport, transform)) {
      s.frame = frameFor(viewport, transform, GESTURE_SLACK);
      s.stage = latest.current.stageFor(s.frame);
      if (s.stage) painter.current.show(s.stage, s.setup);
    }
    if (!s.stage) return painter.current.clear();
    // The ring the stylesheet draws for :focus-visible (a keyboard's focus, not a click's).
    const focused = document.activeElement;
    const focusedId = focused?.matches(':focus-visible')
      ? (s.stage.units.find((unit) => registry.element(unit.id) === focused)?.id ?? null)
      : null;
    painter.current.paint(transform, focusedId);
  }, []);

  /** A frame is on the canvas: during a gesture, what it paints gives way to it. */
  const onPainted = useCallback(() => {
    const s = state.current;
    if (!s.painting || s.buttonsHidden || !painter.current) return;
    giveWay(layers, painter.current, true);
    latest.current.store.hold(true);
    s.buttonsHidden = true;
  }, [layers]);

  // The painter's code loads after the first picture, as the gesture code does (useZoom.ts): no
  // gesture can begin before. Until it has loaded, a move moves the buttons. Once loaded, it
  // paints the settled stage once into the hidden canvas when the browser is idle (and empties it
  // again), so that the canvas has its memory and the painting code is compiled before a
  // gesture's first frame.
  useEffect(() => {
    let mounted = true;
    let cancelRehearsal = () => {};
    const rehearse = () => {
      const { stage, store } = latest.current;
      if (state.current.painting || !painter.current || !stage) return;
      const { setup } = settledPainting(latest.current, overviewCanvas(layers, painter.current));
      if (!setup) return;
      painter.current.show(stage, setup);
      painter.current.rehearse(store.get());
    };
    void import('./canvas/painter').then((module) => {
      const [plot, overview] = [layers.canvasRef.current, layers.overviewCanvasRef.current];
      if (!mounted || !plot) return;
      painter.current = module.createPainter({ plot, overview }, onPainted);
      cancelRehearsal = whenIdle(rehearse, 2000, 1000);
    });
    return () => {
      mounted = false;
      cancelRehearsal();
      painter.current?.dispose();
      painter.current = null;
    };
  }, [onPainted, layers]);

  const startPainting = useCallback(() => {
    const s = state.current;
    if (!painter.current) return;
    const settled = settledPainting(latest.current, overviewCanvas(layers, painter.current));
    if (!settled.setup || !layers.canvasRef.current) return;
    s.painting = true;
    Object.assign(s, settled);
    if (settled.stage) painter.current.show(settled.stage, settled.setup);
    showCanvases(layers, painter.current, true);
    takePointer(layers.canvasRef.current, true);
    paint();
  }, [paint, layers]);

  /** The settled stage as buttons, in place of the painting. */
  const finishPainting = useCallback(() => {
    const s = state.current;
    const { store, registry, settle } = latest.current;
    clearTimeout(s.lingering);
    s.lingering = undefined;
    s.painting = false;
    s.buttonsHidden = false;
    flushSync(() => {
      settle();
      store.hold(false);
    });
    registry.place(store.get());
    if (painter.current) {
      giveWay(layers, painter.current, false);
      showCanvases(layers, painter.current, false);
      painter.current.clear();
    }
    if (layers.canvasRef.current) takePointer(layers.canvasRef.current, false);
    [s.frame, s.stage] = [null, null];
  }, [layers]);

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
    const painting = layers.canvasRef.current;
    if (s.painting && painting) takePointer(painting, true);
  }, [layers]);

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
      const painting = layers.canvasRef.current;
      if (painting) takePointer(painting, false);
      clearTimeout(s.lingering);
      s.lingering = setTimeout(finishPainting, REST_MS);
      return;
    }
    const { store, registry, settle } = latest.current;
    settle();
    registry.place(store.get());
  }, [finishPainting, layers]);

  return { onGestureStart, onGestureEnd, ...layers };
}

/**
 * What a painting starts from: the settled stage and its frame, and the plot's lengths, fonts
 * and size, read once per gesture (reading the size on every frame forced a layout on every
 * frame). No setup before the plot is drawn and measured.
 */
function settledPainting(
  options: GesturePaintingOptions & { language: Language },
  overviewCanvas: HTMLElement | null,
): {
  frame: LayoutFrame | null;
  stage: Stage | null;
  setup: PaintSetup | null;
} {
  const { plotRef, viewport, frame, stage, font, language } = options;
  const plot = plotRef.current;
  if (!plot || !viewport) return { frame, stage, setup: null };
  const setup = {
    metrics: plotMetrics(plot),
    font,
    fontFamily: getComputedStyle(plot).fontFamily,
    language,
    viewport,
    width: plot.clientWidth,
    height: plot.clientHeight,
    ratio: window.devicePixelRatio || 1,
    overview: overviewCanvas && {
      width: overviewCanvas.clientWidth,
      height: overviewCanvas.clientHeight,
    },
  };
  return { frame, stage, setup };
}
