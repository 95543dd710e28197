import { useMemo } from 'react';
import type { Dataset } from '../domain/dataset/schema';
import type { EventIndex } from '../domain/events/eventIndex';
import { inCategories, searchMatches } from '../domain/events/filter';
import { neighbours } from '../domain/events/order';
import type { ViewState } from '../domain/url/viewState';
import { windowBound } from '../domain/url/windowDates';

/**
 * What the URL's state means for a loaded dataset: the lanes and events shown, the search
 * matches, the selected event and its neighbours, the open source. Ids the dataset lacks count
 * as absent here, before the app has removed them from the URL.
 */
export function useDatasetView(dataset: Dataset, index: EventIndex, state: ViewState) {
  const lanes = useMemo(() => {
    const known = dataset.categories.filter((c) => state.cat?.includes(c.id));
    return known.length ? known : dataset.categories;
  }, [dataset, state.cat]);
  const shownCategories = useMemo(() => new Set(lanes.map((c) => c.id)), [lanes]);
  const items = useMemo(
    () =>
      // Every lane shown (the usual case): the index's own list, not a copy of 100,000 items.
      lanes === dataset.categories
        ? index.model.items
        : inCategories(index.model.items, shownCategories),
    [index, lanes, dataset.categories, shownCategories],
  );
  const matches = useMemo(() => searchMatches(items, state.q), [items, state.q]);

  const selectedEvent = index.events.get(state.event ?? '') ?? null;
  const selectedId = selectedEvent?.id ?? null;
  // Previous and next follow the timeline: time order, among the categories shown.
  const around = neighbours(items, selectedId);
  const previous = around.previous ? (index.events.get(around.previous.id) ?? null) : null;
  const next = around.next ? (index.events.get(around.next.id) ?? null) : null;

  const openSource = index.sources.get(state.source ?? '') ?? null;
  return {
    lanes,
    shownCategories,
    items,
    matches,
    selectedEvent,
    selectedId,
    previous,
    next,
    openSource,
  };
}

/** The window a view state asks for, filled in from the extent where it gives one end only. */
export function requestedWindow(
  state: Pick<ViewState, 'from' | 'to'>,
  extent: readonly [number, number],
): [number, number] | null {
  const from = state.from === undefined ? undefined : windowBound(state.from, 'from');
  const to = state.to === undefined ? undefined : windowBound(state.to, 'to');
  if (from === undefined && to === undefined) return null;
  return [from ?? extent[0], to ?? extent[1]];
}
