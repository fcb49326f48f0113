import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import { initialVragenlijst, vragenlijstReducer } from '../../src/domain/vragenlijst';
import { DB_NAME, openConnection } from '../../src/storage/database';
import { draftKey, patientDraftStore } from '../../src/storage/patientdraft';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const filled = () =>
  [
    { type: 'answer', itemId: 'lichaam-snel', value: 6 },
    { type: 'talk', dimension: 'meedoen', on: true },
    { type: 'text', field: 'question', value: 'Ik ben zo moe.' },
    { type: 'step', step: 'vraag' },
  ].reduce(
    (s, a) => vragenlijstReducer(s, a as Parameters<typeof vragenlijstReducer>[1]),
    initialVragenlijst(DEFAULT_PACK, 'nl'),
  );

describe('patientDraftStore', () => {
  it('saves and loads the draft exactly', async () => {
    const store = patientDraftStore(await openConnection());
    await store.save(filled(), 1234);
    expect(await store.load()).toEqual({ savedAt: 1234, state: filled() });
  });

  it('has nothing to load on a fresh tablet', async () => {
    expect(await patientDraftStore(await openConnection()).load()).toBeNull();
  });

  it('wipes every record of the patient store', async () => {
    const connection = await openConnection();
    const store = patientDraftStore(connection);
    await store.save(filled());
    await store.wipe();
    expect(await connection.keys('patient')).toEqual([]);
    expect(await store.load()).toBeNull();
  });

  it('drops a damaged record instead of trusting it', async () => {
    const connection = await openConnection();
    await connection.put('patient', 'draft', { savedAt: 1, state: { step: 'hack', page: 0 } });
    expect(await patientDraftStore(connection).load()).toBeNull();
    expect(await connection.keys('patient')).toEqual([]);
  });

  it('works in memory when IndexedDB is missing', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser in a private mode may have no indexedDB at all
    delete globalThis.indexedDB;
    try {
      const connection = await openConnection();
      expect(connection.kind).toBe('memory');
      const store = patientDraftStore(connection);
      await store.save(filled(), 5);
      expect((await store.load())?.state).toEqual(filled());
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('falls back to memory when the open is refused', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    globalThis.indexedDB = refusing;
    expect((await openConnection()).kind).toBe('memory');
  });

  it('closes when a newer version opens elsewhere, and writes nothing stale', async () => {
    const connection = await openConnection();
    const events: string[] = [];
    connection.subscribe((e) => events.push(e));
    const newer = indexedDB.open(DB_NAME, 99);
    await new Promise((resolve, reject) => {
      newer.onsuccess = resolve;
      newer.onerror = () => reject(newer.error);
    });
    expect(events).toEqual(['outdated']);
    await expect(patientDraftStore(connection).save(filled())).rejects.toThrow('outdated');
    newer.result.close();
  });
});

describe('two patient elements on one page', () => {
  it('keep their own drafts, and wiping one leaves the other', async () => {
    const connection = await openConnection();
    const first = patientDraftStore(connection, draftKey('links'));
    const second = patientDraftStore(connection, draftKey('rechts'));
    await first.save(filled(), 1);
    expect(await second.load()).toBeNull();
    await second.save(filled(), 2);
    await first.wipe();
    expect(await first.load()).toBeNull();
    expect((await second.load())?.savedAt).toBe(2);
  });
  it('without ids: the first keeps the plain key, the others one by place that no id can take', () => {
    expect(draftKey()).toBe('draft');
    expect(draftKey(undefined, 0)).toBe('draft');
    expect(draftKey(undefined, 1)).toBe('draft@2');
    expect(draftKey('@2')).not.toBe(draftKey(undefined, 1));
    expect(draftKey('links', 3)).toBe('draft:links');
  });
});
