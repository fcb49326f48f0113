import type { ContentPack } from '../domain/contentpack';
import { DEFAULT_PACK } from '../domain/packregistry';
import { packLoader } from './bundled';

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

class TooLarge extends Error {}

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
  let url: URL;
  try {
    url = new URL(template.replaceAll('{lang}', encodeURIComponent(lang)), base);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.origin !== new URL(base).origin) return { ok: false, reason: 'other-origin' };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      credentials: 'same-origin',
      redirect: 'error',
      signal: abort.signal,
    });
    if (!response.ok) return { ok: false, reason: 'missing' };
    const text = await readLimited(response, PACK_MAX_BYTES);
    const data: unknown = JSON.parse(text);
    return (await import('./validate')).validatePack(data);
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: 'too-large' };
    if (abort.signal.aborted) return { ok: false, reason: 'timeout' };
    return { ok: false, reason: error instanceof SyntaxError ? 'invalid' : 'network' };
  } finally {
    clearTimeout(timer);
    // A refused body stops downloading here, not after 50 MB.
    abort.abort();
  }
}

/**
 * The body as text, refused as soon as it passes `max` bytes: a declared length over it is
 * refused before reading, and a stream without one is cut off while it arrives.
 */
async function readLimited(response: Response, max: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) throw new TooLarge();
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}
