import { canonicalOrder, DIMENSIONS, type DimensionId } from './dimensions';
import type { IcpcCode, KeuzeInvulveld, Keuzekaart } from './keuzekaart';
import type { Handover } from './preparation';

/**
 * The huisarts's consult as a pure reducer of typed actions (docs/architecture.md, "Flows"). Every step can be
 * skipped and visited in any order; nothing here ranks or recommends an option.
 */
export const CONSULT_STEPS = [
  'start',
  'verwachtingen',
  'opties',
  'voorkeur',
  'keuze',
  'samenvatting',
] as const;
export type ConsultStep = (typeof CONSULT_STEPS)[number];

/** How the preparation reached the GP. */
export type ConsultOrigin = 'code' | 'qr' | 'samen' | 'blanco';

export interface ProCon {
  id: string;
  text: string;
  /** From a keuzekaart: the point in the GP's words, third person, for the summary. */
  summary?: string;
}

export interface ConsultOption {
  id: string;
  title: string;
  description: string;
  pros: ProCon[];
  cons: ProCon[];
  dimensions: DimensionId[];
  /** The "afwachten / (nog) niets doen" option, always present. */
  afwachten: boolean;
}

/** How much a pro or con weighs for this patient. No sum is ever made of these. */
export const WEIGHTS = ['niet', 'beetje', 'erg'] as const;
export type Weight = (typeof WEIGHTS)[number];

/** The four keuzecheck questions, modelled on SURE (Légaré et al. 2010). */
export const KEUZECHECK = ['sure', 'understand', 'risk', 'encouragement'] as const;
export type KeuzecheckItem = (typeof KEUZECHECK)[number];
export type Keuzecheck = Record<KeuzecheckItem, boolean | null>;

export const DECIDERS = ['patient', 'samen', 'huisarts'] as const;
export type Decider = (typeof DECIDERS)[number];

export type Decision =
  | { kind: 'keuze'; optionId: string }
  | { kind: 'bedenktijd'; followUp: string }
  | null;

export interface Afspraken {
  nextStep: string;
  evaluation: string;
  vangnet: string;
}

/** A conversation prompt the GP ticked, kept with its text as it was shown. */
export interface UsedPrompt {
  id: string;
  text: string;
}

/** A short text the GP types for the chosen card (the complaint of a referral), with its label. */
export interface FillIn {
  id: string;
  label: string;
  value: string;
}

export interface KeuzekaartRef {
  id: string;
  version: string;
  title: string;
  /** The episode codes the card suggests, the likeliest first. */
  icpc: IcpcCode[];
  /** The card's fill-in fields and what the GP typed; only on a card that has them. */
  fillIns?: FillIn[];
}

export interface ConsultState {
  step: ConsultStep;
  origin: ConsultOrigin | null;
  handover: Handover | null;
  prompts: UsedPrompt[];
  hulpvraag: string;
  inschatting: string;
  /** The GP has said there is a choice, and that the patient's view counts. */
  choiceStated: boolean;
  keuzekaart: KeuzekaartRef | null;
  options: ConsultOption[];
  /** Per pro or con, keyed `${optionId}/${proConId}`. */
  weights: Record<string, Weight>;
  /** What matters most, in the patient's words. */
  voorkeur: string;
  decision: Decision;
  decidedBy: Decider | null;
  keuzecheck: Keuzecheck;
  afspraken: Afspraken;
  /** The ICPC code the summary suggests in E: one of the card's, or null when the GP dropped it. */
  icpc: string | null;
  /** The summary as the GP edited it, or null while it is the generated text. */
  summaryEdit: string | null;
}

/**
 * The limits of what a consult holds. The stored form (consultschema.ts) checks them, the reducer
 * refuses an action past them, and the UI shows them and refuses visibly: a text over its limit
 * is never cut off in silence, and a draft never holds what it could not read back.
 */
