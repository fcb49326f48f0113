import type { ConsultState } from '../domain/consult';
import type { Connection } from '../storage/database';
import { assetUrl } from './base';

// The script-tag build's version of src/ui/consult/tallyhook.ts: the tally is a module file
// beside the script (samenspraak-tally.js), so samenspraak.iife.js does not grow with it.
const loadTally = (): Promise<typeof import('../storage/tally')> =>
  import(/* @vite-ignore */ assetUrl('samenspraak-tally.js'));

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

export async function clearTally(connection: Connection): Promise<void> {
  const { tallyStore } = await loadTally();
  await tallyStore(connection).clear();
}
