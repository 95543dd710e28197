import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useElementWidth } from '../../components/useElementWidth';
import type { Category } from '../../domain/dataset/schema';
import type { TimelineItem, TimelineModel } from '../../domain/events/items';
import { tabbableMark, tracksAbove, unitsOnScreen } from '../../domain/stage/renderStage';
import { visibleWindow, type Viewport, type ZoomTransform } from '../../domain/stage/viewport';
import { useI18n } from '../../i18n/useI18n';
import { Axis } from './components/Axis';
import { LaneGutter, LaneRules } from './components/Lanes';
import { ClusterMark, EventMark } from './components/Marks';
import { Overview } from './components/Overview';
import { createLabelMeasurer } from './labelWidth';
import { createMarkRegistry } from './markRegistry';
import { useGesturePainting } from './useGesturePainting';
import { useStage } from './useStage';
import { useTimelineKeys } from './useTimelineKeys';
import { useZoom } from './useZoom';
import type { WindowWrite, ZoomController } from './zoomController';
import './timeline.css';

export interface TimelineViewProps {
  model: TimelineModel;
  /** The categories shown, in the dataset's order: one lane each. */
  lanes: readonly Category[];
  /** The events of those categories, in time order. */
  items: readonly TimelineItem[];
  /** Every event's item by id, whatever its category. */
  itemsById: ReadonlyMap<string, TimelineItem>;
  /** Ids of the categories shown (the lanes'). */
  shownCategories: ReadonlySet<string>;
  /** Ids matching the search (the others are dimmed), or null without a search. */
  matches: ReadonlySet<string> | null;
  selectedId: string | null;
  /** The window to open on, from the URL. */
  initialWindow: readonly [number, number] | null;
  controller: ZoomController;
  hidden: boolean;
  onSelect: (id: string | null) => void;
  /** A zoom or pan has settled on this window (the whole extent when `isWholeExtent`). */
  onWindowChange: (
    start: number,
    end: number,
    isWholeExtent: boolean,
    write: Exclude<WindowWrite, 'none'>,
  ) => void;
  onShowAllCategories: () => void;
  /** The labels' font size in px, whenever it is measured (a picture of the view uses it). */
  onLabelSize?: (px: number) => void;
}

/** Vertical positions are CSS lengths, so that the projector's larger type scales them. */
const laneTop = (lane: number, tracksBefore: number) =>
  `calc(var(--axis-h) + ${lane} * var(--lane-label-h) + ${tracksBefore} * var(--track-h))`;

