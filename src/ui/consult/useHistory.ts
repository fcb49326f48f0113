import { useCallback, useEffect, useState } from 'preact/hooks';
import { nextPurgeAt, type RetentionSettings } from '../../domain/retention';
import type { ConsultStorage } from '../../storage/consultdrafts';
import type { HistoryEntry, HistoryRecord } from '../../storage/history';

/** How many history entries one page shows. */
export const HISTORY_PAGE = 20;

/** How often an open page checks whether the daily purge is due. */
const CHECK_MS = 60 * 60 * 1000;

export type Persistence = 'unknown' | 'persisted' | 'not-persisted' | 'unsupported';

export interface History {
  entries: HistoryEntry[];
  more: boolean;
  loadMore: () => Promise<void>;
  save: (record: HistoryRecord) => Promise<void>;
  remove: (key: string) => Promise<void>;
  clear: () => Promise<void>;
  retention: RetentionSettings | null;
  nextPurge: number | null;
  setRetention: (days: number) => Promise<void>;
  persistence: Persistence;
}

/**
 * Finished consults, newest first, and their retention: the purge runs when the page opens and
 * again whenever a day has passed while it stays open. It removes history entries only.
 */
export function useHistory(
  storage: ConsultStorage | null,
  retentionDefault: number,
  now: () => number = Date.now,
): History {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [more, setMore] = useState(false);
  const [retention, setRetentionState] = useState<RetentionSettings | null>(null);
  const [persistence, setPersistence] = useState<Persistence>('unknown');

  const reload = useCallback(async () => {
    if (!storage) return;
    const page = await storage.history.page(HISTORY_PAGE + 1).catch(() => []);
    setEntries(page.slice(0, HISTORY_PAGE));
    setMore(page.length > HISTORY_PAGE);
  }, [storage]);

  const purgeIfDue = useCallback(async () => {
    if (!storage) return;
    const settings = await storage.settings.retention(retentionDefault);
    const at = now();
    if (at >= nextPurgeAt(settings, at)) {
      await storage.history.purge(at, settings.days).catch(() => 0);
      setRetentionState(await storage.settings.markPurged(at).catch(() => settings));
      await reload();
    } else setRetentionState(settings);
  }, [storage, retentionDefault, now, reload]);

  useEffect(() => {
    if (!storage) return;
    void purgeIfDue().then(reload);
    const timer = setInterval(() => void purgeIfDue(), CHECK_MS);
    return () => clearInterval(timer);
  }, [storage, purgeIfDue, reload]);

  // Ask the browser not to clear this site's storage under pressure; the GP sees the answer.
  useEffect(() => {
    if (storage?.connection.kind !== 'indexeddb') return;
    if (!navigator.storage?.persist) {
      setPersistence('unsupported');
      return;
    }
    void navigator.storage
      .persist()
      .then((granted) => setPersistence(granted ? 'persisted' : 'not-persisted'))
      .catch(() => setPersistence('not-persisted'));
  }, [storage]);

  return {
    entries,
    more,
    async loadMore() {
      if (!storage) return;
      const page = await storage.history.page(HISTORY_PAGE + 1, entries.at(-1)?.key);
      setEntries([...entries, ...page.slice(0, HISTORY_PAGE)]);
      setMore(page.length > HISTORY_PAGE);
    },
    async save(record) {
      await storage?.history.save(record);
      await reload();
    },
    async remove(key) {
      await storage?.history.remove(key);
      await reload();
    },
    async clear() {
      await storage?.history.clear();
      await reload();
    },
    retention,
    nextPurge: retention ? nextPurgeAt(retention, now()) : null,
    async setRetention(days) {
      if (!storage) return;
      await storage.settings.setRetention(days);
      // A shorter period takes effect at once: purge now with the new setting.
      const at = now();
      await storage.history.purge(at, days);
      setRetentionState(await storage.settings.markPurged(at));
      await reload();
    },
    persistence,
  };
}
