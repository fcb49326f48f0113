import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { type ConsultOption, consultReducer, initialConsult } from '../../src/domain/consult';
import { DEFAULT_SUMMARY_SETTINGS } from '../../src/domain/summarysettings';
import { consultDraftStore } from '../../src/storage/consultdrafts';
import { type Connection, DB_VERSION, openConnection, STORES } from '../../src/storage/database';
import { historyKey, historyStore } from '../../src/storage/history';
import { keuzekaartStore } from '../../src/storage/keuzekaarten';
import { patientDraftStore } from '../../src/storage/patientdraft';
import { nextPurgeAt, RETENTION, settingsStore } from '../../src/storage/settings';
import { createV2Database, V2_RECORDS } from '../fixtures/database-v2';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 25, 9, 0);

const afwachten: ConsultOption = {
  id: 'afwachten',
  title: 'Afwachten',
  description: 'Later opnieuw bekijken.',
  pros: [],
  cons: [],
  dimensions: [],
  afwachten: true,
};

function finished(id: string, startedAt: number, hulpvraag = 'Rugpijn.') {
  const state = consultReducer(initialConsult(afwachten), {
    type: 'text',
    field: 'hulpvraag',
    value: hulpvraag,
  });
  return { id, startedAt, finishedAt: startedAt + 600_000, summary: `S: ${hulpvraag}`, state };
}

const backends: [string, () => Promise<Connection>][] = [
  ['IndexedDB', () => openConnection()],
  ['memory', () => openConnection({ memory: true })],
];

describe.each(backends)('history in %s', (_name, connect) => {
  it('lists the newest first, a page at a time, and replaces a consult finished again', async () => {
    const history = historyStore(await connect());
    for (let i = 0; i < 25; i++) await history.save(finished(`c${i}`, NOW - i * 3_600_000));
    await history.save(finished('c3', NOW - 3 * 3_600_000, 'Opnieuw afgerond.'));
    const first = await history.page(10);
    expect(first.map((e) => e.id)).toEqual(Array.from({ length: 10 }, (_, i) => `c${i}`));
    expect(first[3]?.summary).toBe('S: Opnieuw afgerond.');
    const second = await history.page(10, first.at(-1)?.key);
    expect(second.map((e) => e.id)).toEqual(Array.from({ length: 10 }, (_, i) => `c${i + 10}`));
    const last = await history.page(10, second.at(-1)?.key);
    expect(last.map((e) => e.id)).toEqual(['c20', 'c21', 'c22', 'c23', 'c24']);
    expect(await history.page(10, last.at(-1)?.key)).toEqual([]);
  });

  it('finds by date, both ends inclusive', async () => {
    const history = historyStore(await connect());
    for (let d = 0; d < 10; d++) await history.save(finished(`d${d}`, NOW - d * DAY));
    const found = await history.between(NOW - 5 * DAY, NOW - 2 * DAY);
    expect(found.map((e) => e.id)).toEqual(['d2', 'd3', 'd4', 'd5']);
    expect(await history.between(NOW + 1, NOW + DAY)).toEqual([]);
  });

  it('purges what is older than the retention period, and nothing else', async () => {
    const connection = await connect();
    const history = historyStore(connection);
    const drafts = consultDraftStore(connection);
    const draft = await drafts.create(finished('x', 0).state, NOW - 100 * DAY);
    await history.save(finished('old', NOW - 30 * DAY - 1));
    await history.save(finished('edge', NOW - 30 * DAY));
    await history.save(finished('new', NOW - DAY));
    expect(await history.purge(NOW, 30)).toBe(1);
    expect((await history.page(10)).map((e) => e.id)).toEqual(['new', 'edge']);
    // A consult still in progress is not history: the purge leaves it alone.
    expect(await drafts.load(draft.id)).toEqual(draft);
    expect(await history.purge(NOW, 30)).toBe(0);
  });

  it('removes one entry, or all', async () => {
    const history = historyStore(await connect());
    await history.save(finished('a', NOW));
    await history.save(finished('b', NOW - 1));
    await history.remove(historyKey(NOW, 'a'));
    expect((await history.page(10)).map((e) => e.id)).toEqual(['b']);
    await history.clear();
    expect(await history.page(10)).toEqual([]);
  });

  it('skips an unreadable record instead of showing half of it', async () => {
    const connection = await connect();
    const history = historyStore(connection);
    await history.save(finished('good', NOW));
    await connection.put('history', historyKey(NOW - 1, 'bad'), { id: 'bad', summary: 42 });
    expect((await history.page(10)).map((e) => e.id)).toEqual(['good']);
  });

  it('keeps the retention setting, 1 to 90 days, and when the purge last ran', async () => {
    const settings = settingsStore(await connect());
    expect(await settings.retention()).toEqual({ days: RETENTION.default, lastPurge: null });
    expect(await settings.retention(7)).toEqual({ days: 7, lastPurge: null });
    expect(await settings.setRetention(14)).toEqual({ days: 14, lastPurge: null });
    await expect(settings.setRetention(0)).rejects.toThrow(RangeError);
    await expect(settings.setRetention(91)).rejects.toThrow(RangeError);
    const purged = await settings.markPurged(NOW);
    expect(purged).toEqual({ days: 14, lastPurge: NOW });
    expect(nextPurgeAt(purged, NOW + 5)).toBe(NOW + DAY);
    expect(nextPurgeAt({ days: 30, lastPurge: null }, NOW)).toBe(NOW);
  });
});

