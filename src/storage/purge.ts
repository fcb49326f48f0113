import { retentionCutoff } from '../domain/retention';
import type { ConsultDraftStore } from './consultdrafts';
import type { HistoryStore } from './history';

/** What a purge removed. */
export interface Purged {
  history: number;
  drafts: number;
}

/**
 * The retention rule, whole: finished consults begun more than `days` days before `now`, and
 * drafts nobody saved for as long, are removed. A consult abandoned halfway holds patient data
 * too, so it may not outlive a finished one. A store that fails does not stop the other: both
 * are tried, then the first failure is thrown.
 */
export async function purgeExpired(
  storage: { history: HistoryStore; drafts: ConsultDraftStore },
  now: number,
  days: number,
): Promise<Purged> {
  const failures: unknown[] = [];
  const history = await storage.history.purge(now, days).catch((error: unknown) => {
    failures.push(error);
    return 0;
  });
  const drafts = await storage.drafts.expire(retentionCutoff(now, days)).catch((error: unknown) => {
    failures.push(error);
    return 0;
  });
  if (failures.length > 0) throw failures[0];
  return { history, drafts };
}
