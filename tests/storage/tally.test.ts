import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { initialConsult } from '../../src/domain/consult';
import { contributionOf } from '../../src/domain/intervisie/tally';
import { DAY_MS } from '../../src/domain/retention';
import { consultDraftStore } from '../../src/storage/consultdrafts';
import { type Connection, DB_VERSION, openConnection, STORES } from '../../src/storage/database';
import { historyStore } from '../../src/storage/history';
import { purgeExpired } from '../../src/storage/purge';
import { tallyStore } from '../../src/storage/tally';
import { fullConsult } from '../domain/intervisie/fixtures';
import { AFWACHTEN } from '../fixtures/consult';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const NOV = new Date(2026, 10, 12, 9, 0).getTime();
const DEC = new Date(2026, 11, 2, 9, 0).getTime();

const backends: [string, () => Promise<Connection>][] = [
  ['IndexedDB', () => openConnection()],
  ['memory', () => openConnection({ memory: true })],
];

describe.each(backends)('the tally in %s', (_name, connect) => {
  it('counts finished consults per month, and a consult finished again once', async () => {
    const tally = tallyStore(await connect());
    await tally.count({ id: 'c', startedAt: NOV }, fullConsult(), null);
    await tally.count({ id: 'c', startedAt: NOV + DAY_MS }, initialConsult(AFWACHTEN), null);
    await tally.count({ id: 'c', startedAt: DEC }, fullConsult(), null);
    // The second consult finished again, now with a choice named.
    const again = { ...initialConsult(AFWACHTEN), choiceStated: true };
    await tally.count(
      { id: 'c', startedAt: NOV + DAY_MS },
      again,
      contributionOf(initialConsult(AFWACHTEN)),
    );
    const months = await tally.months();
    expect(months.map((m) => m.month)).toEqual(['2026-11', '2026-12']);
    expect(months[0]?.counts).toMatchObject({
      consults: 2,
      'choice:yes': 2,
      'prep:code': 1,
      'prep:none': 1,
    });
    expect(months[0]?.counts['choice:no']).toBeUndefined();
    expect(months[1]?.counts.consults).toBe(1);
  });

  it('counts nothing while switched off, and clears every month', async () => {
    const tally = tallyStore(await connect());
    expect(await tally.counting()).toBe(true);
    await tally.count({ id: 'c', startedAt: NOV }, fullConsult(), null);
    await tally.setCounting(false);
    expect(await tally.counting()).toBe(false);
    await tally.count({ id: 'c', startedAt: NOV }, fullConsult(), null);
    expect((await tally.months())[0]?.counts.consults).toBe(1);
    await tally.clear();
    expect(await tally.months()).toEqual([]);
  });

  it('skips a stored month that fails its schema, such as a counter made of free text', async () => {
    const connection = await connect();
    await connection.put('tally', '2026-10', { month: '2026-10', counts: { 'hulpvraag:moe': 1 } });
    await connection.put('tally', '2026-09', { month: '2026-09', counts: { consults: -1 } });
    const tally = tallyStore(connection);
    await tally.count({ id: 'c', startedAt: NOV }, fullConsult(), null);
    expect((await tally.months()).map((m) => m.month)).toEqual(['2026-11']);
  });

  it('survives the retention purge that removes the consults it counted', async () => {
    const connection = await connect();
    const history = historyStore(connection);
    const drafts = consultDraftStore(connection);
    const tally = tallyStore(connection);
    const state = fullConsult();
    await history.save({ id: 'a', startedAt: NOV, finishedAt: NOV + 1, summary: 'S: x', state });
    await tally.count({ id: 'c', startedAt: NOV }, state, null);
    const purged = await purgeExpired({ history, drafts }, NOV + 40 * DAY_MS, 30);
    expect(purged.history).toBe(1);
    expect(await history.page(10)).toEqual([]);
    expect((await tally.months())[0]?.counts.consults).toBe(1);
  });

  it('counts a consult finished again once, whether counting was off or on at each finish', async () => {
    const connection = await connect();
    const history = historyStore(connection);
    const tally = tallyStore(connection);
    // What Consult.tsx does when "Consult afronden en bewaren" is pressed.
    const finish = async (id: string, state: ReturnType<typeof fullConsult>) => {
      const previous = await history.get(NOV, id);
      await history.save({ id, startedAt: NOV, finishedAt: NOV + 1, summary: 'S: x', state });
      await tally.count({ id, startedAt: NOV }, state, previous?.tallied ?? null);
    };
    const noChoice = { ...initialConsult(AFWACHTEN), choiceStated: false };
    await finish('b', fullConsult());
    expect((await history.get(NOV, 'b'))?.tallied).toContain('choice:yes');
    // Finished while counting was off, then again with it on: counted once, nothing taken back.
    await tally.setCounting(false);
    await finish('a', noChoice);
    expect((await history.get(NOV, 'a'))?.tallied).toBeUndefined();
    await tally.setCounting(true);
    await finish('a', noChoice);
    let counts = (await tally.months())[0]?.counts;
    expect(counts).toMatchObject({ consults: 2, 'choice:yes': 1, 'choice:no': 1 });
    // Counted, finished again while off (its counters stay), then again while on: still once.
    await tally.setCounting(false);
    await finish('b', noChoice);
    expect((await history.get(NOV, 'b'))?.tallied).toContain('choice:yes');
    await tally.setCounting(true);
    await finish('b', noChoice);
    counts = (await tally.months())[0]?.counts;
    expect(counts).toMatchObject({ consults: 2, 'choice:no': 2 });
    expect(counts?.['choice:yes']).toBeUndefined();
  });

  it('finds a consult finished before, to take its counters back', async () => {
    const history = historyStore(await connect());
    const state = fullConsult();
    await history.save({ id: 'a', startedAt: NOV, finishedAt: NOV + 1, summary: 'S: x', state });
    expect((await history.get(NOV, 'a'))?.state).toEqual(state);
    expect(await history.get(NOV, 'b')).toBeNull();
  });
});

describe('the migration to version 5', () => {
  it('adds the tally store to a version 4 database and keeps its records', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('samenspraak', 4);
      request.onupgradeneeded = () => {
        for (const store of STORES.filter((s) => s !== 'tally'))
          request.result.createObjectStore(store);
      };
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ days: 12, lastPurge: null }, 'retention');
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
      };
      request.onerror = () => reject(request.error);
    });
    const connection = await openConnection();
    expect(connection.kind).toBe('indexeddb');
    expect(DB_VERSION).toBe(5);
    expect(await connection.get('settings', 'retention')).toEqual({ days: 12, lastPurge: null });
    await tallyStore(connection).count({ id: 'c', startedAt: NOV }, fullConsult(), null);
    expect((await tallyStore(connection).months())[0]?.counts.consults).toBe(1);
    connection.close();
  });
});
