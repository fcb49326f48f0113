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

const ASCII_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'OE',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ł: 'l',
  Ł: 'L',
  '€': 'EUR',
  '°': ' graden',
  '×': 'x',
  '½': '1/2',
};

/** Line breaks, tabs, controls, bidi overrides and zero-width marks: none belong in a HIS line. */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFFC\uFFFD]/g;

function fitChar(ch: string, limit: number): string {
  const mapped = PUNCTUATION[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.codePointAt(0) ?? 0;
  if (code <= limit) return ch;
  if (limit < 0x80 && ASCII_LETTERS[ch] !== undefined) return ASCII_LETTERS[ch];
  // Decompose and drop the accents: é → e for ASCII, ő → o for Latin-1.
  const base = ch.normalize('NFKD').replace(/[\u0300-\u036F]/g, '');
  if (base !== ch && [...base].every((c) => (c.codePointAt(0) ?? 0) <= limit)) return base;
  return '?';
}

/** Make one field safe for pasting: one line, plain characters in the chosen charset. */
export function foldText(text: string, charset: Charset = 'latin1'): string {
  const limit = charset === 'ascii' ? 0x7e : 0xff;
  const flat = text
    .normalize('NFC')
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(INVISIBLE, '');
  let out = '';
  // for…of walks code points, so a lone surrogate or an emoji becomes one "?".
  for (const ch of flat) out += fitChar(ch, limit);
  return out
    .replace(/\?{2,}/g, '?')
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
