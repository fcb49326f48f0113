import { aYearLater, type CardDraft, emptyOption, freeId, type OptionDraft } from './carddraft';
import type { KeuzeGetal, Keuzekaart } from './keuzekaart';

/**
 * The keuzekaarten editor's model: the edits of a draft (see `carddraft`), a card into the form
 * and back. `cardFromDraft` turns a draft into plain card data for the
 * schema and the card checker, which name every problem in the form's words; the form's controls
 * carry the checker's field ids (`option-1-cons-0-text`), so a problem can move focus to its place.
 * Pure: no DOM, no storage.
 */

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

/** Every id inside a draft, so a new option, point or row gets one of its own. */
function idsOf(draft: CardDraft): string[] {
  return [
    ...draft.options.flatMap((o) => [o.id, ...o.pros.map((p) => p.id), ...o.cons.map((c) => c.id)]),
    ...draft.rows.map((r) => r.id),
    ...draft.fillIns.map((f) => f.id),
  ];
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
