import { type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';

/**
 * The only module that opens IndexedDB. Everything Samenspraak keeps lives in one database; each
 * schema version has a migration, and every record is validated again when it is read.
 */
export const DB_NAME = 'samenspraak';

/** The stores, by the schema version that introduced them. */
export const STORES = [
  'patient',
  'consults',
  'keuzekaarten',
  'history',
  'settings',
  'keuzekaartversies',
  'kaartconcepten',
  'tally',
] as const;
export type StoreName = (typeof STORES)[number];

type Migration = (
  db: IDBPDatabase,
  tx: IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>,
) => void;

/**
 * `MIGRATIONS[n]` upgrades a database at version n to version n + 1. Append only: a released
 * migration never changes, because some tablet still has the version before it.
 */
const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the patient's draft on the tablet (one record, key "draft").
  (db) => {
    db.createObjectStore('patient');
  },
  // 1 → 2: the GP's consults in progress (key: consult id) and imported keuzekaarten (key: id).
  (db) => {
    db.createObjectStore('consults');
    db.createObjectStore('keuzekaarten');
  },
  // 2 → 3: finished consults (key: finish time, then id, so keys sort by date) and settings.
  (db) => {
    db.createObjectStore('history');
    db.createObjectStore('settings');
  },
  // 3 → 4: the earlier versions of the practice's keuzekaarten (key: "id@version") and the
  // editor's unsaved cards (key: draft id).
  (db) => {
    db.createObjectStore('keuzekaartversies');
    db.createObjectStore('kaartconcepten');
  },
  // 4 → 5: the anonymous monthly tally for intervisie (key: "YYYY-MM"); it outlives the purge.
  (db) => {
    db.createObjectStore('tally');
  },
];

export const DB_VERSION = MIGRATIONS.length;

export type ConnectionEvent =
  /** Another tab opened a newer version: this tab closed its connection and saves nothing more. */
  | 'outdated'
  /** The browser closed the connection (storage cleared, disk trouble); it reopens on next use. */
  | 'terminated';

export class StorageError extends Error {
  constructor(
    readonly reason: 'outdated' | 'unavailable' | 'write-failed',
    options?: { cause?: unknown },
  ) {
    super(`storage: ${reason}`, options);
    this.name = 'StorageError';
  }
}

/** A small key–value view of the stores, backed by IndexedDB or, failing that, by memory. */
export interface Connection {
  readonly kind: 'indexeddb' | 'memory';
  get(store: StoreName, key: string): Promise<unknown>;
  put(store: StoreName, key: string, value: unknown, options?: PutOptions): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  clear(store: StoreName): Promise<void>;
  keys(store: StoreName): Promise<string[]>;
  /** Every value in a store. */
  values(store: StoreName): Promise<unknown[]>;
  /** Values in key order (or reverse), between two keys, at most `limit` of them. */
  range(store: StoreName, query: RangeQuery): Promise<unknown[]>;
  /** Delete every record whose key sorts below `key`; resolves to how many went. */
  deleteBelow(store: StoreName, key: string): Promise<number>;
  /**
   * Read, change and write one record in a single transaction, so no other tab can write in
   * between. `change` returns the new value, or `undefined` to write nothing.
   */
  update(store: StoreName, key: string, change: (current: unknown) => unknown): Promise<unknown>;
  /** Listen for connection events; returns the unsubscribe function. */
  subscribe(listener: (event: ConnectionEvent) => void): () => void;
  close(): void;
}

export interface PutOptions {
  /**
   * The page is closing: abort any {@link Connection.update} under way on this store first. Its
   * write waits on a read whose result no script will see, and this write would queue behind it.
   */
  overtake?: boolean;
}

export interface RangeQuery {
  /** Smallest key, inclusive. */
  from?: string;
  /** Largest key, inclusive. */
  to?: string;
  /** Newest (largest key) first. */
  reverse?: boolean;
  limit?: number;
}

function bounds(query: RangeQuery): IDBKeyRange | undefined {
  const { from, to } = query;
  if (from !== undefined && to !== undefined) return IDBKeyRange.bound(from, to);
  if (from !== undefined) return IDBKeyRange.lowerBound(from);
  if (to !== undefined) return IDBKeyRange.upperBound(to);
  return undefined;
}

export interface OpenOptions {
  /** Defaults to `DB_NAME`; tests use their own. */
  name?: string;
  /** Skip IndexedDB and keep everything in memory. */
  memory?: boolean;
}

/** Open the database, or fall back to memory when IndexedDB is missing or refused. */
export async function openConnection(options: OpenOptions = {}): Promise<Connection> {
  if (options.memory || typeof indexedDB === 'undefined') return memoryConnection();
  try {
    return await indexedDbConnection(options.name ?? DB_NAME);
  } catch {
    // Private modes and blocked storage refuse the open; the flow still works in memory.
    return memoryConnection();
  }
}

