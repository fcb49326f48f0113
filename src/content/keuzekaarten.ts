import type { Keuzekaart } from '../domain/keuzekaart';
import { loadCardFiles } from './bundled';

/** The keuzekaarten shipped with Samenspraak, by title; any that did not ship inside the code is validated. */
export async function loadBundledKeuzekaarten(): Promise<Keuzekaart[]> {
  const { data, checked } = await loadCardFiles();
  const cards = checked ? (data as Keuzekaart[]) : (await import('./validate')).validateCards(data);
  // By code point, not localeCompare: a collator's first use loads ICU data on the main thread.
  return cards.sort((a, b) => (a.title.toLowerCase() < b.title.toLowerCase() ? -1 : 1));
}
