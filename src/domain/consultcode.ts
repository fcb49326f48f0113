/**
 * The consultcode: the structured core of a preparation as twelve Crockford base32 symbols that
 * a GP can type, shown as `XXXX-XXXX-XXXX`. Free text does not fit and is not carried; neither are
 * item answers or exact means: the code holds each dimension score as a whole number 0–10
 * (rounded with Math.round), or in face mode the face 0–4, while the QR payload carries means to
 * one decimal.
 *
 * Bit layout, format version 3: one 50-bit number, most significant bit first, written as ten
 * base32 symbols (5 bits each), followed by two check symbols ({@link checkPair}: the sum and the
 * position-weighted sum of all twelve symbols are 0 mod 37).
 *
 * | bits  | width | field        | values                                                          |
 * |-------|-------|--------------|-----------------------------------------------------------------|
 * | 49–48 | 2     | version      | 3; 2 and 1 are older codes (below); 0 is an unknown version     |
 * | 47–45 | 3     | pack         | index in CODE_PACKS; 0 = a pack not listed (decodes to null)    |
 * | 44–21 | 6 × 4 | scores       | DIMENSIONS order; 0–10 = score, 15 = not answered, 11–14 error; |
 * |       |       |              | in face mode 0–4 = face (read as 0, 2.5, … 10), 5–14 error      |
 * | 20–15 | 6 × 1 | talk         | DIMENSIONS order, first dimension in bit 20                     |
 * | 14–12 | 3     | focus        | 0–5 = index in DIMENSIONS, 7 = none, 6 = error                  |
 * | 11–5  | 7 × 1 | expectations | EXPECTATIONS order, first expectation in bit 11                 |
 * | 4–2   | 3     | language     | index in CODE_LANGUAGES + 1; 0 = not listed (null), 7 = error   |
 * | 1–0   | 2     | mode         | 0 quick, 1 detailed, 2 face (MODES order), 3 = error            |
 *
 * The fields fill exactly 50 bits, so no bit is left unused. The first symbol holds the version
 * and the pack index, so every version 3 code starts with R–Z (S for Samenspraak's own pack),
 * every version 2 code with G–Q (H) and every version 1 code with 8–F (9). The decoder judges the
 * mode before the scores, whose range it sets; then the fields in bit order.
 *
 * Why twelve symbols: version 2 filled its 45 bits, and the language (3 bits) and the mode
 * (2 bits: a face 7.5 must not read as a measured 7.5, nor a face 1 as a score 1) need five
 * more, exactly one symbol. The safety below is that of two check symbols, as in version 2.
 *
 * Older codes still open, by their own version. Version 2 has the fields from pack to
 * expectations (bits 44–0 of a 45-bit number, nine data symbols) and two check symbols: eleven,
 * `XXXX-XXXX-XXX`. Version 1 has the same 45 bits and one check symbol (the number mod 37,
 * {@link checkSymbol}): ten, `XXXX-XXXX-XX`. Both decode with `locale` and `mode` null. The
 * first symbol names the version and so the length that the live check counts down to (12, 11
 * or 10; 12 for version 0). A code shorter than that is too short; otherwise its length names
 * the frame that the checks are read in, so a typo in the first symbol of a longer code is a
 * check mismatch; when the checks hold but the first symbol names a shorter code, it is too
 * long. Change the layout only under a new version number.
 *
 * Length against safety. Two check symbols cost two characters to type and buy every
 * two-symbol error: a check of r symbols over a prime field can refuse every error in up to r
 * symbols (and no more: the Singleton bound), so one symbol cannot, whatever its weights. Two
 * typos here are two positions changed to other symbols of the alphabet; I, L and O are read as
 * 1 and 0, so typing them for those is no typo. Measured by `tests/domain/consultcode.test.ts`
 * (100,000 random two-typo codes per row, seeded):
 *
 * | length | check symbols | single typo | adjacent swap | two typos refused                    |
 * |--------|---------------|-------------|---------------|--------------------------------------|
 * | 10     | 1 (version 1) | all         | all           | 98.58 % (1.42 % open another web)    |
 * | 11     | 2 (version 2) | all         | all           | all (9.4 % before the checks)        |
 * | 12     | 2 (version 3) | all         | all           | all (100 %, by proof and sample)     |
 *
 * Three typos in a version 3 code slip through about once in 5,600 (99.982 % refused: about one
 * in 37² passes both checks, and the field checks stop most of those). A third check symbol
 * would catch them, for a thirteenth character. The price of still opening older codes: ten,
 * eleven and twelve symbols are all valid lengths, so a dropped or added symbol is not caught
 * by the length alone. The version in the first symbol catches most: a twelve-symbol code that
 * loses a symbol stays version 3 and too short unless the first symbol goes; a version 2 code
 * with a 0 appended passes both checks (a 0 adds nothing to either sum) and is refused only as
 * too long. Sampled over every position of 10,000 codes of each version, dropped and added:
 * 1 of 660,000 opened (a version 1 code with a symbol added).
 */
