import * as z from 'zod/mini';
import type { PackRef } from './contentpack';
import {
  DIMENSIONS,
  type DimensionId,
  type DimensionScores,
  EXPECTATIONS,
  type Expectation,
  SCORE_MAX,
  SCORE_MIN,
} from './dimensions';
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

const itemScore = z.number().check(z.int(), z.minimum(SCORE_MIN), z.maximum(SCORE_MAX));
const freeText = (max: number) => z.string().check(z.maxLength(max));

export const preparationSchema = z.object({
  pack: z.object({
    id: z.string().check(z.maxLength(48)),
    version: z.string().check(z.maxLength(16)),
  }),
  locale: z.string().check(z.regex(LOCALE_PATTERN)),
  mode: z.enum(['quick', 'detailed']),
  answers: z.record(z.string().check(z.maxLength(48)), itemScore),
  talk: z.array(z.enum(DIMENSIONS)).check(z.maxLength(DIMENSIONS.length)),
  focus: z.nullable(z.enum(DIMENSIONS)),
  change: freeText(TEXT_LIMITS.change),
  need: freeText(TEXT_LIMITS.need),
  expectations: z.array(z.enum(EXPECTATIONS)).check(z.maxLength(EXPECTATIONS.length)),
  question: freeText(TEXT_LIMITS.question),
});

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
  detail: Preparation | null;
}