async function indexedDbConnection(name: string): Promise<Connection> {
  const listeners = new Set<(event: ConnectionEvent) => void>();
  const emit = (event: ConnectionEvent) => {
    for (const listener of listeners) listener(event);
  };
  let outdated = false;
  let current: Promise<IDBPDatabase> | null = null;
  // Read-change-write transactions not yet done, which an overtaking put may abort.
  const updating = new Set<{ store: StoreName; abort: () => void }>();

  const open = (): Promise<IDBPDatabase> =>
    openDB(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v]?.(db, tx);
      },
      blocking(_current, _blocked, event) {
        // A newer version wants to upgrade: step aside, and never write stale data after it.
        outdated = true;
        (event.target as IDBDatabase).close();
        emit('outdated');
      },
      terminated() {
        current = null;
        emit('terminated');
      },
    });

  current = open();
  await current;

  const db = async (): Promise<IDBPDatabase> => {
    if (outdated) throw new StorageError('outdated');
    current ??= open();
    return current;
  };
  const write = async (run: (db: IDBPDatabase) => Promise<unknown>): Promise<void> => {
    const handle = await db();
    try {
      await run(handle);
    } catch (cause) {
      throw new StorageError('write-failed', { cause });
    }
  };

  return {
    kind: 'indexeddb',
    get: async (store, key) => (await db()).get(store, key),
    put: (store, key, value, options) =>
      write(async (d) => {
        if (options?.overtake) {
          for (const open of updating) {
            if (open.store !== store) continue;
            updating.delete(open);
            try {
              open.abort();
            } catch {
              // It finished in the meantime: nothing to overtake.
            }
          }
        }
        const tx = d.transaction(store, 'readwrite');
        void tx.store.put(value, key);
        // Commit now rather than when the event loop comes back: on pagehide it may not.
        tx.commit();
        await tx.done;
      }),
    delete: (store, key) => write((d) => d.delete(store, key)),
    clear: (store) => write((d) => d.clear(store)),
    keys: async (store) => (await (await db()).getAllKeys(store)).map(String),
    values: async (store) => (await db()).getAll(store),
    async range(store, query) {
      const handle = await db();
      const range = bounds(query);
      if (!query.reverse) return handle.getAll(store, range, query.limit);
      const out: unknown[] = [];
      let cursor = await handle.transaction(store).store.openCursor(range, 'prev');
      while (cursor && (query.limit === undefined || out.length < query.limit)) {
        out.push(cursor.value);
        cursor = await cursor.continue();
      }
      return out;
    },
    async deleteBelow(store, key) {
      const handle = await db();
      const below = IDBKeyRange.upperBound(key, true);
      try {
        const tx = handle.transaction(store, 'readwrite');
        const count = await tx.store.count(below);
        void tx.store.delete(below);
        await tx.done;
        return count;
      } catch (cause) {
        throw new StorageError('write-failed', { cause });
      }
    },
    async update(store, key, change) {
      const handle = await db();
      try {
        const tx = handle.transaction(store, 'readwrite');
        const entry = { store, abort: () => tx.abort() };
        updating.add(entry);
        // Aborted while reading, the read throws first: the transaction's own failure is the same.
        const done = tx.done;
        done.catch(() => undefined);
        try {
          const next = change(await tx.store.get(key));
          if (next !== undefined) void tx.store.put(next, key);
          tx.commit();
          await done;
          return next;
        } finally {
          updating.delete(entry);
        }
      } catch (cause) {
        if (cause instanceof StorageError || !(cause instanceof DOMException)) throw cause;
        throw new StorageError('write-failed', { cause });
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      void current?.then((d) => d.close());
      current = null;
    },
  };
}

/** Memory mode: same interface, gone on reload. The UI says so. */
export function memoryConnection(): Connection {
  const stores = new Map<StoreName, Map<string, unknown>>(STORES.map((s) => [s, new Map()]));
  const table = (store: StoreName) => stores.get(store) as Map<string, unknown>;
  return {
    kind: 'memory',
    get: async (store, key) => structuredClone(table(store).get(key)),
    put: async (store, key, value) => {
      table(store).set(key, structuredClone(value));
    },
    delete: async (store, key) => {
      table(store).delete(key);
    },
    clear: async (store) => table(store).clear(),
    keys: async (store) => [...table(store).keys()],
    values: async (store) => [...table(store).values()].map((v) => structuredClone(v)),
    async range(store, { from, to, reverse, limit }) {
      const keys = [...table(store).keys()]
        .filter((k) => (from === undefined || k >= from) && (to === undefined || k <= to))
        .sort();
      if (reverse) keys.reverse();
      return keys.slice(0, limit).map((k) => structuredClone(table(store).get(k)));
    },
    async deleteBelow(store, key) {
      const doomed = [...table(store).keys()].filter((k) => k < key);
      for (const k of doomed) table(store).delete(k);
      return doomed.length;
    },
    async update(store, key, change) {
      const next = change(structuredClone(table(store).get(key)));
      if (next !== undefined) table(store).set(key, structuredClone(next));
      return next;
    },
    subscribe: () => () => undefined,
    close: () => undefined,
  };
}
