import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { localizeDataset } from '../domain/dataset/localize';
import type { Dataset } from '../domain/dataset/schema';
import { indexDataset, type EventIndex } from '../domain/events/eventIndex';
import { absoluteViewUrl, viewHref } from '../domain/url/links';
import { reconcileWithDataset } from '../domain/url/reconcile';
import type { UrlSnapshot, UrlStore } from '../domain/url/urlStore';
import { TimelineView } from '../features/timeline/TimelineView';
import { createZoomController } from '../features/timeline/zoomController';
import { useI18n } from '../i18n/useI18n';
// Loaded on demand, each with its own Suspense boundary.
import { CiteDialog, DetailsPanel, EventList, SourceReader, SourcesIndex } from './lazyFeatures';
import { filtersKey } from './announcer';
import { focusIsLost, tryFocus } from './focus/focusTargets';
import { useFocusReturn } from './focus/useFocusReturn';
import { LiveRegion } from './LiveRegion';
import { PageHeader } from './PageHeader';
import { PresenterHost } from './PresenterHost';
import { SkipLink } from './SkipLink';
import { NARROW_SCREEN, useMediaQuery } from './useMediaQuery';
import { requestedWindow, useDatasetView } from './useDatasetView';
import { useFollowHistory } from './useFollowHistory';
import { useToolbarProps } from './useToolbarProps';
import { usePresenterUrl } from './usePresenterUrl';

// Only some pages share: the dialog loads when first used.
const ShareDialog = lazy(() =>
  import('../features/share/ShareDialog').then((m) => ({ default: m.ShareDialog })),
);

interface LoadedTimelineProps {
  dataset: Dataset;
  /** The dataset's index, built as it loaded; its translation is indexed here when shown. */
  indexAsWritten: EventIndex;
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
  indexAsWritten,
  datasetUrl,
  urlStore,
  snapshot,
}: LoadedTimelineProps) {
  const { t, language } = useI18n();
  const { state } = snapshot;
  const dataset = useMemo(() => localizeDataset(raw, language), [raw, language]);
  const index = useMemo(
    () => (dataset === raw ? indexAsWritten : indexDataset(dataset)),
    [dataset, raw, indexAsWritten],
  );
  const view = useDatasetView(dataset, index, state);
  const controller = useMemo(() => createZoomController(), []);
  const { update, navigate } = urlStore;

  useEffect(() => {
    document.title = t.app.pageTitle(dataset.title);
  }, [t, dataset.title]);

  // Ids and windows this dataset cannot show are dropped from the URL, with a notice.
  useEffect(() => {
    const { fixes, notices } = reconcileWithDataset(state, {
      eventIds: index.events,
      sourceIds: index.sources,
      categoryIds: index.categories,
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
  // What an overlay covers is inert: on a wide screen the reader and the sources index cover
  // the main area only; on a phone they cover the whole page, the details sheet too.
  const narrow = useMediaQuery(NARROW_SCREEN);
  const pageCovered = presenting || (overlayOpen && narrow);

  // Focus never falls to the body: closing the reader, the sources index or a details step
  // that disables the button pressed gives it back (see useFocusReturn).
  const detailsRef = useRef<HTMLDivElement>(null);
  const detailsHeading = () => detailsRef.current?.querySelector<HTMLElement>('h2');
  useFocusReturn(!!openSource, detailsHeading);
  useFocusReturn(showingSources, detailsHeading);
  useEffect(() => {
    // "Next →" on the last event disables itself: its panel's heading takes focus instead.
    const frame = requestAnimationFrame(() => {
      if (focusIsLost()) tryFocus(detailsHeading());
    });
    return () => cancelAnimationFrame(frame);
  }, [view.selectedId]);

  const mainId = useId();
  const zoom = {
    onZoomIn: () => controller.zoomIn(),
    onZoomOut: () => controller.zoomOut(),
    onShowAll: () => controller.showAll(),
  };
  const toolbar = useToolbarProps({
    ...{ dataset, index, view, state, controller, labelSize, urlStore, onSelect, zoom },
    onPresent: presenter.enter,
    onShare: () => setSharing(true),
  });
  const shownItems = view.matches ? view.items.filter((i) => view.matches?.has(i.id)) : view.items;

  return (
    // Three layouts: details beside the timeline on a wide screen (lg); below it from a small
    // tablet up, and at 200% zoom of a laptop's screen; a bottom sheet on phones, with room below
    // that lets the page scroll out from under it.
    <div
      className={`relative flex min-h-0 flex-1 flex-col lg:flex-row ${selectedEvent ? 'max-sm:pb-[58vh]' : ''}`}
    >
      {!overlayOpen && (
        <SkipLink
          targetId={mainId}
          label={state.view === 'list' ? t.app.skipToList : t.app.skipToTimeline}
        />
      )}
      <LiveRegion
        selected={selectedEvent && (index.items.get(selectedEvent.id) ?? null)}
        filters={filtersKey(state.cat, state.q)}
        shown={shownItems.length}
        quiet={presenting}
      />
      <div className="flex min-w-0 flex-1 flex-col">
        <PageHeader
          covered={pageCovered}
          embed={
            state.embed
              ? {
                  title: dataset.title,
                  fullViewUrl: absoluteViewUrl(window.location.href, state, { embed: undefined }),
                  zoom: state.view === 'timeline' ? zoom : null,
                  onPresent: presenter.enter,
                }
              : null
          }
          toolbar={toolbar}
        />
        {/* The overlays lie inside the main landmark, over its views, which alone are inert. */}
        {/* In a frame, named after the timeline: the host page has a main landmark of its own. */}
        <main
          id={mainId}
          aria-label={state.embed ? dataset.title : undefined}
          className="relative flex min-h-0 flex-1 flex-col"
        >
          <div inert={overlayOpen} className="flex min-h-0 flex-1 flex-col">
            {state.view === 'list' && (
              <section
                aria-label={t.app.listRegion}
                className="flex min-h-0 flex-1 flex-col sm:max-lg:h-[85dvh]"
              >
                <EventList
                  items={shownItems}
                  events={index.events}
                  categories={index.categories}
                  selectedId={view.selectedId}
                  onSelect={onSelect}
                  datasetLanguage={index.language}
                />
              </section>
            )}
            <TimelineView
              model={index.model}
              lanes={view.lanes}
              items={view.items}
              itemsById={index.items}
              shownCategories={view.shownCategories}
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
        </main>
      </div>
      {selectedEvent && (
        // The panel's own classes make it a sheet on phones and a column beside the timeline;
        // between the two (a small tablet, a laptop at 200% zoom) it goes below the timeline.
        <div
          ref={detailsRef}
          inert={pageCovered}
          className="contents sm:max-lg:[&>aside]:w-auto sm:max-lg:[&>aside]:border-t sm:max-lg:[&>aside]:border-l-0"
        >
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
        </div>
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
