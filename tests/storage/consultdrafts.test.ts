import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import somberheid from '../../content/keuzekaarten/somberheid.json';
import nlPack from '../../content/packs/samenspraak-pg.nl.json';
import {
  AFWACHTEN_ID,
  type ConsultAction,
  type ConsultOption,
  type ConsultState,
  consultReducer,
  initialConsult,
} from '../../src/domain/consult';
import { contentPackSchema } from '../../src/domain/contentpack';
import { type Keuzekaart, keuzekaartSchema } from '../../src/domain/keuzekaart';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import { handoverOf, initialVragenlijst, vragenlijstReducer } from '../../src/domain/vragenlijst';
import {
  ConflictError,
  type ConsultRecord,
  consultDraftStore,
  openConsultStorage,
} from '../../src/storage/consultdrafts';
import { type Connection, DB_NAME, openConnection } from '../../src/storage/database';
import { keuzekaartStore } from '../../src/storage/keuzekaarten';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

// ---------------------------------------------------------------------------------------------
// Fixtures

const AFWACHTEN: ConsultOption = {
  id: AFWACHTEN_ID,
  title: 'Afwachten',
  description: '',
  pros: [],
  cons: [],
  dimensions: [],
  afwachten: true,
};

const bundledCards = import.meta.glob<unknown>('../../content/keuzekaarten/*.json', {
  eager: true,
  import: 'default',
});
const CARDS: Keuzekaart[] = Object.values(bundledCards).map((data) => keuzekaartSchema.parse(data));
const SOMBERHEID = keuzekaartSchema.parse(somberheid);

function consult(...actions: ConsultAction[]): ConsultState {
  return actions.reduce((s, a) => consultReducer(s, a), initialConsult(AFWACHTEN));
}

/** A consult with a patient's whole preparation, a keuzekaart, weights and a decision. */
function fullConsult(): ConsultState {
  const pack = contentPackSchema.parse(nlPack);
  const prep = [
    { type: 'answer', itemId: 'mentaal-kort', value: 4 },
    { type: 'talk', dimension: 'meedoen', on: true },
    { type: 'text', field: 'question', value: 'Ik ben zo moe.' },
  ].reduce(
    (s, a) => vragenlijstReducer(s, a as Parameters<typeof vragenlijstReducer>[1]),
    initialVragenlijst(DEFAULT_PACK, 'nl'),
  ).preparation;
  return consult(
    { type: 'open', origin: 'qr', handover: handoverOf(prep, pack) },
    { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN },
    { type: 'weight', key: 'poh-ggz/poh-ggz-voor-1', weight: 'erg' },
    { type: 'decision', decision: { kind: 'keuze', optionId: 'poh-ggz' } },
    { type: 'keuzecheck', item: 'sure', value: true },
    { type: 'afspraken', field: 'vangnet', value: 'Bellen als het slechter gaat.' },
  );
}

const edited = (state: ConsultState, hulpvraag: string) =>
  consultReducer(state, { type: 'text', field: 'hulpvraag', value: hulpvraag });

/**
 * Each backend with a way to get two "tabs" on the same data: two IndexedDB connections, or, in
 * memory mode (which one tab keeps to itself), two stores on one connection.
 */
const backends = [
  {
    name: 'IndexedDB',
    kind: 'indexeddb',
    tabs: async (): Promise<[Connection, Connection]> => [
      await openConnection(),
      await openConnection(),
    ],
  },
  {
    name: 'memory',
    kind: 'memory',
    tabs: async (): Promise<[Connection, Connection]> => {
      const connection = await openConnection({ memory: true });
      return [connection, connection];
    },
  },
] as const;

// ---------------------------------------------------------------------------------------------

