import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Workbox } from 'workbox-window';
import { App } from './App';
import './i18n';
import './styles.css';

const queries = new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: 10_000, networkMode: 'offlineFirst' } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);

if ('serviceWorker' in navigator) void new Workbox('/sw.js').register();
