import { decodeQrPayload, QR_PREFIX, type QrHandover } from './qrpayload';

/**
 * What a QR payload typed by a keyboard-mode scanner (see typedpayload.ts) amounts to so far.
 * Loaded only once a payload is being typed: it carries the payload codec and its schema.
 */
export type ScannedPayload =
  /** The whole preparation, decoded and validated as a webcam scan is. */
  | { kind: 'ok'; handover: QrHandover }
  /** A payload cut short: the scanner may still be typing. */
  | { kind: 'unfinished' }
  /** A Samenspraak format this installation does not know. */
  | { kind: 'unknown-version' }
  /** Not a preparation, or damaged on the way in. */
  | { kind: 'invalid' };

/** Decode a typed payload, telling one that is not complete yet from one that is wrong. */
export function readScannedPayload(payload: string): ScannedPayload {
  const result = decodeQrPayload(payload);
  if (result.ok) return { kind: 'ok', handover: result.value };
  if (result.error.kind === 'unknown-version') return { kind: 'unknown-version' };
  return unfinished(payload) ? { kind: 'unfinished' } : { kind: 'invalid' };
}

/**
 * Whether more characters could complete the payload. Its whole base45 groups (three
 * characters, two bytes) are exact bytes of the record, whatever follows; a final short group
 * may change meaning when the next character comes. So: drop that short group, and a strict
 * start of a valid record always runs out of bytes (`truncated`), while a damaged one fails on a
 * byte it has.
 */
function unfinished(payload: string): boolean {
  if (!payload.startsWith(QR_PREFIX)) return false;
  const data = payload.length - QR_PREFIX.length;
  const whole = payload.slice(0, payload.length - (data % 3));
  const cut = decodeQrPayload(whole);
  return !cut.ok && cut.error.kind === 'truncated';
}
