import type { KaartVertaling, Keuzekaart } from './keuzekaart';

/**
 * A keuzekaart's patient texts in one language (docs/architecture.md, "Formats"): each text from
 * the card's translation where it has one, the card's own text elsewhere, and always with the
 * language it is in and the card's own text beside it, so a consult can tell whether the GP
 * changed it. Only the take-home sheet uses this; the GP's screen and the summary stay in the
 * card's own words. Pure, and types only from the schema module: it adds no zod to the sheet.
 */

/** One text of the card as it goes to the patient. */
export interface CardText {
  text: string;
  /** The language `text` is in: the translation's code, or the card's own `lang`. */
  lang: string;
  /** The card's own text, which a consult copies and the GP may change. */
  original: string;
}

export interface LocalizedPoint extends CardText {
  id: string;
}

export interface LocalizedNumber {
  count: number;
  text: CardText;
}

export interface LocalizedOption {
  id: string;
  title: CardText;
  description: CardText;
  pros: LocalizedPoint[];
  cons: LocalizedPoint[];
  numbers: LocalizedNumber[];
}

export interface LocalizedRow {
  id: string;
  question: CardText;
  /** By option id, as the card's row. */
  answers: Record<string, CardText>;
}

export type TranslationReview = KaartVertaling['review'];

export interface LocalizedCard {
  id: string;
  version: string;
  /** The language asked for. */
  lang: string;
  /** The translation used, by its own code (`en-GB` for `en`), or null: the card's own texts. */
  translation: { lang: string; review: TranslationReview } | null;
  title: CardText;
  question: CardText;
  options: LocalizedOption[];
  rows: LocalizedRow[];
}

/** The primary language subtag: `en` of `en-GB`. */
const primary = (lang: string): string => lang.split('-')[0] ?? lang;

/**
 * The card's translation for `lang`: under that exact code, else one for the same language in a
 * region (`en-GB` for `en`, the first in code order). None for the card's own language, which
 * the card speaks itself, and none for a language the card has no translation for.
 */
export function translationFor(
  card: Keuzekaart,
  lang: string,
): { lang: string; translation: KaartVertaling } | null {
  if (lang === card.lang) return null;
  const all = card.translations ?? {};
  // Own keys only: a card is parsed data, but a key such as "constructor" must never resolve.
  if (Object.hasOwn(all, lang)) return { lang, translation: all[lang] as KaartVertaling };
  const code = Object.keys(all)
    .filter((key) => key !== card.lang && primary(key) === primary(lang))
    .sort()[0];
  return code === undefined ? null : { lang: code, translation: all[code] as KaartVertaling };
}

/**
 * The card's translation for `lang` when it is a draft, with its code and what it still needs:
 * for the GP's screen only, never for the patient's sheet. Null when reviewed or absent.
 */
export function draftTranslation(
  card: Keuzekaart,
  lang: string,
): { lang: string; review: TranslationReview } | null {
  const found = translationFor(card, lang);
  return found?.translation.review.status === 'draft'
    ? { lang: found.lang, review: found.translation.review }
    : null;
}

/** A text by id from a translation's record, own keys only. */
function byId(record: Record<string, string> | undefined, id: string): string | undefined {
  return record && Object.hasOwn(record, id) ? record[id] : undefined;
}

/**
 * The card with its patient texts in `lang` where its translation has them, its own texts
 * elsewhere. Ids the translation names but the card lacks are ignored; an empty translation
 * gives the card's own texts (still marked as the translation used).
 */
export function localizeCard(card: Keuzekaart, lang: string): LocalizedCard {
  const found = translationFor(card, lang);
  const vertaling = found?.translation;
  const text = (original: string, translated: string | undefined): CardText =>
    translated !== undefined && found
      ? { text: translated, lang: found.lang, original }
      : { text: original, lang: card.lang, original };
  const optionTexts = vertaling?.options ?? {};
  const rowTexts = vertaling?.rows ?? {};
  return {
    id: card.id,
    version: card.version,
    lang,
    translation: found ? { lang: found.lang, review: found.translation.review } : null,
    title: text(card.title, vertaling?.title),
    question: text(card.question, vertaling?.question),
    options: card.options.map((option) => {
      const own = Object.hasOwn(optionTexts, option.id) ? optionTexts[option.id] : undefined;
      const point =
        (side: 'pros' | 'cons') =>
        (p: { id: string; text: string }): LocalizedPoint => ({
          id: p.id,
          ...text(p.text, byId(own?.[side], p.id)),
        });
      return {
        id: option.id,
        title: text(option.title, own?.title),
        description: text(option.description, own?.description),
        pros: option.pros.map(point('pros')),
        cons: option.cons.map(point('cons')),
        // By position: a translation's numbers follow the card's; a surplus one is ignored.
        numbers: (option.numbers ?? []).map((n, i) => ({
          count: n.count,
          text: text(n.text, own?.numbers?.[i]),
        })),
      };
    }),
    rows: (card.rows ?? []).map((row) => {
      const own = Object.hasOwn(rowTexts, row.id) ? rowTexts[row.id] : undefined;
      return {
        id: row.id,
        question: text(row.question, own?.question),
        answers: Object.fromEntries(
          Object.entries(row.answers).map(([optionId, answer]) => [
            optionId,
            text(answer, byId(own?.answers, optionId)),
          ]),
        ),
      };
    }),
  };
}
