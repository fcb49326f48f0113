/**
 * The QR payload: the whole preparation, free text included, as `SSP1:` + base45 of a compact
 * binary record. Base45 keeps the text in QR alphanumeric mode (upper case, digits and
 * ` $%*+-./:`), which stores it almost as densely as byte mode.
 *
 * Binary layout, format version 1. Numbers are unsigned, multi-byte ones big-endian; strings are
 * UTF-8 after a byte count (`str8`: 1-byte count, `str16`: 2-byte count).
 *
 * | bytes   | field        | encoding                                                             |
 * |---------|--------------|----------------------------------------------------------------------|
 * | 1       | version      | 1                                                                    |
 * | 1       | pack index   | index in CODE_PACKS; 0 = not listed, id and version follow           |
 * | str8    | pack id      | only when the pack index is 0                                        |
 * | str8    | pack version | only when the pack index is 0                                        |
 * | str8    | locale       | e.g. `nl`, `ar`, `nl-NL`                                             |
 * | 1       | mode         | 0 = quick, 1 = detailed, 2 = face (answers are faces 0–4)            |
 * | 6       | scores       | DIMENSIONS order; tenths 0–100 (6.67 travels as 67), 255 = none      |
 * | 1       | talk         | bit i (value 2^i) = DIMENSIONS[i]; bits 6–7 are 0                    |
 * | 1       | focus        | index in DIMENSIONS, 255 = none                                      |
 * | 1       | expectations | bit i (value 2^i) = EXPECTATIONS[i]; bit 7 is 0                      |
 * | 1       | answer count | N, 0–255                                                             |
 * | N × …   | answers      | id, then the value (1 byte), ids in ascending order                  |
 * |         |   id         | 0xF0 + d, n (2 bytes) = `${DIMENSIONS[d]}-${n}`, n 0–255 in decimal  |
 * |         |              | or a byte count 0–0xEF and that many bytes of UTF-8: any other id    |
 * | str16   | change       | "wat wilt u veranderen"                                              |
 * | str16   | need         | "wat heeft u daarvoor nodig"                                         |
 * | str16   | question     | "uw vraag aan de huisarts"                                           |
 *
 * Nothing may follow the last field. The decoder refuses every byte value the table leaves
 * unused (`bad-encoding`), so each preparation has exactly one payload; then the schema checks the
 * values (`invalid`). The QR code's own error correction guards against damage, so there is no
 * checksum. The `1` in the prefix versions the envelope (prefix and base45); the version byte
 * versions this table.
 *
 * Scores travel apart from the answers because deriving them needs the content pack, which the
 * GP's installation may not have. The pack, talk, focus and expectations travel once, in the
 * preparation, and the decoded handover repeats them.
 */
import { type Base45Error, decodeBase45, encodeBase45 } from './base45';
import type { PackRef } from './contentpack';
import { DIMENSIONS, type DimensionId, EXPECTATIONS, SCORE_MAX, SCORE_MIN } from './dimensions';
import { CODE_PACKS, packIndex } from './packregistry';
import { type Preparation, type QrHandover, TEXT_LIMITS } from './preparation';
import { preparationSchema } from './preparationschema';
import { MODES } from './scoring';

export type { QrHandover };

/** The text every payload starts with. */
export const QR_PREFIX = 'SSP1:';

/** The layout version in the first byte. */
export const QR_FORMAT_VERSION = 1;

/** The largest free text in UTF-8 bytes: zod counts UTF-16 units, and U+0800–U+FFFF take 3. */
const maxUtf8 = (units: number) => units * 3;

/** Item ids of the content packs: `<dimension>-<n>`, stored in 2 bytes. */
const COMPACT_ID = /^([a-z]+)-(0|[1-9][0-9]{0,2})$/;
const COMPACT_TAG = 0xf0;
const MAX_ID_BYTES = 0xef;
const NONE = 255;

/**
 * The longest payload of any preparation that passes the schema with a pack whose item ids follow
 * `<dimension>-<n>` (at most 12 items per dimension, as the pack schema allows, plus a quick-mode
 * id of up to 16 ASCII characters per dimension that a mode switch keeps), in characters. Built
 * from the worst case of each field: a pack not listed in CODE_PACKS with the longest id and
 * version, the longest locale, and every free text at its limit in 3-byte characters (a 4-byte
 * character counts as 2 units, so it packs less). A version 40 QR code at level M holds 3391
 * alphanumeric characters; the tests build this worst case and check both numbers. A pack with
 * long custom ids can exceed it, and then the UI offers the consultcode alone.
 */
export const QR_MAX_CHARS = (() => {
  const bytes =
    2 + // version, pack index
    (1 + maxUtf8(48)) + // pack id (schema: at most 48 units)
    (1 + maxUtf8(16)) + // pack version (schema: at most 16 units)
    (1 + 6) + // locale: xxx-XX
    1 + // mode
    DIMENSIONS.length + // scores
    3 + // talk, focus, expectations
    1 + // answer count
    DIMENSIONS.length * 12 * 3 + // detailed items, compact ids
    DIMENSIONS.length * (1 + 16 + 1) + // quick items, plain ids
    (2 + maxUtf8(TEXT_LIMITS.change)) +
    (2 + maxUtf8(TEXT_LIMITS.need)) +
    (2 + maxUtf8(TEXT_LIMITS.question));
  return QR_PREFIX.length + Math.floor(bytes / 2) * 3 + (bytes % 2) * 2;
})();