describe.each(backends)('the summary settings in %s', (_name, connect) => {
  it('are the defaults until set, then kept; a damaged record reads as the defaults', async () => {
    const connection = await connect();
    const settings = settingsStore(connection);
    expect(await settings.summary()).toEqual(DEFAULT_SUMMARY_SETTINGS);
    const ascii = { charset: 'ascii', wrap: 72, versionLine: false } as const;
    await settings.setSummary(ascii);
    expect(await settingsStore(connection).summary()).toEqual(ascii);
    await connection.put('settings', 'summary', { charset: 'ebcdic', wrap: 3, versionLine: 'ja' });
    expect(await settings.summary()).toEqual(DEFAULT_SUMMARY_SETTINGS);
    // The retention beside it is untouched.
    expect((await settings.retention()).days).toBe(RETENTION.default);
  });

  it('refuses to store what it could not read back', async () => {
    const settings = settingsStore(await connect());
    await expect(
      settings.setSummary({ charset: 'latin1', wrap: 10, versionLine: true }),
    ).rejects.toThrow();
    expect(await settings.summary()).toEqual(DEFAULT_SUMMARY_SETTINGS);
  });
});

describe('upgrading the database of release 0.1 (version 2)', () => {
  it('migrates with every record intact and readable', async () => {
    await createV2Database(indexedDB, 'samenspraak');
    const connection = await openConnection();
    expect(connection.kind).toBe('indexeddb');
    expect(DB_VERSION).toBe(5);

    expect(await connection.get('patient', 'draft')).toEqual(V2_RECORDS.patient.draft);
    const draft = await patientDraftStore(connection).load();
    expect(draft?.state.preparation.question).toBe('Why am I so tired?');

    // Release 0.1 knew no edited summary and no ICPC code: its consults read back as "not
    // edited", with no code.
    const consults = await consultDraftStore(connection).list();
    expect(consults).toEqual(
      Object.values(V2_RECORDS.consults).map((c) => ({
        ...c,
        state: { ...c.state, icpc: null, summaryEdit: null },
      })),
    );

    const cards = await keuzekaartStore(connection).list();
    expect(cards.map((c) => c.id)).toEqual(['eigen-kaart']);

    // The new stores exist and work.
    await historyStore(connection).save(finished('after', NOW));
    expect((await historyStore(connection).page(1))[0]?.id).toBe('after');
    expect(await settingsStore(connection).retention()).toEqual({ days: 30, lastPurge: null });
    connection.close();

    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('samenspraak');
      request.onsuccess = () => resolve(request.result);
    });
    expect(raw.version).toBe(DB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual([...STORES].sort());
    raw.close();
  });
});
