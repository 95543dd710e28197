import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { localizeDataset } from '../domain/dataset/localize';
import type { Dataset } from '../domain/dataset/schema';
import { indexDataset } from '../domain/events/eventIndex';
import { absoluteViewUrl, viewHref } from '../domain/url/links';
import { reconcileWithDataset } from '../domain/url/reconcile';
import type { UrlSnapshot, UrlStore } from '../domain/url/urlStore';
import { HowToRead } from '../features/timeline/components/HowToRead';
import { VisibleRange } from '../features/timeline/components/VisibleRange';
import { TimelineView } from '../features/timeline/TimelineView';
import { createZoomController } from '../features/timeline/zoomController';
import { useI18n } from '../i18n/useI18n';
import { ExportControls } from './ExportControls';
// Loaded on demand, each with its own Suspense boundary.
import { CiteDialog, DetailsPanel, EventList, SourceReader, SourcesIndex } from './lazyFeatures';
import { PresenterHost } from './PresenterHost';
import { Toolbar } from './toolbar/Toolbar';
import { requestedWindow, useDatasetView } from './useDatasetView';
import { useFollowHistory } from './useFollowHistory';
import { usePresenterUrl } from './usePresenterUrl';

// Only some pages embed or share: their parts load when first used.
const EmbedHeader = lazy(() => import('./EmbedHeader').then((m) => ({ default: m.EmbedHeader })));
const ShareDialog = lazy(() =>
  import('../features/share/ShareDialog').then((m) => ({ default: m.ShareDialog })),
);

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
  const presenting = !!state.present;
  const presenter = usePresenterUrl(urlStore, presenting);
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

  // The screen's label size, for pictures of the view (default: 0.8125rem).
  const labelSize = useRef(13);
  const onLabelSize = useCallback((px: number) => void (labelSize.current = px), []);

  const [citing, setCiting] = useState(false);
  const [sharing, setSharing] = useState(false);
  // While presenting, the slides cover the page: no panels, and nothing under them to focus.
  const showingSources = state.panel === 'sources' && !presenting;
  const openSource = presenting ? null : view.openSource;
  const overlayOpen = !!openSource || showingSources || presenting;
  const selectedEvent = presenting ? null : view.selectedEvent;
  const zoom = {
    onZoomIn: () => controller.zoomIn(),
    onZoomOut: () => controller.zoomOut(),
    onShowAll: () => controller.showAll(),
  };

  return (
    // On phones the details are a bottom sheet: room below lets the page scroll out from under it.
    <div className={`relative flex min-h-0 flex-1 ${selectedEvent ? 'pb-[58vh] sm:pb-0' : ''}`}>
      <div className="relative flex min-w-0 flex-1 flex-col">
        <div inert={overlayOpen} className="flex min-h-0 flex-1 flex-col">
          {state.embed ? (
            <Suspense fallback={<div className="h-10" />}>
              <EmbedHeader
                title={dataset.title}
                fullViewUrl={absoluteViewUrl(window.location.href, state, { embed: undefined })}
                zoom={state.view === 'timeline' ? zoom : null}
                onPresent={presenter.enter}
              />
            </Suspense>
          ) : (
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
              {...zoom}
              categories={dataset.categories}
              shownCategories={view.shownCategories}
              categoryCounts={categoryCounts}
              onCategoriesChange={(cat) => update({ cat })}
              onLanguageChange={(lang) => update({ lang })}
              onPresent={presenter.enter}
              onShare={() => setSharing(true)}
              exportControls={
                <ExportControls
                  {...{ dataset, index, view, state, controller, labelSize }}
                  timeline={state.view === 'timeline'}
                />
              }
            />
          )}
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
              hidden={state.view !== 'timeline' && !presenting}
              onSelect={onSelect}
              onWindowChange={presenter.onWindowChange}
              onShowAllCategories={() => update({ cat: undefined })}
              onLabelSize={onLabelSize}
            />
          </main>
        </div>
        {showingSources && !openSource && (
          <SourcesIndex
            dataset={dataset}
            onOpen={(id) => navigate({ source: id })}
            onClose={() => navigate({ panel: undefined })}
          />
        )}
        {openSource && (
          <SourceReader
            dataset={dataset}
            index={index}
            datasetUrl={datasetUrl}
            source={openSource}
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
          datasetUrl={datasetUrl}
          event={selectedEvent}
          previous={view.previous}
          next={view.next}
          onSelect={onSelect}
          onClose={closeDetails}
          onReadSource={(id) => navigate({ source: id })}
          onCite={() => setCiting(true)}
        />
      )}
      {presenting && (
        <PresenterHost
          index={index}
          datasetTitle={dataset.title}
          state={state}
          lanes={view.lanes}
          items={view.items}
          controller={controller}
          onShow={presenter.show}
          onLeave={presenter.leave}
        />
      )}
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog
            state={state}
            datasetTitle={dataset.title}
            onClose={() => setSharing(false)}
          />
        </Suspense>
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
