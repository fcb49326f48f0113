import * as z from 'zod/mini';
import type { ConsultState } from '../domain/consult';
import {
  applyContribution,
  contributionOf,
  isCounter,
  type MonthTally,
  monthOf,
} from '../domain/intervisie/tally';
import { lazySchema } from '../domain/lazyschema';
import type { Connection } from './database';
import { historyKey } from './history';

/**
 * The intervisie tally in IndexedDB (docs/architecture.md, "Intervisie"): one record of counts
 * per month, in its own store, which the retention purge never touches. Whether counting is on
 * lives in `settings`, key `intervisie`.
 */
const monthRecord = lazySchema(() =>
  z.object({
    month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    counts: z
      .record(z.string().check(z.maxLength(80)), z.int().check(z.minimum(0)))
      .check(z.refine((c) => Object.keys(c).every(isCounter))),
  }),
);

const switchRecord = lazySchema(() => z.object({ counting: z.boolean() }));
const SWITCH_KEY = 'intervisie';

export interface TallyStore {
  /** Every month counted, oldest first; a record that fails its schema is left out. */
  months(): Promise<MonthTally[]>;
  /**
   * Count a finished consult in the month it began, and note on its history entry which counters
   * it added. Counted before (`previous`: the counters it added then), those are taken back
   * first, so finishing again never counts it twice. While counting is off nothing changes, and a
   * consult counted before keeps its note, since its counters stay.
   */
  count(
    consult: { id: string; startedAt: number },
    state: ConsultState,
    previous: readonly string[] | null,
  ): Promise<void>;
  /** Counting is on unless the GP switched it off. */
  counting(): Promise<boolean>;
  setCounting(on: boolean): Promise<void>;
  /** Remove every month. */
  clear(): Promise<void>;
}

export function tallyStore(connection: Connection): TallyStore {
  const counting = async () => {
    const parsed = switchRecord.safeParse(await connection.get('settings', SWITCH_KEY));
    return parsed.success ? parsed.data.counting : true;
  };
  return {
    async months() {
      return (await connection.values('tally'))
        .flatMap((value) => {
          const parsed = monthRecord.safeParse(value);
          return parsed.success ? [parsed.data] : [];
        })
        .sort((a, b) => (a.month < b.month ? -1 : 1));
    },
    async count({ id, startedAt }, state, previous) {
      const added = (await counting()) ? contributionOf(state) : null;
      if (added) await add(startedAt, added, previous);
      const tallied = added ?? previous;
      if (tallied) {
        await connection.update('history', historyKey(startedAt, id), (entry) =>
          typeof entry === 'object' && entry !== null ? { ...entry, tallied } : undefined,
        );
      }
    },
    counting,
    setCounting: (on) => connection.put('settings', SWITCH_KEY, { counting: on }),
    clear: () => connection.clear('tally'),
  };

  async function add(startedAt: number, added: string[], previous: readonly string[] | null) {
    const month = monthOf(startedAt);
    await connection.update('tally', month, (current) => {
      const parsed = monthRecord.safeParse(current);
      let counts = parsed.success ? parsed.data.counts : {};
      if (previous) counts = applyContribution(counts, previous, -1);
      counts = applyContribution(counts, added, 1);
      return { month, counts } satisfies MonthTally;
    });
  }
}
