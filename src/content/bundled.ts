// The packs and keuzekaarten that ship with Samenspraak, each its own chunk. The script-tag
// build swaps this module for src/embed/bundled.ts (same exports).
const packs = import.meta.glob<unknown>('../../content/packs/*.json', { import: 'default' });
const cards = import.meta.glob<unknown>('../../content/keuzekaarten/*.json', { import: 'default' });

/** How to load a bundled pack in a language, or undefined when there is none. */
export function packLoader(id: string, lang: string): (() => Promise<unknown>) | undefined {
  return packs[`../../content/packs/${id}.${lang}.json`];
}

/** Every bundled keuzekaart, unvalidated. */
export function loadCardFiles(): Promise<unknown[]> {
  return Promise.all(Object.values(cards).map((load) => load()));
}
