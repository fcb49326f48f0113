/**
 * The consultcode: the structured core of a preparation as eleven Crockford base32 symbols that
 * a GP can type, shown as `XXXX-XXXX-XXX`. Free text does not fit and is not carried; neither are
 * item answers or exact means: the code holds each dimension score as a whole number 0–10
 * (rounded with Math.round), while the QR payload carries means to one decimal.
 *
 * Bit layout, format version 2 (and version 1, see below): one 45-bit number, most significant
 * bit first, written as nine base32 symbols (5 bits each), followed by two check symbols
 * ({@link checkPair}: the sum and the position-weighted sum of all eleven symbols are 0 mod 37).
 *
 * | bits  | width | field        | values                                                          |
 * |-------|-------|--------------|-----------------------------------------------------------------|
 * | 44–43 | 2     | version      | 2; 1 = the older ten-symbol code; 0 and 3 are unknown versions  |
 * | 42–40 | 3     | pack         | index in CODE_PACKS; 0 = a pack not listed (decodes to null)    |
 * | 39–16 | 6 × 4 | scores       | DIMENSIONS order; 0–10 = score, 15 = not answered, 11–14 error  |
 * | 15–10 | 6 × 1 | talk         | DIMENSIONS order, first dimension in bit 15                     |
 * | 9–7   | 3     | focus        | 0–5 = index in DIMENSIONS, 7 = none, 6 = error                  |
 * | 6–0   | 7 × 1 | expectations | EXPECTATIONS order, first expectation in bit 6                  |
 *
 * The fields fill exactly 45 bits, so no bit is left unused. The first symbol holds the version
 * and the pack index, so every version 2 code starts with G–Q (H for Samenspraak's own pack) and
 * every version 1 code with 8–F (9).
 *
 * Version 1 has the same fields and one check symbol (the 45-bit number mod 37,
 * {@link checkSymbol}): ten symbols, `XXXX-XXXX-XX`. Its codes still open. The decoder tells the
 * two apart by the length and the first symbol; the live check counts down to ten symbols when
 * the first says version 1, else to eleven. Change the layout only under a new version number;
 * older codes keep decoding by their own version.
 *
 * Length against safety. The second check symbol costs one character to type and buys every
 * two-symbol error: a check of r symbols over a prime field can refuse every error in up to r
 * symbols (and no more: the Singleton bound), so one symbol cannot, whatever its weights. Two
 * typos here are two positions changed to other symbols of the alphabet; I, L and O are read as
 * 1 and 0, so typing them for those is no typo. Measured by `tests/domain/consultcode.test.ts`
 * (100,000 random two-typo codes, seeded):
 *
 * | length | check symbols | single typo | adjacent swap | two typos refused                 |
 * |--------|---------------|-------------|---------------|-----------------------------------|
 * | 10     | 1 (version 1) | all         | all           | 98.55 % (1.45 % open another web) |
 * | 11     | 2 (version 2) | all         | all           | all (100 %, by proof and sample)  |
 *
 * Three typos in a version 2 code slip through about once in 3,600 (99.97 % refused: about one
 * in 37² passes both checks, and the field checks stop some of those). A third check symbol would
 * catch them, for a twelfth character. The price of still opening version 1: ten symbols are a
 * valid length again, so a dropped symbol is caught by the length only when the first symbol
 * stays; when the first goes, the version 1 check and fields must fail (1 of 330,000 sampled
 * drops and inserts opened).
 */
import type { PackRef } from './contentpack';
import {
  CROCKFORD_ALPHABET,
  checkPair,
  checkPairHolds,
  checkSymbol,
  dataSymbolValue,
  encodeDigits,
  formatGroups,
  type InvalidCharacter,
  normalise,
} from './crockford';
import {
  canonicalOrder,
  DIMENSIONS,
  type DimensionId,
  type DimensionScore,
  EXPECTATIONS,
  type Expectation,
  SCORE_MAX,
  SCORE_MIN,
} from './dimensions';
import { CODE_PACKS, packIndex } from './packregistry';
import type { Handover } from './preparation';

/** The part of a {@link Handover} that a consultcode carries. */
export type CodeCore = Pick<Handover, 'pack' | 'scores' | 'talk' | 'focus' | 'expectations'>;

/** The layout version that {@link encodeConsultcode} writes. */
export const CONSULTCODE_VERSION = 2;

/** The older layout version that still decodes: the same fields, one check symbol. */
export const CONSULTCODE_V1 = 1;

/** Data symbols in a code: 45 bits / 5 bits per symbol. */
export const CONSULTCODE_DATA_LENGTH = 9;

