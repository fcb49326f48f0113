import * as z from 'zod/mini';
import { DIMENSIONS, EXPECTATIONS, SCORE_MAX, SCORE_MIN } from './dimensions';
import { lazySchema } from './lazyschema';
import { LOCALE_PATTERN, TEXT_LIMITS } from './preparation';
import { MODES } from './scoring';

/**
 * The schema of a {@link import('./preparation').Preparation} read back from storage or a QR
 * code. Apart from the type, so the first screen can use preparations without loading zod.
 */
const itemScore = lazySchema(() =>
  z.number().check(z.int(), z.minimum(SCORE_MIN), z.maximum(SCORE_MAX)),
);
const freeText = (max: number) => z.string().check(z.maxLength(max));

export const preparationSchema = lazySchema(() =>
  z.object({
    pack: z.object({
      id: z.string().check(z.maxLength(48)),
      version: z.string().check(z.maxLength(16)),
    }),
    locale: z.string().check(z.regex(LOCALE_PATTERN)),
    mode: z.enum(MODES),
    answers: z.record(z.string().check(z.maxLength(48)), itemScore),
    talk: z.array(z.enum(DIMENSIONS)).check(z.maxLength(DIMENSIONS.length)),
    focus: z.nullable(z.enum(DIMENSIONS)),
    change: freeText(TEXT_LIMITS.change),
    need: freeText(TEXT_LIMITS.need),
    expectations: z.array(z.enum(EXPECTATIONS)).check(z.maxLength(EXPECTATIONS.length)),
    question: freeText(TEXT_LIMITS.question),
  }),
);