import { CODE_LANGUAGES, codeLanguageField } from './codelanguages';
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
  type Normalised,
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
import { FACE_MAX, faceScore, MODES, type Mode, nearestFace } from './scoring';

/** The part of a {@link Handover} that a consultcode carries. */
export type CodeCore = Pick<
  Handover,
  'pack' | 'scores' | 'talk' | 'focus' | 'expectations' | 'locale' | 'mode'
>;

/** The layout version that {@link encodeConsultcode} writes. */
export const CONSULTCODE_VERSION = 3;

/** An older layout version that still decodes: no language or mode, two check symbols. */
export const CONSULTCODE_V2 = 2;

/** The oldest layout version that still decodes: as version 2, with one check symbol. */
export const CONSULTCODE_V1 = 1;

/** The versions that decode. */
export type ConsultcodeVersion =
  | typeof CONSULTCODE_VERSION
  | typeof CONSULTCODE_V2
  | typeof CONSULTCODE_V1;

/** Data symbols in a code: 50 bits / 5 bits per symbol. */
export const CONSULTCODE_DATA_LENGTH = 10;

/** Symbols in a complete code: the data and two check symbols. */
export const CONSULTCODE_LENGTH = CONSULTCODE_DATA_LENGTH + 2;

/** Data symbols in a version 1 or 2 code: 45 bits. */
const OLD_DATA_LENGTH = 9;

/** Symbols in a complete version 2 code: the data and two check symbols. */
export const CONSULTCODE_V2_LENGTH = OLD_DATA_LENGTH + 2;

/** Symbols in a complete version 1 code: the data and one check symbol. */
export const CONSULTCODE_V1_LENGTH = OLD_DATA_LENGTH + 1;

const VERSION_BITS = 2;
const PACK_BITS = 3;
const SCORE_BITS = 4;
const FOCUS_BITS = 3;
const LANGUAGE_BITS = 3;
const MODE_BITS = 2;
const SCORE_NONE = 15;
const FOCUS_NONE = 7;

/** The frame of each version: how many symbols, how many of them data. */
interface Frame {
  version: ConsultcodeVersion;
  length: number;
  dataLength: number;
}
const FRAME_V1: Frame = { version: 1, length: CONSULTCODE_V1_LENGTH, dataLength: OLD_DATA_LENGTH };
const FRAME_V2: Frame = { version: 2, length: CONSULTCODE_V2_LENGTH, dataLength: OLD_DATA_LENGTH };
const FRAME_V3: Frame = {
  version: 3,
  length: CONSULTCODE_LENGTH,
  dataLength: CONSULTCODE_DATA_LENGTH,
};
/** By length: ten, eleven and twelve symbols are each one version's frame. */
const FRAME_BY_LENGTH = new Map([FRAME_V1, FRAME_V2, FRAME_V3].map((f) => [f.length, f]));

/** A field whose value lies outside its range, named for the error message. */
export type ConsultcodeField = 'pack' | 'focus' | 'language' | 'mode' | `score:${DimensionId}`;

/** Why a typed consultcode was refused. Checks run in the order listed. */
export type ConsultcodeError =
  /** Nothing but separators (or nothing at all) was typed. */
  | { kind: 'empty' }
  /** A character that is no code symbol at its place; `position` is 1-based, in characters. */
  | ({ kind: 'invalid-character' } & InvalidCharacter)
  /** Fewer code characters than a code of the version its first symbol names has. */
  | { kind: 'too-short'; expected: number; actual: number }
  /**
   * More code characters than a code has; also eleven or twelve symbols whose checks hold but
   * whose first symbol names a version with fewer, reported after the check.
   */
  | { kind: 'too-long'; expected: number; actual: number }
  /** A check symbol does not match: a typo, or symbols swapped. */
  | { kind: 'check-mismatch' }
  /** A layout version this installation does not know (a newer Samenspraak made the code). */
  | { kind: 'unknown-version'; version: number }
  /** The check matched, but a field holds a value its layout leaves unused. */
  | { kind: 'out-of-range'; field: ConsultcodeField; value: number };

