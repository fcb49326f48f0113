// The packs and keuzekaarten that ship with Samenspraak, each its own chunk. The script-tag
// build swaps this module for src/embed/bundled.ts (same exports).
const packs = import.meta.glob<unknown>('../../content/packs/*.json', { import: 'default' });
const cards = import.meta.glob<unknown>('../../content/keuzekaarten/*.json', { import: 'default' });

/**
 * Content as loaded. `checked` is true for what is built into the code: the tests validate every
 * file in content/ against its schema, so checking it again would only cost a slow tablet time
 * at start-up. What comes from anywhere else is validated before use.
 */
export interface Loaded<T> {
  data: T;
  checked: boolean;
}

/** How to load a bundled pack in a language, or undefined when there is none. */
export function packLoader(id: string, lang: string): (() => Promise<Loaded<unknown>>) | undefined {
  const load = packs[`../../content/packs/${id}.${lang}.json`];
  return load && (async () => ({ data: await load(), checked: true }));
}

/** Every bundled keuzekaart. */
export async function loadCardFiles(): Promise<Loaded<unknown[]>> {
  return { data: await Promise.all(Object.values(cards).map((load) => load())), checked: true };
}
