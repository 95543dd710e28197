import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, useRef } from 'react';
import type { UrlStore } from '../domain/url/urlStore';
import { useUrlSnapshot } from '../domain/url/useUrlState';
import { I18nProvider } from '../i18n/I18nProvider';
import { useI18n } from '../i18n/useI18n';
import { preferredLanguage } from '../i18n/languages';
import { DatasetError } from './DatasetError';
import { tryFocus } from './focus/focusTargets';
import { indexedDatasetQuery } from './datasetQuery';
import { datasetUrlFor } from './datasetUrl';
import { preloadFeatures, UpdatePrompt } from './lazyFeatures';
import { LoadedTimeline } from './LoadedTimeline';
import { Notices } from './Notices';
import { useIdleAfter } from './useIdleAfter';
import { NARROW_SCREEN, useMediaQuery } from './useMediaQuery';

/** The page: the URL's language and dataset, then loading, an error, or the timeline. */
export function App({ urlStore }: { urlStore: UrlStore }) {
  const { state } = useUrlSnapshot(urlStore);
  const language = state.lang ?? preferredLanguage(navigator.languages ?? [navigator.language]);
  return (
    <I18nProvider language={language}>
      <Suspense fallback={<p className="p-8 text-lg">…</p>}>
        <Page urlStore={urlStore} />
      </Suspense>
    </I18nProvider>
  );
}

function Page({ urlStore }: { urlStore: UrlStore }) {
  const { t } = useI18n();
  const snapshot = useUrlSnapshot(urlStore);
  const { url: datasetUrl, notice } = useMemo(
    () => datasetUrlFor(snapshot.state.dataset),
    [snapshot.state.dataset],
  );
  useEffect(() => {
    if (notice) urlStore.addNotices([notice]);
  }, [notice, urlStore]);
  const query = useQuery(indexedDatasetQuery(datasetUrl));

  useEffect(() => {
    // Once loaded, the timeline names the page after its (translated) title.
    if (!query.data) document.title = t.app.defaultTitle;
  }, [query.data, t]);
  useEffect(() => {
    if (query.isSuccess) preloadFeatures();
  }, [query.isSuccess]);

  // After Retry the button is gone: focus follows to what replaces it, the loading status, then
  // the error's heading again or the timeline's title.
  const retried = useRef(false);
  const retry = () => {
    retried.current = true;
    void query.refetch();
  };
  const focusAfterRetry = (element: HTMLElement | null) => {
    if (element && retried.current) tryFocus(element);
  };
  useEffect(() => {
    if (!query.isSuccess || !retried.current) return;
    retried.current = false;
    tryFocus(document.querySelector<HTMLElement>('h1'));
  }, [query.isSuccess]);

  // Registering the service worker (which then downloads everything for offline use) waits for
  // the first picture: on a first visit it would otherwise compete with the dataset's loading.
  const offlineAfterFirstPicture = useIdleAfter(!query.isPending);

  // An embed, and the slides, fit the window (the frame) on every screen; the page may scroll
  // below the width where the details sit beside the timeline otherwise.
  const { embed, present, source, panel } = snapshot.state;
  const fit = embed || present ? 'h-dvh' : 'min-h-screen lg:h-dvh lg:min-h-0';
  // On a phone the reader and the sources index cover the whole screen, these lines too.
  const covered = useMediaQuery(NARROW_SCREEN) && (!!source || panel === 'sources');
  return (
    <div className={`flex flex-col bg-stone-100 text-stone-900 ${fit}`}>
      <div inert={covered} className="contents">
        {offlineAfterFirstPicture && <UpdatePrompt quiet={embed || present} />}
        <Notices notices={snapshot.notices} onDismiss={urlStore.dismissNotices} />
      </div>
      {query.isPending && (
        <main className="p-8">
          <p role="status" tabIndex={-1} ref={focusAfterRetry} className="text-lg">
            {t.app.loading}
          </p>
        </main>
      )}
      {query.isError && (
        <DatasetError error={query.error} onRetry={retry} headingRef={focusAfterRetry} />
      )}
      {query.isSuccess && (
        // A new dataset starts a new view: its own window, zoom and checks of the URL.
        <LoadedTimeline
          key={datasetUrl}
          dataset={query.data.dataset}
          indexAsWritten={query.data.prepared}
          datasetUrl={datasetUrl}
          urlStore={urlStore}
          snapshot={snapshot}
        />
      )}
    </div>
  );
}
