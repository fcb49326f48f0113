/**
 * Where the script-tag build finds its other files (other locales, packs, the QR decoder): the
 * folder of its own <script>, or the `data-base` on that tag. Always the page's own origin.
 */
// Only while the script runs for the first time does document.currentScript name it.
const script = document.currentScript as HTMLScriptElement | null;
const base = new URL(script?.dataset.base ?? './', script?.src ?? location.href);

export function assetUrl(path: string): string {
  const url = new URL(path, base);
  if (url.origin !== location.origin) {
    throw new Error(`samenspraak: ${url.href} is not on this page's origin; nothing is fetched.`);
  }
  return url.href;
}

/** Fetch one of the build's JSON files from the base URL. */
export async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(assetUrl(path), { credentials: 'same-origin', redirect: 'error' });
  if (!response.ok) throw new Error(`samenspraak: ${path} answered ${response.status}`);
  return response.json();
}
