import type { ConsultOption } from './consult';
import type { DimensionId } from './dimensions';
import type { KaartVertaling } from './keuzekaart';

/**
 * A keuzekaart as the editor's form holds it, where every text may still be empty and a number
 * is what was typed, and the ways a new one starts. Apart from the edits in `cardedit`, because
 * the consult starts a card from its options ("Bewaar deze opties als keuzekaart") and must not
 * load the editor for it. Pure: no DOM, no storage.
 */

export interface PointDraft {
  id: string;
  text: string;
  /** The third-person phrase for the summary; optional on the card. */
  summary: string;
}

export interface NumberDraft {
  /** As typed: "30". */
  count: string;
  text: string;
}

export interface OptionDraft {
  id: string;
  title: string;
  description: string;
  pros: PointDraft[];
  cons: PointDraft[];
  dimensions: DimensionId[];
  afwachten: boolean;
  numbers: NumberDraft[];
}

export interface RowDraft {
  id: string;
  question: string;
  /** By option id; an empty answer is left out of the card. */
  answers: Record<string, string>;
}

export interface CardDraft {
  /** Empty until the card is first saved: the id is made from the title then. */
  id: string;
  version: string;
  lang: string;
  title: string;
  question: string;
  source: string;
  licence: string;
  authors: string[];
  reviewers: string[];
  conflicts: string;
  publishedAt: string;
  reviewBy: string;
  example: boolean;
  options: OptionDraft[];
  rows: RowDraft[];
  vangnet: string;
  icpc: { code: string; label: string }[];
  fillIns: { id: string; label: string }[];
  /** Kept as the card had them: the form does not edit translations. */
  translations?: Record<string, KaartVertaling>;
}

/** yyyy-mm-dd of a date, in UTC as the card's dates are days without a zone. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same day a year later (29 February becomes 1 March). */
export function aYearLater(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return isoDay(date);
}

/** A fresh id with `prefix` that none of `taken` has: "optie-3". */
export function freeId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

export function emptyOption(id: string, afwachten = false): OptionDraft {
  return {
    id,
    title: '',
    description: '',
    pros: [],
    cons: [],
    dimensions: [],
    afwachten,
    numbers: [],
  };
}

/**
 * A new card: one option to fill in and the afwachten option, which every card has. Published
 * today and to be reviewed in a year; `afwachten` is the option's title in the practice's words.
 */
export function emptyDraft(today: string, afwachten: string): CardDraft {
  return {
    id: '',
    version: '1.0.0',
    lang: 'nl',
    title: '',
    question: '',
    source: '',
    licence: '',
    authors: [],
    reviewers: [],
    conflicts: '',
    publishedAt: today,
    reviewBy: aYearLater(today),
    example: false,
    options: [emptyOption('optie-1'), { ...emptyOption('afwachten', true), title: afwachten }],
    rows: [],
    vangnet: '',
    icpc: [],
    fillIns: [],
  };
}

/**
 * The options typed in a consult as the start of a card ("Bewaar deze opties als keuzekaart"):
 * their texts, pros, cons and dimensions, the afwachten option as it was; the rest to fill in.
 */
export function draftFromOptions(
  options: readonly ConsultOption[],
  today: string,
  afwachten: string,
): CardDraft {
  const draft = emptyDraft(today, afwachten);
  const taken: string[] = [];
  const id = (prefix: string) => {
    const fresh = freeId(prefix, taken);
    taken.push(fresh);
    return fresh;
  };
  draft.options = options.map((o) => {
    const optionId = o.afwachten ? 'afwachten' : id('optie');
    return {
      ...emptyOption(optionId, o.afwachten),
      title: o.title,
      description: o.description,
      pros: o.pros.map((p) => ({ id: id(`${optionId}-voor`), text: p.text, summary: '' })),
      cons: o.cons.map((p) => ({ id: id(`${optionId}-tegen`), text: p.text, summary: '' })),
      dimensions: [...o.dimensions],
    };
  });
  if (!draft.options.some((o) => o.afwachten)) {
    draft.options.push({ ...emptyOption('afwachten', true), title: afwachten });
  }
  return draft;
}
