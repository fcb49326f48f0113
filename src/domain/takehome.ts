import type { ConsultOption, ConsultState, KeuzekaartRef } from './consult';
import type { Keuzekaart } from './keuzekaart';

/**
 * What the take-home sheet says, as data: whose words each text is, which keuzekaart row tells
 * the patient what to do when it gets worse, and the language the sheet can be printed in.
 * Nothing here ranks an option: they stay in the consult's (the card's) order.
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

/** The options as the sheet shows them, in the consult's order, each text with its author. */
export function sheetOptions(state: ConsultState, card: Keuzekaart | null): SheetOption[] {
  const chosen = state.decision?.kind === 'keuze' ? state.decision.optionId : null;
  return state.options.map((option) => {
    const from = card?.options.find((o) => o.id === option.id);
    const ofCard = (text: string): SheetText => ({
      text,
      lang: card?.lang ?? GP_LANG,
      byGp: false,
    });
    // A card's text as the card has it; anything else in an option is the GP's, except the
    // app's own title and description of the afwachten option.
    const own = (text: string, cardText: string | undefined): SheetText => {
      if (from) return cardText === text ? ofCard(text) : byGp(text);
      return option.afwachten ? ofApp(text) : byGp(text);
    };
    const point = (side: 'pros' | 'cons') => (item: ConsultOption['pros'][number]) =>
      from?.[side].some((p) => p.text === item.text) ? ofCard(item.text) : byGp(item.text);
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

/** Whether the sheet lists the options: only once there is one besides afwachten. */
export function showsOptions(state: ConsultState): boolean {
  return state.options.length > 1;
}

/**
 * The card's row about getting worse. For a chosen option its answer only; otherwise each
 * option's answer, in the card's order, and one answer when they are all the same.
 */
export function worseRow(state: ConsultState, card: Keuzekaart | null): WorseRow | null {
  if (!card) return null;
  const row = WORSE_ROW_IDS.map((id) => card.rows?.find((r) => r.id === id)).find(Boolean);
  if (!row) return null;
  const ofCard = (text: string): SheetText => ({ text, lang: card.lang, byGp: false });
  const chosen = state.decision?.kind === 'keuze' ? state.decision.optionId : null;
  const answered = state.options.flatMap((option) => {
    const answer = row.answers[option.id];
    return answer === undefined ? [] : [{ option, answer }];
  });
  const picked = answered.filter(({ option }) => option.id === chosen);
  const shown = picked.length > 0 ? picked : answered;
  if (shown.length === 0) return null;
  const same = shown.every(({ answer }) => answer === shown[0]?.answer);
  const options = sheetOptions(state, card);
  return {
    question: ofCard(row.question),
    answers: same
      ? [{ option: null, answer: ofCard(shown[0]?.answer ?? '') }]
      : shown.map(({ option, answer }) => ({
          option: options.find((o) => o.id === option.id)?.title ?? null,
          answer: ofCard(answer),
        })),
  };
}

/** The afspraken the sheet lists, in this order; the vangnet goes with "if it gets worse". */
export const SHEET_AFSPRAKEN = ['nextStep', 'evaluation'] as const;

/**
 * The language of the sheet. The patient's, when every text on it is in that language;
 * otherwise Dutch throughout (headings and the web too), and the sheet says in the patient's
 * language, in one line, that it is in Dutch. The GP's own words are always Dutch, and so is
 * every bundled keuzekaart.
 */
export function sheetLanguage(
  patient: string,
  state: ConsultState,
  card: Keuzekaart | null,
): string {
  if (patient === GP_LANG) return GP_LANG;
  const options = sheetOptions(state, card);
  const worse = worseRow(state, card);
  const shown: SheetText[] = [
    ...(showsOptions(state)
      ? options.flatMap((o) => [
          o.title,
          ...(o.description ? [o.description] : []),
          ...o.pros,
          ...o.cons,
        ])
      : []),
    ...options.filter((o) => o.chosen).map((o) => o.title),
    ...(worse ? [worse.question, ...worse.answers.map((a) => a.answer)] : []),
    ...[...SHEET_AFSPRAKEN, 'vangnet' as const]
      .filter((field) => state.afspraken[field].trim() !== '')
      .map((field) => byGp(state.afspraken[field])),
  ];
  return shown.every((text) => text.lang === patient) ? patient : GP_LANG;
}
