import type { Resources } from './translator';

// Every locale but nl is its own chunk, fetched the first time it is chosen. The script-tag
// build swaps this module for src/embed/locales.ts (same exports).
const loaders = import.meta.glob<Resources>(
  ['../../locales/*.json', '!../../locales/nl.json', '!../../locales/languages.json'],
  { import: 'default' },
);

/** How to load a patient locale other than nl, or undefined when there is none. */
export function localeLoader(code: string): (() => Promise<Resources>) | undefined {
  return loaders[`../../locales/${code}.json`];
}
