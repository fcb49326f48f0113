import type { ConsultOption } from './consult';
import type { DimensionId } from './dimensions';
import type { KaartVertaling, KeuzeGetal, Keuzekaart } from './keuzekaart';

/**
 * The keuzekaarten editor's model: a card as the form holds it, where every text may still be
 * empty and a number is what was typed. `cardFromDraft` turns it into plain card data for the
 * schema and the card checker, which name every problem in the form's words; the form's controls
 * carry the checker's field ids (`option-1-cons-0-text`), so a problem can move focus to its place.
 * Pure: no DOM, no storage.
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

/** The largest lists a card may hold, as the schema has them: the add buttons stop there. */
export const DRAFT_LIMITS = {
  options: 6,
  points: 8,
  numbers: 4,
  rows: 10,
  icpc: 4,
  fillIns: 3,
  names: 10,
} as const;

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

/** Every id inside a draft, so a new option, point or row gets one of its own. */
function idsOf(draft: CardDraft): string[] {
  return [
    ...draft.options.flatMap((o) => [o.id, ...o.pros.map((p) => p.id), ...o.cons.map((c) => c.id)]),
    ...draft.rows.map((r) => r.id),
    ...draft.fillIns.map((f) => f.id),
  ];
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

/** A card in the form, every optional part present and empty where the card has none. */
export function draftFromCard(card: Keuzekaart): CardDraft {
  return {
    id: card.id,
    version: card.version,
    lang: card.lang,
    title: card.title,
    question: card.question,
    source: card.source,
    licence: card.licence,
    authors: [...(card.authors ?? [])],
    reviewers: [...(card.reviewers ?? [])],
    conflicts: card.conflicts ?? '',
    publishedAt: card.publishedAt,
    reviewBy: card.reviewBy,
    example: card.example,
    options: card.options.map((o) => ({
      id: o.id,
      title: o.title,
      description: o.description,
      pros: o.pros.map((p) => ({ id: p.id, text: p.text, summary: p.summary ?? '' })),
      cons: o.cons.map((p) => ({ id: p.id, text: p.text, summary: p.summary ?? '' })),
      dimensions: [...o.dimensions],
      afwachten: o.afwachten === true,
      numbers: (o.numbers ?? []).map((n) => ({ count: String(n.count), text: n.text })),
    })),
    rows: (card.rows ?? []).map((r) => ({
      id: r.id,
      question: r.question,
      answers: { ...r.answers },
    })),
    vangnet: card.vangnet ?? '',
    icpc: (card.icpc ?? []).map((c) => ({ ...c })),
    fillIns: (card.fillIns ?? []).map((f) => ({ ...f })),
    ...(card.translations ? { translations: structuredClone(card.translations) } : {}),
  };
}

/** "30" → 30; anything else stays as typed, so the checker can say what is wrong with it. */
function count(typed: string): number | string {
  return /^\s*\d{1,3}\s*$/.test(typed) ? Number(typed) : typed;
}

/** An option's numbers that are whole already (0 to 100, with words): what a preview can show. */
export function completeNumbers(option: OptionDraft): KeuzeGetal[] {
  return option.numbers.flatMap((n) => {
    const value = count(n.count);
    // 100 is the schema's NUMBERS_OUT_OF, written here: importing it would bring zod along.
    return typeof value === 'number' && value <= 100 && n.text.trim()
      ? [{ count: value, text: n.text }]
      : [];
  });
}

/** An optional text: left out when empty, so an empty summary is no problem. */
const optional = <K extends string>(key: K, value: string): Partial<Record<K, string>> =>
  value.trim() ? ({ [key]: value } as Record<K, string>) : {};

/** An optional list: left out when empty. */
const list = <K extends string, T>(key: K, items: T[]): Partial<Record<K, T[]>> =>
  items.length ? ({ [key]: items } as Record<K, T[]>) : {};

/**
 * The draft as plain card data, for the schema and the checker: empty optional texts and lists
 * are left out, a name left empty in a list of names is dropped, and required texts stay as
 * they are, so an empty one is named as empty.
 */
export function cardFromDraft(draft: CardDraft): Record<string, unknown> {
  const names = (items: string[]) => items.filter((name) => name.trim());
  return {
    id: draft.id,
    version: draft.version,
    lang: draft.lang,
    title: draft.title,
    question: draft.question,
    source: draft.source,
    licence: draft.licence,
    ...list('authors', names(draft.authors)),
    ...list('reviewers', names(draft.reviewers)),
    ...optional('conflicts', draft.conflicts),
    publishedAt: draft.publishedAt,
    reviewBy: draft.reviewBy,
    example: draft.example,
    options: draft.options.map((o) => ({
      id: o.id,
      title: o.title,
      description: o.description,
      pros: o.pros.map((p) => ({ id: p.id, text: p.text, ...optional('summary', p.summary) })),
      cons: o.cons.map((p) => ({ id: p.id, text: p.text, ...optional('summary', p.summary) })),
      dimensions: o.dimensions,
      ...(o.afwachten ? { afwachten: true } : {}),
      ...list(
        'numbers',
        o.numbers.map((n) => ({ count: count(n.count), text: n.text })),
      ),
    })),
    ...list(
      'rows',
      draft.rows.map((r) => ({
        id: r.id,
        question: r.question,
        answers: Object.fromEntries(Object.entries(r.answers).filter(([, a]) => a.trim())),
      })),
    ),
    ...optional('vangnet', draft.vangnet),
    ...list('icpc', draft.icpc),
    ...list('fillIns', draft.fillIns),
    ...(draft.translations ? { translations: draft.translations } : {}),
  };
}

/** An id made from a title: lower case, letters and digits, words joined by a dash. */
export function idFromTitle(title: string): string {
  const id = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return id || 'keuzekaart';
}

/** The card's id on first save: from its title, with "-2", "-3" when another card has it. */
export function newCardId(title: string, taken: ReadonlySet<string>): string {
  const base = idFromTitle(title);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** The version an edited card gets when saved: 1.2.3 → 1.3.0. */
export function nextVersion(version: string): string {
  const match = /^(\d+)\.(\d+)\.\d+$/.exec(version);
  if (!match) return '1.0.0';
  return `${match[1]}.${Number(match[2]) + 1}.0`;
}

/** Whether a card's texts differ, leaving its version aside: an unchanged card keeps its version. */
export function sameCard(a: Keuzekaart, b: Keuzekaart): boolean {
  return JSON.stringify({ ...a, version: '' }) === JSON.stringify({ ...b, version: '' });
}

/**
 * A copy to edit as a new card: a new id on save, "(kopie)" after the title, version 1.0.0 and
 * published today. An example stays marked as one until the practice has checked it.
 */
export function copyDraft(card: Keuzekaart, copy: string, today: string): CardDraft {
  return {
    ...draftFromCard(card),
    id: '',
    version: '1.0.0',
    title: `${card.title} (${copy})`.slice(0, 120),
    publishedAt: today,
    reviewBy: aYearLater(today),
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

/** A new option, before the afwachten option, which stays last. */
export function addOption(draft: CardDraft): CardDraft {
  if (draft.options.length >= DRAFT_LIMITS.options) return draft;
  const option = emptyOption(freeId('optie', idsOf(draft)));
  const at = draft.options.findIndex((o) => o.afwachten);
  const options = [...draft.options];
  options.splice(at < 0 ? options.length : at, 0, option);
  return { ...draft, options };
}

/** Remove an option and its answers in the rows; the afwachten option cannot be removed. */
export function removeOption(draft: CardDraft, index: number): CardDraft {
  const option = draft.options[index];
  if (!option || option.afwachten) return draft;
  return {
    ...draft,
    options: draft.options.filter((_, i) => i !== index),
    rows: draft.rows.map((r) => {
      const { [option.id]: _, ...answers } = r.answers;
      return { ...r, answers };
    }),
  };
}

/** Move an option one place up (-1) or down (+1). */
export function moveOption(draft: CardDraft, index: number, by: -1 | 1): CardDraft {
  const to = index + by;
  if (to < 0 || to >= draft.options.length || !draft.options[index]) return draft;
  const options = [...draft.options];
  [options[index], options[to]] = [options[to] as OptionDraft, options[index] as OptionDraft];
  return { ...draft, options };
}

/** Change one option. */
export function updateOption(
  draft: CardDraft,
  index: number,
  change: (option: OptionDraft) => OptionDraft,
): CardDraft {
  return { ...draft, options: draft.options.map((o, i) => (i === index ? change(o) : o)) };
}

/** A new, empty pro or con for an option. */
export function addPoint(draft: CardDraft, index: number, side: 'pros' | 'cons'): CardDraft {
  const option = draft.options[index];
  if (!option || option[side].length >= DRAFT_LIMITS.points) return draft;
  const id = freeId(`${option.id}-${side === 'pros' ? 'voor' : 'tegen'}`, idsOf(draft));
  return updateOption(draft, index, (o) => ({
    ...o,
    [side]: [...o[side], { id, text: '', summary: '' }],
  }));
}

/** A new row of a patient question, with no answers yet. */
export function addRow(draft: CardDraft): CardDraft {
  if (draft.rows.length >= DRAFT_LIMITS.rows) return draft;
  return {
    ...draft,
    rows: [...draft.rows, { id: freeId('vraag', idsOf(draft)), question: '', answers: {} }],
  };
}

/** A new fill-in field, e.g. "Klacht". */
export function addFillIn(draft: CardDraft): CardDraft {
  if (draft.fillIns.length >= DRAFT_LIMITS.fillIns) return draft;
  return {
    ...draft,
    fillIns: [...draft.fillIns, { id: freeId('veld', idsOf(draft)), label: '' }],
  };
}

/** Whether a card is past its review date on `today` (yyyy-mm-dd): it must be checked again. */
export function isOverdue(card: Pick<Keuzekaart, 'reviewBy'>, today: string): boolean {
  return card.reviewBy < today;
}

/** Cards by review date, the first to review first; equal dates by title. */
export function byReviewDate<T extends Pick<Keuzekaart, 'reviewBy' | 'title'>>(
  cards: readonly T[],
): T[] {
  return [...cards].sort((a, b) =>
    a.reviewBy === b.reviewBy
      ? a.title.toLowerCase() < b.title.toLowerCase()
        ? -1
        : 1
      : a.reviewBy < b.reviewBy
        ? -1
        : 1,
  );
}
