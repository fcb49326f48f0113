import {
  type CardRef,
  cardMatchesEntry,
  LIBRARY_MAX_BYTES,
  type LibraryEntry,
  type LibraryIndexError,
  libraryPlan,
  parseLibraryIndexText,
} from '../domain/cardlibrary';
import { MAX_IMPORT_BYTES } from '../domain/importing';
import { type Keuzekaart, keuzekaartSchema } from '../domain/keuzekaart';
import { fetchSameOrigin, type SameFetchFailure } from './samefetch';

/**
 * A practice's keuzekaarten library, read from its own web server: the index, then the card
 * files of the versions this page does not have. The same rules as a practice's pack: its own
 * origin only, a time-out per file, a streamed size limit, the schema on everything read.
 */

/** A file of the library that has not arrived by then is given up. */
export const LIBRARY_TIMEOUT_MS = 5_000;

/** Card files read at once: a first read of a large library does not open 200 requests. */
const PARALLEL = 4;

/** What went wrong with the library or one of its files. */
export type LibraryProblem =
  | { kind: 'index'; reason: SameFetchFailure | LibraryIndexError }
  | {
      kind: 'card';
      id: string;
      file: string;
      /** `id` or `version`: the file holds another card, or another version, than its entry. */
      reason: SameFetchFailure | 'not-json' | 'invalid' | 'id' | 'version';
    };

/** A card from the library, checked against its entry. */
interface LibraryCard {
  entry: LibraryEntry;
  card: Keuzekaart;
}

/** A newer version of a card the page has, fetched and checked, waiting for the GP. */
export interface LibraryOffer {
  card: Keuzekaart;
  /** The version the page has now. */
  current: string;
}

export type LibraryRead =
  | {
      ok: true;
      /** When the index was read. */
      at: number;
      /** Newer versions of cards the page has, for the GP to take. */
      newer: LibraryOffer[];
      /** Cards the page does not have yet. */
      added: Keuzekaart[];
      /** The ids the library has withdrawn. */
      withdrawn: string[];
      /** Card files that were refused; the others are still used. */
      problems: LibraryProblem[];
    }
  | { ok: false; problem: LibraryProblem & { kind: 'index' } };

export interface LibraryOptions {
  /** The page's address: the index URL resolves against it and must stay on its origin. */
  base?: string;
  timeoutMs?: number;
  now?: () => number;
}

/**
 * Read the library at `indexUrl` and fetch what it has for this page: the newer versions and the
 * new cards. Never throws. Withdrawn and unchanged cards are not fetched.
 */
export async function readLibrary(
  indexUrl: string,
  local: readonly CardRef[],
  options: LibraryOptions = {},
): Promise<LibraryRead> {
  const base = options.base ?? location.href;
  const timeoutMs = options.timeoutMs ?? LIBRARY_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  // Revalidated with the server each time: the index keeps its name while its content changes.
  const index = await fetchSameOrigin(indexUrl, {
    base,
    maxBytes: LIBRARY_MAX_BYTES,
    timeoutMs,
    cache: 'no-cache',
  });
  if (!index.ok) return { ok: false, problem: { kind: 'index', reason: index.reason } };
  const parsed = parseLibraryIndexText(index.text);
  if (!parsed.ok) return { ok: false, problem: { kind: 'index', reason: parsed.reason } };
  const at = now();
  const plan = libraryPlan(parsed.index.cards, local);
  const wanted = [...plan.newer.map((offer) => offer.entry), ...plan.added];
  const results = await inBatches(wanted, PARALLEL, (entry) =>
    // The file resolves against the index, not the page, and must stay on the page's origin.
    readCard(entry, index.url, base, timeoutMs),
  );
  const current = new Map(plan.newer.map((offer) => [offer.entry.id, offer.current]));
  const newer: LibraryOffer[] = [];
  const added: Keuzekaart[] = [];
  const problems: LibraryProblem[] = [];
  for (const result of results) {
    if (!('card' in result)) problems.push(result);
    else {
      const have = current.get(result.entry.id);
      if (have === undefined) added.push(result.card);
      else newer.push({ card: result.card, current: have });
    }
  }
  return { ok: true, at, newer, added, withdrawn: plan.withdrawn, problems };
}

async function readCard(
  entry: LibraryEntry,
  indexUrl: URL,
  base: string,
  timeoutMs: number,
): Promise<LibraryCard | (LibraryProblem & { kind: 'card' })> {
  const problem = (reason: (LibraryProblem & { kind: 'card' })['reason']) => ({
    kind: 'card' as const,
    id: entry.id,
    file: entry.file,
    reason,
  });
  let target: URL;
  try {
    target = new URL(entry.file, indexUrl);
  } catch {
    return problem('invalid-url');
  }
  const fetched = await fetchSameOrigin(target, {
    base,
    maxBytes: MAX_IMPORT_BYTES,
    timeoutMs,
    cache: 'no-cache',
  });
  if (!fetched.ok) return problem(fetched.reason);
  let data: unknown;
  try {
    data = JSON.parse(fetched.text);
  } catch {
    return problem('not-json');
  }
  const parsed = keuzekaartSchema.safeParse(data);
  if (!parsed.success) return problem('invalid');
  const matches = cardMatchesEntry(entry, parsed.data);
  if (!matches.ok) return problem(matches.field);
  return { entry, card: parsed.data };
}

/** `work` over `items`, at most `size` at a time, results in the items' order. */
async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

/** A problem as one English line for the host page's `samenspraak-error`. */
export function problemMessage(url: string, problem: LibraryProblem): string {
  if (problem.kind === 'index') {
    return `samenspraak: the keuzekaarten library "${url}" could not be used (${problem.reason}).`;
  }
  const why =
    problem.reason === 'id' || problem.reason === 'version'
      ? `its ${problem.reason} differs from the index`
      : problem.reason;
  return `samenspraak: the keuzekaart "${problem.id}" of the library "${url}" (${problem.file}) was refused: ${why}; the other cards are still used.`;
}