/** The zoomable timeline: lanes of marks over an axis, and the overview strip under them. */
export function TimelineView({
  model,
  lanes,
  items,
  itemsById,
  shownCategories,
  matches,
  selectedId,
  initialWindow,
  controller,
  hidden,
  onSelect,
  onWindowChange,
  onShowAllCategories,
  onLabelSize,
}: TimelineViewProps) {
  const { t } = useI18n();
  const plotRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLSpanElement>(null);
  const width = useElementWidth(plotRef);
  const viewport = useMemo<Viewport | null>(
    () => (width > 0 ? { extent: model.extent, width } : null),
    [model.extent, width],
  );
  const registry = useMemo(() => createMarkRegistry(), []);

  // The label font grows on a projector-sized screen: measure it again when the plot resizes,
  // before the first layout is drawn (a layout effect), so that one layout serves.
  const [font, setFont] = useState('13px sans-serif');
  useLayoutEffect(() => {
    if (!probeRef.current) return;
    const style = getComputedStyle(probeRef.current);
    setFont(style.font);
    onLabelSize?.(parseFloat(style.fontSize));
  }, [width, onLabelSize]);
  const labelWidth = useMemo(() => createLabelMeasurer(font), [font]);

  const laneIndex = useMemo(() => new Map(lanes.map((c, i) => [c.id, i])), [lanes]);
  const laneOf = useCallback((id: string) => laneIndex.get(id) ?? 0, [laneIndex]);
  const colorOf = useCallback(
    (id: string) => lanes[laneIndex.get(id) ?? -1]?.color ?? '#57534e',
    [lanes, laneIndex],
  );

  const keys = useTimelineKeys({ items, selectedId, controller, registry, onSelect });
  const { stage, frame, stageFor, settle } = useStage({
    controller,
    viewport,
    initialWindow,
    items,
    maxDuration: model.maxDuration,
    laneOf,
    laneCount: lanes.length,
    colorOf,
    labelWidth,
    selectedId,
    focusedId: keys.focusedId,
    matches,
  });

  // Zoom frames move the marks, or paint them during a gesture; after every render, the marks
  // just drawn are placed too (useGesturePainting).
  const { store } = controller;
  // The page's layers that a gesture paints on canvases, and where the canvases go.
  const { onGestureStart, onGestureEnd, marksRef, axisRef, canvasRef, ...overview } =
    useGesturePainting({
      plotRef,
      store,
      viewport,
      stage,
      frame,
      stageFor,
      registry,
      font,
      settle,
    });

  // Where a gesture began: one that ends there (a click on the plot or a mark) changes no window,
  // and writing it anyway pushed a history step that Back had to undo for nothing.
  const gestureFrom = useRef<ZoomTransform | null>(null);
  const onZoomStart = useCallback(() => {
    gestureFrom.current = store.get();
    onGestureStart();
  }, [store, onGestureStart]);
  const onZoomEnd = useCallback(
    (transform: ZoomTransform) => {
      onGestureEnd();
      const write = controller.takeEndWrite();
      const from = gestureFrom.current;
      gestureFrom.current = null;
      if (!viewport || write === 'none') return;
      if (from && from.k === transform.k && from.x === transform.x) return;
      const [start, end] = visibleWindow(viewport, transform);
      onWindowChange(start, end, transform.k <= 1.0001, write);
    },
    [onGestureEnd, viewport, controller, onWindowChange],
  );
  const zoomTo = useZoom(plotRef, viewport, store, { onStart: onZoomStart, onEnd: onZoomEnd });
  useLayoutEffect(
    () => (viewport ? controller.attach(viewport, zoomTo) : undefined),
    [controller, viewport, zoomTo],
  );

  // Bring the selected event into view when it changes (a click, search, the URL, Back).
  // Looked up in the dataset's index, not a map of the shown items built at every filter.
  const shownItem = useCallback(
    (id: string) => {
      const item = itemsById.get(id);
      return item && shownCategories.has(item.categoryId) ? item : undefined;
    },
    [itemsById, shownCategories],
  );
  const selected = (selectedId && shownItem(selectedId)) || null;
  useEffect(() => {
    if (selected && viewport)
      controller.bringIntoView(selected.start, selected.end, { animate: false });
    // Only when the selection changes, not on every zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, viewport === null]);

  const tabbableId = stage ? tabbableMark(stage, keys.focusedId) : null;
  // Buttons for what is on screen when the view settles (a gesture is painted meanwhile).
  const buttons = useMemo(
    () =>
      stage && viewport
        ? unitsOnScreen(stage.units, store.get(), viewport.width, [
            tabbableId,
            keys.focusedId,
            selectedId,
          ])
        : [],
    [stage, viewport, store, tabbableId, keys.focusedId, selectedId],
  );
  const tracksPerLane = stage?.tracksPerLane ?? lanes.map(() => 1);
  const before = tracksAbove(tracksPerLane);
  const tops = lanes.map((_, lane) => laneTop(lane, before[lane] ?? 0));
  const totalTracks = tracksPerLane.reduce((sum, n) => sum + n, 0) || lanes.length;
  const plotHeight = `calc(${laneTop(lanes.length, totalTracks)} + 0.5rem)`;
  const trackTop = (lane: number, track: number) =>
    `calc(${laneTop(lane + 1, (before[lane] ?? 0) + track)} + 0.15rem)`;
  // A mark reached from the keyboard (Tab, the skip link) is brought into view if it lies
  // beyond an edge, where its focus ring would be cut off. Not for a click, which may be a drag.
  const { setFocusedId } = keys;
  const onFocusMark = useCallback(
    (id: string) => {
      setFocusedId(id);
      const item = shownItem(id);
      if (item && document.activeElement?.matches(':focus-visible'))
        controller.bringIntoView(item.start, item.end);
    },
    [setFocusedId, shownItem, controller],
  );
  const onZoomToSpan = useCallback(
    (start: number, end: number) => {
      const span = Math.max(end - start, 1);
      controller.showWindow(start - span * 0.15, end + span * 0.15);
    },
    [controller],
  );

  return (
    <section
      aria-label={t.timeline.region}
      hidden={hidden}
      className="flex min-h-0 flex-1 flex-col"
      onKeyDown={keys.onKeyDown}
    >
      <div className="tl-frame flex min-h-0 overflow-y-auto px-4">
        <LaneGutter lanes={lanes} tops={tops} height={plotHeight} />
        <div
          ref={plotRef}
          className="tl-plot min-w-0 flex-1 rounded-md border border-stone-300 bg-stone-50"
          style={{ height: plotHeight }}
        >
          <span ref={probeRef} className="tl-label invisible" aria-hidden="true" />
          {viewport && <Axis ref={axisRef} viewport={viewport} store={store} />}
          <LaneRules lanes={lanes} tops={tops} />
          <div ref={marksRef} className="tl-marks">
            {buttons.map((unit) =>
              unit.type === 'cluster' ? (
                <ClusterMark
                  key={unit.id}
                  unit={unit}
                  top={trackTop(unit.lane, unit.track)}
                  registry={registry}
                  onZoomTo={onZoomToSpan}
                />
              ) : (
                <EventMark
                  key={unit.id}
                  unit={unit}
                  top={trackTop(unit.lane, unit.track)}
                  registry={registry}
                  tabbable={unit.id === tabbableId}
                  onActivate={onSelect}
                  onFocusMark={onFocusMark}
                />
              ),
            )}
          </div>
          <div ref={canvasRef} className="tl-canvas" aria-hidden="true" />
          {lanes.length === 0 && (
            <p className="absolute inset-x-0 top-12 text-center text-stone-700">
              {t.timeline.noCategoryShown}{' '}
              <button
                type="button"
                className="font-medium text-blue-800 underline"
                onClick={onShowAllCategories}
              >
                {t.timeline.showAllCategories}
              </button>
            </p>
          )}
          {lanes.length > 0 && model.items.length === 0 && (
            <p className="absolute inset-x-0 top-12 text-center text-stone-700">
              {t.timeline.noEvents}
            </p>
          )}
        </div>
      </div>
      {viewport && (
        <div className="px-4 pb-2 sm:pl-48">
          <Overview
            items={items}
            laneOf={laneOf}
            laneCount={lanes.length}
            colorOf={colorOf}
            viewport={viewport}
            store={store}
            paintingRef={overview.overviewCanvasRef}
            frameRef={overview.overviewFrameRef}
            onSetWindow={(start, end, animate) => controller.showWindow(start, end, { animate })}
          />
        </div>
      )}
    </section>
  );
}
