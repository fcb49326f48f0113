import * as z from 'zod/mini';
import {
  CONSULT_STEPS,
  type ConsultState,
  DECIDERS,
  FILL_IN_MAX,
  FILL_INS_MAX,
  KEUZECHECK,
  OPTION_TEXT_MAX,
  OPTIONS_MAX,
  PROCONS_MAX,
  SUMMARY_MAX,
  TEXT_MAX,
  WEIGHTS,
} from './consult';
import { DIMENSIONS, EXPECTATIONS, SCORE_MAX, SCORE_MIN } from './dimensions';
import { ICPC_CODE } from './keuzekaart';
import { lazySchema } from './lazyschema';
import { LOCALE_PATTERN } from './preparation';
import { preparationSchema } from './preparationschema';
import { MODES } from './scoring';

/** The consult state as it comes back from storage: validated, never trusted. */

const text = lazySchema(() => z.string().check(z.maxLength(TEXT_MAX)));
const shortText = lazySchema(() => z.string().check(z.maxLength(400)));
const id = lazySchema(() => z.string().check(z.minLength(1), z.maxLength(64)));

const score = lazySchema(() =>
  z.nullable(z.number().check(z.minimum(SCORE_MIN), z.maximum(SCORE_MAX))),
);

export const handoverSchema = lazySchema(() =>
  z.object({
    pack: z.nullable(
      z.object({
        id: z.string().check(z.maxLength(48)),
        version: z.string().check(z.maxLength(16)),
      }),
    ),
    scores: z.object(
      Object.fromEntries(DIMENSIONS.map((d) => [d, score])) as Record<
        (typeof DIMENSIONS)[number],
        typeof score
      >,
    ),
    talk: z.array(z.enum(DIMENSIONS)).check(z.maxLength(DIMENSIONS.length)),
    focus: z.nullable(z.enum(DIMENSIONS)),
    expectations: z.array(z.enum(EXPECTATIONS)).check(z.maxLength(EXPECTATIONS.length)),
    // Consults stored before the handover said its language and mode read as "not said".
    locale: z._default(z.nullable(z.string().check(z.regex(LOCALE_PATTERN))), null),
    mode: z._default(z.nullable(z.enum(MODES)), null),
    detail: z.nullable(preparationSchema),
  }),
);

const proCon = lazySchema(() =>
  z.object({
    id,
    text: z.string().check(z.maxLength(OPTION_TEXT_MAX.proCon)),
    summary: z.optional(z.string().check(z.maxLength(OPTION_TEXT_MAX.proCon))),
  }),
);

const icpcCode = lazySchema(() =>
  z.object({
    code: z.string().check(z.regex(ICPC_CODE)),
    label: z.string().check(z.maxLength(80)),
  }),
);

const fillIn = lazySchema(() =>
  z.object({
    id,
    label: z.string().check(z.maxLength(60)),
    value: z.string().check(z.maxLength(FILL_IN_MAX)),
  }),
);

const option = lazySchema(() =>
  z.object({
    id,
    title: z.string().check(z.maxLength(OPTION_TEXT_MAX.title)),
    description: z.string().check(z.maxLength(OPTION_TEXT_MAX.description)),
    pros: z.array(proCon).check(z.maxLength(PROCONS_MAX)),
    cons: z.array(proCon).check(z.maxLength(PROCONS_MAX)),
    dimensions: z.array(z.enum(DIMENSIONS)).check(z.maxLength(DIMENSIONS.length)),
    afwachten: z.boolean(),
  }),
);

const yesNo = lazySchema(() => z.nullable(z.boolean()));

export const consultStateSchema = lazySchema(() =>
  z
    .object({
      step: z.enum(CONSULT_STEPS),
      origin: z.nullable(z.enum(['code', 'qr', 'samen', 'blanco'])),
      handover: z.nullable(handoverSchema),
      prompts: z
        .array(z.object({ id: z.string().check(z.maxLength(80)), text: shortText }))
        .check(z.maxLength(100)),
      hulpvraag: text,
      inschatting: text,
      choiceStated: z.boolean(),
      keuzekaart: z.nullable(
        z.object({
          id,
          version: z.string().check(z.maxLength(16)),
          title: shortText,
          // Added after release 0.1, like the icpc choice below: older drafts have none.
          icpc: z._default(z.array(icpcCode).check(z.maxLength(4)), []),
          // Only a card with fill-in fields has them; drafts from before them have none.
          fillIns: z.optional(z.array(fillIn).check(z.maxLength(FILL_INS_MAX))),
        }),
      ),
      options: z.array(option).check(z.minLength(1), z.maxLength(OPTIONS_MAX)),
      weights: z.record(z.string().check(z.maxLength(140)), z.enum(WEIGHTS)),
      voorkeur: text,
      decision: z.nullable(
        z.union([
          z.object({ kind: z.literal('keuze'), optionId: id }),
          z.object({ kind: z.literal('bedenktijd'), followUp: z.string().check(z.maxLength(40)) }),
        ]),
      ),
      decidedBy: z.nullable(z.enum(DECIDERS)),
      keuzecheck: z.object(
        Object.fromEntries(KEUZECHECK.map((k) => [k, yesNo])) as Record<
          (typeof KEUZECHECK)[number],
          typeof yesNo
        >,
      ),
      afspraken: z.object({ nextStep: text, evaluation: text, vangnet: text }),
      icpc: z._default(z.nullable(z.string().check(z.regex(ICPC_CODE))), null),
      // Added after release 0.1: drafts saved before it have none, which means "not edited".
      summaryEdit: z._default(z.nullable(z.string().check(z.maxLength(SUMMARY_MAX))), null),
    })
    .check(
      // What the reducer never lets happen, a stored consult may not claim either.
      z.refine((state) => state.options.filter((o) => o.afwachten).length === 1, {
        message: 'exactly one option must be the afwachten option',
        path: ['options'],
      }),
      z.refine((state) => new Set(state.options.map((o) => o.id)).size === state.options.length, {
        message: 'option ids must be unique',
        path: ['options'],
      }),
      z.refine(
        (state) => {
          const decision = state.decision;
          return (
            decision?.kind !== 'keuze' || state.options.some((o) => o.id === decision.optionId)
          );
        },
        { message: 'the chosen option must be one of the options', path: ['decision'] },
      ),
      z.refine(
        (state) =>
          state.icpc === null || !!state.keuzekaart?.icpc.some((c) => c.code === state.icpc),
        { message: 'the ICPC code must be one of the keuzekaart', path: ['icpc'] },
      ),
      z.refine(
        (state) => {
          const ids = (state.keuzekaart?.fillIns ?? []).map((f) => f.id);
          return new Set(ids).size === ids.length;
        },
        { message: 'fill-in ids must be unique', path: ['keuzekaart'] },
      ),
    ),
);

// Fails to compile when the schema and the ConsultState type drift apart.
type Assignable<T extends ConsultState> = T;
export type StoredConsultState = Assignable<z.infer<typeof consultStateSchema>>;