/** Symbols in a complete code: the data and two check symbols. */
export const CONSULTCODE_LENGTH = CONSULTCODE_DATA_LENGTH + 2;

/** Symbols in a complete version 1 code: the data and one check symbol. */
export const CONSULTCODE_V1_LENGTH = CONSULTCODE_DATA_LENGTH + 1;

const DATA_BITS = CONSULTCODE_DATA_LENGTH * 5;
const VERSION_BITS = 2;
const PACK_BITS = 3;
const SCORE_BITS = 4;
const FOCUS_BITS = 3;
const SCORE_NONE = 15;
const FOCUS_NONE = 7;

/** A field whose value lies outside its range, named for the error message. */
export type ConsultcodeField = 'pack' | 'focus' | `score:${DimensionId}`;

/** Why a typed consultcode was refused. Checks run in the order listed. */
export type ConsultcodeError =
  /** Nothing but separators (or nothing at all) was typed. */
  | { kind: 'empty' }
  /** A character that is no code symbol at its place; `position` is 1-based, in characters. */
  | ({ kind: 'invalid-character' } & InvalidCharacter)
  /** Fewer code characters than a code of the version its first symbol names has. */
  | { kind: 'too-short'; expected: number; actual: number }
  /**
   * More code characters than a code has; also eleven symbols whose checks hold but whose
   * version is 1 (a version 1 code has ten), reported after the check.
   */
  | { kind: 'too-long'; expected: number; actual: number }
  /** A check symbol does not match: a typo, or symbols swapped. */
  | { kind: 'check-mismatch' }
  /** A layout version this installation does not know (a newer Samenspraak made the code). */
  | { kind: 'unknown-version'; version: number }
  /** The check matched, but a field holds a value its layout leaves unused. */
  | { kind: 'out-of-range'; field: ConsultcodeField; value: number };

/** The outcome of {@link decodeConsultcode}; `version` 1 is a code of the older layout. */
export type ConsultcodeResult =
  | { ok: true; value: CodeCore; version: typeof CONSULTCODE_VERSION | typeof CONSULTCODE_V1 }
  | { ok: false; error: ConsultcodeError };

/** Appends `width` bits to `acc`. Plain arithmetic: 45 bits exceed the 32 of bitwise operators. */
function push(acc: number, width: number, field: number): number {
  return acc * 2 ** width + field;
}

function encodeScore(score: DimensionScore, dimension: DimensionId): number {
  if (score === null) return SCORE_NONE;
  if (!(score >= SCORE_MIN && score <= SCORE_MAX)) {
    throw new RangeError(`score for ${dimension} is outside 0–10: ${score}`);
  }
  return Math.round(score);
}

/**
 * Encode a core as a formatted consultcode of the current version, such as `HCHT-KC2J-2UQ`.
 * Scores are rounded to whole numbers; lists may come in any order, duplicates count once.
 * @throws RangeError for a score outside 0–10 or NaN, or an unknown focus: a programming error,
 * never user input.
 */
export function encodeConsultcode(core: CodeCore): string {
  let value = CONSULTCODE_VERSION;
  value = push(value, PACK_BITS, core.pack === null ? 0 : packIndex(core.pack));
  for (const dimension of DIMENSIONS) {
    value = push(value, SCORE_BITS, encodeScore(core.scores[dimension], dimension));
  }
  const talk = new Set(core.talk);
  for (const dimension of DIMENSIONS) value = push(value, 1, talk.has(dimension) ? 1 : 0);
  const focus = core.focus === null ? FOCUS_NONE : DIMENSIONS.indexOf(core.focus);
  if (focus === -1) throw new RangeError(`unknown focus dimension: ${core.focus}`);
  value = push(value, FOCUS_BITS, focus);
  const expectations = new Set(core.expectations);
  for (const expectation of EXPECTATIONS) {
    value = push(value, 1, expectations.has(expectation) ? 1 : 0);
  }
  const data = encodeDigits(value, CONSULTCODE_DATA_LENGTH);
  return formatGroups(data + checkPair(data));
}

/** Reads fixed-width fields from the most significant end of a 45-bit number. */
function bitReader(value: number, totalBits: number) {
  let remaining = totalBits;
  return (width: number): number => {
    remaining -= width;
    return Math.floor(value / 2 ** remaining) % 2 ** width;
  };
}

const fail = (error: ConsultcodeError): ConsultcodeResult => ({ ok: false, error });

