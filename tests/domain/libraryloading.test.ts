import { afterEach, describe, expect, it, vi } from 'vitest';
import somberheid from '../../content/keuzekaarten/somberheid.json';
import { problemMessage, readLibrary } from '../../src/content/cardlibrary';
import { LIBRARY_FORMAT, LIBRARY_MAX_BYTES } from '../../src/domain/cardlibrary';
import { MAX_IMPORT_BYTES } from '../../src/domain/importing';

// Reading a practice's library with fetch stubbed: which files are asked for, and what becomes
// of each answer. The fetching rules themselves are tests/domain/samefetch.test.ts.

const BASE = 'https://praktijk.example/samenspraak/consult.html';
const INDEX = '/samenspraak/praktijk/keuzekaarten.json';
const AT = 'https://praktijk.example/samenspraak/praktijk/';

afterEach(() => vi.unstubAllGlobals());

const card = (id: string, version: string) => ({
  ...somberheid,
  id,
  version,
  title: `Kaart ${id}`,
});

/** A server with these files (by full URL); anything else is a 404. Records what was asked. */
function server(files: Record<string, unknown>) {
  const asked: string[] = [];
  const fetch = vi.fn(async (url: URL) => {
    asked.push(url.href);
    if (!(url.href in files)) return new Response('', { status: 404 });
    const body = files[url.href];
    return new Response(typeof body === 'string' ? body : JSON.stringify(body));
  });
  vi.stubGlobal('fetch', fetch);
  return asked;
}

const index = (cards: unknown[]) => ({ format: LIBRARY_FORMAT, version: 1, cards });

