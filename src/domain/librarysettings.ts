/**
 * What a computer keeps about the practice's keuzekaarten library (src/domain/cardlibrary.ts),
 * and when it reads it again. Apart from the index schema so the consult page's first screen,
 * which decides whether to read, does not load zod.
 */

/** Most cards one index may list: a practice has a handful, never thousands. */
export const LIBRARY_MAX_CARDS = 200;

/** An open page reads the library again once this long has passed since the last read. */
export const LIBRARY_READ_EVERY_MS = 24 * 60 * 60 * 1000;

/** What this computer keeps about the library, in the settings store. */
export interface LibrarySettings {
  /**
   * The index URL set in the page; it wins over the element's `keuzekaarten` attribute. Null:
   * none set here, so the attribute's (if any) is used.
   */
  url: string | null;
  /** When the index was last read, or null: never. */
  lastRead: number | null;
  /** The ids the library had withdrawn at that read: still marked when a later read fails. */
  withdrawn: string[];
}

export const DEFAULT_LIBRARY_SETTINGS: LibrarySettings = {
  url: null,
  lastRead: null,
  withdrawn: [],
};

/** Whether the library is due to be read again: never read, a day passed, or the clock went back. */
export function libraryReadDue(lastRead: number | null, now: number): boolean {
  return lastRead === null || now < lastRead || now - lastRead >= LIBRARY_READ_EVERY_MS;
}

/** The index URL in force: the page's own setting, else the element's attribute, else none. */
export function libraryUrl(stored: string | null, attribute: string | null): string | null {
  return stored ?? attribute;
}
