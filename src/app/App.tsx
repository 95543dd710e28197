import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../domain/dataset/schema';
import { datasetQueryOptions } from '../domain/dataset/queries';
import { buildTimelineModel } from '../domain/events/items';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { SourceReader } from '../features/reader/SourceReader';
import { SourcesIndex } from '../features/sources/SourcesIndex';
import { TimelineView } from '../features/timeline/TimelineView';
import { useUrlState } from '../domain/url/useUrlState';
import { formatWindow, windowBound, type ViewState } from '../domain/url/viewState';
import { DatasetError } from './DatasetError';
import { DEFAULT_DATASET, resolveDatasetUrl } from './datasetUrl';
import { Notices } from './Notices';

function datasetUrlFor(requested: string | undefined): { url: string; notice?: string } {
  const fallback = resolveDatasetUrl(DEFAULT_DATASET, window.location.href);
  if (!fallback.ok) throw new Error('The default dataset URL cannot be resolved.');
  if (requested === undefined) return { url: fallback.url };
  const resolved = resolveDatasetUrl(requested, window.location.href);
  return resolved.ok
    ? { url: resolved.url }
    : { url: fallback.url, notice: `The dataset parameter was ignored: ${resolved.reason}.` };
}

export function App() {
  const url = useUrlState();
  const { url: datasetUrl, notice: datasetNotice } = useMemo(
    () => datasetUrlFor(url.state.dataset),
    [url.state.dataset],
  );
  const query = useQuery(datasetQueryOptions(datasetUrl));
  const notices = datasetNotice ? [datasetNotice, ...url.notices] : url.notices;

  useEffect(() => {
    document.title = query.data ? `${query.data.title} — timeline` : 'Timeline';
  }, [query.data]);

  return (
    <div className="flex min-h-screen flex-col bg-stone-100 text-stone-900 sm:h-dvh sm:min-h-0">
      <Notices notices={notices} onDismiss={url.dismissNotices} />
      {query.isPending && (
        <p role="status" className="p-8 text-lg">
          Loading the timeline…
        </p>
      )}
      {query.isError && <DatasetError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && <LoadedTimeline dataset={query.data} datasetUrl={datasetUrl} url={url} />}
    </div>
  );
}

