import { type Keuzekaart, keuzekaartSchema } from '../domain/keuzekaart';
import { loadCardFiles } from './bundled';

/** The keuzekaarten shipped with Samenspraak, validated like any import. */
export async function loadBundledKeuzekaarten(): Promise<Keuzekaart[]> {
  return (await loadCardFiles())
    .map((data) => keuzekaartSchema.safeParse(data))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}
