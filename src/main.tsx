import { queryClient, urlStore } from './app/earlyStart';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './index.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App urlStore={urlStore} />
    </QueryClientProvider>
  </StrictMode>,
);
