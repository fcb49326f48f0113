/** Languages that write a decimal comma (6,5); the others write a point (6.5). */
const DECIMAL_COMMA = new Set(['nl', 'de', 'fr', 'tr', 'pl', 'uk']);

/**
 * A 0–10 score with one decimal at most, in Western digits, with the reader's decimal mark
 * (6,5 or 6.5). Written by hand: the first Intl.NumberFormat costs a cheap tablet tens of
 * milliseconds of ICU loading at start-up.
 */
export function formatScore(score: number, lang: string): string {
  const text = String(Math.round(score * 10) / 10);
  return DECIMAL_COMMA.has(lang.slice(0, 2)) ? text.replace('.', ',') : text;
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Dates and times on the GP's side, which is Dutch only, in local time. Written by hand: the
 * first Intl.DateTimeFormat blocks a cheap tablet for some 200 ms at start-up (ICU data).
 */
export const dutchDate = {
  /** "20:03" */
  time: (ms: number) => {
    const d = new Date(ms);
    return `${two(d.getHours())}:${two(d.getMinutes())}`;
  },
  /** "01-12-2026 20:03" */
  short: (ms: number) => {
    const d = new Date(ms);
    return `${two(d.getDate())}-${two(d.getMonth() + 1)}-${d.getFullYear()} ${dutchDate.time(ms)}`;
  },
  /** "1 december 2026" */
  long: (ms: number) => {
    const d = new Date(ms);
    return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
  },
  /** "1 december 2026, 20:03" */
  longWithTime: (ms: number) => `${dutchDate.long(ms)}, ${dutchDate.time(ms)}`,
  /** A card's day "2027-11-01" as "1 november 2027"; anything else as it is. */
  day: (iso: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    const month = MONTHS[Number(match?.[2]) - 1];
    return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
  },
};

/** Today (or `date`'s day) as yyyy-mm-dd in local time, as a GP reads the calendar. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

// Controls, format characters (bidi overrides, zero-width marks), separators other than the
// space, and unassigned or private code points: none of them can be seen on screen.
const UNSEEN = /^[\p{C}\p{Z}]$/u;

/**
 * One character as a message can quote it. An invisible one is named by its code point
 * ("U+202E"), so a bidi override cannot turn the rest of the message around; a visible one is
 * wrapped in a first-strong isolate, so a Hebrew or Arabic letter stays in its place.
 */
export function quoteCharacter(character: string): string {
  if (character === ' ' || !UNSEEN.test(character)) return `\u2068${character}\u2069`;
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
