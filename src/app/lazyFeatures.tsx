import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { whenIdle } from '../components/whenIdle';

/**
 * The features that the first picture does not need, each in a chunk of its own, loaded when
 * first shown (and preloaded once the page is idle, so that opening one does not wait). Each
 * comes wrapped in its own Suspense boundary: while its code loads, only its own place is empty,
 * never the page around it.
 */
const loaders = {
  details: () => import('../features/details/DetailsPanel'),
  list: () => import('../features/list/EventList'),
  reader: () => import('../features/reader/SourceReader'),
  sources: () => import('../features/sources/SourcesIndex'),
  citations: () => import('../features/citations/CiteDialog'),
};

function onDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const DetailsPanel = onDemand(() => loaders.details().then((m) => m.DetailsPanel));
export const EventList = onDemand(() => loaders.list().then((m) => m.EventList));
export const SourceReader = onDemand(() => loaders.reader().then((m) => m.SourceReader));
export const SourcesIndex = onDemand(() => loaders.sources().then((m) => m.SourcesIndex));
export const CiteDialog = onDemand(() => loaders.citations().then((m) => m.CiteDialog));
/** The service worker's news, mounted once the page is idle after the first picture. */
export const UpdatePrompt = onDemand(() => import('./UpdatePrompt').then((m) => m.UpdatePrompt));

/**
 * Fetches the on-demand features after the first picture, one at a time, each when the browser
 * is idle: compiling them all at once made long tasks in the way of a reader who starts zooming
 * at once, and while the reader zooms the browser is not idle.
 */
export function preloadFeatures(): void {
  const queue = Object.values(loaders);
  const next = () => {
    const loader = queue.shift();
    if (!loader) return;
    whenIdle(() => void loader().finally(next), 5000, 500);
  };
  next();
}
