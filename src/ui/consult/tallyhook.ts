import type { ConsultState } from '../../domain/consult';
import type { Connection } from '../../storage/database';

/**
 * Add a finished consult to the intervisie tally. The tally's code loads only now, never with
 * the consult page; a failure is left alone: the consult itself is saved, and the tally is a
 * count for reflection, not a record.
 */
export function countFinished(
  connection: Connection,
  startedAt: number,
  state: ConsultState,
  previous: ConsultState | null,
): void {
  void import('../../storage/tally')
    .then((m) => m.tallyStore(connection).count(startedAt, state, previous))
    .catch(() => undefined);
}