describe('readLibrary', () => {
  it('fetches only the newer and the new cards, and offers them checked', async () => {
    const asked = server({
      [`${AT}keuzekaarten.json`]: index([
        { id: 'somberheid', version: '1.2.0', file: 'somberheid.json' },
        { id: 'nieuw', version: '1.0.0', file: 'kaarten/nieuw.json' },
        { id: 'gelijk', version: '1.0.0', file: 'gelijk.json' },
        { id: 'oud', version: '1.0.0', file: 'oud.json', withdrawn: true },
      ]),
      [`${AT}somberheid.json`]: card('somberheid', '1.2.0'),
      [`${AT}kaarten/nieuw.json`]: card('nieuw', '1.0.0'),
    });
    const result = await readLibrary(
      INDEX,
      [
        { id: 'somberheid', version: '1.0.0' },
        { id: 'gelijk', version: '1.0.0' },
        { id: 'oud', version: '1.0.0' },
      ],
      { base: BASE, now: () => 42 },
    );
    if (!result.ok) throw new Error('the library was not read');
    expect(result.at).toBe(42);
    expect(result.problems).toEqual([]);
    expect(result.newer.map((o) => [o.card.id, o.card.version, o.current])).toEqual([
      ['somberheid', '1.2.0', '1.0.0'],
    ]);
    expect(result.added.map((c) => [c.id, c.version])).toEqual([['nieuw', '1.0.0']]);
    expect(result.withdrawn).toEqual(['oud']);
    expect(asked.sort()).toEqual(
      [`${AT}keuzekaarten.json`, `${AT}kaarten/nieuw.json`, `${AT}somberheid.json`].sort(),
    );
  });

  it('revalidates the index and the cards with the server, never from another origin', async () => {
    server({ [`${AT}keuzekaarten.json`]: index([]) });
    await readLibrary(INDEX, [], { base: BASE });
    expect(fetch).toHaveBeenCalledWith(
      new URL(`${AT}keuzekaarten.json`),
      expect.objectContaining({ cache: 'no-cache', redirect: 'error' }),
    );
  });

  it('refuses an index on another origin without a request', async () => {
    const asked = server({});
    const result = await readLibrary('https://elders.example/keuzekaarten.json', [], {
      base: BASE,
    });
    expect(result).toEqual({ ok: false, problem: { kind: 'index', reason: 'other-origin' } });
    expect(asked).toEqual([]);
  });

  it('refuses a card file that leaves the origin, unfetched, and still uses the others', async () => {
    const asked = server({
      [`${AT}keuzekaarten.json`]: index([
        { id: 'a', version: '1.0.0', file: 'https://elders.example/a.json' },
        { id: 'b', version: '1.0.0', file: '//elders.example/b.json' },
        { id: 'c', version: '1.0.0', file: 'c.json' },
      ]),
      [`${AT}c.json`]: card('c', '1.0.0'),
    });
    const result = await readLibrary(INDEX, [], { base: BASE });
    if (!result.ok) throw new Error('the library was not read');
    expect(result.added.map((c) => c.id)).toEqual(['c']);
    expect(result.problems).toEqual([
      { kind: 'card', id: 'a', file: 'https://elders.example/a.json', reason: 'other-origin' },
      { kind: 'card', id: 'b', file: '//elders.example/b.json', reason: 'other-origin' },
    ]);
    expect(asked.every((url) => url.startsWith('https://praktijk.example/'))).toBe(true);
  });

  it('refuses a card file whose id or version is not its entry, or that is no card', async () => {
    server({
      [`${AT}keuzekaarten.json`]: index([
        { id: 'a', version: '1.0.0', file: 'a.json' },
        { id: 'b', version: '2.0.0', file: 'b.json' },
        { id: 'c', version: '1.0.0', file: 'c.json' },
        { id: 'd', version: '1.0.0', file: 'd.json' },
        { id: 'e', version: '1.0.0', file: 'e.json' },
        { id: 'f', version: '1.0.0', file: 'f.json' },
      ]),
      [`${AT}a.json`]: card('ander', '1.0.0'),
      [`${AT}b.json`]: card('b', '1.9.0'),
      [`${AT}c.json`]: { ...card('c', '1.0.0'), options: [] },
      [`${AT}d.json`]: '{"id":',
      [`${AT}f.json`]: card('f', '1.0.0'),
    });
    const result = await readLibrary(INDEX, [], { base: BASE });
    if (!result.ok) throw new Error('the library was not read');
    expect(result.added.map((c) => c.id)).toEqual(['f']);
    expect(result.problems.map((p) => p.kind === 'card' && [p.id, p.reason])).toEqual([
      ['a', 'id'],
      ['b', 'version'],
      ['c', 'invalid'],
      ['d', 'not-json'],
      ['e', 'missing'],
    ]);
  });

  it('holds the index to 100 kB and a card file to the import limit', async () => {
    const big = (value: unknown, bytes: number) => {
      const text = JSON.stringify(value);
      return text.slice(0, -1) + ' '.repeat(bytes - text.length) + text.slice(-1);
    };
    server({ [`${AT}keuzekaarten.json`]: big(index([]), LIBRARY_MAX_BYTES + 1) });
    expect(await readLibrary(INDEX, [], { base: BASE })).toEqual({
      ok: false,
      problem: { kind: 'index', reason: 'too-large' },
    });
    const entries = [
      { id: 'a', version: '1.0.0', file: 'a.json' },
      { id: 'b', version: '1.0.0', file: 'b.json' },
    ];
    const ascii = (id: string) =>
      JSON.parse(JSON.stringify(card(id, '1.0.0')).replace(/[^\x20-\x7e]/g, 'e'));
    server({
      [`${AT}keuzekaarten.json`]: big(index(entries), LIBRARY_MAX_BYTES),
      [`${AT}a.json`]: big(ascii('a'), MAX_IMPORT_BYTES + 1),
      [`${AT}b.json`]: big(ascii('b'), MAX_IMPORT_BYTES),
    });
    const result = await readLibrary(INDEX, [], { base: BASE });
    if (!result.ok) throw new Error('the library was not read');
    expect(result.added.map((c) => c.id)).toEqual(['b']);
    expect(result.problems).toEqual([
      { kind: 'card', id: 'a', file: 'a.json', reason: 'too-large' },
    ]);
  });

  it('says why an index was refused: not JSON, not an index', async () => {
    server({ [`${AT}keuzekaarten.json`]: '<html>' });
    expect(await readLibrary(INDEX, [], { base: BASE })).toEqual({
      ok: false,
      problem: { kind: 'index', reason: 'not-json' },
    });
    server({ [`${AT}keuzekaarten.json`]: somberheid });
    expect(await readLibrary(INDEX, [], { base: BASE })).toEqual({
      ok: false,
      problem: { kind: 'index', reason: 'format' },
    });
  });

  it('gives up on a library that never answers', async () => {
    vi.stubGlobal(
      'fetch',
      (_url: URL, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
        }),
    );
    const started = Date.now();
    expect(await readLibrary(INDEX, [], { base: BASE, timeoutMs: 50 })).toEqual({
      ok: false,
      problem: { kind: 'index', reason: 'timeout' },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('reads at most four card files at once', async () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({
      id: `k${i}`,
      version: '1.0.0',
      file: `k${i}.json`,
    }));
    let open = 0;
    let most = 0;
    vi.stubGlobal('fetch', async (url: URL) => {
      if (url.pathname.endsWith('keuzekaarten.json'))
        return new Response(JSON.stringify(index(entries)));
      open += 1;
      most = Math.max(most, open);
      await new Promise((resolve) => setTimeout(resolve, 5));
      open -= 1;
      const id = url.pathname.split('/').pop()?.replace('.json', '') ?? '';
      return new Response(JSON.stringify(card(id, '1.0.0')));
    });
    const result = await readLibrary(INDEX, [], { base: BASE });
    expect(result.ok && result.added.map((c) => c.id)).toEqual(entries.map((e) => e.id));
    expect(most).toBe(4);
  });
});

describe('problemMessage', () => {
  it('names the library and the card for the host page', () => {
    expect(problemMessage(INDEX, { kind: 'index', reason: 'timeout' })).toContain(
      `"${INDEX}" could not be used (timeout)`,
    );
    expect(
      problemMessage(INDEX, { kind: 'card', id: 'a', file: 'a.json', reason: 'version' }),
    ).toContain('"a"');
  });
});
