import * as z from 'zod/mini';
import { textId } from './contentpack';
import { DIMENSIONS } from './dimensions';
import { lazySchema } from './lazyschema';

/**
 * A keuzekaart: one choice, its options side by side (NHG keuzekaart style), each option with
 * pros and cons in the same structure (IPDAS: equal detail). Content, not advice: the widget
 * never ranks the options.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An unpaired UTF-16 surrogate: in `u` mode a proper pair is one code point and never matches. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** The rule a card-level refinement checks, so the card checker can tell them apart. */
export type CardRule =
  | 'afwachten'
  | 'uniqueOptions'
  | 'rowAnswers'
  | 'dateOrder'
  | 'uniqueFillIns'
  | 'translationCount'
  | 'calendar'
  | 'surrogate';

/** Whether `value` is yyyy-mm-dd and that day exists (no 2027-02-30, no month 13). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC maps years 0-99 to 1900-1999; setting the full year keeps year 0050 as 0050.
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// Trim first, so a text of only spaces is refused as empty.
const text = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine((value) => !LONE_SURROGATE.test(value), { params: { rule: 'surrogate' } }),
  );

// The shape is the regex's issue; the refinement adds only "that day does not exist".
const isoDate = () =>
  z.string().check(
    z.regex(ISO_DATE),
    z.refine((value) => !ISO_DATE.test(value) || isCalendarDate(value), {
      params: { rule: 'calendar' },
    }),
  );

/**
 * A pro or con: the card's text speaks to the patient ("U krijgt hulp dicht bij huis"); the
 * summary needs the GP's register, so a card gives each point a short third-person phrase too.
 */
export const keuzePunt = lazySchema(() =>
  z.object({
    id: textId,
    text: text(300),
    /** For the summary: short, neutral, third person ("hulp dicht bij huis"), no verdict. */
    summary: z.optional(text(80)),
  }),
);
export type KeuzePunt = z.infer<typeof keuzePunt>;

/** How many in a frequency: always "van de 100 mensen" (IPDAS: one denominator on a card). */
export const NUMBERS_OUT_OF = 100;

/**
 * A number the source gives for an option, in the IPDAS way: "{count} van de 100 mensen
 * {text}", e.g. 30 and "hebben na 3 maanden minder klachten". Shown as words and as a
 * 100-person picture.
 */
export const keuzeGetal = lazySchema(() =>
  z.object({
    count: z.number().check(z.int(), z.gte(0), z.lte(NUMBERS_OUT_OF)),
    text: text(160),
  }),
);
export type KeuzeGetal = z.infer<typeof keuzeGetal>;

/** An ICPC-1 code as in NHG Tabel 24 ("P03"), or with its NHG subcode ("L86.01"). */
export const ICPC_CODE = /^[A-Z]\d{2}(\.\d{2})?$/;

/** An episode code the card suggests for the summary's E; the GP may drop it. */
export const icpcCode = lazySchema(() =>
  z.object({
    code: z.string().check(z.regex(ICPC_CODE)),
    /** The NHG Tabel 24 title, in lower case for the summary: "depressieve gevoelens". */
    label: text(80),
  }),
);
export type IcpcCode = z.infer<typeof icpcCode>;

export const keuzeOptie = lazySchema(() =>
  z.object({
    id: textId,
    title: text(80),
    /** One or two sentences: what this option means in practice. */
    description: text(400),
    pros: z.array(keuzePunt).check(z.maxLength(8)),
    cons: z.array(keuzePunt).check(z.maxLength(8)),
    /** The web dimensions this option touches. */
    dimensions: z.array(z.enum(DIMENSIONS)).check(z.maxLength(DIMENSIONS.length)),
    /** Marks the "afwachten / (nog) niets doen" option. */
    afwachten: z.optional(z.boolean()),
    /** Numbers from the source, where it has them. */
    numbers: z.optional(z.array(keuzeGetal).check(z.maxLength(4))),
  }),
);
export type KeuzeOptie = z.infer<typeof keuzeOptie>;

/** A patient question as a row of the card, answered per option (column). */
export const keuzeRij = lazySchema(() =>
  z.object({
    id: textId,
    question: text(160),
    answers: z.record(textId, text(300)),
  }),
);
export type KeuzeRij = z.infer<typeof keuzeRij>;

/**
 * A short text the GP fills in during the consult, e.g. the complaint and the specialty of a
 * referral card; it goes into the summary beside the card's title.
 */
export const keuzeInvulveld = lazySchema(() =>
  z.object({
    id: textId,
    label: text(60),
  }),
);
export type KeuzeInvulveld = z.infer<typeof keuzeInvulveld>;

