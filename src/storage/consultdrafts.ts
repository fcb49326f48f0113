import * as z from 'zod/mini';
import type { ConsultState } from '../domain/consult';
import { consultStateSchema } from '../domain/consultschema';
import { ConflictError, type ConsultRecord } from './consultrecord';
import { type Connection, type OpenOptions, openConnection } from './database';
import { type HistoryStore, historyStore } from './history';
import { type KeuzekaartStore, keuzekaartStore } from './keuzekaarten';
import { type SettingsStore, settingsStore } from './settings';

export { ConflictError, type ConsultRecord };

const consultRecord = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  createdAt: z.number(),
  updatedAt: z.number(),
  revision: z.number().check(z.int(), z.minimum(1)),
  state: consultStateSchema,
});

function parse(value: unknown): ConsultRecord | null {
  const parsed = consultRecord.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export interface ConsultDraftStore {
  /** Every readable consult in progress, newest first. */
  list(): Promise<ConsultRecord[]>;
  load(id: string): Promise<ConsultRecord | null>;
  create(state: ConsultState, now?: number): Promise<ConsultRecord>;
  /**
   * Save over `baseRevision`. When another tab saved in between, nothing is written and a
   * ConflictError carries what that tab saved. When the draft is gone (finished or deleted in
   * another tab, or purged), nothing is written either and the error carries null: a consult
   * that left the drafts never comes back under its old id.
   */
  save(id: string, state: ConsultState, baseRevision: number, now?: number): Promise<ConsultRecord>;
  /**
   * Write a record without reading first. Only for a closing tab with no other tab on this
   * consult: a read-then-write does not finish once the page is gone.
   */
  overwrite(record: ConsultRecord): Promise<void>;
  remove(id: string): Promise<void>;
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
        const stored = current === undefined ? null : parse(current);
        if (stored ? stored.revision !== baseRevision : baseRevision > 0) {
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
    overwrite: (record) => connection.put('consults', record.id, record),
    remove: (id) => connection.delete('consults', id),
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
