import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryOffer, LibraryProblem } from '../../content/cardlibrary';
import type { Keuzekaart } from '../../domain/keuzekaart';
import {
  DEFAULT_LIBRARY_SETTINGS,
  type LibrarySettings,
  libraryReadDue,
  libraryUrl,
} from '../../domain/librarysettings';
import type { KeuzekaartStore } from '../../storage/keuzekaarten';
import type { SettingsStore } from '../../storage/settings';
import type { WidgetError } from '../element';
import { loadLibrary } from './libraryloader';

/** How often an open page checks whether a day has passed since the library was read. */
const CHECK_MS = 60 * 60 * 1000;

export type LibraryStatus = 'off' | 'reading' | 'read' | 'failed';

export interface CardLibrary {
  /** The index URL in force: the page's setting, else the attribute, else null. */
  url: string | null;
  /** The URL set in the page (wins over the attribute), or null. */
  stored: string | null;
  /** The element's `keuzekaarten` attribute, or null. */
  attribute: string | null;
  status: LibraryStatus;
  /** Why the last read failed, while `status` is `failed`. */
  problem: LibraryProblem | null;
  /** Card files the last read refused; the others were used. */
  refused: LibraryProblem[];
  lastRead: number | null;
  offers: LibraryOffer[];
  /** Cards this page took from the library as new, since it opened. */
  added: Keuzekaart[];
  /** Ids the library has withdrawn: marked wherever a card is chosen, never offered. */
  withdrawn: ReadonlySet<string>;
  /** Versions replaced while this page is open: a consult that uses one keeps it. */
  superseded: readonly Keuzekaart[];
  /** Store the offered version; resolves false when it could not be stored. */
  take(id: string): Promise<boolean>;
  /** Set the library in the page (null: the attribute's again); resolves false when not stored. */
  setUrl(url: string | null): Promise<boolean>;
  /** Read the library now. */
  refresh(): void;
}

export interface CardLibrarySources {
  settings: SettingsStore | null;
  store: KeuzekaartStore | null;
  /** The element's attribute; undefined while the attributes are parsed. */
  attribute: string | null | undefined;
  /** The cards the page has (bundled and imported); null until both are loaded. */
  cards: readonly Keuzekaart[] | null;
  /** Read the stored cards again after the library changed them. */
  reloadCards: () => Promise<void>;
  onError?: (error: WidgetError) => void;
  now?: () => number;
}

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * The practice's keuzekaarten library (src/content/cardlibrary.ts): read when the page opens and
 * again once a day while it stays open. New cards are stored at once (they change no consult);
 * a newer version waits for the GP; a withdrawn card is marked. Nothing here changes an open
 * consult: it keeps the card version it recorded.
 */