/** The outcome of {@link decodeConsultcode}; `version` 1 and 2 are codes of older layouts. */
export type ConsultcodeResult =
  | { ok: true; value: CodeCore; version: ConsultcodeVersion }
  | { ok: false; error: ConsultcodeError };

/** Appends `width` bits to `acc`. Plain arithmetic: 50 bits exceed the 32 of bitwise operators. */
function push(acc: number, width: number, field: number): number {
  return acc * 2 ** width + field;
}

function encodeScore(score: DimensionScore, dimension: DimensionId, face: boolean): number {
  if (score === null) return SCORE_NONE;
  if (!(score >= SCORE_MIN && score <= SCORE_MAX)) {
    throw new RangeError(`score for ${dimension} is outside 0–10: ${score}`);
  }
  return face ? nearestFace(score) : Math.round(score);
}

/**
 * Encode a core as a formatted consultcode of the current version, such as `SCHT-KC2J-2PN8`.
 * Scores are rounded to whole numbers, in face mode to the nearest face; lists may come in any
 * order, duplicates count once. A core without a mode is written as `quick`: its scores are
 * whole numbers, as a slider's.
 * @throws RangeError for a score outside 0–10 or NaN, or an unknown focus or mode: a
 * programming error, never user input.
 */
export function encodeConsultcode(core: CodeCore): string {
  const mode = core.mode ?? 'quick';
  const modeField = MODES.indexOf(mode);
  if (modeField === -1) throw new RangeError(`unknown mode: ${mode}`);
  let value = CONSULTCODE_VERSION;
  value = push(value, PACK_BITS, core.pack === null ? 0 : packIndex(core.pack));
  for (const dimension of DIMENSIONS) {
    value = push(
      value,
      SCORE_BITS,
      encodeScore(core.scores[dimension], dimension, mode === 'face'),
    );
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
  value = push(value, LANGUAGE_BITS, codeLanguageField(core.locale));
  value = push(value, MODE_BITS, modeField);
  const data = encodeDigits(value, CONSULTCODE_DATA_LENGTH);
  return formatGroups(data + checkPair(data));
}

/** Reads fixed-width fields from the most significant end of a 45- or 50-bit number. */
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

/**
 * The frame a version's code has. An unknown version (0) gets the current frame: a code of it
 * must reach the current length before its version is judged.
 */
function frameOf(version: number): Frame {
  return version === CONSULTCODE_V1 ? FRAME_V1 : version === CONSULTCODE_V2 ? FRAME_V2 : FRAME_V3;
}

/**
 * Read typed text as symbols, with the data length of the version that the first symbol names:
 * a check-only symbol is fine as the tenth of an older code, but in a version 3 code the tenth
 * is data. Also gives that version's frame, whose length the live check counts down to.
 */
function readTyped(input: string): { read: Normalised; frame: Frame } {
  const old = normalise(input, OLD_DATA_LENGTH);
  const first = old.symbols[0];
  const frame = frameOf(first === undefined ? CONSULTCODE_VERSION : versionOf(first));
  const read = frame.dataLength === OLD_DATA_LENGTH ? old : normalise(input, frame.dataLength);
  return { read, frame };
}

/** A field value 0–10 (or 0–4 in face mode) as the score the web showed; `null` when refused. */
function decodeScore(field: number, mode: Mode | null): DimensionScore | undefined {
  if (field === SCORE_NONE) return null;
  if (mode === 'face') return field <= FACE_MAX ? faceScore(field) : undefined;
  return field <= SCORE_MAX ? field : undefined;
}

/**
 * Decode what a GP typed, a code of version 3, 2 or 1. Tolerant of case, of I and L for 1 and
 * O for 0, and of hyphens and spaces anywhere. Lists come back in canonical order; a version 1
 * or 2 code says no language or mode (`null`). Never throws, whatever the input.
 */
export function decodeConsultcode(input: string): ConsultcodeResult {
  const { read, frame: named } = readTyped(input);
  if (read.count === 0) return fail({ kind: 'empty' });
  if (read.invalid) return fail({ kind: 'invalid-character', ...read.invalid });
  const expected = named.length;
  if (read.count < expected) return fail({ kind: 'too-short', expected, actual: read.count });
  const frame = FRAME_BY_LENGTH.get(read.count);
  if (frame === undefined) return fail({ kind: 'too-long', expected, actual: read.count });

  // The length, not the first symbol, names the frame that the checks are read in: a typo in the
  // first symbol of a longer code is then a check mismatch, not a puzzling "too long".
  const checked =
    frame === FRAME_V1
      ? checkSymbol(dataValue(read.symbols, OLD_DATA_LENGTH)) === read.symbols[OLD_DATA_LENGTH]
      : checkPairHolds(read.symbols);
  if (!checked) return fail({ kind: 'check-mismatch' });

  const version = versionOf(read.symbols[0] as string);
  if (named !== frame) return fail({ kind: 'too-long', expected, actual: read.count });
  if (version !== frame.version) return fail({ kind: 'unknown-version', version });
  return decodeFields(dataValue(read.symbols, frame.dataLength), frame);
}

/** The number that the first `length` symbols (data symbols, canonical) write. */
function dataValue(symbols: string, length: number): number {
  let value = 0;
  for (const char of symbols.slice(0, length)) value = value * 32 + dataSymbolValue(char);
  return value;
}

/** The fields of a checked code whose version matches its frame. */
function decodeFields(value: number, frame: Frame): ConsultcodeResult {
  const bits = frame.dataLength * 5;
  const next = bitReader(value, bits);
  next(VERSION_BITS);
  const index = next(PACK_BITS);
  const known = CODE_PACKS[index];
  if (known === undefined) return fail({ kind: 'out-of-range', field: 'pack', value: index });
  const pack: PackRef | null = known === null ? null : { ...known };

  const scoreFields = DIMENSIONS.map(() => next(SCORE_BITS));
  const talk = DIMENSIONS.filter(() => next(1) === 1);
  const focusIndex = next(FOCUS_BITS);
  const expectations: Expectation[] = EXPECTATIONS.filter(() => next(1) === 1);
  const languageField = frame.version === CONSULTCODE_VERSION ? next(LANGUAGE_BITS) : 0;
  const modeField = frame.version === CONSULTCODE_VERSION ? next(MODE_BITS) : null;

  // The mode sets the scores' range, so it is judged before them.
  const mode = modeField === null ? null : MODES[modeField];
  if (mode === undefined)
    return fail({ kind: 'out-of-range', field: 'mode', value: modeField ?? 0 });
  const scores: Record<string, DimensionScore> = {};
  for (const [i, dimension] of DIMENSIONS.entries()) {
    const field = scoreFields[i] as number;
    const score = decodeScore(field, mode);
    if (score === undefined) {
      return fail({ kind: 'out-of-range', field: `score:${dimension}`, value: field });
    }
    scores[dimension] = score;
  }
  const focusId = DIMENSIONS[focusIndex];
  if (focusIndex !== FOCUS_NONE && focusId === undefined) {
    return fail({ kind: 'out-of-range', field: 'focus', value: focusIndex });
  }
  const language = languageField === 0 ? null : CODE_LANGUAGES[languageField - 1];
  if (language === undefined) {
    return fail({ kind: 'out-of-range', field: 'language', value: languageField });
  }

  return {
    ok: true,
    version: frame.version,
    value: {
      pack,
      scores: scores as Record<DimensionId, DimensionScore>,
      talk: canonicalOrder(DIMENSIONS, talk),
      focus: focusId ?? null,
      expectations: canonicalOrder(EXPECTATIONS, expectations),
      locale: language,
      mode,
    },
  };
}

/** How far the typing of a code has come; see {@link consultcodeProgress}. */
export interface ConsultcodeProgress {
  /** Code characters typed so far, separators not counted. */
  count: number;
  /** Code characters in a complete code: 12, or 11 or 10 when the first symbol names version 2 or 1. */
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
  const { read, frame } = readTyped(input);
  return { count: read.count, expected: frame.length, validSoFar: read.invalid === null };
}
