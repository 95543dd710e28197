import { useCallback, useEffect, useMemo, useState } from 'react';
import { localizeDataset } from '../domain/dataset/localize';
import type { Dataset } from '../domain/dataset/schema';
import { indexDataset } from '../domain/events/eventIndex';
import { viewHref } from '../domain/url/links';
import { reconcileWithDataset } from '../domain/url/reconcile';
import type { UrlSnapshot, UrlStore } from '../domain/url/urlStore';
import { formatWindow } from '../domain/url/windowDates';
import { HowToRead } from '../features/timeline/components/HowToRead';
import { VisibleRange } from '../features/timeline/components/VisibleRange';
import { TimelineView } from '../features/timeline/TimelineView';
import { createZoomController } from '../features/timeline/zoomController';
import { useI18n } from '../i18n/useI18n';
// Loaded on demand, each with its own Suspense boundary.
import { CiteDialog, DetailsPanel, EventList, SourceReader, SourcesIndex } from './lazyFeatures';
import { Toolbar } from './toolbar/Toolbar';
import { requestedWindow, useDatasetView } from './useDatasetView';
import { useFollowHistory } from './useFollowHistory';

interface LoadedTimelineProps {
  dataset: Dataset;
  datasetUrl: string;
  urlStore: UrlStore;
  snapshot: UrlSnapshot;
}

/**
 * The page once a dataset is loaded: where the URL's state is routed to the views, and the one
 * place where the features meet (toolbar, timeline or list, details, reader, sources, cite).
 */
export function LoadedTimeline({
  dataset: raw,
  datasetUrl,
  urlStore,
  snapshot,
}: LoadedTimelineProps) {
  const { t, language } = useI18n();
  const { state } = snapshot;
  const dataset = useMemo(() => localizeDataset(raw, language), [raw, language]);
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const view = useDatasetView(dataset, index, state);
  const controller = useMemo(() => createZoomController(), []);
  const { update, navigate } = urlStore;

  useEffect(() => {
    document.title = t.app.pageTitle(dataset.title);
  }, [t, dataset.title]);

  // Ids and windows this dataset cannot show are dropped from the URL, with a notice.
  useEffect(() => {
    const { fixes, notices } = reconcileWithDataset(state, {
      eventIds: new Set(index.events.keys()),
      sourceIds: new Set(index.sources.keys()),
      categoryIds: new Set(index.categories.keys()),
      extent: index.model.extent,
    });
    if (notices.length === 0) return;
    urlStore.addNotices(notices);
    update(fixes);
  }, [state, index, urlStore, update]);

  // The window the page opened on; later, Back and Forward move it (useFollowHistory).
  const [initialWindow] = useState(() => requestedWindow(state, index.model.extent));
  useFollowHistory(snapshot, controller, index.model.extent);

  const onSelect = useCallback(
    (id: string | null) => {
      if (id !== (state.event ?? null)) navigate({ event: id ?? undefined, source: undefined });
    },
    [navigate, state.event],
  );
  const closeDetails = useCallback(() => {
    const id = state.event ?? '';
    navigate({ event: undefined, source: undefined });
    // Focus goes back to the event's mark (or its entry in the list).
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus(),
    );
  }, [navigate, state.event]);
  const onWindowChange = useCallback(
    (start: number, end: number, isWholeExtent: boolean, write: 'push' | 'replace') => {
      const { from, to } = isWholeExtent ? {} : formatWindow(start, end);
      urlStore.settleWindow(from, to, write);
    },
    [urlStore],
  );
  const nextMatch = () => {
    const ordered = view.items.filter((item) => view.matches?.has(item.id));
    if (ordered.length === 0) return;
    const current = ordered.findIndex((item) => item.id === view.selectedId);
    onSelect((ordered[(current + 1) % ordered.length] ?? ordered[0])!.id);
  };
  const categoryCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of index.model.items)
      counts.set(item.categoryId, (counts.get(item.categoryId) ?? 0) + 1);
    return counts;
  }, [index]);

  const [citing, setCiting] = useState(false);
  const showingSources = state.panel === 'sources';
  const overlayOpen = !!view.openSource || showingSources;
  const { selectedEvent } = view;

  return (
    // On phones the details are a bottom sheet: room below lets the page scroll out from under it.
    <div className={`flex min-h-0 flex-1 ${selectedEvent ? 'pb-[58vh] sm:pb-0' : ''}`}>
      <div className="relative flex min-w-0 flex-1 flex-col">
        <div inert={overlayOpen} className="flex min-h-0 flex-1 flex-col">
          <Toolbar
            title={dataset.title}
            eventCount={dataset.events.length}
            sourceCount={dataset.sources.length}
            onOpenSources={() => navigate({ panel: 'sources' })}
            query={state.q ?? ''}
            matchCount={view.matches?.size ?? 0}
            searchable={view.items.length}
            onQueryChange={(q) => update({ q: q || undefined })}
            onNextMatch={nextMatch}
            view={state.view}
            onViewChange={(next) => navigate({ view: next })}
            visibleRange={<VisibleRange controller={controller} />}
            howToRead={<HowToRead />}
            onZoomIn={() => controller.zoomIn()}
            onZoomOut={() => controller.zoomOut()}
            onShowAll={() => controller.showAll()}
            categories={dataset.categories}
            shownCategories={view.shownCategories}
            categoryCounts={categoryCounts}
            onCategoriesChange={(cat) => update({ cat })}
            onLanguageChange={(lang) => update({ lang })}
          />
          <main className="flex min-h-0 flex-1 flex-col">
            {state.view === 'list' && (
              <section aria-label={t.app.listRegion} className="flex min-h-0 flex-1 flex-col">
                <EventList
                  items={
                    view.matches ? view.items.filter((i) => view.matches?.has(i.id)) : view.items
                  }
                  events={index.events}
                  categories={index.categories}
                  selectedId={view.selectedId}
                  onSelect={onSelect}
                />
              </section>
            )}
            <TimelineView
              model={index.model}
              lanes={view.lanes}
              items={view.items}
              matches={view.matches}
              selectedId={view.selectedId}
              initialWindow={initialWindow}
              controller={controller}
              hidden={state.view !== 'timeline'}
              onSelect={onSelect}
              onWindowChange={onWindowChange}
              onShowAllCategories={() => update({ cat: undefined })}
            />
          </main>
        </div>
        {showingSources && !view.openSource && (
          <SourcesIndex
            dataset={dataset}
            onOpen={(id) => navigate({ source: id })}
            onClose={() => navigate({ panel: undefined })}
          />
        )}
        {view.openSource && (
          <SourceReader
            dataset={dataset}
            index={index}
            datasetUrl={datasetUrl}
            source={view.openSource}
            eventId={view.selectedId}
            onSelectEvent={(id) => id !== state.event && navigate({ event: id })}
            eventHref={(id) => viewHref(state, { event: id })}
            onClose={() => navigate({ source: undefined })}
          />
        )}
      </div>
      {selectedEvent && (
        <DetailsPanel
          index={index}
          event={selectedEvent}
          previous={view.previous}
          next={view.next}
          onSelect={onSelect}
          onClose={closeDetails}
          onReadSource={(id) => navigate({ source: id })}
          onCite={() => setCiting(true)}
        />
      )}
      {citing && selectedEvent && (
        <CiteDialog
          event={selectedEvent}
          sources={[...new Set(selectedEvent.evidence.map((e) => e.source))].flatMap(
            (id) => index.sources.get(id) ?? [],
          )}
          onClose={() => setCiting(false)}
        />
      )}
    </div>
  );
}
