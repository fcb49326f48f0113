import type { ContentPack } from '../domain/contentpack';
import { DEFAULT_PACK } from '../domain/packregistry';
import { packLoader } from './bundled';
import { fetchSameOrigin } from './samefetch';

export type PackResult =
  | { ok: true; pack: ContentPack }
  | {
      ok: false;
      reason: 'missing' | 'invalid' | 'network' | 'other-origin' | 'too-large' | 'timeout';
    };

/** A pack file larger than this is refused unread. */
export const PACK_MAX_BYTES = 500_000;

/** A host's pack that has not arrived by then is given up: the tablet never waits forever. */
export const PACK_TIMEOUT_MS = 5_000;

/** Load a bundled pack in a language, falling back to Dutch when that language has none. */
export async function loadBundledPack(lang: string, id = DEFAULT_PACK.id): Promise<PackResult> {
  const load = packLoader(id, lang) ?? packLoader(id, 'nl');
  if (!load) return { ok: false, reason: 'missing' };
  try {
    const { data, checked } = await load();
    if (checked) return { ok: true, pack: data as ContentPack };
    return (await import('./validate')).validatePack(data);
  } catch {
    return { ok: false, reason: 'network' };
  }
}

/**
 * A practice's own pack, from the host's `pack` attribute: a URL on the page's own origin, in
 * which `{lang}` stands for the language. Samenspraak never fetches from another origin.
 */
export async function loadPackFrom(
  template: string,
  lang: string,
  base: string = location.href,
  timeoutMs: number = PACK_TIMEOUT_MS,
): Promise<PackResult> {
  const fetched = await fetchSameOrigin(template.replaceAll('{lang}', encodeURIComponent(lang)), {
    base,
    maxBytes: PACK_MAX_BYTES,
    timeoutMs,
  });
  if (!fetched.ok) {
    return { ok: false, reason: fetched.reason === 'invalid-url' ? 'invalid' : fetched.reason };
  }
  let data: unknown;
  try {
    data = JSON.parse(fetched.text);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  return (await import('./validate')).validatePack(data);
}