/** The longest free text: hulpvraag, inschatting, voorkeur and each afspraak. */
export const TEXT_MAX = 1000;
/** The longest title, description and pro or con text of an option. */
export const OPTION_TEXT_MAX = { title: 120, description: 400, proCon: 400 } as const;
/** The most options, and pros or cons per option, a stored consult holds. */
export const OPTIONS_MAX = 12;
export const PROCONS_MAX = 20;
/** The longest summary text a consult keeps, edited or not. */
export const SUMMARY_MAX = 20_000;
/** The longest fill-in value: a few words beside the card's name in the summary. */
export const FILL_IN_MAX = 80;
/** The most fill-in fields a card has (keuzekaart.ts) and a stored consult holds. */
export const FILL_INS_MAX = 3;

export const AFWACHTEN_ID = 'afwachten';

export type ConsultAction =
  | { type: 'step'; step: ConsultStep }
  | { type: 'open'; origin: ConsultOrigin; handover: Handover | null }
  | { type: 'prompt'; prompt: UsedPrompt; used: boolean }
  | { type: 'text'; field: 'hulpvraag' | 'inschatting' | 'voorkeur'; value: string }
  | { type: 'choiceStated'; value: boolean }
  | { type: 'keuzekaart'; card: Keuzekaart; afwachten: ConsultOption }
  | { type: 'clearKeuzekaart'; afwachten: ConsultOption }
  | { type: 'addOption'; option: ConsultOption }
  | {
      type: 'updateOption';
      optionId: string;
      patch: Partial<Omit<ConsultOption, 'id' | 'afwachten'>>;
    }
  | { type: 'removeOption'; optionId: string }
  | { type: 'proCon'; optionId: string; side: 'pros' | 'cons'; items: ProCon[] }
  | { type: 'weight'; key: string; weight: Weight | null }
  | { type: 'decision'; decision: Decision }
  | { type: 'decidedBy'; decider: Decider | null }
  | { type: 'keuzecheck'; item: KeuzecheckItem; value: boolean | null }
  | { type: 'afspraken'; field: keyof Afspraken; value: string }
  /** One of the card's ICPC codes for the summary, or null for none. */
  | { type: 'icpc'; code: string | null }
  /** What the GP typed in one of the chosen card's fill-in fields. */
  | { type: 'fillIn'; id: string; value: string }
  /** The GP's own version of the summary; null goes back to the generated text. */
  | { type: 'summaryEdit'; value: string | null };

/**
 * A next step as comma-separated parts, with one quick choice put in or taken out: choosing a
 * part replaces any other of its `group` (another week), choosing it again takes it back. What
 * the GP typed stays as it is.
 */
export function toggleAfspraak(nextStep: string, choice: string, group: readonly string[]): string {
  const parts = afspraakParts(nextStep);
  const kept = parts.filter((part) => !group.includes(part));
  return (parts.includes(choice) ? kept : [...kept, choice]).join(', ');
}

/** The comma-separated parts of a next step, trimmed, empty ones left out. */
export function afspraakParts(nextStep: string): string[] {
  return nextStep
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function emptyKeuzecheck(): Keuzecheck {
  return { sure: null, understand: null, risk: null, encouragement: null };
}

/** A new consult. `afwachten` is the always-present "afwachten / (nog) niets doen" option. */
export function initialConsult(afwachten: ConsultOption): ConsultState {
  return {
    step: 'start',
    origin: null,
    handover: null,
    prompts: [],
    hulpvraag: '',
    inschatting: '',
    choiceStated: false,
    keuzekaart: null,
    options: [afwachten],
    weights: {},
    voorkeur: '',
    decision: null,
    decidedBy: null,
    keuzecheck: emptyKeuzecheck(),
    afspraken: { nextStep: '', evaluation: '', vangnet: '' },
    icpc: null,
    summaryEdit: null,
  };
}

/** The options of a keuzekaart as consult options, with its own afwachten option. */
export function optionsFromKeuzekaart(card: Keuzekaart): ConsultOption[] {
  return card.options.map((o) => ({
    id: o.id,
    title: o.title,
    description: o.description,
    pros: o.pros.map((p) => ({ ...p })),
    cons: o.cons.map((c) => ({ ...c })),
    dimensions: canonicalOrder(DIMENSIONS, o.dimensions),
    afwachten: o.afwachten === true,
  }));
}

/**
 * The fill-in fields of a newly chosen card, empty. The same card chosen again keeps what was
 * typed, as it keeps the weights; another card starts empty. A field id the card repeats is
 * taken once, so one value never stands in two places.
 */
function fillInsFor(
  fields: readonly KeuzeInvulveld[],
  before: KeuzekaartRef | null,
  cardId: string,
): FillIn[] {
  const kept = before?.id === cardId ? (before.fillIns ?? []) : [];
  const seen = new Set<string>();
  return fields.slice(0, FILL_INS_MAX).flatMap(({ id, label }) => {
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ id, label, value: kept.find((f) => f.id === id)?.value ?? '' }];
  });
}

