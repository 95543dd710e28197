import { QueryClient } from '@tanstack/react-query';
import { createUrlStore } from '../domain/url/urlStore';
import { indexedDatasetQuery } from './datasetQuery';
import { datasetUrlFor } from './datasetUrl';

// Imported first by main.tsx, so that this runs before React DOM and the app's modules are
// evaluated: the dataset's download and its worker start as early as the page's script can.
performance.mark('app:start');

export const queryClient = new QueryClient();
/** The URL is the source of truth for the view; its store lives outside React. */
export const urlStore = createUrlStore(window);
// The page's query picks up this very request.
void queryClient.prefetchQuery(
  indexedDatasetQuery(datasetUrlFor(urlStore.get().state.dataset).url),
);
