import { afterEach, describe, expect, it, vi } from 'vitest';
import nlPack from '../../content/packs/samenspraak-pg.nl.json';
import { loadPackFrom, PACK_MAX_BYTES } from '../../src/content/packs';

// The same-origin check, the time-out and the streamed limit themselves are tested with
// src/content/samefetch.ts (tests/domain/samefetch.test.ts); here, what the pack loader makes
// of them.

const BASE = 'https://praktijk.example/wachtkamer/patient.html';

afterEach(() => vi.unstubAllGlobals());

describe("loading a practice's own pack", () => {
  it('loads a valid pack from its own origin, {lang} filled in', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(nlPack)));
    vi.stubGlobal('fetch', fetch);
    const result = await loadPackFrom('/packs/praktijk.{lang}.json', 'nl', BASE);
    expect(result.ok).toBe(true);
    expect(fetch).toHaveBeenCalledWith(
      new URL('https://praktijk.example/packs/praktijk.nl.json'),
      expect.anything(),
    );
  });

  it('never fetches from another origin', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const result = await loadPackFrom('https://elders.example/pack.json', 'nl', BASE);
    expect(result).toEqual({ ok: false, reason: 'other-origin' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a pack over its limit of 500 kB, and reads one just under it', async () => {
    const padded = (bytes: number) => {
      const text = JSON.stringify(nlPack);
      const size = new TextEncoder().encode(text).byteLength;
      return text.slice(0, -1) + ' '.repeat(bytes - size) + text.slice(-1);
    };
    vi.stubGlobal('fetch', async () => new Response(padded(PACK_MAX_BYTES + 1)));
    expect(await loadPackFrom('/pack.json', 'nl', BASE)).toEqual({
      ok: false,
      reason: 'too-large',
    });
    vi.stubGlobal('fetch', async () => new Response(padded(PACK_MAX_BYTES)));
    expect((await loadPackFrom('/pack.json', 'nl', BASE)).ok).toBe(true);
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

  it('says a body that is not JSON or not a pack is invalid, and a server error is missing', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>'));
    expect(await loadPackFrom('/pack.json', 'nl', BASE)).toEqual({ ok: false, reason: 'invalid' });
    vi.stubGlobal('fetch', async () => new Response('{"id":"x"}'));
    expect(await loadPackFrom('/pack.json', 'nl', BASE)).toEqual({ ok: false, reason: 'invalid' });
    vi.stubGlobal('fetch', async () => new Response('', { status: 500 }));
    expect(await loadPackFrom('/pack.json', 'nl', BASE)).toEqual({ ok: false, reason: 'missing' });
  });

  it('says a template that is no URL is invalid', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    expect(await loadPackFrom('http://[::1', 'nl', BASE)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});