describe.each(backends)('consultDraftStore in $name', ({ kind, tabs }) => {
  const open = async () => {
    const [connection] = await tabs();
    expect(connection.kind).toBe(kind);
    return { connection, drafts: consultDraftStore(connection) };
  };

  it('has no drafts at first', async () => {
    const { drafts } = await open();
    expect(await drafts.list()).toEqual([]);
    expect(await drafts.load('nothing-here')).toBeNull();
  });

  it('creates a draft at revision 1 and loads it back exactly', async () => {
    const { drafts } = await open();
    const state = fullConsult();
    const record = await drafts.create(state, 1_000);
    expect(record).toEqual({
      id: record.id,
      createdAt: 1_000,
      updatedAt: 1_000,
      revision: 1,
      state,
    });
    expect(record.id.length).toBeGreaterThan(0);
    expect(await drafts.load(record.id)).toEqual(record);
  });

  it('gives every draft its own id', async () => {
    const { drafts } = await open();
    const a = await drafts.create(consult());
    const b = await drafts.create(consult());
    expect(a.id).not.toBe(b.id);
    expect((await drafts.list()).map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('stamps the current time when none is given', async () => {
    const { drafts } = await open();
    const before = Date.now();
    const record = await drafts.create(consult());
    const after = Date.now();
    expect(record.createdAt).toBeGreaterThanOrEqual(before);
    expect(record.createdAt).toBeLessThanOrEqual(after);
    const saved = await drafts.save(record.id, consult(), 1);
    expect(saved.updatedAt).toBeGreaterThanOrEqual(record.updatedAt);
    expect(saved.updatedAt).toBeLessThanOrEqual(Date.now());
  });

  it('keeps what was stored, whatever happens to the objects afterwards', async () => {
    const { drafts } = await open();
    const state = fullConsult();
    const record = await drafts.create(state, 5);
    state.hulpvraag = 'later veranderd';
    record.state.voorkeur = 'ook veranderd';
    const loaded = await drafts.load(record.id);
    expect(loaded?.state).toEqual(fullConsult());
  });

  it('lists drafts newest first, by when they were last saved', async () => {
    const { drafts } = await open();
    const a = await drafts.create(consult(), 100);
    const b = await drafts.create(consult(), 300);
    const c = await drafts.create(consult(), 200);
    expect((await drafts.list()).map((r) => r.id)).toEqual([b.id, c.id, a.id]);
    await drafts.save(a.id, edited(a.state, 'Bijgewerkt'), 1, 400);
    expect((await drafts.list()).map((r) => r.id)).toEqual([a.id, b.id, c.id]);
  });

  it('saves over the revision it loaded: one revision up, created time kept', async () => {
    const { drafts } = await open();
    const record = await drafts.create(consult(), 100);
    const next = edited(fullConsult(), 'Moe en somber.');
    const saved = await drafts.save(record.id, next, 1, 250);
    expect(saved).toEqual({
      id: record.id,
      createdAt: 100,
      updatedAt: 250,
      revision: 2,
      state: next,
    });
    expect(await drafts.load(record.id)).toEqual(saved);
    const again = await drafts.save(record.id, edited(next, 'Nog iets.'), 2, 300);
    expect(again.revision).toBe(3);
    expect(again.createdAt).toBe(100);
    expect(await drafts.list()).toEqual([again]);
  });

  it('refuses a save over a revision another tab replaced, and overwrites nothing', async () => {
    const [first, second] = await tabs();
    const tabA = consultDraftStore(first);
    const tabB = consultDraftStore(second);
    const created = await tabA.create(consult(), 100);
    // Both tabs have revision 1 open. Tab A saves first.
    const loadedByB = await tabB.load(created.id);
    expect(loadedByB?.revision).toBe(1);
    const fromA = await tabA.save(created.id, edited(created.state, 'Van tab A'), 1, 200);
    const attempt = tabB.save(created.id, edited(created.state, 'Van tab B'), 1, 300);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConflictError', current: fromA });
    // What tab A saved is still there, in both tabs.
    expect(await tabA.load(created.id)).toEqual(fromA);
    expect(await tabB.load(created.id)).toEqual(fromA);
    expect((await tabB.list()).map((r) => r.state.hulpvraag)).toEqual(['Van tab A']);
  });

  it('lets the second tab save once it has the newer revision', async () => {
    const [first, second] = await tabs();
    const tabA = consultDraftStore(first);
    const tabB = consultDraftStore(second);
    const created = await tabA.create(consult(), 100);
    await tabA.save(created.id, edited(created.state, 'A'), 1, 200);
    const error = await tabB.save(created.id, edited(created.state, 'B'), 1, 300).catch((e) => e);
    const current = (error as ConflictError).current as ConsultRecord;
    const saved = await tabB.save(
      created.id,
      edited(current.state, 'A en B'),
      current.revision,
      400,
    );
    expect(saved.revision).toBe(3);
    expect((await tabA.load(created.id))?.state.hulpvraag).toBe('A en B');
    // Tab A is now behind in its turn.
    await expect(tabA.save(created.id, consult(), 2, 500)).rejects.toBeInstanceOf(ConflictError);
  });

  it('never writes a draft back that another tab finished or deleted', async () => {
    const [first, second] = await tabs();
    const tabA = consultDraftStore(first);
    const tabB = consultDraftStore(second);
    const created = await tabA.create(consult(), 100);
    expect((await tabB.load(created.id))?.revision).toBe(1);
    // Tab A finishes the consult: its draft goes. Tab B still has revision 1 open and types.
    await tabA.remove(created.id);
    const attempt = tabB.save(created.id, edited(created.state, 'Van tab B'), 1, 300);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    expect(await attempt.catch((e: unknown) => e)).toMatchObject({ current: null });
    expect(await tabA.load(created.id)).toBeNull();
    expect(await tabB.list()).toEqual([]);
  });

  it('writes a draft again that a cleared database lost, so typing goes on being kept', async () => {
    const { drafts, connection } = await open();
    const created = await drafts.create(consult(), 100);
    await connection.clear('consults');
    const saved = await drafts.save(created.id, edited(created.state, 'Na het wissen.'), 1, 200);
    expect(saved.revision).toBe(2);
    expect((await drafts.load(created.id))?.state.hulpvraag).toBe('Na het wissen.');
  });

  it('refuses a revision from the future as well', async () => {
    const { drafts } = await open();
    const record = await drafts.create(consult(), 100);
    await expect(drafts.save(record.id, consult(), 7, 200)).rejects.toBeInstanceOf(ConflictError);
    expect(await drafts.load(record.id)).toEqual(record);
  });

  it('lets exactly one of two simultaneous saves over the same revision win', async () => {
    const [first, second] = await tabs();
    const tabA = consultDraftStore(first);
    const tabB = consultDraftStore(second);
    const created = await tabA.create(consult(), 100);
    const results = await Promise.allSettled([
      tabA.save(created.id, edited(created.state, 'A'), 1, 200),
      tabB.save(created.id, edited(created.state, 'B'), 1, 200),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const winner = (won[0] as PromiseFulfilledResult<ConsultRecord>).value;
    expect(await tabA.load(created.id)).toEqual(winner);
    expect(winner.revision).toBe(2);
  });

  it('removes a draft', async () => {
    const { drafts } = await open();
    const keep = await drafts.create(consult(), 100);
    const gone = await drafts.create(consult(), 200);
    await drafts.remove(gone.id);
    expect(await drafts.load(gone.id)).toBeNull();
    expect(await drafts.list()).toEqual([keep]);
  });

  it('removes a draft that is not there without complaint', async () => {
    const { drafts } = await open();
    await expect(drafts.remove('nothing-here')).resolves.toBeUndefined();
  });

  it('skips records it cannot read, and still lists the others', async () => {
    const { connection, drafts } = await open();
    const good = await drafts.create(fullConsult(), 100);
    const base = { createdAt: 1, updatedAt: 999, revision: 1, state: consult() };
    const bad: Record<string, unknown> = {
      'not-an-object': 'consult',
      null: null,
      'no-state': { id: 'no-state', createdAt: 1, updatedAt: 999, revision: 1 },
      'revision-0': { ...base, id: 'revision-0', revision: 0 },
      'revision-half': { ...base, id: 'revision-half', revision: 1.5 },
      'updated-as-text': { ...base, id: 'updated-as-text', updatedAt: 'gisteren' },
      'empty-id': { ...base, id: '' },
      'unknown-step': { ...base, id: 'unknown-step', state: { ...consult(), step: 'hack' } },
      'no-options': { ...base, id: 'no-options', state: { ...consult(), options: [] } },
      'no-afwachten': {
        ...base,
        id: 'no-afwachten',
        state: { ...consult(), options: [{ ...AFWACHTEN, afwachten: false }] },
      },
      'old-shape': { ...base, id: 'old-shape', state: { step: 'start' } },
    };
    for (const [key, value] of Object.entries(bad)) await connection.put('consults', key, value);
    expect(await drafts.list()).toEqual([good]);
    for (const key of Object.keys(bad)) expect(await drafts.load(key), key).toBeNull();
    expect(await drafts.load(good.id)).toEqual(good);
  });

  it('does not mix up consults and keuzekaarten', async () => {
    const { connection, drafts } = await open();
    await keuzekaartStore(connection).save(SOMBERHEID);
    expect(await drafts.list()).toEqual([]);
    await drafts.create(consult());
    expect(await keuzekaartStore(connection).list()).toEqual([SOMBERHEID]);
  });
});

describe.each(backends)('keuzekaartStore in $name', ({ kind, tabs }) => {
  const open = async () => {
    const [connection] = await tabs();
    expect(connection.kind).toBe(kind);
    return { connection, cards: keuzekaartStore(connection) };
  };
  const byId = (list: Keuzekaart[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

  it('has no imported cards at first', async () => {
    expect(await (await open()).cards.list()).toEqual([]);
  });

  it('saves a card and lists it exactly', async () => {
    const { cards } = await open();
    await cards.save(SOMBERHEID);
    expect(await cards.list()).toEqual([SOMBERHEID]);
  });

  it('keeps every bundled card', async () => {
    const { cards } = await open();
    for (const card of CARDS) await cards.save(card);
    expect(CARDS.length).toBeGreaterThanOrEqual(4);
    expect(byId(await cards.list())).toEqual(byId(CARDS));
  });

  it('replaces a card with the same id', async () => {
    const { cards } = await open();
    await cards.save(SOMBERHEID);
    const newer = { ...SOMBERHEID, version: '1.1.0', title: 'Sombere gevoelens (praktijkversie)' };
    await cards.save(newer);
    expect(await cards.list()).toEqual([newer]);
  });

  it('removes a card, and a card that is not there without complaint', async () => {
    const { cards } = await open();
    for (const card of CARDS) await cards.save(card);
    await cards.remove('somberheid');
    await cards.remove('nothing-here');
    expect(byId(await cards.list())).toEqual(byId(CARDS.filter((c) => c.id !== 'somberheid')));
  });

  it('never returns a stored card that is not valid', async () => {
    const { connection, cards } = await open();
    await cards.save(SOMBERHEID);
    const twoAfwachten = {
      ...SOMBERHEID,
      id: 'twee-keer-afwachten',
      options: SOMBERHEID.options.map((o) => ({ ...o, afwachten: true })),
    };
    const broken: Record<string, unknown> = {
      half: { id: 'half', title: 'Alleen een titel' },
      text: 'keuzekaart',
      nothing: null,
      'twee-keer-afwachten': twoAfwachten,
      'bad-version': { ...SOMBERHEID, id: 'bad-version', version: 'v1' },
    };
    for (const [key, value] of Object.entries(broken))
      await connection.put('keuzekaarten', key, value);
    expect(await cards.list()).toEqual([SOMBERHEID]);
  });
});

describe('openConsultStorage', () => {
  it('opens IndexedDB, with drafts and keuzekaarten on one connection', async () => {
    const storage = await openConsultStorage();
    expect(storage.connection.kind).toBe('indexeddb');
    const record = await storage.drafts.create(fullConsult(), 10);
    await storage.keuzekaarten.save(SOMBERHEID);
    expect(await storage.drafts.list()).toEqual([record]);
    expect(await storage.keuzekaarten.list()).toEqual([SOMBERHEID]);
  });

  it('finds the drafts and cards again after a reload', async () => {
    const first = await openConsultStorage();
    const record = await first.drafts.create(fullConsult(), 10);
    await first.keuzekaarten.save(SOMBERHEID);
    first.connection.close();
    const second = await openConsultStorage();
    expect(await second.drafts.load(record.id)).toEqual(record);
    expect(await second.keuzekaarten.list()).toEqual([SOMBERHEID]);
  });

  // A closing page: the save under way waits on a read no script will see; the last write may
  // not queue behind it.
  it("a closing tab's overwrite aborts a save still reading, and lands", async () => {
    const { drafts, connection } = await openConsultStorage();
    const record = await drafts.create(consult(), 10);
    const typed = consult({
      type: 'text',
      field: 'inschatting',
      value: 'Zo snel als een tab sluit.',
    });
    const saving = drafts.save(record.id, consult(), record.revision, 20);
    // Let the save open its transaction; its read has not come back yet.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    const closing = drafts.overwrite({ ...record, revision: 2, updatedAt: 30, state: typed });
    await expect(saving).rejects.toThrow('write-failed');
    await closing;
    expect((await drafts.load(record.id))?.state).toEqual(typed);
    connection.close();
  });

  it('keeps databases with different names apart', async () => {
    const a = await openConsultStorage({ name: 'samenspraak-a' });
    const b = await openConsultStorage({ name: 'samenspraak-b' });
    await a.drafts.create(consult());
    expect(await a.drafts.list()).toHaveLength(1);
    expect(await b.drafts.list()).toEqual([]);
  });

  it("opens a tablet's older database, keeps the patient's draft and adds the consult stores", async () => {
    // Version 1 had only the patient store.
    const old = indexedDB.open(DB_NAME, 1);
    old.onupgradeneeded = () => old.result.createObjectStore('patient');
    await new Promise((resolve, reject) => {
      old.onsuccess = resolve;
      old.onerror = () => reject(old.error);
    });
    const tx = old.result.transaction('patient', 'readwrite');
    tx.objectStore('patient').put({ marker: true }, 'draft');
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    old.result.close();

    const storage = await openConsultStorage();
    expect(storage.connection.kind).toBe('indexeddb');
    expect(await storage.connection.get('patient', 'draft')).toEqual({ marker: true });
    const record = await storage.drafts.create(consult(), 1);
    expect(await storage.drafts.list()).toEqual([record]);
  });

  it('keeps everything in memory when asked to', async () => {
    const storage = await openConsultStorage({ memory: true });
    expect(storage.connection.kind).toBe('memory');
    const record = await storage.drafts.create(fullConsult(), 10);
    await storage.keuzekaarten.save(SOMBERHEID);
    expect(await storage.drafts.load(record.id)).toEqual(record);
    expect(await storage.keuzekaarten.list()).toEqual([SOMBERHEID]);
    // Nothing reached IndexedDB.
    expect(await (await openConsultStorage()).drafts.list()).toEqual([]);
  });

  it('forgets memory on reload: a new memory connection starts empty', async () => {
    const first = await openConsultStorage({ memory: true });
    await first.drafts.create(consult());
    await first.keuzekaarten.save(SOMBERHEID);
    const second = await openConsultStorage({ memory: true });
    expect(await second.drafts.list()).toEqual([]);
    expect(await second.keuzekaarten.list()).toEqual([]);
  });

  it('falls back to memory when IndexedDB is missing', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser in a private mode may have no indexedDB at all
    delete globalThis.indexedDB;
    try {
      const storage = await openConsultStorage();
      expect(storage.connection.kind).toBe('memory');
      const record = await storage.drafts.create(consult(), 3);
      expect(await storage.drafts.list()).toEqual([record]);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('falls back to memory when the open is refused', async () => {
    globalThis.indexedDB = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const storage = await openConsultStorage();
    expect(storage.connection.kind).toBe('memory');
    const record = await storage.drafts.create(consult(), 3);
    await expect(storage.drafts.save(record.id, consult(), 1, 4)).resolves.toMatchObject({
      revision: 2,
    });
  });
});
