import * as z from 'zod/mini';
import { textId } from './contentpack';
import type { Keuzekaart } from './keuzekaart';
import { lazySchema } from './lazyschema';
import { LIBRARY_MAX_CARDS } from './librarysettings';

/**
 * A practice's keuzekaarten library: an index file on the practice's own web server that lists
 * its card files and their versions, so every computer in the practice gets the same set. Pure:
 * the index schema, the version order, what to offer, and the index an editor exports. Fetching
 * it is src/content/cardlibrary.ts.
 */

/** The `format` of an index file; anything else is not ours. */
export const LIBRARY_FORMAT = 'samenspraak-keuzekaarten';

/** The index format this code reads and writes; a later one is refused, not half read. */
export const LIBRARY_FORMAT_VERSION = 1;

export { LIBRARY_MAX_CARDS };

/** Largest index file read; 200 entries take about 20 kB. */
export const LIBRARY_MAX_BYTES = 100_000;

/** As the keuzekaart schema has it: three whole numbers of any length. */
const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** Two whole numbers written in digits, compared without a size limit (no Number overflow). */
function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return Math.sign(x.length - y.length);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Control characters, and the backslash that some servers read as a slash. */
const UNSAFE_PATH = /[\p{Cc}\\]/u;

export const libraryEntry = lazySchema(() =>
  z.object({
    id: textId,
    version: z.string().check(z.regex(SEMVER)),
    /** The card's file, relative to the index; where it resolves is checked when it is fetched. */
    file: z.string().check(
      z.minLength(1),
      z.maxLength(500),
      z.refine((path) => !UNSAFE_PATH.test(path)),
    ),
    /** The practice no longer uses this card: it is marked and never offered again. */
    withdrawn: z.optional(z.boolean()),
  }),
);
export type LibraryEntry = z.infer<typeof libraryEntry>;

export const libraryIndexSchema = lazySchema(() =>
  z.object({
    format: z.literal(LIBRARY_FORMAT),
    version: z.literal(LIBRARY_FORMAT_VERSION),
    cards: z.array(libraryEntry).check(
      z.maxLength(LIBRARY_MAX_CARDS),
      z.refine((cards) => new Set(cards.map((c) => c.id)).size === cards.length),
    ),
  }),
);
export type LibraryIndex = z.infer<typeof libraryIndexSchema>;

/** Why an index was refused. */
export type LibraryIndexError =
  /** Not JSON at all. */
  | 'not-json'
  /** JSON, but not a keuzekaarten index, or of a format version this code does not know. */
  | 'format'
  /** More than `LIBRARY_MAX_CARDS` entries. */
  | 'too-many'
  /** An index whose entries break the schema (a bad id, version or file, an id twice). */
  | 'invalid';

export type LibraryIndexResult =
  | { ok: true; index: LibraryIndex }
  | { ok: false; reason: LibraryIndexError };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Read an index that came from outside the code. Never throws: an index the schema accepts (which
 * keeps only known fields), or a typed reason.
 */
export function parseLibraryIndex(data: unknown): LibraryIndexResult {
  if (
    !isRecord(data) ||
    data.format !== LIBRARY_FORMAT ||
    data.version !== LIBRARY_FORMAT_VERSION
  ) {
    return { ok: false, reason: 'format' };
  }
  if (Array.isArray(data.cards) && data.cards.length > LIBRARY_MAX_CARDS) {
    return { ok: false, reason: 'too-many' };
  }
  const parsed = libraryIndexSchema.safeParse(data);
  return parsed.success ? { ok: true, index: parsed.data } : { ok: false, reason: 'invalid' };
}

/** `parseLibraryIndex` on the text of an index file. */
export function parseLibraryIndexText(text: string): LibraryIndexResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return parseLibraryIndex(data);
}

