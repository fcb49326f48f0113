// Standalone pages only: register the service worker, and offer a new version without forcing
// it. The elements themselves never register one: a host page decides that for itself.
import { update } from '../../locales/nl.json';
import { afterPaint } from './schedule';

const UPDATE = 'samenspraak-update';

function offerUpdate(registration: ServiceWorkerRegistration) {
  const waiting = registration.waiting;
  if (!waiting || document.getElementById('samenspraak-update')) return;
  const banner = document.createElement('div');
  banner.id = 'samenspraak-update';
  banner.className = 'update-banner';
  banner.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.className = 'update-text';
  text.textContent = update.available;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = update.reload;
  button.addEventListener('click', () => {
    // Everything entered is in IndexedDB already: the new version reopens it where it was.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
      once: true,
    });
    waiting.postMessage(UPDATE);
  });
  banner.append(text, button);
  document.body.prepend(banner);
}

/**
 * Register the service worker (not in development), and offer its updates. Registering costs
 * the first screen a slow tablet's frame or two, so it waits until that screen is painted.
 */
export function registerServiceWorker(url = './sw.js'): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  afterPaint(() => register(url));
}

function register(url: string): void {
  void navigator.serviceWorker.register(url).then((registration) => {
    offerUpdate(registration);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        // A first install has no controller yet: only a replacement is worth asking about.
        if (installing.state === 'installed' && navigator.serviceWorker.controller) {
          offerUpdate(registration);
        }
      });
    });
  });
}
