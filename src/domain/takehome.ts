import { type CardText, type LocalizedCard, localizeCard } from './cardtranslation';
import type { ConsultOption, ConsultState, KeuzekaartRef } from './consult';
import type { Keuzekaart } from './keuzekaart';

// The print preview loads this module on demand, so it brings what the GP is told too.
export { draftTranslation } from './cardtranslation';

/**
 * What the take-home sheet says, as data: whose words each text is, which keuzekaart row tells
 * the patient what to do when it gets worse, and the language the sheet can be printed in.
 * A card's text is in the sheet's language where the card's translation has it
 * (`localizeCard`), but only while it is still the card's own text: what the GP typed or
 * changed stays as typed, and the sheet says it is theirs. Nothing here ranks an option: they
 * stay in the consult's (the card's) order.
 */

/** The GP types in Dutch, and the app's own option texts on the GP side are Dutch. */
const GP_LANG = 'nl';

/** One text on the sheet: its words, their language, and whether the GP wrote them. */
export interface SheetText {
  text: string;
  lang: string;
  /** Typed by the GP (an own option, a changed card text, an afspraak): the sheet says so. */
  byGp: boolean;
}

export interface SheetOption {
  id: string;
  title: SheetText;
  description: SheetText | null;
  pros: SheetText[];
  cons: SheetText[];
  /** The option chosen; the sheet marks it, and shows it otherwise like every other. */
  chosen: boolean;
  /** The GP's own option, not the card's nor the app's afwachten: all of it is the GP's. */
  byGp: boolean;
}

/** The card's patient question about getting worse, answered for this sheet. */
export interface WorseRow {
  question: SheetText;
  /** One answer when all are the same or an option was chosen; else one per option. */
  answers: { option: SheetText | null; answer: SheetText }[];
}

/**
 * Rows that tell the patient what to do when it gets worse: "Wat als het slechter gaat?"
 * (somberheid) and "Wanneer bel ik eerder?" (lage rugpijn). The first one a card has is used.
 */
export const WORSE_ROW_IDS = ['slechter', 'eerder-bellen'] as const;

/** The keuzekaart the consult used, from the cards the page has: the same id and version. */
export function cardOf(ref: KeuzekaartRef | null, cards: readonly Keuzekaart[]): Keuzekaart | null {
  if (!ref) return null;
  return cards.find((card) => card.id === ref.id && card.version === ref.version) ?? null;
}

const byGp = (text: string): SheetText => ({ text, lang: GP_LANG, byGp: true });
const ofApp = (text: string): SheetText => ({ text, lang: GP_LANG, byGp: false });

/** A card text as the sheet shows it: the card's, in its language. */
const ofCard = (text: CardText): SheetText => ({ text: text.text, lang: text.lang, byGp: false });

/** The card in the sheet's language; the card's own texts where `lang` is its own. */
const localized = (card: Keuzekaart | null, lang: string | undefined): LocalizedCard | null =>
  card ? localizeCard(card, lang ?? card.lang) : null;

/**
 * The options as the sheet shows them, in the consult's order, each text with its author and
 * its language. `lang` is the sheet's language (the card's own when left out): a text the
 * consult still has as the card wrote it comes in that language where the card's translation
 * has it; a text the GP changed is the GP's, as typed.
 */
export function sheetOptions(
  state: ConsultState,
  card: Keuzekaart | null,
  lang?: string,
): SheetOption[] {
  return optionsOf(state, localized(card, lang));
}

function optionsOf(state: ConsultState, card: LocalizedCard | null): SheetOption[] {
  const chosen = state.decision?.kind === 'keuze' ? state.decision.optionId : null;
  return state.options.map((option) => {
    const from = card?.options.find((o) => o.id === option.id);
    // A card's text as the card has it; anything else in an option is the GP's, except the
    // app's own title and description of the afwachten option.
    const own = (text: string, cardText: CardText | undefined): SheetText => {
      if (from) return cardText?.original === text ? ofCard(cardText) : byGp(text);
      return option.afwachten ? ofApp(text) : byGp(text);
    };
    // The card's point with this id if the GP left it as it was, else one with the same words.
    const point = (side: 'pros' | 'cons') => (item: ConsultOption['pros'][number]) => {
      const points = from?.[side] ?? [];
      const same =
        points.find((p) => p.id === item.id && p.original === item.text) ??
        points.find((p) => p.original === item.text);
      return same ? ofCard(same) : byGp(item.text);
    };
    return {
      id: option.id,
      title: own(option.title, from?.title),
      description:
        option.description.trim() === '' ? null : own(option.description, from?.description),
      pros: option.pros.filter((p) => p.text.trim() !== '').map(point('pros')),
      cons: option.cons.filter((c) => c.text.trim() !== '').map(point('cons')),
      chosen: option.id === chosen,
      byGp: !from && !option.afwachten,
    };
  });
}

/** One fill-in field of the card on the sheet: the card's label and what the GP typed. */
export interface SheetFillIn {
  label: SheetText;
  value: SheetText;
}

/**
 * The chosen card's fill-in fields, for beside the chosen option ("Klacht: knieklachten"):
 * only once an option is chosen, and only those with a value. The label is the card's, in its
 * own language (no translation has fill-ins); the value is the GP's, as typed.
 */
export function sheetFillIns(state: ConsultState, card: Keuzekaart | null): SheetFillIn[] {
  const decision = state.decision;
  if (decision?.kind !== 'keuze' || !state.options.some((o) => o.id === decision.optionId)) {
    return [];
  }
  const lang = card?.lang ?? GP_LANG;
  return (state.keuzekaart?.fillIns ?? [])
    .filter((f) => f.label.trim() !== '' && f.value.trim() !== '')
    .map((f) => ({
      label: { text: f.label.trim(), lang, byGp: false },
      value: byGp(f.value.trim()),
    }));
}

