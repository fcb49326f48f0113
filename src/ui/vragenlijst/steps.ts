/**
 * Everything after the welcome screen, as one lazily loaded chunk: the first screen is usable
 * while this loads (and it is prefetched at once).
 */
import { encodeConsultcode } from '../../domain/consultcode';
import { type ContentPack, packRef } from '../../domain/contentpack';
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
  // The pack the patient answered is the one on screen: Samenspraak's own or the host's.
  const handover = handoverOf({ ...preparation, pack: packRef(pack) }, pack);
  return { handover, code: encodeConsultcode(handover), payload: encodeQrPayload(handover) };
}
