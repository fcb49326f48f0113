import { type ContentPack, contentPackSchema } from '../domain/contentpack';
import { DEFAULT_PACK } from '../domain/packregistry';

// Each bundled pack is its own chunk: the first screen needs none of them.
const bundled = import.meta.glob<unknown>('../../content/packs/*.json', { import: 'default' });

export type PackResult =
  | { ok: true; pack: ContentPack }
  | { ok: false; reason: 'missing' | 'invalid' | 'network' };

/** Load a bundled pack in a language, falling back to Dutch when that language has none. */
export async function loadBundledPack(lang: string, id = DEFAULT_PACK.id): Promise<PackResult> {
  const load =
    bundled[`../../content/packs/${id}.${lang}.json`] ??
    bundled[`../../content/packs/${id}.nl.json`];
  if (!load) return { ok: false, reason: 'missing' };
  try {
    return validatePack(await load());
  } catch {
    return { ok: false, reason: 'network' };
  }
}

/** Every pack, bundled or not, passes the schema before use. */
export function validatePack(data: unknown): PackResult {
  const parsed = contentPackSchema.safeParse(data);
  return parsed.success ? { ok: true, pack: parsed.data } : { ok: false, reason: 'invalid' };
}