/** The reason behind a `bad-encoding` error. */
export type BadEncodingReason =
  | 'base45'
  | 'utf8'
  | 'pack-index'
  | 'mode'
  | 'score'
  | 'reserved-bits'
  | 'focus'
  | 'answer-id'
  | 'duplicate-answer'
  | 'trailing-bytes';

/** Why a scanned text is not a usable preparation. */
export type QrPayloadError =
  /** Not a Samenspraak QR code: the text does not start with `SSP<n>:`. */
  | { kind: 'wrong-prefix' }
  /** A Samenspraak format this installation does not know, from the prefix or the version byte. */
  | { kind: 'unknown-version'; version: number }
  /** Bytes that no encoder writes; `offset` is the byte (or, for base45, the character). */
  | { kind: 'bad-encoding'; reason: BadEncodingReason; offset: number; base45?: Base45Error }
  /** The data ends before the record does; `offset` is where more bytes were needed. */
  | { kind: 'truncated'; offset: number }
  /** A well-formed record whose values the preparation schema refuses. */
  | { kind: 'invalid'; path: (string | number)[]; message: string };

/** The outcome of {@link decodeQrPayload}. */
export type QrPayloadResult =
  | { ok: true; value: QrHandover }
  | { ok: false; error: QrPayloadError };

const utf8 = new TextEncoder();

function writeString(out: number[], text: string, countBytes: 1 | 2, max: number, what: string) {
  const bytes = utf8.encode(text);
  if (bytes.length > max) throw new RangeError(`${what} is too long for the QR payload`);
  if (countBytes === 2) out.push(bytes.length >> 8);
  out.push(bytes.length & 0xff, ...bytes);
}

function bits<T>(order: readonly T[], chosen: readonly T[]): number {
  return order.reduce((acc, value, i) => (chosen.includes(value) ? acc | (1 << i) : acc), 0);
}

function writeId(out: number[], id: string) {
  const compact = COMPACT_ID.exec(id);
  const d = compact ? DIMENSIONS.indexOf(compact[1] as DimensionId) : -1;
  const n = compact ? Number(compact[2]) : NONE + 1;
  if (d !== -1 && n <= NONE) out.push(COMPACT_TAG + d, n);
  else writeString(out, id, 1, MAX_ID_BYTES, `item id ${JSON.stringify(id)}`);
}

/**
 * Encode a handover with its preparation as QR text: upper case, in the QR alphanumeric set.
 * The pack, talk, focus and expectations are taken from `detail`; scores keep one decimal.
 * @throws RangeError when a value has no encoding (a score outside 0–10, more than 255 answers,
 * an id over 239 bytes): a programming error, as no preparation that passes the schema from a
 * valid pack has one.
 */
