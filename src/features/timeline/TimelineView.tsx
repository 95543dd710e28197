import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Dataset } from '../../domain/dataset/schema';
import { Axis, VisibleRange } from './components/Axis';
import { HowToRead } from './components/HowToRead';
import { Legend } from './components/Legend';
import { ClusterMark, EventMark } from './components/Marks';
import { Overview } from './components/Overview';
import { SearchBox } from './components/SearchBox';
import { ViewToggle } from './components/ViewToggle';
import { ZoomControls } from './components/ZoomControls';
import { EventList } from '../list/EventList';
import { createLabelMeasurer } from './labelWidth';
import { itemsInWindow, matchesQuery, type TimelineItem, type TimelineModel } from '../../domain/events/items';
import { layoutTimeline } from '../../domain/stage/layout';
import {
  baseX,
  centreOn,
  transformForWindow,
  visibleWindow,
  zoomAround,
  type Viewport,
  type ZoomTransform,
} from '../../domain/stage/viewport';
import { innerWindow } from '../../domain/url/viewState';
import { createTransformStore } from './state/transformStore';
import { collectMarks, positionMarks, type PositionedMark } from './positionMarks';
import { useElementWidth } from '../../components/useElementWidth';
import { useZoom } from './useZoom';
import './timeline.css';

export interface TimelineViewProps {
  /** The page heading, shown at the start of the toolbar. */
  heading: ReactNode;
  dataset: Dataset;
  model: TimelineModel;
  shownCategories: ReadonlySet<string>;
  query: string;
  selectedId: string | null;
  /** The window to open on, from the URL. */
  initialWindow: [number, number] | null;
  onSelect: (id: string | null) => void;
  onWindowChange: (start: number, end: number, isWholeExtent: boolean) => void;
  onCategoriesChange: (shown: string[] | undefined) => void;
  onQueryChange: (query: string) => void;
  view: 'timeline' | 'list';
  onViewChange: (view: 'timeline' | 'list') => void;
}

/**
 * The labels and clusters are laid out for a "frame": a zoom level and a window wider than the
 * screen. While a gesture stays inside the frame and zooms in, marks are only moved (see
 * positionMarks.ts); a new frame (one React render, in which marks whose place did not change
 * are skipped) is made when it zooms out past the frame's level or pans out of its window, and
 * again when the gesture ends.
 */
interface LayoutFrame {
  k: number;
  from: number;
  to: number;
}

/** During a gesture, lay out for a wider view so zooming out does not relayout at every step. */
const GESTURE_SLACK = 2;
/** Zooming in keeps labels apart, so a gesture relayouts only after this much (to show more). */
const ZOOM_IN_RELAYOUT = 8;

function frameFor(viewport: Viewport, transform: ZoomTransform, slack: number): LayoutFrame {
  const [start, end] = visibleWindow(viewport, transform);
  const margin = (end - start) * 0.5 * slack;
  const from = start - margin;
  return { k: transform.k / slack, from, to: end + margin };
}

function frameStillValid(
  frame: LayoutFrame,
  viewport: Viewport,
  transform: ZoomTransform,
): boolean {
  const [start, end] = visibleWindow(viewport, transform);
  return (
    transform.k >= frame.k &&
    transform.k < frame.k * ZOOM_IN_RELAYOUT &&
    start >= frame.from &&
    end <= frame.to
  );
}

const KEY_STEPS: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ' ': 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
};

