import { useEffect, useRef, type Ref, type RefObject } from 'react';
import { useElementWidth } from '../../../components/useElementWidth';
import { yearRangeWords } from '../../../domain/dates/dateWords';
import { utcYear } from '../../../domain/dates/time';
import type { TimelineItem } from '../../../domain/events/items';
import { overviewRuns } from '../../../domain/stage/overviewRuns';
import {
  overviewFrame,
  stripX,
  visibleWindow,
  type Viewport,
} from '../../../domain/stage/viewport';
import { useI18n } from '../../../i18n/useI18n';
import { followTransform, type TransformStore } from '../state/transformStore';

interface OverviewProps {
  items: readonly TimelineItem[];
  laneOf: (categoryId: string) => number;
  laneCount: number;
  colorOf: (categoryId: string) => string;
  viewport: Viewport;
  store: TransformStore;
  /** Moves the plot's window with the frame. Without it the strip is a picture, with no frame. */
  onSetWindow?: (start: number, end: number, animate: boolean) => void;
  /** A span to point out, such as presenter mode's current event. */
  marked?: { start: number; end: number } | null;
  /**
   * For the timeline's gesture painting (useGesturePainting.ts): where it puts the canvas it
   * paints the frame on during a gesture, and the frame, which it makes transparent meanwhile.
   */
  paintingRef?: Ref<HTMLDivElement>;
  frameRef?: RefObject<HTMLDivElement | null>;
}

const HEIGHT = 40;

/**
 * The whole span in miniature, with the visible window as a draggable frame: drag it to pan,
 * press elsewhere to jump there, or focus it and use the arrow keys. A marked span stands out
 * by shape, not colour alone: a dark outline from top to bottom with a notch above it.
 */
export function Overview({
  items,
  laneOf,
  laneCount,
  colorOf,
  viewport,
  store,
  onSetWindow,
  marked,
  paintingRef,
  frameRef: givenFrameRef,
}: OverviewProps) {
  const stripRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const ownFrameRef = useRef<HTMLDivElement>(null);
  const frameRef = givenFrameRef ?? ownFrameRef;
  const { t, language } = useI18n();
  const width = useElementWidth(stripRef);
  const [extentStart, extentEnd] = viewport.extent;
  // The strip maps the whole extent onto its own width: one pair of conversions for all uses.
  const toTime = (x: number) => extentStart + (x / width) * (extentEnd - extentStart);
  const toX = (time: number) => stripX(viewport, width, time);
  const toXRef = useRef(toX);
  useEffect(() => {
    toXRef.current = toX;
  });

  // A canvas: every event's span by lane, painted as merged pixel runs (cheap for 100,000).
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = width * ratio;
    canvas.height = HEIGHT * ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, HEIGHT);
    const laneHeight = (HEIGHT - 6) / Math.max(1, laneCount);
    const toX = toXRef.current;
    const runs = overviewRuns(
      items,
      {
        lane: (item) => laneOf(item.categoryId),
        x0: (item) => toX(item.start),
        x1: (item) => toX(item.end),
      },
      laneCount,
      width,
    );
    const laneCategory = new Map<number, string>();
    for (const item of items) {
      if (laneCategory.size === laneCount) break;
      laneCategory.set(laneOf(item.categoryId), item.categoryId);
    }
    for (const run of runs) {
      context.fillStyle = colorOf(laneCategory.get(run.lane) ?? '');
      context.fillRect(
        run.from,
        3 + run.lane * laneHeight,
        run.to - run.from,
        Math.max(1.5, laneHeight - 1),
      );
    }
  }, [items, laneOf, laneCount, colorOf, width, extentStart, extentEnd]);

  // The frame follows the zoom by direct style writes, outside React, once per animation frame
  // (several wheel events may come in one), its value written only when its years change. While
  // a gesture is painted, the painter draws the frame on its canvas here, and this one waits.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || width === 0) return;
    const place = () => {
      const { x, width: frameWidth, start, end } = overviewFrame(viewport, store.get(), width);
      frame.style.transform = `translateX(${x}px)`;
      frame.style.width = `${frameWidth}px`;
      const [a, b] = [utcYear(start), utcYear(end - 1)];
      const words = yearRangeWords(a, b, language);
      if (frame.getAttribute('aria-valuetext') === words) return;
      frame.setAttribute('aria-valuenow', String(a));
      frame.setAttribute('aria-valuetext', words);
    };
    place();
    return followTransform(store, place, window);
  }, [store, viewport, width, language, frameRef]);

  const drag = useRef<{ offset: number; span: number } | null>(null);

  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    if (width === 0 || !onSetWindow) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const pointer = toTime(event.clientX - rect.left);
    const [start, end] = visibleWindow(viewport, store.get());
    const span = end - start;
    const inside = pointer >= start && pointer <= end;
    drag.current = { offset: inside ? pointer - start : span / 2, span };
    if (!inside) onSetWindow(pointer - span / 2, pointer + span / 2, false);
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: React.PointerEvent<HTMLDivElement>) => {
    if (!drag.current || !onSetWindow) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const start = toTime(event.clientX - rect.left) - drag.current.offset;
    onSetWindow(start, start + drag.current.span, false);
  };
  const endDrag = () => {
    drag.current = null;
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const [start, end] = visibleWindow(viewport, store.get());
    const span = end - start;
    const step = { ArrowLeft: -0.1, ArrowRight: 0.1, PageUp: -1, PageDown: 1 }[event.key];
    if (step === undefined || !onSetWindow) return;
    event.preventDefault();
    event.stopPropagation();
    onSetWindow(start + step * span, end + step * span, false);
  };

  return (
    <div
      ref={stripRef}
      className="relative mt-2 h-10 touch-none rounded border border-stone-300 bg-white select-none"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    >
      <canvas
        ref={canvasRef}
        aria-hidden="true"
        className="absolute inset-0 h-10 w-full"
        style={{ width, height: HEIGHT }}
      />
      {onSetWindow && (
        <div
          ref={frameRef}
          role="slider"
          tabIndex={0}
          aria-label={t.timeline.visiblePeriod}
          aria-valuemin={utcYear(extentStart)}
          aria-valuemax={utcYear(extentEnd)}
          aria-orientation="horizontal"
          onKeyDown={onKeyDown}
          className="absolute top-0 left-0 h-full cursor-grab rounded border-2 border-stone-700 bg-stone-900/5"
        />
      )}
      {onSetWindow && paintingRef && (
        <div ref={paintingRef} className="tl-canvas" aria-hidden="true" />
      )}
      {marked && width > 0 && (
        <div
          aria-hidden="true"
          className="absolute -top-1.5 -bottom-0.5 rounded-sm border-[3px] border-stone-950 bg-stone-950/10 before:absolute before:-top-1 before:left-1/2 before:-translate-x-1/2 before:border-x-[6px] before:border-t-[6px] before:border-x-transparent before:border-t-stone-950"
          style={{
            left: toX(marked.start) - 4,
            width: Math.max(8, toX(marked.end) - toX(marked.start) + 8),
          }}
        />
      )}
    </div>
  );
}
