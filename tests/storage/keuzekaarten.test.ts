import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import somberheid from '../../content/keuzekaarten/somberheid.json';
import { draftFromCard, emptyDraft } from '../../src/domain/cardedit';
import { type Keuzekaart, keuzekaartSchema } from '../../src/domain/keuzekaart';
import { type Connection, openConnection } from '../../src/storage/database';
import { keuzekaartStore } from '../../src/storage/keuzekaarten';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const backends: [string, () => Promise<Connection>][] = [
  ['IndexedDB', () => openConnection()],
  ['memory', () => openConnection({ memory: true })],
];

const card = (changes: Partial<Keuzekaart> = {}): Keuzekaart =>
  keuzekaartSchema.parse({ ...structuredClone(somberheid), example: false, ...changes });

describe.each(backends)('the practice’s keuzekaarten in %s', (_name, connect) => {
  it('keep every earlier version readable, the newest first, apart from other cards', async () => {
    const store = keuzekaartStore(await connect());
    await store.save(card({ version: '1.0.0', title: 'Eerste' }));
    await store.save(card({ version: '1.1.0', title: 'Tweede' }));
    await store.save(card({ version: '1.10.0', title: 'Derde' }));
    // Another card whose id starts with the same letters has versions of its own.
    await store.save(card({ id: 'somberheid-2', version: '1.0.0' }));
    await store.save(card({ id: 'somberheid-2', version: '2.0.0' }));
    expect((await store.list()).map((c) => `${c.id} ${c.version}`).sort()).toEqual([
      'somberheid 1.10.0',
      'somberheid-2 2.0.0',
    ]);
    expect((await store.versions('somberheid')).map((c) => [c.version, c.title])).toEqual([
      ['1.1.0', 'Tweede'],
      ['1.0.0', 'Eerste'],
    ]);
    expect((await store.versions('somberheid-2')).map((c) => c.version)).toEqual(['1.0.0']);
  });

  it('save the same version again without keeping a copy', async () => {
    const store = keuzekaartStore(await connect());
    await store.save(card({ version: '1.0.0', title: 'Eerste' }));
    await store.save(card({ version: '1.0.0', title: 'Eerste, verbeterd' }));
    expect(await store.versions('somberheid')).toEqual([]);
    expect((await store.list())[0]?.title).toBe('Eerste, verbeterd');
  });

  it('keep drafts, the last written first, and drop a record that is no draft', async () => {
    const connection = await connect();
    const store = keuzekaartStore(connection);
    const empty = emptyDraft('2026-12-03', 'Afwachten');
    const filled = draftFromCard(card());
    await store.saveDraft('a', empty, 1);
    await store.saveDraft('b', filled, 2);
    await connection.put('kaartconcepten', 'c', { draft: { title: 42 }, savedAt: 3 });
    const drafts = await store.drafts();
    expect(drafts.map((d) => d.key)).toEqual(['b', 'a']);
    expect(drafts[0]?.draft).toEqual(filled);
    await store.removeDraft('b');
    expect((await store.drafts()).map((d) => d.key)).toEqual(['a']);
  });
});
