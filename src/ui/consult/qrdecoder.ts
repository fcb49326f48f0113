/**
 * The QR decoder (jsQR, about 46 kB gzip) and the payload codec in their own chunk: they load
 * only when the GP chooses to scan, so the consult page's first load stays small.
 */
import jsQR from 'jsqr';
import type { Handover } from '../../domain/preparation';
import { decodeQrPayload } from '../../domain/qrpayload';

export type FrameResult =
  | { kind: 'none' }
  | { kind: 'invalid' }
  | { kind: 'ok'; handover: Handover };

/** Look for a Samenspraak QR code in one camera frame, and decode and validate it. */
export function readFrame(frame: ImageData): FrameResult {
  const found = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
  if (!found) return { kind: 'none' };
  const decoded = decodeQrPayload(found.data);
  return decoded.ok ? { kind: 'ok', handover: decoded.value } : { kind: 'invalid' };
}
