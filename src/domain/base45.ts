/**
 * Base45 (RFC 9285): bytes as text in the 45-character set of QR alphanumeric mode. That mode
 * packs a character in 5.5 bits, so 2 bytes cost 16.5 bits: almost as dense as byte mode, and the
 * text is plain upper-case ASCII that every scanner returns unchanged. Every 2 bytes [a, b] become
 * n = a × 256 + b, written as c d e with n = c + d × 45 + e × 45²; a final single byte becomes
 * two characters.
 */

/** The base45 alphabet: a character's value is its index (RFC 9285 §4). */
export const BASE45_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** Why a text is not base45. Positions are 0-based offsets in the text (UTF-16 units). */
export type Base45Error =
  /** A character outside the alphabet (lower case included: the alphabet has none). */
  | { kind: 'invalid-character'; character: string; position: number }
  /** A length of 3k + 1: one character left over, which carries no whole byte. */
  | { kind: 'invalid-length'; length: number }
  /** A group whose value exceeds what it encodes (65535 for three characters, 255 for two). */
  | { kind: 'value-too-large'; position: number };

/** The outcome of {@link decodeBase45}. */
export type Base45Result = { ok: true; value: Uint8Array } | { ok: false; error: Base45Error };

/** Encode bytes as base45 text. */
export function encodeBase45(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    const first = bytes[i] as number;
    const second = bytes[i + 1];
    let n = second === undefined ? first : first * 256 + second;
    const width = second === undefined ? 2 : 3;
    for (let k = 0; k < width; k++) {
      out += BASE45_ALPHABET[n % 45];
      n = Math.floor(n / 45);
    }
  }
  return out;
}

const VALUES = new Map<string, number>([...BASE45_ALPHABET].map((c, i) => [c, i]));

/** Decode base45 text to bytes; strict (no white space beyond the alphabet's space). Never throws. */
export function decodeBase45(text: string): Base45Result {
  if (text.length % 3 === 1) {
    return { ok: false, error: { kind: 'invalid-length', length: text.length } };
  }
  const bytes = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let at = 0;
  for (let i = 0; i < text.length; i += 3) {
    const width = Math.min(3, text.length - i);
    let n = 0;
    for (let k = width - 1; k >= 0; k--) {
      const character = text.charAt(i + k);
      const value = VALUES.get(character);
      if (value === undefined) {
        // Report the first bad character of the text, not the last of this group.
        const first = firstInvalid(text, i);
        return { ok: false, error: { kind: 'invalid-character', ...first } };
      }
      n = n * 45 + value;
    }
    if (n > (width === 3 ? 0xffff : 0xff)) {
      return { ok: false, error: { kind: 'value-too-large', position: i } };
    }
    if (width === 3) bytes[at++] = n >> 8;
    bytes[at++] = n & 0xff;
  }
  return { ok: true, value: bytes };
}

function firstInvalid(text: string, from: number): { character: string; position: number } {
  for (let i = from; i < text.length; i++) {
    const character = text.charAt(i);
    if (!VALUES.has(character)) return { character, position: i };
  }
  // Unreachable: called only after a character outside the alphabet was seen from `from` on.
  return { character: '', position: from };
}
