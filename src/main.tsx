import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createUrlStore } from './domain/url/urlStore';
import './index.css';

const queryClient = new QueryClient();
// The URL is the source of truth for the view; its store lives outside React.
const urlStore = createUrlStore(window);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App urlStore={urlStore} />
    </QueryClientProvider>
  </StrictMode>,
);