export function encodeQrPayload(handover: QrHandover): string {
  const prep = handover.detail;
  const out: number[] = [QR_FORMAT_VERSION];
  const index = packIndex(prep.pack);
  out.push(index);
  if (index === 0) {
    writeString(out, prep.pack.id, 1, 0xff, 'pack id');
    writeString(out, prep.pack.version, 1, 0xff, 'pack version');
  }
  writeString(out, prep.locale, 1, 0xff, 'locale');
  out.push(MODES.indexOf(prep.mode));
  for (const dimension of DIMENSIONS) {
    const score = handover.scores[dimension];
    if (score !== null && !(score >= SCORE_MIN && score <= SCORE_MAX)) {
      throw new RangeError(`score for ${dimension} is outside 0–10: ${score}`);
    }
    out.push(score === null ? NONE : Math.round(score * 10));
  }
  out.push(bits(DIMENSIONS, prep.talk));
  out.push(prep.focus === null ? NONE : DIMENSIONS.indexOf(prep.focus));
  out.push(bits(EXPECTATIONS, prep.expectations));
  const answers = Object.entries(prep.answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (answers.length > NONE) throw new RangeError('more than 255 answers');
  out.push(answers.length);
  for (const [id, value] of answers) {
    if (!(Number.isInteger(value) && value >= 0 && value <= NONE)) {
      throw new RangeError(`answer to ${id} is not a byte: ${value}`);
    }
    writeId(out, id);
    out.push(value);
  }
  writeString(out, prep.change, 2, 0xffff, 'change');
  writeString(out, prep.need, 2, 0xffff, 'need');
  writeString(out, prep.question, 2, 0xffff, 'question');
  return QR_PREFIX + encodeBase45(Uint8Array.from(out));
}

/** Thrown inside the byte reader only, and always caught by {@link decodeQrPayload}. */
class PayloadFailure {
  constructor(readonly error: QrPayloadError) {}
}

function byteReader(bytes: Uint8Array) {
  // `fatal`: invalid UTF-8 is an error, not U+FFFD; `ignoreBOM`: a leading U+FEFF is text.
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let at = 0;
  const take = (count: number): Uint8Array => {
    if (at + count > bytes.length) throw new PayloadFailure({ kind: 'truncated', offset: at });
    at += count;
    return bytes.subarray(at - count, at);
  };
  const u8 = (): number => take(1)[0] as number;
  const bad = (reason: BadEncodingReason, offset: number): never => {
    throw new PayloadFailure({ kind: 'bad-encoding', reason, offset });
  };
  const string = (count: number): string => {
    const start = at;
    const raw = take(count);
    try {
      return text.decode(raw);
    } catch {
      return bad('utf8', start);
    }
  };
  return {
    offset: () => at,
    atEnd: () => at === bytes.length,
    u8,
    bad,
    string,
    str8: () => string(u8()),
    str16: () => string(u8() * 256 + u8()),
  };
}

type Reader = ReturnType<typeof byteReader>;

function readPack(r: Reader): PackRef {
  const at = r.offset();
  const index = r.u8();
  if (index === 0) return { id: r.str8(), version: r.str8() };
  const known = CODE_PACKS[index];
  return known ? { ...known } : r.bad('pack-index', at);
}

function readFlags<T>(r: Reader, order: readonly T[]): T[] {
  const at = r.offset();
  const value = r.u8();
  if (value >> order.length !== 0) r.bad('reserved-bits', at);
  return order.filter((_, i) => (value & (1 << i)) !== 0);
}

function readAnswers(r: Reader): Record<string, number> {
  const entries: [string, number][] = [];
  const seen = new Set<string>();
  const count = r.u8();
  for (let i = 0; i < count; i++) {
    const at = r.offset();
    const tag = r.u8();
    let id: string;
    if (tag <= MAX_ID_BYTES) id = r.string(tag);
    else {
      const dimension = DIMENSIONS[tag - COMPACT_TAG];
      id = dimension === undefined ? r.bad('answer-id', at) : `${dimension}-${r.u8()}`;
    }
    if (seen.has(id)) r.bad('duplicate-answer', at);
    seen.add(id);
    entries.push([id, r.u8()]);
  }
  // fromEntries defines own properties, so an id such as `__proto__` cannot reach a prototype.
  return Object.fromEntries(entries);
}

function readRecord(r: Reader, version: number): QrPayloadResult {
  if (version !== QR_FORMAT_VERSION)
    return { ok: false, error: { kind: 'unknown-version', version } };
  const pack = readPack(r);
  const locale = r.str8();
  const modeAt = r.offset();
  const modeByte = r.u8();
  const mode = MODES[modeByte] ?? r.bad('mode', modeAt);
  const scores: Record<string, number | null> = {};
  for (const dimension of DIMENSIONS) {
    const at = r.offset();
    const tenths = r.u8();
    if (tenths > 100 && tenths !== NONE) r.bad('score', at);
    scores[dimension] = tenths === NONE ? null : tenths / 10;
  }
  const talk = readFlags(r, DIMENSIONS);
  const focusAt = r.offset();
  const focusByte = r.u8();
  const focus = focusByte === NONE ? null : (DIMENSIONS[focusByte] ?? r.bad('focus', focusAt));
  const expectations = readFlags(r, EXPECTATIONS);
  const answers = readAnswers(r);
  const change = r.str16();
  const need = r.str16();
  const question = r.str16();
  if (!r.atEnd()) r.bad('trailing-bytes', r.offset());

  const raw = { pack, locale, mode, answers, talk, focus, change, need, expectations, question };
  const parsed = preparationSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).map((p) => (typeof p === 'number' ? p : String(p)));
    return { ok: false, error: { kind: 'invalid', path, message: issue?.message ?? 'invalid' } };
  }
  const detail: Preparation = parsed.data;
  return {
    ok: true,
    value: {
      pack: { ...detail.pack },
      scores: scores as Record<DimensionId, number | null>,
      talk: [...detail.talk],
      focus: detail.focus,
      expectations: [...detail.expectations],
      locale: detail.locale,
      mode: detail.mode,
      detail,
    },
  };
}

/**
 * Decode scanned QR text into a handover with its preparation, validated by the preparation
 * schema. Never throws, whatever the text.
 */
export function decodeQrPayload(text: string): QrPayloadResult {
  if (!text.startsWith(QR_PREFIX)) {
    const other = /^SSP(\d{1,6}):/.exec(text);
    return other
      ? { ok: false, error: { kind: 'unknown-version', version: Number(other[1]) } }
      : { ok: false, error: { kind: 'wrong-prefix' } };
  }
  const decoded = decodeBase45(text.slice(QR_PREFIX.length));
  if (!decoded.ok) {
    const offset = 'position' in decoded.error ? decoded.error.position : decoded.error.length;
    return {
      ok: false,
      error: { kind: 'bad-encoding', reason: 'base45', offset, base45: decoded.error },
    };
  }
  const r = byteReader(decoded.value);
  try {
    return readRecord(r, r.u8());
  } catch (failure) {
    if (failure instanceof PayloadFailure) return { ok: false, error: failure.error };
    throw failure;
  }
}
