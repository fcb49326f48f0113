/**
 * Plain text for a HIS that publishes no paste limits (docs/architecture.md, "The HIS summary"): one line per field, no tabs,
 * no control or bidi characters, and either Latin-1 (ë and é kept) or strict ASCII.
 */
export type Charset = 'latin1' | 'ascii';

const PUNCTUATION: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2039': "'",
  '\u203A': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2022': '-',
  '\u2023': '-',
  '\u25CF': '-',
  '\u25E6': '-',
  '\u2043': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\u2007': ' ',
  '\u00B7': '-',
};

/** Letters and signs beyond Latin-1, written out for both charsets: never a "?". */
const BEYOND_LATIN1: Record<string, string> = {
  œ: 'oe',
  Œ: 'OE',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  '€': 'EUR',
  '≥': '>=',
  '≤': '<=',
  '≠': '<>',
  '≈': '~',
  '→': '->',
  '←': '<-',
  '⇒': '=>',
  '↑': 'omhoog',
  '↓': 'omlaag',
  '™': '(TM)',
  '‰': ' promille',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '✘': 'x',
};

/** Latin-1 letters and signs that strict ASCII lacks and that do not decompose to a base letter. */
const ASCII_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  '°': ' graden',
  '×': 'x',
  '÷': ':',
  '±': '+/-',
  '½': '1/2',
  '¼': '1/4',
  '¾': '3/4',
  '²': '2',
  '³': '3',
  '¹': '1',
  µ: 'u',
  '§': 'par.',
  '©': '(c)',
  '®': '(R)',
  '£': 'GBP',
  '¥': 'JPY',
  '¢': 'ct',
  '¡': '!',
  '¿': '?',
};

/** Line breaks, tabs, controls, bidi overrides and zero-width marks: none belong in a HIS line. */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFFC\uFFFD]/g;

/** Marks a character left out while folding; never in folded text (≤ U+00FF). */
const DROPPED = '\uE001';
const DROPPED_BEFORE_PUNCTUATION = / *\uE001[\uE001 ]*(?=[.,;:!?)]|$)/g;

function fitChar(ch: string, limit: number): string {
  const mapped = PUNCTUATION[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.codePointAt(0) ?? 0;
  if (code <= limit) return ch;
  const beyond = BEYOND_LATIN1[ch];
  if (beyond !== undefined) return beyond;
  if (limit < 0x80 && ASCII_LETTERS[ch] !== undefined) return ASCII_LETTERS[ch];
  // Decompose and drop the accents: é → e for ASCII, ő → o for Latin-1.
  const base = ch.normalize('NFKD').replace(/[\u0300-\u036F]/g, '');
  // Each part fits on its own: "ﬁ" → "fi", "①" → "1", "ǆ" → "dz".
  if (base !== ch) return [...base].map((c) => fitChar(c, limit)).join('');
  // A character the HIS cannot carry is left out, never written as "?": a "?" reads as a
  // question mark the patient typed. Text mostly in another script becomes a note in the
  // summary (see otherScript), before it gets here.
  return '';
}

/** Make one field safe for pasting: one line, plain characters in the chosen charset. */
export function foldText(text: string, charset: Charset = 'latin1'): string {
  const limit = charset === 'ascii' ? 0x7e : 0xff;
  const flat = text
    .normalize('NFC')
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(INVISIBLE, '');
  let out = '';
  // for…of walks code points, so a lone surrogate or an emoji is one character, left out whole.
  for (const ch of flat) out += fitChar(ch, limit) || DROPPED;
  // Where a character was left out, no space is left hanging before punctuation ("café 😀.").
  return out
    .replace(DROPPED_BEFORE_PUNCTUATION, '')
    .replaceAll(DROPPED, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Wrap a labelled line at `width`, breaking at spaces. Continuation lines are indented by the
 * label's width, so each SOEP field still reads as one block.
 */
export function wrapLine(line: string, width: number, indent: number): string[] {
  if (width <= indent + 10 || line.length <= width) return [line];
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  let rest = line;
  let prefix = '';
  while (prefix.length + rest.length > width) {
    const room = width - prefix.length;
    let cut = rest.lastIndexOf(' ', room);
    if (cut <= 0) cut = room; // a single word longer than the line: break it
    out.push(prefix + rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
    prefix = pad;
  }
  if (rest) out.push(prefix + rest);
  return out;
}

/** Scripts named in a summary note, by the Unicode script of their letters. */
const SCRIPTS = [
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['chinese', /\p{Script=Han}/u],
  ['japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['korean', /\p{Script=Hangul}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u],
] as const;

export type OtherScript = (typeof SCRIPTS)[number][0] | 'other';

/**
 * The script a text is mostly written in when that is not the Latin script, or null. Such a text
 * cannot reach a Latin-1 or ASCII HIS: the summary says so in a note instead of dropping it.
 */
export function otherScript(text: string): OtherScript | null {
  const letters = text.match(/\p{L}/gu) ?? [];
  const foreign = letters.filter((ch) => !/\p{Script=Latin}/u.test(ch));
  if (foreign.length === 0 || foreign.length * 2 < letters.length) return null;
  let best: OtherScript = 'other';
  let most = 0;
  for (const [name, pattern] of SCRIPTS) {
    const count = foreign.filter((ch) => pattern.test(ch)).length;
    if (count > most) {
      most = count;
      best = name;
    }
  }
  return best;
}
