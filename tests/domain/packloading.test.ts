import { afterEach, describe, expect, it, vi } from 'vitest';
import nlPack from '../../content/packs/samenspraak-pg.nl.json';
import { loadPackFrom, PACK_MAX_BYTES } from '../../src/content/packs';

const BASE = 'https://praktijk.example/wachtkamer/patient.html';

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

describe("loading a practice's own pack", () => {
  it('loads a valid pack from its own origin', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(nlPack)));
    const result = await loadPackFrom('/packs/praktijk.{lang}.json', 'nl', BASE);
    expect(result.ok).toBe(true);
  });

  it('never fetches from another origin', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const result = await loadPackFrom('https://elders.example/pack.json', 'nl', BASE);
    expect(result).toEqual({ ok: false, reason: 'other-origin' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses an oversized pack while it streams, not after downloading it all', async () => {
    const pulled = { bytes: 0, cancelled: false };
    vi.stubGlobal('fetch', async () => new Response(endless(pulled)));
    const result = await loadPackFrom('/pack.json', 'nl', BASE);
    expect(result).toEqual({ ok: false, reason: 'too-large' });
    expect(pulled.cancelled).toBe(true);
    // One chunk past the limit at most (and what the stream queued ahead), never megabytes.
    expect(pulled.bytes).toBeLessThan(PACK_MAX_BYTES + 4 * 64 * 1024);
  });

  it('refuses a declared length over the limit before reading the body', async () => {
    const pulled = { bytes: 0, cancelled: false };
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(endless(pulled), {
          headers: { 'content-length': String(50_000_000) },
        }),
    );
    const result = await loadPackFrom('/pack.json', 'nl', BASE);
    expect(result).toEqual({ ok: false, reason: 'too-large' });
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024 * 2);
  });

  it('gives up on a pack that never answers', async () => {
    vi.stubGlobal(
      'fetch',
      (_url: URL, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
        }),
    );
    const started = Date.now();
    const result = await loadPackFrom('/pack.json', 'nl', BASE, 50);
    expect(result).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('says a body that is not JSON is invalid, and a server error is missing', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>'));
    expect(await loadPackFrom('/pack.json', 'nl', BASE)).toEqual({ ok: false, reason: 'invalid' });
    vi.stubGlobal('fetch', async () => new Response('', { status: 500 }));
    expect(await loadPackFrom('/pack.json', 'nl', BASE)).toEqual({ ok: false, reason: 'missing' });
  });
});
