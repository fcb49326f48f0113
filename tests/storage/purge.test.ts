import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { initialConsult } from '../../src/domain/consult';
import { DAY_MS } from '../../src/domain/retention';
import { consultDraftStore } from '../../src/storage/consultdrafts';
import { type Connection, openConnection } from '../../src/storage/database';
import { historyStore } from '../../src/storage/history';
import { purgeExpired } from '../../src/storage/purge';
import { AFWACHTEN } from '../fixtures/consult';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const NOW = Date.UTC(2026, 11, 1, 9, 0);

const state = () => initialConsult(AFWACHTEN);

function finished(id: string, startedAt: number) {
  return { id, startedAt, finishedAt: startedAt + 1, summary: 'S: x', state: state() };
}

const backends: [string, () => Promise<Connection>][] = [
  ['IndexedDB', () => openConnection()],
  ['memory', () => openConnection({ memory: true })],
];

describe.each(backends)('purgeExpired in %s', (_name, connect) => {
  async function stores() {
    const connection = await connect();
    return { history: historyStore(connection), drafts: consultDraftStore(connection) };
  }

  it('removes finished consults and drafts past the period, and keeps the edge', async () => {
    const storage = await stores();
    await storage.history.save(finished('old', NOW - 30 * DAY_MS - 1));
    await storage.history.save(finished('edge', NOW - 30 * DAY_MS));
    await storage.history.save(finished('new', NOW - DAY_MS));
    const stale = await storage.drafts.create(state(), NOW - 30 * DAY_MS - 1);
    const edge = await storage.drafts.create(state(), NOW - 30 * DAY_MS);
    const fresh = await storage.drafts.create(state(), NOW - 1);

    expect(await purgeExpired(storage, NOW, 30)).toEqual({ history: 1, drafts: 1 });
    expect((await storage.history.page(10)).map((e) => e.id)).toEqual(['new', 'edge']);
    const left = (await storage.drafts.list()).map((d) => d.id);
    expect(left.sort()).toEqual([edge.id, fresh.id].sort());
    expect(left).not.toContain(stale.id);
    // Nothing is left to purge a second time.
    expect(await purgeExpired(storage, NOW, 30)).toEqual({ history: 0, drafts: 0 });
  });

  it("forgets a finished consult's mark once the period has passed", async () => {
    const connection = await connect();
    const drafts = consultDraftStore(connection);
    const storage = { history: historyStore(connection), drafts };
    const old = await drafts.create(state(), NOW - 40 * DAY_MS);
    const recent = await drafts.create(state(), NOW - 40 * DAY_MS);
    await drafts.remove(old.id, NOW - 31 * DAY_MS);
    await drafts.remove(recent.id, NOW - DAY_MS);
    await purgeExpired(storage, NOW, 30);
    expect(await connection.keys('consults')).toEqual([recent.id]);
    // Until then, no tab can save the finished consult as a draft again.
    await expect(drafts.save(recent.id, state(), 1, NOW)).rejects.toMatchObject({ current: null });
  });

  it('dates a draft by its last save, not by when it began', async () => {
    const storage = await stores();
    const record = await storage.drafts.create(state(), NOW - 60 * DAY_MS);
    await storage.drafts.save(record.id, state(), 1, NOW - DAY_MS);
    expect(await purgeExpired(storage, NOW, 30)).toEqual({ history: 0, drafts: 0 });
    expect(await storage.drafts.load(record.id)).not.toBeNull();
  });

  it('with one day kept, removes everything older than 24 hours', async () => {
    const storage = await stores();
    await storage.history.save(finished('yesterday', NOW - DAY_MS - 1));
    await storage.history.save(finished('today', NOW - DAY_MS + 1));
    await storage.drafts.create(state(), NOW - DAY_MS - 1);
    expect(await purgeExpired(storage, NOW, 1)).toEqual({ history: 1, drafts: 1 });
    expect((await storage.history.page(10)).map((e) => e.id)).toEqual(['today']);
  });

  it('tries both stores when one fails, then reports the failure', async () => {
    const storage = await stores();
    await storage.drafts.create(state(), NOW - 40 * DAY_MS);
    const failing = {
      ...storage,
      history: { ...storage.history, purge: () => Promise.reject(new Error('disk')) },
    };
    await expect(purgeExpired(failing, NOW, 30)).rejects.toThrow('disk');
    expect(await storage.drafts.list()).toEqual([]);
  });
});
