import type { ContentPack } from '../domain/contentpack';
import { DEFAULT_PACK } from '../domain/packregistry';
import { packLoader } from './bundled';

export type PackResult =
  | { ok: true; pack: ContentPack }
  | { ok: false; reason: 'missing' | 'invalid' | 'network' | 'other-origin' | 'too-large' };

/** A pack file larger than this is refused unread. */
export const PACK_MAX_BYTES = 500_000;

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
): Promise<PackResult> {
  let url: URL;
  try {
    url = new URL(template.replaceAll('{lang}', encodeURIComponent(lang)), base);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.origin !== new URL(base).origin) return { ok: false, reason: 'other-origin' };
  try {
    const response = await fetch(url, { credentials: 'same-origin', redirect: 'error' });
    if (!response.ok) return { ok: false, reason: 'missing' };
    const text = await response.text();
    if (text.length > PACK_MAX_BYTES) return { ok: false, reason: 'too-large' };
    const data: unknown = JSON.parse(text);
    return (await import('./validate')).validatePack(data);
  } catch (error) {
    return { ok: false, reason: error instanceof SyntaxError ? 'invalid' : 'network' };
  }
}