/** The version that a code's first symbol (canonical, a data symbol) names: its top two bits. */
function versionOf(first: string): number {
  return Math.floor(CROCKFORD_ALPHABET.indexOf(first) / 2 ** (5 - VERSION_BITS));
}

/** The length that a code must reach, by the version its first symbol names. */
function expectedLength(symbols: string): number {
  const first = symbols[0];
  return first !== undefined && versionOf(first) === CONSULTCODE_V1
    ? CONSULTCODE_V1_LENGTH
    : CONSULTCODE_LENGTH;
}

/**
 * Decode what a GP typed, a code of version 2 or of version 1. Tolerant of case, of I and L for
 * 1 and O for 0, and of hyphens and spaces anywhere. Lists come back in canonical order. Never
 * throws, whatever the input.
 */
export function decodeConsultcode(input: string): ConsultcodeResult {
  const read = normalise(input, CONSULTCODE_DATA_LENGTH);
  if (read.count === 0) return fail({ kind: 'empty' });
  if (read.invalid) return fail({ kind: 'invalid-character', ...read.invalid });
  // Ten symbols are a version 1 code only when the first symbol says so; any other code is
  // eleven. Eleven symbols are read as version 2 even when the first says 1: a typo there.
  const expected = expectedLength(read.symbols);
  if (read.count < expected) return fail({ kind: 'too-short', expected, actual: read.count });
  if (read.count > CONSULTCODE_LENGTH) {
    return fail({ kind: 'too-long', expected, actual: read.count });
  }

  const data = read.symbols.slice(0, CONSULTCODE_DATA_LENGTH);
  let value = 0;
  for (const char of data) value = value * 32 + dataSymbolValue(char);
  const legacy = read.count === CONSULTCODE_V1_LENGTH;
  const checked = legacy
    ? checkSymbol(value) === read.symbols[CONSULTCODE_DATA_LENGTH]
    : checkPairHolds(read.symbols);
  if (!checked) return fail({ kind: 'check-mismatch' });

  const next = bitReader(value, DATA_BITS);
  const version = next(VERSION_BITS);
  if (!legacy && version === CONSULTCODE_V1) {
    return fail({ kind: 'too-long', expected: CONSULTCODE_V1_LENGTH, actual: read.count });
  }
  if (version !== CONSULTCODE_VERSION && version !== CONSULTCODE_V1) {
    return fail({ kind: 'unknown-version', version });
  }

  const index = next(PACK_BITS);
  const known = CODE_PACKS[index];
  if (known === undefined) return fail({ kind: 'out-of-range', field: 'pack', value: index });
  const pack: PackRef | null = known === null ? null : { ...known };

  const scores: Record<string, number | null> = {};
  for (const dimension of DIMENSIONS) {
    const score = next(SCORE_BITS);
    if (score > SCORE_MAX && score !== SCORE_NONE) {
      return fail({ kind: 'out-of-range', field: `score:${dimension}`, value: score });
    }
    scores[dimension] = score === SCORE_NONE ? null : score;
  }

  const talk = DIMENSIONS.filter(() => next(1) === 1);
  const focusIndex = next(FOCUS_BITS);
  const focusId = DIMENSIONS[focusIndex];
  if (focusIndex !== FOCUS_NONE && focusId === undefined) {
    return fail({ kind: 'out-of-range', field: 'focus', value: focusIndex });
  }
  const expectations: Expectation[] = EXPECTATIONS.filter(() => next(1) === 1);

  return {
    ok: true,
    version,
    value: {
      pack,
      scores: scores as Record<DimensionId, number | null>,
      talk: canonicalOrder(DIMENSIONS, talk),
      focus: focusId ?? null,
      expectations: canonicalOrder(EXPECTATIONS, expectations),
    },
  };
}

/** How far the typing of a code has come; see {@link consultcodeProgress}. */
export interface ConsultcodeProgress {
  /** Code characters typed so far, separators not counted. */
  count: number;
  /** Code characters in a complete code: 11, or 10 when the first symbol says version 1. */
  expected: number;
  /** `false` as soon as a typed character cannot be part of any code at its place. */
  validSoFar: boolean;
}

/**
 * For a live check while typing: how many code characters there are, and whether each is a
 * symbol that may stand at its place. The UI can say "nog 3 tekens" without calling a half
 * typed code wrong. Never throws.
 */
export function consultcodeProgress(input: string): ConsultcodeProgress {
  const read = normalise(input, CONSULTCODE_DATA_LENGTH);
  return {
    count: read.count,
    expected: expectedLength(read.symbols),
    validSoFar: read.invalid === null,
  };
}