/** Whether the sheet lists the options: only once there is one besides afwachten. */
export function showsOptions(state: ConsultState): boolean {
  return state.options.length > 1;
}

/**
 * The card's row about getting worse, in the sheet's language `lang` where the card's
 * translation has it. For a chosen option its answer only; otherwise each option's answer, in
 * the consult's order, and one answer when they are all the same.
 */
export function worseRow(
  state: ConsultState,
  card: Keuzekaart | null,
  lang?: string,
): WorseRow | null {
  return worseOf(state, localized(card, lang));
}

function worseOf(state: ConsultState, card: LocalizedCard | null): WorseRow | null {
  if (!card) return null;
  const row = WORSE_ROW_IDS.map((id) => card.rows.find((r) => r.id === id)).find(Boolean);
  if (!row) return null;
  const chosen = state.decision?.kind === 'keuze' ? state.decision.optionId : null;
  const answered = state.options.flatMap((option) => {
    const answer = Object.hasOwn(row.answers, option.id) ? row.answers[option.id] : undefined;
    return answer === undefined ? [] : [{ option, answer }];
  });
  const picked = answered.filter(({ option }) => option.id === chosen);
  const shown = picked.length > 0 ? picked : answered;
  const first = shown[0];
  if (!first) return null;
  const same = shown.every(({ answer }) => answer.text === first.answer.text);
  const options = optionsOf(state, card);
  return {
    question: ofCard(row.question),
    answers: same
      ? [{ option: null, answer: ofCard(first.answer) }]
      : shown.map(({ option, answer }) => ({
          option: options.find((o) => o.id === option.id)?.title ?? null,
          answer: ofCard(answer),
        })),
  };
}

/** The afspraken the sheet lists, in this order; the vangnet goes with "if it gets worse". */
export const SHEET_AFSPRAKEN = ['nextStep', 'evaluation'] as const;

/** What the sheet shows from the consult and its card, in the sheet's language. */
export interface SheetContent {
  options: SheetOption[];
  /** Whether the sheet lists the options (`showsOptions`); the chosen one is named anyway. */
  listsOptions: boolean;
  fillIns: SheetFillIn[];
  worse: WorseRow | null;
  /** The afspraken the GP filled in, in the sheet's order. */
  afspraken: (typeof SHEET_AFSPRAKEN)[number][];
}

/** The sheet's content in `lang`, the language its translator speaks. */
export function sheetContent(
  state: ConsultState,
  card: Keuzekaart | null,
  lang: string,
): SheetContent {
  const local = localized(card, lang);
  return {
    options: optionsOf(state, local),
    listsOptions: showsOptions(state),
    fillIns: sheetFillIns(state, card),
    worse: worseOf(state, local),
    afspraken: SHEET_AFSPRAKEN.filter((field) => state.afspraken[field].trim() !== ''),
  };
}

/** Whether `text` is in `lang`, a regional variant (`en-GB` for `en`) included. */
const inLanguage = (text: SheetText, lang: string) =>
  text.lang === lang || text.lang.startsWith(`${lang}-`);

/** Every text the sheet shows besides its own headings, in the sheet's language `lang`. */
function shownTexts(state: ConsultState, card: Keuzekaart | null, lang: string): SheetText[] {
  const local = localized(card, lang);
  const options = optionsOf(state, local);
  const worse = worseOf(state, local);
  return [
    ...(showsOptions(state)
      ? options.flatMap((o) => [
          o.title,
          ...(o.description ? [o.description] : []),
          ...o.pros,
          ...o.cons,
        ])
      : []),
    ...options.filter((o) => o.chosen).map((o) => o.title),
    ...sheetFillIns(state, card).flatMap((f) => [f.label, f.value]),
    ...(worse ? [worse.question, ...worse.answers.map((a) => a.answer)] : []),
    ...[...SHEET_AFSPRAKEN, 'vangnet' as const]
      .filter((field) => state.afspraken[field].trim() !== '')
      .map((field) => byGp(state.afspraken[field])),
  ];
}

/**
 * The language of the sheet. The patient's, when every text on it is in that language, or when
 * the card speaks it (its own language, or a translation with a text on this sheet): then a
 * text the translation lacks stays in the card's words, and the GP's own words stay Dutch,
 * marked as theirs. Otherwise Dutch throughout (headings and the web too), and the sheet says
 * in the patient's language, in one line, that it is in Dutch: no headings in one language
 * over options in another. The GP's own words are always Dutch, and so is every bundled
 * keuzekaart.
 */
export function sheetLanguage(
  patient: string,
  state: ConsultState,
  card: Keuzekaart | null,
): string {
  if (patient === GP_LANG) return GP_LANG;
  const shown = shownTexts(state, card, patient);
  const speaks = shown.some((text) => !text.byGp && inLanguage(text, patient));
  return speaks || shown.every((text) => inLanguage(text, patient)) ? patient : GP_LANG;
}

/**
 * What stays Dutch on a sheet in the patient's language, for a line to the GP: texts the GP
 * typed or changed, and card texts its translation does not have. Empty for a Dutch sheet.
 */
export function sheetKeepsDutch(
  patient: string,
  state: ConsultState,
  card: Keuzekaart | null,
): { byGp: boolean; byCard: boolean } {
  const none = { byGp: false, byCard: false };
  if (sheetLanguage(patient, state, card) !== patient || patient === GP_LANG) return none;
  const other = shownTexts(state, card, patient).filter((text) => !inLanguage(text, patient));
  return { byGp: other.some((t) => t.byGp), byCard: other.some((t) => !t.byGp) };
}
