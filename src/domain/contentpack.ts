import * as z from 'zod/mini';
import { DIMENSIONS } from './dimensions';
import { lazySchema } from './lazyschema';

/**
 * A content pack: the question texts for the six dimensions, in one language.
 *
 * Samenspraak ships its own pack (`samenspraak-pg`), written by this project. A practice with an
 * iPH licence can load the official texts as another pack: the format is the contract, never the
 * wording.
 */

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,47}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const textId = lazySchema(() => z.string().check(z.regex(ID_PATTERN)));
// Trim first, so a text of only spaces is refused as empty.
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/**
 * The review status of a translation: a draft until a native speaker has read it. Packs and
 * locale files carry it as `review`; nothing of it is shown to a patient.
 */
export const translationReview = lazySchema(() =>
  z.object({
    status: z.enum(['draft', 'reviewed', 'source']),
    needs: z.optional(text(120)),
    by: z.optional(text(120)),
  }),
);
export type TranslationReview = z.infer<typeof translationReview>;

export const packText = lazySchema(() =>
  z.object({
    id: textId,
    text: text(300),
  }),
);
export type PackText = z.infer<typeof packText>;

export const packDimension = lazySchema(() =>
  z.object({
    id: z.enum(DIMENSIONS),
    /** The official name of the dimension, as Positieve Gezondheid names it. */
    label: text(60),
    /** An everyday name shown beside the official one ("Uw lichaam"); the label when absent. */
    everyday: z.optional(text(60)),
    /** One B1 sentence that says what the dimension is about. */
    intro: text(200),
    /** The single question of the quick mode. */
    quick: packText,
    /** The questions of the detailed mode: any number, never assume 7 (iPH 2.0 has 44 in all). */
    items: z.array(packText).check(z.minLength(1), z.maxLength(12)),
    /** Conversation prompts for the GP when this dimension is marked or scored low. */
    prompts: z.optional(z.array(packText).check(z.maxLength(12))),
  }),
);
export type PackDimension = z.infer<typeof packDimension>;

export const contentPackSchema = lazySchema(() =>
  z
    .object({
      id: textId,
      version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
      lang: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)),
      title: text(120),
      source: text(400),
      licence: text(200),
      publishedAt: z.string().check(z.regex(ISO_DATE)),
      reviewBy: z.optional(z.string().check(z.regex(ISO_DATE))),
      /** Whether a native speaker has read this translation. For the README, never the patient. */
      review: z.optional(translationReview),
      /** The words at both ends of every 0–10 scale. */
      scale: z.object({ low: text(40), high: text(40) }),
      dimensions: z.array(packDimension).check(z.length(DIMENSIONS.length)),
      /** General prompts: scaling questions and the follow-up questions after the web. */
      prompts: z.optional(
        z.object({
          scaling: z.array(packText).check(z.maxLength(12)),
          followUp: z.array(packText).check(z.maxLength(12)),
        }),
      ),
    })
    .check(
      z.refine((pack) => DIMENSIONS.every((id, i) => pack.dimensions[i]?.id === id), {
        message: 'dimensions must list the six dimensions once each, in the standard order',
        path: ['dimensions'],
      }),
      z.refine(
        (pack) => {
          const ids = pack.dimensions.flatMap((d) => [
            d.quick.id,
            ...d.items.map((item) => item.id),
          ]);
          return new Set(ids).size === ids.length;
        },
        { message: 'question ids must be unique within a pack', path: ['dimensions'] },
      ),
    ),
);

export type ContentPack = z.infer<typeof contentPackSchema>;

/** Identifies a pack independent of its language. */
export interface PackRef {
  id: string;
  version: string;
}
