import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { datasetUrlFor } from './app/datasetUrl';
import { datasetQueryOptions } from './domain/dataset/queries';
import { createUrlStore } from './domain/url/urlStore';
import './index.css';

const queryClient = new QueryClient();
// The URL is the source of truth for the view; its store lives outside React.
const urlStore = createUrlStore(window);
// The dataset starts downloading (and its worker loading) now, before React mounts; the page's
// query picks up this very request.
performance.mark('app:start');
void queryClient.prefetchQuery(
  datasetQueryOptions(datasetUrlFor(urlStore.get().state.dataset).url),
);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App urlStore={urlStore} />
    </QueryClientProvider>
  </StrictMode>,
);
