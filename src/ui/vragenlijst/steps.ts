/**
 * Everything after the welcome screen, as one lazily loaded chunk: the first screen is usable
 * while this loads (and it is prefetched at once).
 */
import { encodeConsultcode } from '../../domain/consultcode';
import type { ContentPack } from '../../domain/contentpack';
import type { Preparation } from '../../domain/preparation';
import { encodeQrPayload } from '../../domain/qrpayload';
import { handoverOf } from '../../domain/vragenlijst';
import type { Handoff } from './KlaarStep';

export { FocusStep } from './FocusStep';
export { KlaarStep } from './KlaarStep';
export { VraagStep } from './VraagStep';
export { WebStep } from './WebStep';

/** The code and the QR payload for a finished preparation. */
export function makeHandoff(preparation: Preparation, pack: ContentPack): Handoff {
  const handover = handoverOf(preparation, pack);
  return { handover, code: encodeConsultcode(handover), payload: encodeQrPayload(handover) };
}
