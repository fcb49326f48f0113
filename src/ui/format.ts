/** A 0–10 score with one decimal at most, in the reader's number format (6,5 or 6.5). */
export function formatScore(score: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(score);
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
