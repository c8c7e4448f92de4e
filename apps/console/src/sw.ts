/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// The shell (HTML, scripts, styles) is precached at install, so the console opens without a network.
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

// What the forms read (reference data, the caller's sub-grants, their activities) is kept from the
// last time it was fetched, so a CSO can fill a report in the field. Writes are never cached: they
// go through the device's outbox (src/offline), not through the service worker.
registerRoute(
  ({ url, request }) => request.method === 'GET' && url.pathname.startsWith('/api/'),
  new NetworkFirst({ cacheName: 'tributary-api', networkTimeoutSeconds: 10 }),
);

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('message', (event) => {
  // Signing out drops the answers kept for offline use: they belong to the person who signed out.
  if (event.data === 'sign-out') event.waitUntil(caches.delete('tributary-api'));
});
