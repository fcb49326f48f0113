import * as z from 'zod/mini';
import type { ConsultState } from '../domain/consult';
import { consultStateSchema } from '../domain/consultschema';
import { lazySchema } from '../domain/lazyschema';
import { ConflictError, type ConsultRecord } from './consultrecord';
import { type Connection, type OpenOptions, openConnection } from './database';
import { type HistoryStore, historyStore } from './history';
import { type KeuzekaartStore, keuzekaartStore } from './keuzekaarten';
import { type SettingsStore, settingsStore } from './settings';

export { ConflictError, type ConsultRecord };

const consultRecord = lazySchema(() =>
  z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    createdAt: z.number(),
    updatedAt: z.number(),
    revision: z.number().check(z.int(), z.minimum(1)),
    state: consultStateSchema,
  }),
);

function parse(value: unknown): ConsultRecord | null {
  const parsed = consultRecord.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * What a finished or deleted consult leaves in its place: its id and when, nothing of the
 * patient. A tab that still has the consult open cannot save over it, while a draft lost to a
 * cleared database is simply written again. The retention purge removes it in time.
 */
const tombstone = lazySchema(() => z.object({ id: z.string(), goneAt: z.number() }));
type Tombstone = z.infer<typeof tombstone>;

function isTombstone(value: unknown): value is Tombstone {
  return tombstone.safeParse(value).success;
}

export interface ConsultDraftStore {
  /** Every readable consult in progress, newest first. */
  list(): Promise<ConsultRecord[]>;
  load(id: string): Promise<ConsultRecord | null>;
  create(state: ConsultState, now?: number): Promise<ConsultRecord>;
  /**
   * Save over `baseRevision`. When another tab saved in between, nothing is written and a
   * ConflictError carries what that tab saved. When the consult was finished or deleted (in
   * another tab), nothing is written either and the error carries null: it never comes back as
   * a draft under its old id.
   */
  save(id: string, state: ConsultState, baseRevision: number, now?: number): Promise<ConsultRecord>;
  /**
   * Write a record without reading first. Only for a closing tab with no other tab on this
   * consult: a read-then-write does not finish once the page is gone, so one under way is
   * aborted rather than waited for.
   */
  overwrite(record: ConsultRecord): Promise<void>;
  /** The consult was finished or deleted: it leaves the drafts, and no tab may save it again. */
  remove(id: string, now?: number): Promise<void>;
  /**
   * Remove drafts last saved before `before`, and what finished or deleted consults left behind
   * from then; resolves to how many drafts went.
   */
  expire(before: number): Promise<number>;
}

export function consultDraftStore(connection: Connection): ConsultDraftStore {
  return {
    async list() {
      const records = (await connection.values('consults')).map(parse).filter((r) => r !== null);
      return records.sort((a, b) => b.updatedAt - a.updatedAt);
    },
    async load(id) {
      return parse(await connection.get('consults', id));
    },
    async create(state, now = Date.now()) {
      const record: ConsultRecord = {
        id: crypto.randomUUID(),
        createdAt: now,
        updatedAt: now,
        revision: 1,
        state,
      };
      await connection.put('consults', record.id, record);
      return record;
    },
    async save(id, state, baseRevision, now = Date.now()) {
      let conflict: ConflictError | null = null;
      const written = await connection.update('consults', id, (current) => {
        if (isTombstone(current)) {
          conflict = new ConflictError(null);
          return undefined;
        }
        const stored = current === undefined ? null : parse(current);
        if (stored && stored.revision !== baseRevision) {
          conflict = new ConflictError(stored);
          return undefined;
        }
        const createdAt = stored?.createdAt ?? now;
        return {
          id,
          createdAt,
          updatedAt: now,
          revision: baseRevision + 1,
          state,
        } satisfies ConsultRecord;
      });
      if (conflict) throw conflict;
      return written as ConsultRecord;
    },
    overwrite: (record) => connection.put('consults', record.id, record, { overtake: true }),
    remove: (id, now = Date.now()) =>
      connection.put('consults', id, { id, goneAt: now } satisfies Tombstone),
    async expire(before) {
      let drafts = 0;
      for (const value of await connection.values('consults')) {
        const record = parse(value);
        if (record && record.updatedAt < before) {
          await connection.delete('consults', record.id);
          drafts += 1;
        } else if (isTombstone(value) && value.goneAt < before) {
          await connection.delete('consults', value.id);
        }
      }
      return drafts;
    },
  };
}

/** What the consult needs from storage: the connection and each of its stores. */
export interface ConsultStorage {
  connection: Connection;
  drafts: ConsultDraftStore;
  keuzekaarten: KeuzekaartStore;
  history: HistoryStore;
  settings: SettingsStore;
}

/** Open storage for the consult: IndexedDB, or memory where that is refused. */
export async function openConsultStorage(options?: OpenOptions): Promise<ConsultStorage> {
  const connection = await openConnection(options);
  return {
    connection,
    drafts: consultDraftStore(connection),
    keuzekaarten: keuzekaartStore(connection),
    history: historyStore(connection),
    settings: settingsStore(connection),
  };
}