/** Drop weights and a decision that point at options that no longer exist. */
function prune(state: ConsultState): ConsultState {
  const keys = new Set(
    state.options.flatMap((o) => [...o.pros, ...o.cons].map((pc) => `${o.id}/${pc.id}`)),
  );
  const weights = Object.fromEntries(Object.entries(state.weights).filter(([k]) => keys.has(k)));
  const chosen = state.decision?.kind === 'keuze' ? state.decision.optionId : null;
  const decision =
    chosen !== null && !state.options.some((o) => o.id === chosen) ? null : state.decision;
  return { ...state, weights, decision };
}

/** Whether an option, or a change to one, stays within the limits of a stored consult. */
function fits(option: Partial<Omit<ConsultOption, 'id' | 'afwachten'>>): boolean {
  const { title = '', description = '', pros = [], cons = [] } = option;
  return (
    title.length <= OPTION_TEXT_MAX.title &&
    description.length <= OPTION_TEXT_MAX.description &&
    pros.length <= PROCONS_MAX &&
    cons.length <= PROCONS_MAX &&
    [...pros, ...cons].every((pc) => pc.text.length <= OPTION_TEXT_MAX.proCon)
  );
}

export function consultReducer(state: ConsultState, action: ConsultAction): ConsultState {
  switch (action.type) {
    case 'step':
      return { ...state, step: action.step };
    case 'open': {
      const handover = action.handover;
      // The patient's own question is the natural start of the hulpvraag.
      const hulpvraag = state.hulpvraag || handover?.detail?.question || '';
      return { ...state, origin: action.origin, handover, hulpvraag, step: 'verwachtingen' };
    }
    case 'prompt': {
      const others = state.prompts.filter((p) => p.id !== action.prompt.id);
      return { ...state, prompts: action.used ? [...others, action.prompt] : others };
    }
    case 'text':
      // Past the limit the whole change is refused, never cut; the UI says so.
      if (action.value.length > TEXT_MAX) return state;
      return { ...state, [action.field]: action.value };
    case 'choiceStated':
      return { ...state, choiceStated: action.value };
    case 'keuzekaart': {
      const options = optionsFromKeuzekaart(action.card);
      const withAfwachten = options.some((o) => o.afwachten)
        ? options
        : [action.afwachten, ...options];
      const { id, version, title } = action.card;
      const icpc = (action.card.icpc ?? []).map((c) => ({ ...c }));
      const fillIns = fillInsFor(action.card.fillIns ?? [], state.keuzekaart, id);
      return prune({
        ...state,
        // Only a card with fill-in fields carries them, so older stored consults read back as they were.
        keuzekaart:
          fillIns.length > 0 ? { id, version, title, icpc, fillIns } : { id, version, title, icpc },
        // The likeliest code is suggested; the GP drops or changes it in the summary.
        icpc: icpc[0]?.code ?? null,
        options: withAfwachten,
      });
    }
    case 'clearKeuzekaart':
      return prune({ ...state, keuzekaart: null, icpc: null, options: [action.afwachten] });
    case 'addOption':
      // Past the maximum the draft could not be read back: refuse rather than lose it.
      if (state.options.length >= OPTIONS_MAX || !fits(action.option)) return state;
      if (state.options.some((o) => o.id === action.option.id)) return state;
      return { ...state, options: [...state.options, { ...action.option, afwachten: false }] };
    case 'updateOption': {
      if (!fits(action.patch)) return state;
      // A patch may replace pros or cons: drop the weights that pointed at the old ones.
      return prune({
        ...state,
        options: state.options.map((o) =>
          o.id === action.optionId
            ? {
                ...o,
                ...action.patch,
                dimensions: canonicalOrder(DIMENSIONS, action.patch.dimensions ?? o.dimensions),
              }
            : o,
        ),
      });
    }
    case 'removeOption': {
      const target = state.options.find((o) => o.id === action.optionId);
      // Afwachten is always offered: it cannot be removed.
      if (!target || target.afwachten) return state;
      return prune({ ...state, options: state.options.filter((o) => o.id !== action.optionId) });
    }
    case 'proCon':
      if (!fits({ [action.side]: action.items })) return state;
      return prune({
        ...state,
        options: state.options.map((o) =>
          o.id === action.optionId ? { ...o, [action.side]: action.items } : o,
        ),
      });
    case 'weight': {
      // Like a decision, a weight must point at something that exists: a pro or con.
      const exists = state.options.some((o) =>
        [...o.pros, ...o.cons].some((pc) => `${o.id}/${pc.id}` === action.key),
      );
      if (action.weight !== null && !exists) return state;
      const weights = { ...state.weights };
      if (action.weight === null) delete weights[action.key];
      else weights[action.key] = action.weight;
      return { ...state, weights };
    }
    case 'decision':
      if (action.decision?.kind === 'keuze') {
        const optionId = action.decision.optionId;
        if (!state.options.some((o) => o.id === optionId)) return state;
      }
      return { ...state, decision: action.decision };
    case 'decidedBy':
      return { ...state, decidedBy: action.decider };
    case 'keuzecheck':
      return { ...state, keuzecheck: { ...state.keuzecheck, [action.item]: action.value } };
    case 'afspraken':
      if (action.value.length > TEXT_MAX) return state;
      return { ...state, afspraken: { ...state.afspraken, [action.field]: action.value } };
    case 'icpc':
      if (action.code !== null && !state.keuzekaart?.icpc.some((c) => c.code === action.code))
        return state;
      return { ...state, icpc: action.code };
    case 'fillIn': {
      const card = state.keuzekaart;
      // Past the limit the whole change is refused, never cut, like every text; the UI says so.
      if (!card?.fillIns?.some((f) => f.id === action.id) || action.value.length > FILL_IN_MAX)
        return state;
      const fillIns = card.fillIns.map((f) =>
        f.id === action.id ? { ...f, value: action.value } : f,
      );
      return { ...state, keuzekaart: { ...card, fillIns } };
    }
    case 'summaryEdit':
      if (action.value !== null && action.value.length > SUMMARY_MAX) return state;
      return { ...state, summaryEdit: action.value };
  }
}

/** The keuzecheck result: how many of the four are "ja", and which are in doubt. */
export function keuzecheckResult(check: Keuzecheck): {
  yes: number;
  answered: number;
  doubts: KeuzecheckItem[];
  /** SURE: only 4/4 is free of doubt; 3 or less flags doubt, an unanswered question too. */
  doubt: boolean;
} {
  const answered = KEUZECHECK.filter((k) => check[k] !== null);
  const yes = KEUZECHECK.filter((k) => check[k] === true).length;
  return {
    yes,
    answered: answered.length,
    doubts: KEUZECHECK.filter((k) => check[k] === false),
    doubt: yes < KEUZECHECK.length,
  };
}

/** Dimensions the GP should see prompts for: marked by the patient, or scored low (≤ 5). */
export const LOW_SCORE = 5;

export function promptDimensions(handover: Handover | null): DimensionId[] {
  if (!handover) return [];
  return DIMENSIONS.filter((d) => {
    const score = handover.scores[d];
    return handover.talk.includes(d) || (score !== null && score <= LOW_SCORE);
  });
}
