import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchSameOrigin, sameOriginUrl } from '../../src/content/samefetch';

// The one fetch for a practice's own files (packs, the keuzekaarten library): same origin only,
// a time-out, a size limit that holds while the body streams.

const BASE = 'https://praktijk.example/samenspraak/consult.html';
const LIMIT = 100_000;
const options = { base: BASE, maxBytes: LIMIT, timeoutMs: 5_000 };

afterEach(() => vi.unstubAllGlobals());

/** A body that never ends: 64 kB chunks for as long as it is read. */
function endless(pulled: { bytes: number; cancelled: boolean }) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
}

/** A fetch that never answers, and gives up only when its signal aborts. */
const hanging = (_url: URL, init: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
  });

describe('sameOriginUrl', () => {
  it('resolves a relative URL against the page and keeps it on its origin', () => {
    const result = sameOriginUrl('praktijk/keuzekaarten.json', BASE);
    expect(result.ok && result.url.href).toBe(
      'https://praktijk.example/samenspraak/praktijk/keuzekaarten.json',
    );
    expect(sameOriginUrl('/kaarten/../a.json', BASE).ok).toBe(true);
  });

  it('refuses another origin, however it is written', () => {
    for (const url of [
      'https://elders.example/a.json',
      '//elders.example/a.json',
      'http://praktijk.example/a.json',
      'https://praktijk.example:8443/a.json',
      'data:application/json,{}',
      'javascript:alert(1)',
    ]) {
      expect(sameOriginUrl(url, BASE)).toEqual({ ok: false, reason: 'other-origin' });
    }
  });

  it('refuses what is not a URL, and a page without an origin of its own', () => {
    expect(sameOriginUrl('http://[::1', BASE)).toEqual({ ok: false, reason: 'invalid-url' });
    expect(sameOriginUrl('a.json', 'about:blank')).toEqual({ ok: false, reason: 'invalid-url' });
    expect(sameOriginUrl('data:text/plain,x', 'data:text/plain,y')).toEqual({
      ok: false,
      reason: 'other-origin',
    });
  });
});

describe('fetchSameOrigin', () => {
  it('reads a file from its own origin, and says where it was', async () => {
    const fetch = vi.fn(async () => new Response('{"a":1}'));
    vi.stubGlobal('fetch', fetch);
    const result = await fetchSameOrigin('a.json', { ...options, cache: 'no-cache' });
    expect(result).toEqual({
      ok: true,
      text: '{"a":1}',
      url: new URL('https://praktijk.example/samenspraak/a.json'),
    });
    expect(fetch).toHaveBeenCalledWith(
      new URL('https://praktijk.example/samenspraak/a.json'),
      expect.objectContaining({ redirect: 'error', credentials: 'same-origin', cache: 'no-cache' }),
    );
  });

  it('never fetches from another origin', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    expect(await fetchSameOrigin('https://elders.example/a.json', options)).toEqual({
      ok: false,
      reason: 'other-origin',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses an oversized body while it streams, not after downloading it all', async () => {
    const pulled = { bytes: 0, cancelled: false };
    vi.stubGlobal('fetch', async () => new Response(endless(pulled)));
    expect(await fetchSameOrigin('a.json', options)).toEqual({ ok: false, reason: 'too-large' });
    expect(pulled.cancelled).toBe(true);
    expect(pulled.bytes).toBeLessThan(LIMIT + 4 * 64 * 1024);
  });

  it('accepts a body of exactly the limit and refuses one byte more', async () => {
    vi.stubGlobal('fetch', async () => new Response('x'.repeat(LIMIT)));
    expect((await fetchSameOrigin('a.json', options)).ok).toBe(true);
    vi.stubGlobal('fetch', async () => new Response('x'.repeat(LIMIT + 1)));
    expect(await fetchSameOrigin('a.json', options)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses a declared length over the limit before reading the body', async () => {
    const pulled = { bytes: 0, cancelled: false };
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(endless(pulled), { headers: { 'content-length': String(50_000_000) } }),
    );
    expect(await fetchSameOrigin('a.json', options)).toEqual({ ok: false, reason: 'too-large' });
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024 * 2);
  });

  it('gives up on a server that never answers', async () => {
    vi.stubGlobal('fetch', hanging);
    const started = Date.now();
    expect(await fetchSameOrigin('a.json', { ...options, timeoutMs: 50 })).toEqual({
      ok: false,
      reason: 'timeout',
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('gives up on a body that stops halfway, even one deaf to the abort', async () => {
    let cancelled = false;
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
      },
      cancel() {
        cancelled = true;
      },
    });
    vi.stubGlobal('fetch', async () => new Response(stalled));
    const started = Date.now();
    expect(await fetchSameOrigin('a.json', { ...options, timeoutMs: 50 })).toEqual({
      ok: false,
      reason: 'timeout',
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(cancelled).toBe(true);
  });

  it('says a server error is missing and a failed request is network', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    expect(await fetchSameOrigin('a.json', options)).toEqual({ ok: false, reason: 'missing' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchSameOrigin('a.json', options)).toEqual({ ok: false, reason: 'network' });
  });
});