/** Whether a translation has been read by a native speaker; never shown to the patient. */
export const translationReview = lazySchema(() =>
  z.object({
    status: z.enum(['draft', 'reviewed']),
    needs: z.optional(text(80)),
  }),
);

const texts = (max: number) => z.optional(z.record(textId, text(max)));

/**
 * A card's patient texts in another language, by the ids of the Dutch card; a text left out
 * stays Dutch. Only the take-home sheet uses it: the GP's screen and the summary stay Dutch.
 */
export const kaartVertaling = lazySchema(() =>
  z.object({
    review: translationReview,
    title: z.optional(text(120)),
    question: z.optional(text(200)),
    options: z.optional(
      z.record(
        textId,
        z.object({
          title: z.optional(text(80)),
          description: z.optional(text(400)),
          pros: texts(300),
          cons: texts(300),
          numbers: z.optional(z.array(text(160)).check(z.maxLength(4))),
        }),
      ),
    ),
    rows: z.optional(
      z.record(textId, z.object({ question: z.optional(text(160)), answers: texts(300) })),
    ),
  }),
);
export type KaartVertaling = z.infer<typeof kaartVertaling>;

/** A language code: `nl`, `tr`, `pt-BR`. */
export const LANG_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** How many languages a card may be translated into. */
export const TRANSLATIONS_MAX = 8;

export const keuzekaartSchema = lazySchema(() =>
  z
    .object({
      id: textId,
      version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
      lang: z.string().check(z.regex(LANG_CODE)),
      title: text(120),
      /** The choice in the patient's words, e.g. "Wat gaan we doen aan uw sombere gevoelens?" */
      question: text(200),
      source: text(600),
      licence: text(200),
      /** Who wrote the card, and who read it against its source. */
      authors: z.optional(z.array(text(120)).check(z.maxLength(10))),
      reviewers: z.optional(z.array(text(120)).check(z.maxLength(10))),
      /** Conflicts of interest of the authors and reviewers, or that there are none. */
      conflicts: z.optional(text(400)),
      publishedAt: isoDate(),
      reviewBy: isoDate(),
      /** An example card must be checked against the current NHG-Standaard before real use. */
      example: z.boolean(),
      options: z.array(keuzeOptie).check(z.minLength(2), z.maxLength(6)),
      rows: z.optional(z.array(keuzeRij).check(z.maxLength(10))),
      /** The safety net in the GP's words, for the afspraken and the summary: short, third person. */
      vangnet: z.optional(text(200)),
      /** The episode codes this choice usually falls under, the likeliest first (NHG Tabel 24). */
      icpc: z.optional(z.array(icpcCode).check(z.maxLength(4))),
      fillIns: z.optional(z.array(keuzeInvulveld).check(z.maxLength(3))),
      /** The card's texts in other languages, by language code (not the card's own). */
      translations: z.optional(
        z.record(z.string().check(z.regex(LANG_CODE)), kaartVertaling).check(
          z.refine((all) => Object.keys(all).length <= TRANSLATIONS_MAX, {
            params: { rule: 'translationCount' },
          }),
        ),
      ),
    })
    .check(
      z.refine((card) => card.options.filter((o) => o.afwachten).length === 1, {
        message: 'exactly one option must be the afwachten option',
        path: ['options'],
        params: { rule: 'afwachten' },
      }),
      z.refine((card) => new Set(card.options.map((o) => o.id)).size === card.options.length, {
        message: 'option ids must be unique',
        path: ['options'],
        params: { rule: 'uniqueOptions' },
      }),
      z.refine(
        (card) => {
          const ids = new Set(card.options.map((o) => o.id));
          return (card.rows ?? []).every((row) =>
            Object.keys(row.answers).every((k) => ids.has(k)),
          );
        },
        {
          message: 'every row answer must name an option of this card',
          path: ['rows'],
          params: { rule: 'rowAnswers' },
        },
      ),
      // One id, one value: the consult and the summary find a fill-in by its id.
      z.refine(
        (card) => {
          const ids = (card.fillIns ?? []).map((f) => f.id);
          return new Set(ids).size === ids.length;
        },
        {
          message: 'fill-in ids must be unique',
          path: ['fillIns'],
          params: { rule: 'uniqueFillIns' },
        },
      ),
      // Same-shape ISO dates compare as strings.
      z.refine((card) => card.reviewBy >= card.publishedAt, {
        message: 'reviewBy must not be before publishedAt',
        path: ['reviewBy'],
        params: { rule: 'dateOrder' },
      }),
    ),
);

export type Keuzekaart = z.infer<typeof keuzekaartSchema>;

/** Whether a card is past its review date on `today` (yyyy-mm-dd): it must be checked again. */
export function isOverdue(card: Pick<Keuzekaart, 'reviewBy'>, today: string): boolean {
  return card.reviewBy < today;
}
