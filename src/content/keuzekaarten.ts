import { type Keuzekaart, keuzekaartSchema } from '../domain/keuzekaart';

// The example cards ship as their own chunk, loaded with the options step.
const bundled = import.meta.glob<unknown>('../../content/keuzekaarten/*.json', {
  import: 'default',
});

/** The keuzekaarten shipped with Samenspraak, validated like any import. */
export async function loadBundledKeuzekaarten(): Promise<Keuzekaart[]> {
  const cards = await Promise.all(Object.values(bundled).map((load) => load()));
  return cards
    .map((data) => keuzekaartSchema.safeParse(data))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}