export function useCardLibrary({
  settings,
  store,
  attribute,
  cards,
  reloadCards,
  onError,
  now = Date.now,
}: CardLibrarySources): CardLibrary {
  const [saved, setSaved] = useState<LibrarySettings | null>(null);
  const [status, setStatus] = useState<LibraryStatus>('off');
  const [problem, setProblem] = useState<LibraryProblem | null>(null);
  const [refused, setRefused] = useState<LibraryProblem[]>([]);
  const [offers, setOffers] = useState<LibraryOffer[]>([]);
  const [added, setAdded] = useState<Keuzekaart[]>([]);
  const [superseded, setSuperseded] = useState<Keuzekaart[]>([]);
  // Bumped when the GP sets the library, so it is read again even at the same URL.
  const [generation, setGeneration] = useState(0);

  // The latest of everything a read uses, so the hourly check never reads with stale cards.
  const latest = useRef({ cards, reloadCards, onError, store, settings, saved });
  latest.current = { cards, reloadCards, onError, store, settings, saved };
  const reading = useRef(false);
  const pending = useRef<string | null>(null);

  useEffect(() => {
    if (!settings) return;
    let live = true;
    void settings
      .library()
      .catch(() => ({ ...DEFAULT_LIBRARY_SETTINGS, withdrawn: [] }))
      .then((stored) => live && setSaved(stored));
    return () => {
      live = false;
    };
  }, [settings]);

  const url = saved && attribute !== undefined ? libraryUrl(saved.url, attribute) : null;
  const ready = saved !== null && attribute !== undefined && cards !== null && store !== null;

  const read = useCallback(async function read(from: string): Promise<void> {
    const { cards: local, store: kept, settings: settingsStore } = latest.current;
    if (!local || !kept) return;
    // One read at a time; one asked for meanwhile follows it, with what is known by then.
    if (reading.current) {
      pending.current = from;
      return;
    }
    reading.current = true;
    setStatus('reading');
    const report = (p: LibraryProblem, message: string) => {
      latest.current.onError?.({ kind: 'library', message });
      return p;
    };
    try {
      const { readLibrary, problemMessage } = await loadLibrary();
      const result = await readLibrary(from, local);
      if (!result.ok) {
        setProblem(report(result.problem, problemMessage(from, result.problem)));
        setStatus('failed');
        return;
      }
      for (const p of result.problems) report(p, problemMessage(from, p));
      // New cards change no consult: they go into the list at once.
      const stored: Keuzekaart[] = [];
      for (const card of result.added) {
        await kept.save(card).then(
          () => stored.push(card),
          () => undefined,
        );
      }
      setAdded((before) => [
        ...before.filter((c) => !stored.some((s) => s.id === c.id)),
        ...stored,
      ]);
      setOffers(result.newer);
      setRefused(result.problems);
      setProblem(null);
      const next: LibrarySettings = {
        url: latest.current.saved?.url ?? null,
        lastRead: result.at,
        withdrawn: result.withdrawn,
      };
      setSaved(next);
      await settingsStore?.setLibrary(next).catch(() => undefined);
      if (stored.length > 0) await latest.current.reloadCards();
      setStatus('read');
    } catch {
      // The reader never throws; a chunk that would not load is a failed read like any other.
      setProblem(
        report(
          { kind: 'index', reason: 'network' },
          `samenspraak: the keuzekaarten library "${from}" could not be read.`,
        ),
      );
      setStatus('failed');
    } finally {
      reading.current = false;
      const next = pending.current;
      pending.current = null;
      if (next !== null) void read(next);
    }
  }, []);

  // On opening, and when the library is set: read once the page's cards are known.
  const readFor = useRef<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    if (url === null) {
      readFor.current = null;
      setStatus('off');
      setOffers([]);
      return;
    }
    const key = `${generation} ${url}`;
    if (readFor.current === key) return;
    readFor.current = key;
    void read(url);
  }, [ready, url, read, generation]);

  // Once a day while the page stays open; the time of the last read is in the settings store.
  useEffect(() => {
    if (!ready || url === null) return;
    const timer = setInterval(() => {
      // A read under way is this one: the check never queues another behind it.
      if (!reading.current && libraryReadDue(latest.current.saved?.lastRead ?? null, now())) {
        void read(url);
      }
    }, CHECK_MS);
    return () => clearInterval(timer);
  }, [ready, url, read, now]);

  const take = async (id: string) => {
    const offer = offers.find((o) => o.card.id === id);
    if (!offer || !store) return false;
    const replaced = (cards ?? []).filter((c) => c.id === id);
    try {
      await store.save(offer.card);
    } catch {
      return false;
    }
    setSuperseded((before) => [...before, ...replaced]);
    setOffers((before) => before.filter((o) => o.card.id !== id));
    await reloadCards();
    return true;
  };

  const setUrl = async (next: string | null) => {
    if (!settings) return false;
    // Another library is another list: its withdrawals and last read start afresh.
    const value: LibrarySettings = { url: next, lastRead: null, withdrawn: [] };
    try {
      await settings.setLibrary(value);
    } catch {
      return false;
    }
    setSaved(value);
    setGeneration((n) => n + 1);
    return true;
  };

  const withdrawn = url !== null && saved ? new Set(saved.withdrawn) : NO_IDS;
  return {
    url,
    stored: saved?.url ?? null,
    attribute: attribute ?? null,
    status,
    problem,
    refused,
    lastRead: saved?.lastRead ?? null,
    offers: offers.filter((o) => !withdrawn.has(o.card.id)),
    added,
    withdrawn,
    superseded,
    take,
    setUrl,
    refresh: () => {
      if (url !== null) void read(url);
    },
  };
}
