import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { nextPurgeAt, type RetentionSettings } from '../../domain/retention';
import type { ConsultStorage } from '../../storage/consultdrafts';
import type { HistoryEntry, HistoryRecord } from '../../storage/history';
import { purgeExpired } from '../../storage/purge';
import { clearTally } from './tallyhook';

/** Whether the purge went through; one that failed is not marked done, so the next check retries. */
function purge(storage: ConsultStorage, at: number, days: number): Promise<boolean> {
  return purgeExpired(storage, at, days).then(
    () => true,
    () => false,
  );
}

/** How many history entries one page shows. */
export const HISTORY_PAGE = 20;

/** How often an open page checks whether the daily purge is due. */
const CHECK_MS = 60 * 60 * 1000;

export type Persistence = 'unknown' | 'persisted' | 'not-persisted' | 'unsupported';

export interface History {
  /** The first purge has run: only now may anything stored be shown or reopened. */
  ready: boolean;
  entries: HistoryEntry[];
  more: boolean;
  loadMore: () => Promise<void>;
  save: (record: HistoryRecord) => Promise<void>;
  remove: (key: string) => Promise<void>;
  /** "Alles wissen": every finished consult, and the intervisie tally too when asked. */
  clear: (alsoTally?: boolean) => Promise<void>;
  retention: RetentionSettings | null;
  nextPurge: number | null;
  /** Keep finished consults this many days; rejects a value that is not 1 to 90 whole days. */
  setRetention: (days: number) => Promise<void>;
  persistence: Persistence;
}

/**
 * Finished consults, newest first, and their retention: the purge (`purgeExpired`: history and
 * drafts alike) runs when the page opens and again whenever a day has passed while it stays open.
 */
export function useHistory(
  storage: ConsultStorage | null,
  retentionDefault: number,
  /** Called after a purge, which may have removed drafts too. */
  onPurged?: () => void,
  now: () => number = Date.now,
): History {
  const purged = useRef(onPurged);
  purged.current = onPurged;
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [more, setMore] = useState(false);
  const [retention, setRetentionState] = useState<RetentionSettings | null>(null);
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  const [ready, setReady] = useState(false);

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
      const done = await purge(storage, at, settings.days);
      const marked =
        done && (await storage.settings.markPurged(at, settings.days).catch(() => null));
      setRetentionState(marked || settings);
      await reload();
      purged.current?.();
    } else setRetentionState(settings);
  }, [storage, retentionDefault, now, reload]);

  useEffect(() => {
    if (!storage) return;
    void purgeIfDue()
      .then(reload)
      .finally(() => setReady(true));
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
    ready,
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
    async clear(alsoTally = false) {
      if (!storage) return;
      await storage.history.clear();
      if (alsoTally) await clearTally(storage.connection);
      await reload();
    },
    retention,
    nextPurge: retention ? nextPurgeAt(retention, now()) : null,
    async setRetention(days) {
      if (!storage) return;
      // Refuses what is not 1 to 90 whole days; the caller shows why.
      const stored = await storage.settings.setRetention(days);
      // A shorter period takes effect at once: purge now with the new setting.
      const at = now();
      const done = await purge(storage, at, days);
      setRetentionState(done ? await storage.settings.markPurged(at, days) : stored);
      await reload();
      purged.current?.();
    },
    persistence,
  };
}