function LoadedTimeline({
  dataset,
  datasetUrl,
  url,
}: {
  dataset: Dataset;
  datasetUrl: string;
  url: ReturnType<typeof useUrlState>;
}) {
  const { state, update, navigate, updateWindow, addNotices } = url;
  const model = useMemo(() => buildTimelineModel(dataset), [dataset]);

  // Ids in the URL that this dataset does not have are dropped with a notice, once.
  const checked = useRef(false);
  useEffect(() => {
    if (checked.current) return;
    checked.current = true;
    const fixes: Partial<ViewState> = {};
    const notices: string[] = [];
    if (state.event && !dataset.events.some((e) => e.id === state.event)) {
      notices.push(`There is no event "${state.event}" in this dataset.`);
      fixes.event = undefined;
    }
    const unknown = (state.cat ?? []).filter((id) => !dataset.categories.some((c) => c.id === id));
    if (unknown.length) {
      notices.push(
        `Ignored unknown categor${unknown.length > 1 ? 'ies' : 'y'} ${unknown.map((id) => `"${id}"`).join(', ')}.`,
      );
      const known = (state.cat ?? []).filter((id) => !unknown.includes(id));
      fixes.cat = known.length ? known : undefined;
    }
    if (state.source && !dataset.sources.some((s) => s.id === state.source)) {
      notices.push(`There is no source "${state.source}" in this dataset.`);
      fixes.source = undefined;
    }
    if (notices.length) {
      addNotices(notices);
      update(fixes);
    }
  }, [dataset, state, update, addNotices]);

  const shownCategories = useMemo(() => {
    const known = (state.cat ?? []).filter((id) => dataset.categories.some((c) => c.id === id));
    return new Set(state.cat && known.length ? known : dataset.categories.map((c) => c.id));
  }, [state.cat, dataset]);

  const initialWindow = useMemo<[number, number] | null>(() => {
    const from = state.from ? windowBound(state.from, 'from') : undefined;
    const to = state.to ? windowBound(state.to, 'to') : undefined;
    if (from === undefined && to === undefined) return null;
    return [from ?? model.extent[0], to ?? model.extent[1]];
    // Only the URL at load time opens the view; later the view writes the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model]);

  const selectedId =
    state.event && dataset.events.some((e) => e.id === state.event) ? state.event : null;
  const selectedEvent = dataset.events.find((e) => e.id === selectedId) ?? null;

  /** Selecting from the timeline or the panel closes the reader; from the reader it stays. */
  const onSelect = useCallback(
    (id: string | null) => {
      if (id === (state.event ?? null)) return;
      navigate({ event: id ?? undefined, source: undefined });
    },
    [navigate, state.event],
  );
  const onSelectInReader = useCallback(
    (id: string) => {
      if (id !== state.event) navigate({ event: id });
    },
    [navigate, state.event],
  );
  const closeDetails = useCallback(() => {
    const id = state.event;
    onSelect(null);
    // Focus goes back to the event's mark, where the reader was.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id ?? '')}"]`)?.focus(),
    );
  }, [onSelect, state.event]);

  // Previous and next follow the timeline: time order, among the categories shown.
  const shownInOrder = useMemo(
    () => model.items.filter((i) => shownCategories.has(i.categoryId)).map((i) => i.id),
    [model, shownCategories],
  );
  const eventsById = useMemo(() => new Map(dataset.events.map((e) => [e.id, e])), [dataset]);
  const position = selectedId ? shownInOrder.indexOf(selectedId) : -1;
  const previous =
    position > 0 ? (eventsById.get(shownInOrder[position - 1] as string) ?? null) : null;
  const next =
    position !== -1 && position < shownInOrder.length - 1
      ? (eventsById.get(shownInOrder[position + 1] as string) ?? null)
      : null;

  const openSource = dataset.sources.find((s) => s.id === state.source) ?? null;
  const [showingSources, setShowingSources] = useState(false);
  const overlayOpen = !!openSource || showingSources;

  const onWindowChange = useCallback(
    (start: number, end: number, isWholeExtent: boolean) => {
      if (isWholeExtent) updateWindow(undefined, undefined);
      else {
        const { from, to } = formatWindow(start, end);
        updateWindow(from, to);
      }
    },
    [updateWindow],
  );

  return (
    // On phones the details are a bottom sheet: room below lets the page scroll out from under it.
    <main className={`flex min-h-0 flex-1 ${selectedEvent ? 'pb-[58vh] sm:pb-0' : ''}`}>
      <div className="relative flex min-w-0 flex-1 flex-col">
        <div inert={overlayOpen} className="flex min-h-0 flex-1 flex-col">
          <TimelineView
            heading={
              <header className="flex flex-wrap items-baseline gap-x-3">
                <h1 className="text-2xl font-bold">{dataset.title}</h1>
                <p className="text-stone-700">
                  {dataset.events.length} events ·{' '}
                  <button
                    type="button"
                    onClick={() => setShowingSources(true)}
                    className="font-medium text-blue-800 underline"
                  >
                    {dataset.sources.length} sources
                  </button>
                </p>
              </header>
            }
            dataset={dataset}
            model={model}
            shownCategories={shownCategories}
            query={state.q ?? ''}
            selectedId={selectedId}
            initialWindow={initialWindow}
            onSelect={onSelect}
            onWindowChange={onWindowChange}
            onCategoriesChange={(cat) => update({ cat })}
            onQueryChange={(q) => update({ q: q || undefined })}
            view={state.view}
            onViewChange={(view) => update({ view })}
          />
        </div>
        {showingSources && !openSource && (
          <SourcesIndex
            dataset={dataset}
            onOpen={(id) => navigate({ source: id })}
            onClose={() => setShowingSources(false)}
          />
        )}
        {openSource && (
          <SourceReader
            dataset={dataset}
            datasetUrl={datasetUrl}
            source={openSource}
            eventId={selectedId}
            onSelectEvent={onSelectInReader}
            onClose={() => update({ source: undefined })}
          />
        )}
      </div>
      {selectedEvent && (
        <DetailsPanel
          dataset={dataset}
          event={selectedEvent}
          previous={previous}
          next={next}
          onSelect={onSelect}
          onClose={closeDetails}
          onReadSource={(id) => navigate({ source: id })}
        />
      )}
    </main>
  );
}
