/**
 * Fetching a practice's own files (a content pack, a keuzekaarten library): only from the page's
 * own origin, given up after a time-out, and refused while it streams once it passes a size limit.
 * Samenspraak never fetches from another origin; this module is the one place that fetches a URL
 * a host page named.
 */

/** Why a file could not be read. */
export type SameFetchFailure =
  /** Not a URL, even relative to the page. */
  | 'invalid-url'
  /** A URL on another origin: refused before any request. */
  | 'other-origin'
  /** The server answered, but not with the file (404, 500). */
  | 'missing'
  /** No answer at all (offline, a refused redirect). */
  | 'network'
  | 'too-large'
  | 'timeout';

export type SameFetchResult =
  | { ok: true; text: string; url: URL }
  | { ok: false; reason: SameFetchFailure };

export interface SameFetchOptions {
  /** The page's address: relative URLs resolve against it, and its origin is the only one. */
  base: string;
  /** Largest body read, in bytes. */
  maxBytes: number;
  /** Given up after this long, the body included: nothing waits forever. */
  timeoutMs: number;
  /** `no-cache` revalidates with the server, for a file whose content changes under one name. */
  cache?: RequestCache;
}

/** `target` resolved against `base`, or why it may not be fetched. */
export function sameOriginUrl(
  target: string | URL,
  base: string,
): { ok: true; url: URL } | { ok: false; reason: 'invalid-url' | 'other-origin' } {
  let url: URL;
  let origin: string;
  try {
    url = new URL(target, base);
    origin = new URL(base).origin;
  } catch {
    return { ok: false, reason: 'invalid-url' };
  }
  // An opaque origin ("null": data:, blob:, file:) is never the page's own.
  if (url.origin !== origin || origin === 'null') return { ok: false, reason: 'other-origin' };
  return { ok: true, url };
}

class TooLarge extends Error {}

/** Fetch a text file from the page's own origin, within the size limit and the time-out. */
export async function fetchSameOrigin(
  target: string | URL,
  options: SameFetchOptions,
): Promise<SameFetchResult> {
  const resolved = sameOriginUrl(target, options.base);
  if (!resolved.ok) return resolved;
  const { url } = resolved;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs);
  try {
    const response = await fetch(url, {
      credentials: 'same-origin',
      // A redirect could leave the origin: refused, not followed.
      redirect: 'error',
      signal: abort.signal,
      ...(options.cache ? { cache: options.cache } : {}),
    });
    if (!response.ok) return { ok: false, reason: 'missing' };
    return { ok: true, text: await readLimited(response, options.maxBytes, abort.signal), url };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: 'too-large' };
    if (abort.signal.aborted) return { ok: false, reason: 'timeout' };
    return { ok: false, reason: 'network' };
  } finally {
    clearTimeout(timer);
    // A refused body stops downloading here, not after 50 MB.
    abort.abort();
  }
}

/**
 * The body as text, refused as soon as it passes `max` bytes: a declared length over it is
 * refused before reading, and a stream without one is cut off while it arrives. Each read also
 * ends when `signal` aborts, so a body that stalls halfway cannot outlast the time-out.
 */
async function readLimited(response: Response, max: number, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) throw new TooLarge();
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    if (new TextEncoder().encode(text).byteLength > max) throw new TooLarge();
    return text;
  }
  const stopped = new Promise<never>((_resolve, reject) => {
    const stop = () => reject(new DOMException('The read was given up', 'AbortError'));
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
  // Only the race below awaits it: a read that ends first leaves no unhandled rejection.
  stopped.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), stopped]);
      if (done) break;
      bytes += value.byteLength;
      if (bytes > max) throw new TooLarge();
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  const all = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}
