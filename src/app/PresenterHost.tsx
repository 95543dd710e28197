import { lazy, Suspense, useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Category } from '../domain/dataset/schema';
import type { EventIndex } from '../domain/events/eventIndex';
import type { TimelineItem } from '../domain/events/items';
import type { ViewState } from '../domain/url/viewState';
import { presentationSlides, slidePosition } from '../features/present/slides';
import { Overview } from '../features/timeline/components/Overview';
import type { ZoomController } from '../features/timeline/zoomController';
import { requestedWindow } from './useDatasetView';

const PresenterView = lazy(() =>
  import('../features/present/PresenterView').then((m) => ({ default: m.PresenterView })),
);

interface PresenterHostProps {
  index: EventIndex;
  datasetTitle: string;
  state: ViewState;
  /** The categories shown and their events, as the timeline has them. */
  lanes: readonly Category[];
  items: readonly TimelineItem[];
  controller: ZoomController;
  onShow: (eventId: string) => void;
  /** Leaves presenter mode on this event. */
  onLeave: (eventId: string | undefined) => void;
}

/**
 * Where presenter mode meets the page: the slides the URL asks for, `event=` kept on the current
 * one, the timeline's window moved along with it, and the timeline's overview strip with the
 * event marked. The presenter itself loads only when it is first used.
 */
export function PresenterHost({
  index,
  datasetTitle,
  state,
  lanes,
  items,
  controller,
  onShow,
  onLeave,
}: PresenterHostProps) {
  const { tour, q, from, to, event } = state;
  const shownCategories = useMemo(() => new Set(lanes.map((c) => c.id)), [lanes]);
  const slides = useMemo(
    () =>
      presentationSlides(index.model.items, index.items, {
        tour,
        categories: shownCategories,
        query: q,
        window: requestedWindow({ from, to }, index.model.extent) ?? undefined,
      }),
    [index, tour, shownCategories, q, from, to],
  );
  const position = slidePosition(slides, event);
  const current = slides[position] ?? null;

  // `event=` follows the slide, so that a reload resumes on it.
  useEffect(() => {
    if (current && current.id !== event) onShow(current.id);
  }, [current, event, onShow]);
  // So does the timeline's window, so that leaving presenter mode shows this event.
  useEffect(() => {
    if (current) controller.bringIntoView(current.start, current.end);
  }, [current, controller]);

  const viewport = useSyncExternalStore(controller.subscribeViewport, controller.viewport);
  const laneIndex = useMemo(() => new Map(lanes.map((c, i) => [c.id, i])), [lanes]);
  const laneOf = useCallback((id: string) => laneIndex.get(id) ?? 0, [laneIndex]);
  const colorOf = useCallback(
    (id: string) => lanes[laneIndex.get(id) ?? -1]?.color ?? '#57534e',
    [lanes, laneIndex],
  );

  return (
    <Suspense fallback={null}>
      <PresenterView
        key={state.play}
        index={index}
        datasetTitle={datasetTitle}
        slides={slides}
        position={position}
        playSeconds={state.play}
        overview={
          viewport && (
            <Overview
              items={items}
              laneOf={laneOf}
              laneCount={lanes.length}
              colorOf={colorOf}
              viewport={viewport}
              store={controller.store}
              marked={current}
            />
          )
        }
        onShow={onShow}
        onLeave={() => onLeave(current?.id)}
      />
    </Suspense>
  );
}