export function TimelineView({
  heading,
  dataset,
  model,
  shownCategories,
  query,
  selectedId,
  initialWindow,
  onSelect,
  onWindowChange,
  onCategoriesChange,
  onQueryChange,
  view,
  onViewChange,
}: TimelineViewProps) {
  const plotRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLSpanElement>(null);
  const width = useElementWidth(plotRef);
  const [font, setFont] = useState('13px sans-serif');
  const store = useMemo(() => createTransformStore({ k: 1, x: 0 }), []);
  const viewport = useMemo<Viewport | null>(
    () => (width > 0 ? { extent: model.extent, width } : null),
    [model.extent, width],
  );

  // The label font grows on a projector-sized screen: measure it again when the plot resizes.
  useEffect(() => {
    if (probeRef.current) setFont(getComputedStyle(probeRef.current).font);
  }, [width]);
  const measure = useMemo(() => createLabelMeasurer(font), [font]);

  const [frame, setFrame] = useState<LayoutFrame | null>(null);
  const frameRef = useRef(frame);

  const marksRef = useRef<PositionedMark[]>([]);
  const applyTransform = useCallback(() => {
    const current = frameRef.current;
    if (!current) return;
    const { k, x } = store.get();
    positionMarks(marksRef.current, k, x);
  }, [store]);

  // After every render: find the marks drawn and place them before the browser paints.
  useLayoutEffect(() => {
    frameRef.current = frame;
    marksRef.current = plotRef.current ? collectMarks(plotRef.current) : [];
    applyTransform();
  });

  // Keep the same window across resizes, and open on the URL's window the first time. The
  // transform lives in an external store, so the first frame can only be made after it is set.
  const previousViewport = useRef<Viewport | null>(null);
  const initialWindowRef = useRef(initialWindow);
  useLayoutEffect(() => {
    if (!viewport) return;
    const before = previousViewport.current;
    previousViewport.current = viewport;
    const window = before ? visibleWindow(before, store.get()) : initialWindowRef.current;
    store.set(window ? transformForWindow(viewport, window[0], window[1]) : { k: 1, x: 0 });
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFrame(frameFor(viewport, store.get(), 1));
  }, [viewport, store]);

  useEffect(
    () =>
      store.subscribe(() => {
        applyTransform();
        const current = frameRef.current;
        if (viewport && current && !frameStillValid(current, viewport, store.get())) {
          setFrame(frameFor(viewport, store.get(), GESTURE_SLACK));
        }
      }),
    [store, viewport, applyTransform],
  );

  const onZoomEnd = useCallback(
    (transform: ZoomTransform) => {
      if (!viewport) return;
      setFrame(frameFor(viewport, transform, 1));
      const [start, end] = visibleWindow(viewport, transform);
      onWindowChange(start, end, transform.k <= 1.0001);
    },
    [viewport, onWindowChange],
  );
  const zoomTo = useZoom(plotRef, viewport, store, onZoomEnd);

  // Lanes: the categories shown, in the dataset's order.
  const lanes = useMemo(
    () => dataset.categories.filter((c) => shownCategories.has(c.id)),
    [dataset, shownCategories],
  );
  const laneIndex = useMemo(() => new Map(lanes.map((c, i) => [c.id, i])), [lanes]);
  const colors = useMemo(() => new Map(dataset.categories.map((c) => [c.id, c.color])), [dataset]);
  const laneOf = useCallback(
    (item: TimelineItem) => laneIndex.get(item.categoryId) ?? 0,
    [laneIndex],
  );
  const colorOf = useCallback(
    (item: TimelineItem) => colors.get(item.categoryId) ?? '#57534e',
    [colors],
  );

  const shownItems = useMemo(
    () => model.items.filter((item) => shownCategories.has(item.categoryId)),
    [model, shownCategories],
  );
  const eventsById = useMemo(() => new Map(dataset.events.map((e) => [e.id, e])), [dataset]);
  const categoriesById = useMemo(
    () => new Map(dataset.categories.map((c) => [c.id, c])),
    [dataset],
  );
  const shownById = useMemo(() => new Map(shownItems.map((item) => [item.id, item])), [shownItems]);
  const counts = useMemo(() => {
    const byCategory = new Map<string, number>();
    for (const item of model.items)
      byCategory.set(item.categoryId, (byCategory.get(item.categoryId) ?? 0) + 1);
    return byCategory;
  }, [model]);
  const matches = useMemo(
    () =>
      query.trim()
        ? new Set(shownItems.filter((item) => matchesQuery(item, query)).map((i) => i.id))
        : null,
    [shownItems, query],
  );

  const [focusedId, setFocusedId] = useState<string | null>(null);
  const pinned = useMemo(
    () => new Set([selectedId, focusedId].filter((id): id is string => !!id)),
    [selectedId, focusedId],
  );

  const layout = useMemo(() => {
    if (!viewport || !frame) return null;
    const inWindow = itemsInWindow(shownItems, model.maxDuration, frame.from, frame.to);
    // The selected and focused events are always drawn, even outside the window.
    const extra = [...pinned].flatMap((id) => {
      const item = shownById.get(id);
      return item && (item.end <= frame.from || item.start >= frame.to) ? [item] : [];
    });
    const visible = extra.length
      ? [...inWindow, ...extra].sort((a, b) => a.start - b.start)
      : inWindow;
    return layoutTimeline(visible, {
      x: (time) => baseX(viewport, time) * frame.k,
      laneOf,
      laneCount: lanes.length,
      labelWidth: (item) => measure(item.title),
      pinned,
    });
  }, [
    viewport,
    frame,
    shownItems,
    shownById,
    model.maxDuration,
    pinned,
    laneOf,
    lanes.length,
    measure,
  ]);

  // Vertical positions, in CSS units so that the projector's larger type scales them.
  const laneTops = useMemo(() => {
    const tracksIn = (lane: number) => layout?.tracksPerLane[lane] ?? 1;
    const tracksBefore = lanes.map((_, lane) =>
      lanes.slice(0, lane).reduce((sum, _c, i) => sum + tracksIn(i), 0),
    );
    return tracksBefore.map((before, lane) => ({
      top: `calc(var(--axis-h) + ${lane} * var(--lane-label-h) + ${before} * var(--track-h))`,
      tracksBefore: before,
    }));
  }, [lanes, layout]);
  const totalTracks = (layout?.tracksPerLane ?? []).reduce((sum, n) => sum + n, 0) || lanes.length;
  const plotHeight = `calc(var(--axis-h) + ${lanes.length} * var(--lane-label-h) + ${totalTracks} * var(--track-h) + 0.5rem)`;
  const trackTop = (lane: number, track: number) =>
    `calc(var(--axis-h) + ${lane + 1} * var(--lane-label-h) + ${(laneTops[lane]?.tracksBefore ?? 0) + track} * var(--track-h) + 0.15rem)`;

  // Which mark takes Tab: the focused one, else the selected one, else the first drawn.
  const tabbableId =
    (focusedId && pinned.has(focusedId) && focusedId) ||
    (selectedId && shownItems.some((i) => i.id === selectedId) && selectedId) ||
    layout?.units.find((u) => u.type === 'mark')?.item.id ||
    null;

  const showItem = useCallback(
    (item: TimelineItem, animate = true) => {
      if (!viewport) return;
      const [start, end] = visibleWindow(viewport, store.get());
      const margin = (end - start) * 0.05;
      if (item.start >= start + margin && item.start <= end - margin) return;
      zoomTo(
        centreOn(
          viewport,
          store.get(),
          (item.start + Math.min(item.end, item.start + (end - start) / 2)) / 2,
        ),
        animate,
      );
    },
    [viewport, store, zoomTo],
  );

  // Bring the selected event into view when it changes (a click, search, the URL, Back).
  const selected = useMemo(
    () => model.items.find((i) => i.id === selectedId) ?? null,
    [model, selectedId],
  );
  useEffect(() => {
    if (selected && viewport) showItem(selected, false);
    // Only when the selection changes, not on every zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, viewport === null]);

  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const element = plotRef.current?.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(id)}"]`,
    );
    if (element) {
      pendingFocus.current = null;
      element.focus({ preventScroll: true });
    }
  });

  const moveFocus = (item: TimelineItem) => {
    pendingFocus.current = item.id;
    setFocusedId(item.id);
    showItem(item);
  };

  const zoomBy = (factor: number) => {
    if (viewport) zoomTo(zoomAround(viewport, store.get(), factor, viewport.width / 2));
  };
  const showAll = () => zoomTo({ k: 1, x: 0 });

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (view !== 'timeline') return;
    if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey)
      return;
    if ((event.target as HTMLElement).closest('[role="slider"], details')) return;
    const step = KEY_STEPS[event.key];
    if (step !== undefined || event.key === 'Home' || event.key === 'End') {
      if (
        event.key === ' ' &&
        (event.target as HTMLElement).tagName === 'BUTTON' &&
        !(event.target as HTMLElement).dataset.eventId
      )
        return;
      if (shownItems.length === 0) return;
      event.preventDefault();
      const currentId = focusedId ?? selectedId;
      const index = shownItems.findIndex((i) => i.id === currentId);
      const next =
        event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? shownItems.length - 1
            : index === -1
              ? firstVisibleIndex()
              : Math.min(shownItems.length - 1, Math.max(0, index + (step ?? 0)));
      moveFocus(shownItems[next] as TimelineItem);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      zoomBy(2);
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      zoomBy(0.5);
    } else if (event.key === '0') {
      event.preventDefault();
      showAll();
    } else if (event.key === 'Escape' && selectedId) {
      event.preventDefault();
      onSelect(null);
    }
  };

  const firstVisibleIndex = () => {
    if (!viewport) return 0;
    const [start] = visibleWindow(viewport, store.get());
    const index = shownItems.findIndex((i) => i.end > start);
    return index === -1 ? 0 : index;
  };

  const nextMatch = () => {
    if (!matches || matches.size === 0) return;
    const ordered = shownItems.filter((i) => matches.has(i.id));
    const current = ordered.findIndex((i) => i.id === selectedId);
    const next = ordered[(current + 1) % ordered.length] as TimelineItem;
    onSelect(next.id);
  };

  const toggleCategory = (id: string) => {
    const next = dataset.categories
      .map((c) => c.id)
      .filter((c) => (c === id ? !shownCategories.has(c) : shownCategories.has(c)));
    onCategoriesChange(next.length === dataset.categories.length ? undefined : next);
  };

  const zoomToCluster = useCallback(
    (clusterId: string) => {
      const cluster = layout?.units.find((u) => u.type === 'cluster' && u.id === clusterId);
      if (!viewport || cluster?.type !== 'cluster') return;
      const span = Math.max(cluster.end - cluster.start, 1);
      zoomTo(transformForWindow(viewport, cluster.start - span * 0.15, cluster.end + span * 0.15));
    },
    [layout, viewport, zoomTo],
  );
  const onFocusMark = useCallback((id: string) => setFocusedId(id), []);
  const onActivate = useCallback((id: string) => onSelect(id), [onSelect]);

  return (
    <section
      aria-label={view === 'timeline' ? 'Timeline' : 'Events'}
      className="flex min-h-0 flex-1 flex-col"
      onKeyDown={onKeyDown}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2">
        {heading}
        <SearchBox
          query={query}
          matchCount={matches?.size ?? 0}
          total={shownItems.length}
          onChange={onQueryChange}
          onNext={nextMatch}
        />
        <div className="ml-auto flex flex-wrap items-center justify-end gap-2">
          {view === 'timeline' && viewport && <VisibleRange viewport={viewport} store={store} />}
          {view === 'timeline' && (
            <ZoomControls
              onZoomIn={() => zoomBy(2)}
              onZoomOut={() => zoomBy(0.5)}
              onShowAll={showAll}
            />
          )}
          <ViewToggle view={view} onChange={onViewChange} />
          {view === 'timeline' && <HowToRead />}
        </div>
      </div>
      <div className="px-4 pb-2">
        <Legend
          categories={dataset.categories}
          shown={shownCategories}
          counts={counts}
          onToggle={toggleCategory}
          onShowAll={() => onCategoriesChange(undefined)}
        />
      </div>
      {view === 'list' && (
        <EventList
          items={matches ? shownItems.filter((item) => matches.has(item.id)) : shownItems}
          events={eventsById}
          categories={categoriesById}
          selectedId={selectedId}
          onSelect={onActivate}
        />
      )}
      <div className="tl-frame flex min-h-0 overflow-y-auto px-4" hidden={view !== 'timeline'}>
        <div
          aria-hidden="true"
          className="relative hidden w-44 shrink-0 sm:block"
          style={{ height: plotHeight }}
        >
          {lanes.map((category, lane) => (
            <div
              key={category.id}
              className="absolute inset-x-0 flex items-start gap-1.5 border-t border-stone-300 pt-1 pr-2 text-xs leading-[1.15] font-semibold whitespace-nowrap text-stone-800"
              style={{ top: laneTops[lane]?.top }}
            >
              <span
                className="mt-1 inline-block size-2.5 shrink-0 rounded-full"
                style={{ background: category.color }}
              />
              <span className="truncate" title={category.label}>
                {category.label}
              </span>
            </div>
          ))}
        </div>
        <div
          ref={plotRef}
          className="tl-plot min-w-0 flex-1 rounded-md border border-stone-300 bg-stone-50"
          style={{ height: plotHeight }}
        >
          <span ref={probeRef} className="tl-label invisible" aria-hidden="true" />
          {viewport && <Axis viewport={viewport} store={store} />}
          {lanes.map((category, lane) => (
            <div
              key={category.id}
              aria-hidden="true"
              className="pointer-events-none absolute inset-x-0 border-t border-stone-200"
              style={{ top: laneTops[lane]?.top }}
            >
              <span className="ml-1 inline-flex items-center gap-1 text-xs font-semibold text-stone-800 sm:hidden">
                <span
                  className="inline-block size-2 rounded-full"
                  style={{ background: category.color }}
                />
                {category.label}
              </span>
            </div>
          ))}
          {layout?.units.map((unit) => {
            const top = trackTop(unit.lane, unit.track);
            if (unit.type === 'cluster') {
              const x0 = viewport ? baseX(viewport, unit.start) : 0;
              const x1 = viewport ? baseX(viewport, unit.end) : 0;
              return (
                <ClusterMark
                  key={unit.id}
                  id={unit.id}
                  count={unit.items.length}
                  rangeLabel={rangeLabel(unit.start, unit.end)}
                  x={x0}
                  width={x1 - x0}
                  top={top}
                  color={colorOf(unit.items[0] as TimelineItem)}
                  dimmed={!!matches && !unit.items.some((i) => matches.has(i.id))}
                  onZoomTo={zoomToCluster}
                />
              );
            }
            const { item } = unit;
            const x0 = viewport ? baseX(viewport, item.start) : 0;
            const x1 = viewport ? baseX(viewport, item.end) : 0;
            return (
              <EventMark
                key={item.id}
                item={item}
                label={unit.label}
                x={x0}
                width={x1 - x0}
                top={top}
                color={colorOf(item)}
                selected={item.id === selectedId}
                dimmed={!!matches && !matches.has(item.id)}
                tabbable={item.id === tabbableId}
                onActivate={onActivate}
                onFocusMark={onFocusMark}
              />
            );
          })}
          {lanes.length === 0 && (
            <p className="absolute inset-x-0 top-12 text-center text-stone-700">
              No category is shown. Choose one above, or{' '}
              <button
                type="button"
                className="font-medium text-blue-800 underline"
                onClick={() => onCategoriesChange(undefined)}
              >
                show all categories
              </button>
              .
            </p>
          )}
          {lanes.length > 0 && model.items.length === 0 && (
            <p className="absolute inset-x-0 top-12 text-center text-stone-700">
              This dataset has no events.
            </p>
          )}
        </div>
      </div>
      {view === 'timeline' && viewport && (
        <div className="px-4 pb-2 sm:pl-48">
          <Overview
            items={shownItems}
            laneOf={laneOf}
            laneCount={lanes.length}
            colorOf={colorOf}
            viewport={viewport}
            store={store}
            onSetWindow={(start, end, animate) =>
              zoomTo(transformForWindow(viewport, start, end), animate)
            }
          />
        </div>
      )}
    </section>
  );
}

/** The years a cluster spans, from its own bounds (a cluster may hold 100,000 items). */
function rangeLabel(start: number, end: number): string {
  const [first, last] = innerWindow(start, end).map((t) => new Date(t).getUTCFullYear());
  return first === last ? String(first) : `${first} to ${last}`;
}
