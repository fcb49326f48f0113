import type { ConsultState } from '../../domain/consult';
import type { Connection } from '../../storage/database';
import { loadTally } from './tallyloader';

/**
 * Add a finished consult to the intervisie tally. The tally's code loads only now, never with
 * the consult page; a failure is left alone: the consult itself is saved, and the tally is a
 * count for reflection, not a record.
 */
export function countFinished(
  connection: Connection,
  consult: { id: string; startedAt: number },
  state: ConsultState,
  previous: readonly string[] | null,
): void {
  void loadTally()
    .then((m) => m.tallyStore(connection).count(consult, state, previous))
    .catch(() => undefined);
}

/** "Alles wissen" with the tally: every month goes. */
export async function clearTally(connection: Connection): Promise<void> {
  const { tallyStore } = await loadTally();
  await tallyStore(connection).clear();
}
