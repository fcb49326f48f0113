import type { PackRef } from './contentpack';
import type { DimensionId, DimensionScores, Expectation } from './dimensions';
import type { Answers, Mode } from './scoring';

/**
 * The patient's preparation: everything entered on the tablet before the consult.
 * It holds no name, date of birth or BSN, and has no field where one would belong.
 */
export interface Preparation {
  pack: PackRef;
  /** The language the patient used; the summary is Dutch regardless. */
  locale: string;
  mode: Mode;
  answers: Answers;
  /** Dimensions marked "hier wil ik over praten", in {@link DIMENSIONS} order. */
  talk: DimensionId[];
  /** The dimension the patient picked as most important to change. */
  focus: DimensionId | null;
  change: string;
  need: string;
  expectations: Expectation[];
  question: string;
}

/**
 * Free-text limits, in characters. They keep the whole preparation inside a QR code that a
 * webcam still reads (error correction M), so the UI refuses longer text at entry.
 */
export const TEXT_LIMITS = { change: 140, need: 140, question: 200 } as const;
export type FreeTextField = keyof typeof TEXT_LIMITS;

export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Z]{2})?$/;

export function emptyPreparation(pack: PackRef, locale: string): Preparation {
  return {
    pack,
    locale,
    mode: 'quick',
    answers: {},
    talk: [],
    focus: null,
    change: '',
    need: '',
    expectations: [],
    question: '',
  };
}

/**
 * What reaches the GP. A consultcode carries only the structured core; a QR code, or filling in
 * the web together, carries the whole preparation as `detail`.
 */
export interface Handover {
  /** `null` when the patient used a pack this installation does not know by code. */
  pack: PackRef | null;
  scores: DimensionScores;
  talk: DimensionId[];
  focus: DimensionId | null;
  expectations: Expectation[];
  /**
   * The language the patient used, when the handover says: always from the tablet, a QR code or
   * a version 3 consultcode; `null` from an older code.
   */
  locale: string | null;
  /**
   * How the scores were given: `face` means five faces mapped to 0, 2.5, 5, 7.5 and 10, so a 7.5
   * is a face, never a measured score. `null` from an older code, which does not say.
   */
  mode: Mode | null;
  detail: Preparation | null;
}

/** A handover that carries the whole preparation: what the QR code holds and the tablet makes. */
export type QrHandover = Handover & { detail: Preparation };
