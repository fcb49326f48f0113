/**
 * Samenspraak's service worker: after one visit the standalone pages work without a network.
 * It caches the app's own files only (the build lists them below), never anything a patient or
 * GP entered: that lives in IndexedDB. A new version waits until the page says it may take over,
 * so an open consult is never reloaded from under the GP.
 */
// Typechecked with the WebWorker library (tsconfig.sw.json), apart from the DOM code.
declare const self: ServiceWorkerGlobalScope;

export {};

// Filled in by the build (vite.config.ts): the app's files and a hash of them.
const PRECACHE: string[] = JSON.parse('__SAMENSPRAAK_PRECACHE__');
const VERSION = '__SAMENSPRAAK_VERSION__';
const CACHE = `samenspraak-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('samenspraak-') && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'samenspraak-update') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Pages are matched without their query, so /patient.html?x still works offline. Module
      // scripts are fetched with an Origin header that the cached copy was not: ignore Vary.
      const cached = await cache.match(request, {
        ignoreSearch: request.mode === 'navigate',
        ignoreVary: true,
      });
      if (cached) return cached;
      if (request.mode === 'navigate' && url.pathname === '/') {
        const index = await cache.match('index.html');
        if (index) return index;
      }
      return fetch(request);
    })(),
  );
});
