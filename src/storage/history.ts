import * as z from 'zod/mini';
import type { ConsultState } from '../domain/consult';
import { consultStateSchema } from '../domain/consultschema';
import { lazySchema } from '../domain/lazyschema';
import { retentionCutoff } from '../domain/retention';
import type { Connection } from './database';

/** A finished consult, kept on the GP's computer for the retention period. */
export interface HistoryRecord {
  /** The consult's id: finishing a consult again replaces its entry. */
  id: string;
  /** When the consult began; its entry is dated (and purged) by this. */
  startedAt: number;
  finishedAt: number;
  /** The summary as it went into the HIS: generated, or as the GP edited it. */
  summary: string;
  state: ConsultState;
  /**
   * The intervisie counters it added to the tally, if any (src/storage/tally.ts marks it after
   * counting): finished again, exactly these are taken back.
   */
  tallied?: string[];
}

const historyRecord = lazySchema(() =>
  z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    startedAt: z.number(),
    finishedAt: z.number(),
    summary: z.string().check(z.maxLength(20_000)),
    state: consultStateSchema,
    tallied: z.optional(z.array(z.string().check(z.maxLength(80))).check(z.maxLength(80))),
  }),
);

/** Keys sort by date: the start time, zero-padded, then the id. */
export function historyKey(startedAt: number, id: string): string {
  return `${dateKey(startedAt)}:${id}`;
}

function dateKey(ms: number): string {
  return String(Math.max(0, Math.floor(ms))).padStart(15, '0');
}

export interface HistoryStore {
  /** Save a finished consult; an earlier entry of the same consult is replaced. */
  save(record: HistoryRecord): Promise<void>;
  /** The newest entries first, `limit` at a time; pass the last entry's key to go on. */
  page(limit: number, before?: string): Promise<HistoryEntry[]>;
  /** Entries begun between two moments (inclusive), newest first. */
  between(fromMs: number, toMs: number): Promise<HistoryEntry[]>;
  /** The entry of a consult, if it was finished before (finishing again replaces it). */
  get(startedAt: number, id: string): Promise<HistoryEntry | null>;
  remove(key: string): Promise<void>;
  /** Remove every entry ("Alles wissen"). */
  clear(): Promise<void>;
  /**
   * Remove entries begun more than `days` days before `now`; resolves to how many went. This is
   * the history's half of the retention rule: `purgeExpired` (purge.ts) applies all of it.
   */
  purge(now: number, days: number): Promise<number>;
}

export interface HistoryEntry extends HistoryRecord {
  key: string;
}

function entries(values: unknown[]): HistoryEntry[] {
  return values.flatMap((value) => {
    // An unreadable record is skipped, never shown half; the purge removes it in time.
    const parsed = historyRecord.safeParse(value);
    return parsed.success
      ? [{ ...parsed.data, key: historyKey(parsed.data.startedAt, parsed.data.id) }]
      : [];
  });
}

export function historyStore(connection: Connection): HistoryStore {
  return {
    save: (record) =>
      connection.put('history', historyKey(record.startedAt, record.id), {
        id: record.id,
        startedAt: record.startedAt,
        finishedAt: record.finishedAt,
        summary: record.summary,
        state: record.state,
      } satisfies HistoryRecord),
    async page(limit, before) {
      // Keys below `before`: '' sorts first, so "to" is the key itself minus one step.
      const values = await connection.range('history', {
        reverse: true,
        limit: before === undefined ? limit : limit + 1,
        ...(before === undefined ? {} : { to: before }),
      });
      const list = entries(values);
      return before === undefined ? list : list.filter((e) => e.key !== before).slice(0, limit);
    },
    async between(fromMs, toMs) {
      const values = await connection.range('history', {
        from: dateKey(fromMs),
        // Every key of that last millisecond sorts below this one.
        to: `${dateKey(toMs)};`,
        reverse: true,
      });
      return entries(values);
    },
    get: async (startedAt, id) =>
      entries([await connection.get('history', historyKey(startedAt, id))])[0] ?? null,
    remove: (key) => connection.delete('history', key),
    clear: () => connection.clear('history'),
    purge: (now, days) => connection.deleteBelow('history', dateKey(retentionCutoff(now, days))),
  };
}
