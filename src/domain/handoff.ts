import { encodeConsultcode } from './consultcode';
import type { ContentPack } from './contentpack';
import type { Preparation, QrHandover } from './preparation';
import { encodeQrPayload } from './qrpayload';
import { handoverOf } from './vragenlijst';

/** What the patient takes to the GP at "Klaar": the code to type, the QR text, and what both hold. */
export interface Handoff {
  /** The consultcode, formatted in groups, e.g. `SCHT-KYJJ-25B2`. */
  code: string;
  /** The QR payload text: the whole preparation. */
  payload: string;
  /** The structured handover, free text included. */
  handover: QrHandover;
}

/** The code and the QR payload for a finished preparation, answered with `pack`. */
export function makeHandoff(preparation: Preparation, pack: ContentPack): Handoff {
  // The pack the patient answered is the one on screen: Samenspraak's own or the host's.
  const handover = handoverOf(
    { ...preparation, pack: { id: pack.id, version: pack.version } },
    pack,
  );
  return { handover, code: encodeConsultcode(handover), payload: encodeQrPayload(handover) };
}