/**
 * The order of two x.y.z versions, by number part by part (1.10.0 after 1.9.0): negative when
 * `a` is older, 0 when equal, positive when newer. A version that is not x.y.z sorts before all.
 */
export function compareVersions(a: string, b: string): number {
  const pa = SEMVER.exec(a);
  const pb = SEMVER.exec(b);
  if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0);
  for (let i = 1; i <= 3; i += 1) {
    const d = compareDigits(pa[i] as string, pb[i] as string);
    if (d !== 0) return d;
  }
  return 0;
}

/** A card as the page has it: which id, which version. */
export interface CardRef {
  readonly id: string;
  readonly version: string;
}

/** A newer version in the library of a card the page has. */
export interface LibraryOffer {
  entry: LibraryEntry;
  /** The version the page has now. */
  current: string;
}

/** What the library means for this page, given the cards it has. */
export interface LibraryPlan {
  /** Newer versions of cards the page has: offered to the GP, never swapped in by themselves. */
  newer: LibraryOffer[];
  /** Cards the page does not have yet. */
  added: LibraryEntry[];
  /** The ids the library has withdrawn, whether or not the page has them. */
  withdrawn: string[];
}

/**
 * Compare the library's entries with the page's cards. A withdrawn entry is only marked, never
 * offered; a card the page has in the same or a newer version needs nothing.
 */
export function libraryPlan(
  entries: readonly LibraryEntry[],
  local: readonly CardRef[],
): LibraryPlan {
  const plan: LibraryPlan = { newer: [], added: [], withdrawn: [] };
  // The newest the page has of each id (a bundled example and an imported card may share one).
  const have = new Map<string, string>();
  for (const card of local) {
    const known = have.get(card.id);
    if (known === undefined || compareVersions(card.version, known) > 0) {
      have.set(card.id, card.version);
    }
  }
  for (const entry of entries) {
    if (entry.withdrawn) {
      plan.withdrawn.push(entry.id);
      continue;
    }
    const current = have.get(entry.id);
    if (current === undefined) plan.added.push(entry);
    else if (compareVersions(entry.version, current) > 0) plan.newer.push({ entry, current });
  }
  return plan;
}

/** Whether a fetched card is the one its entry names: the same id and the same version. */
export function cardMatchesEntry(
  entry: CardRef,
  card: CardRef,
): { ok: true } | { ok: false; field: 'id' | 'version' } {
  if (card.id !== entry.id) return { ok: false, field: 'id' };
  if (card.version !== entry.version) return { ok: false, field: 'version' };
  return { ok: true };
}

/** The file name a card has in a library folder, beside the index: its id, `.json`. */
export function cardFileName(card: Pick<Keuzekaart, 'id'>): string {
  return `${card.id}.json`;
}

/**
 * The index for a list of cards, as an editor exports it beside the card files (each under
 * `cardFileName`). Where two cards share an id, the newer version is listed; ids in `withdrawn`
 * are listed as withdrawn. More than `LIBRARY_MAX_CARDS` ids is a RangeError: no page would
 * read that index.
 */
export function libraryIndex(
  cards: readonly CardRef[],
  options: { withdrawn?: Iterable<string> } = {},
): LibraryIndex {
  const withdrawn = new Set(options.withdrawn ?? []);
  const newest = new Map<string, CardRef>();
  for (const card of cards) {
    const known = newest.get(card.id);
    if (!known || compareVersions(card.version, known.version) > 0) newest.set(card.id, card);
  }
  if (newest.size > LIBRARY_MAX_CARDS) {
    throw new RangeError(`a library lists at most ${LIBRARY_MAX_CARDS} cards`);
  }
  return {
    format: LIBRARY_FORMAT,
    version: LIBRARY_FORMAT_VERSION,
    cards: [...newest.values()].map((card) => ({
      id: card.id,
      version: card.version,
      file: cardFileName(card),
      ...(withdrawn.has(card.id) ? { withdrawn: true } : {}),
    })),
  };
}
