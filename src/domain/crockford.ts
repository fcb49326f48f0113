/**
 * Crockford base32 (Douglas Crockford's "Base 32" encoding): the alphabet of the consultcode.
 * It leaves out I, L, O and U, so a code read aloud or copied by hand has no look-alikes, and it
 * defines a mod-37 check symbol that catches every single-symbol error and every adjacent
 * transposition. {@link checkPair} adds a second mod-37 check symbol, which catches every error
 * in any two symbols as well.
 */

/** The 32 data symbols; a symbol's value is its index. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The 37 check symbols: the data symbols, then `*~$=U` for the values 32–36. */
export const CROCKFORD_CHECK_ALPHABET = `${CROCKFORD_ALPHABET}*~$=U`;

/** The modulus of the check symbol; a prime above 32, so every symbol's weight is invertible. */
export const CHECK_MODULUS = 37;

/** Characters that only separate groups; pasted text often carries typographic dashes. */
const SEPARATORS = new Set([
  '-',
  '\u2010', // hyphen
  '\u2011', // non-breaking hyphen
  '\u2012', // figure dash
  '\u2013', // en dash
  '\u2014', // em dash
  '\u2212', // minus sign
]);

/** Whether a character (one code point) only separates groups: a hyphen or any white space. */
export function isSeparator(char: string): boolean {
  return SEPARATORS.has(char) || /^\s$/u.test(char);
}

/**
 * The value 0–36 of one typed character as a check symbol, or -1 when it is none. Only ASCII
 * letters are folded to upper case: `toUpperCase` would turn the dotless ı into I (and so 1).
 * I and L read as 1 and O as 0, because they are the look-alikes the alphabet avoids.
 */
export function checkSymbolValue(char: string): number {
  if (char.length !== 1) return -1;
  const code = char.charCodeAt(0);
  const upper = code >= 0x61 && code <= 0x7a ? String.fromCharCode(code - 0x20) : char;
  const read = upper === 'I' || upper === 'L' ? '1' : upper === 'O' ? '0' : upper;
  return CROCKFORD_CHECK_ALPHABET.indexOf(read);
}

/** The value 0–31 of one typed character as a data symbol, or -1 when it is none. */
export function dataSymbolValue(char: string): number {
  const value = checkSymbolValue(char);
  return value < CROCKFORD_ALPHABET.length ? value : -1;
}

/** The data symbol for a value 0–31. */
export function dataSymbol(value: number): string {
  const symbol = CROCKFORD_ALPHABET[value];
  if (symbol === undefined) throw new RangeError(`not a base32 digit: ${value}`);
  return symbol;
}

/**
 * The check symbol for a non-negative integer: the value mod 37. Plain number arithmetic, so
 * the value must stay below 2^53 (the consultcode uses 45 bits).
 */
export function checkSymbol(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a code value: ${value}`);
  return CROCKFORD_CHECK_ALPHABET[value % CHECK_MODULUS] as string;
}

/**
 * Two check symbols for data symbols, so that the whole code x_1 … x_n (the data, then the two
 * check symbols, as values 0–36) meets both Σ x_i ≡ 0 and Σ i·x_i ≡ 0 (mod 37), i counted from 1.
 * Any one or two changed symbols, adjacent or not, break one of the two: a change e ≠ 0 at i and
 * f at j leaves both sums whole only if e + f ≡ 0 and i·e + j·f ≡ 0, so (i − j)·e ≡ 0, which
 * mod the prime 37 needs i = j. That holds for codes of up to 36 symbols.
 * @param data the data symbols, canonical (as {@link normalise} gives them)
 * @throws RangeError for a character that is no data symbol, or more than 34 of them
 */
export function checkPair(data: string): string {
  const n = data.length;
  if (n + 2 >= CHECK_MODULUS) throw new RangeError(`too many symbols for a mod-37 pair: ${n}`);
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    const value = dataSymbolValue(data[i] as string);
    if (value === -1) throw new RangeError(`not a data symbol: ${data[i]}`);
    sum += value;
    weighted += (i + 1) * value;
  }
  // Solve c + d ≡ −sum and (n+1)·c + (n+2)·d ≡ −weighted for the check values c and d.
  const c = mod37(weighted - (n + 2) * sum);
  const d = mod37((n + 1) * sum - weighted);
  return (CROCKFORD_CHECK_ALPHABET[c] as string) + (CROCKFORD_CHECK_ALPHABET[d] as string);
}

/**
 * Whether canonical symbols (data, then two check symbols) meet both sums of {@link checkPair}.
 * Never throws: a character that is no check symbol makes it false.
 */
export function checkPairHolds(symbols: string): boolean {
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < symbols.length; i++) {
    const value = CROCKFORD_CHECK_ALPHABET.indexOf(symbols[i] as string);
    if (value === -1) return false;
    sum += value;
    weighted += (i + 1) * value;
  }
  return symbols.length >= 2 && mod37(sum) === 0 && mod37(weighted) === 0;
}

function mod37(value: number): number {
  return ((value % CHECK_MODULUS) + CHECK_MODULUS) % CHECK_MODULUS;
}

/** A non-negative integer as exactly `digits` base32 symbols, most significant first. */
export function encodeDigits(value: number, digits: number): string {
  if (!Number.isSafeInteger(value) || value < 0 || value >= 32 ** digits) {
    throw new RangeError(`${value} does not fit ${digits} base32 digits`);
  }
  let out = '';
  let rest = value;
  for (let i = 0; i < digits; i++) {
    out = dataSymbol(rest % 32) + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/** The first character that cannot be part of a code, 1-based in code points of the input. */
export interface InvalidCharacter {
  character: string;
  position: number;
}

/** A typed code read as symbols; see {@link normalise}. */
export interface Normalised {
  /** The symbols in canonical form (upper case, look-alikes resolved), separators dropped. */
  symbols: string;
  /** How many characters other than separators were typed, valid or not. */
  count: number;
  /** The first character that is no symbol at its place, or `null` when there is none. */
  invalid: InvalidCharacter | null;
}

/**
 * Read typed text as Crockford symbols: case-insensitive, I and L as 1, O as 0, hyphens and
 * white space ignored. The check-only symbols `*~$=U` are valid only from symbol index
 * `dataLength` on, where the check symbol of a `dataLength`-symbol code stands; anywhere before,
 * they are reported as invalid. Positions count code points, as the user sees characters, so an
 * emoji or a lone surrogate is one position. Never throws.
 */
export function normalise(input: string, dataLength: number): Normalised {
  let symbols = '';
  let count = 0;
  let invalid: InvalidCharacter | null = null;
  let position = 0;
  for (const char of input) {
    position += 1;
    if (isSeparator(char)) continue;
    const value = count < dataLength ? dataSymbolValue(char) : checkSymbolValue(char);
    count += 1;
    if (value === -1) {
      invalid ??= { character: char, position };
      continue;
    }
    symbols += CROCKFORD_CHECK_ALPHABET[value];
  }
  return { symbols, count, invalid };
}

/** Split normalised symbols into groups of four joined by hyphens: `SCHT-KYJJ-25B2`. */
export function formatGroups(symbols: string): string {
  return symbols.match(/.{1,4}/g)?.join('-') ?? '';
}
