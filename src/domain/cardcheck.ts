import { textId } from './contentpack';
import {
  type CardRule,
  isCalendarDate,
  keuzekaartSchema,
  LANG_CODE,
  TRANSLATIONS_MAX,
} from './keuzekaart';
import type { Translate } from './summary';

/**
 * Every problem of a keuzekaart at once, each in the card form's own Dutch words ("Optie 2,
 * nadeel 1 is leeg") with a reference a form can move focus to. The schema stays the authority:
 * a card has no problems exactly when `keuzekaartSchema` accepts it. Its issues give the fields;
 * the rules across fields (afwachten, unique option and fill-in ids, row answers, date order,
 * the number of translations) are checked here on the raw data too, because zod skips a card's
 * refinements while any field is wrong.
 * Pure: the words come through an injected translator (locales/cardcheck/nl.json).
 */

type CardKey =
  | 'id'
  | 'version'
  | 'lang'
  | 'title'
  | 'question'
  | 'source'
  | 'licence'
  | 'publishedAt'
  | 'reviewBy'
  | 'example'
  | 'options'
  | 'rows'
  | 'vangnet'
  | 'icpc'
  | 'authors'
  | 'reviewers'
  | 'conflicts'
  | 'fillIns'
  | 'translations';

const CARD_KEYS: readonly string[] = [
  'id',
  'version',
  'lang',
  'title',
  'question',
  'source',
  'licence',
  'publishedAt',
  'reviewBy',
  'example',
  'options',
  'rows',
  'vangnet',
  'icpc',
  'authors',
  'reviewers',
  'conflicts',
  'fillIns',
  'translations',
] satisfies CardKey[];

/** Where a problem is, for a form: indices count from 0, as in the card's lists. */
export type CardField =
  | { kind: 'file' }
  | { kind: 'card'; field: CardKey }
  /** One name in the authors or reviewers, one fill-in field, or one translation. */
  | {
      kind: 'item';
      field: 'authors' | 'reviewers' | 'fillIns';
      index: number;
      leaf?: 'id' | 'label';
    }
  | { kind: 'translation'; lang: string }
  | {
      kind: 'option';
      option: number;
      field?:
        | 'id'
        | 'title'
        | 'description'
        | 'dimensions'
        | 'afwachten'
        | 'pros'
        | 'cons'
        | 'numbers';
      /** With `dimensions` or `numbers`: which one. */
      index?: number;
      /** With `numbers`: its count or its words. */
      leaf?: 'count' | 'text';
    }
  | {
      kind: 'point';
      option: number;
      part: 'pros' | 'cons';
      index: number;
      field?: 'id' | 'text' | 'summary';
    }
  | { kind: 'row'; row: number; field?: 'id' | 'question' | 'answers'; answer?: string }
  | { kind: 'icpc'; index: number; field?: 'code' | 'label' };

export interface CardProblem {
  field: CardField;
  /** A stable id for the field ("option-1-cons-0-text"), e.g. for a form control's id. */
  fieldId: string;
  message: string;
}

/** The stable id of a field: kind, indices from 0, the field's key. */
export function fieldId(field: CardField): string {
  switch (field.kind) {
    case 'file':
      return 'card';
    case 'card':
      return `card-${field.field}`;
    case 'item':
      return [field.field, field.index, field.leaf].filter(defined).join('-');
    case 'translation':
      // A language key that is no language code stays out of the id.
      return LANG_CODE.test(field.lang) ? `translation-${field.lang}` : 'translation';
    case 'option':
      return [`option-${field.option}`, field.field, field.index, field.leaf]
        .filter(defined)
        .join('-');
    case 'point':
      return [`option-${field.option}-${field.part}-${field.index}`, field.field]
        .filter(defined)
        .join('-');
    case 'row':
      // An answer for an option id the form can focus; a key that is no id stays out of the id.
      return [
        `row-${field.row}`,
        field.field,
        field.answer && /^[a-z0-9][a-z0-9-]*$/.test(field.answer) ? field.answer : undefined,
      ]
        .filter(defined)
        .join('-');
    case 'icpc':
      return [`icpc-${field.index}`, field.field].filter(defined).join('-');
  }
}

const defined = <T>(value: T | undefined): value is T => value !== undefined;

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON value's own property only: never one from a prototype. */
function own(value: unknown, key: PropertyKey): unknown {
  if (Array.isArray(value)) return typeof key === 'number' ? value[key] : undefined;
  return isObject(value) && Object.hasOwn(value, key) ? value[key as string] : undefined;
}

function at(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => own(value, key), data);
}

/** A value quoted in a message: short, and a broken character shown as one. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  const safe = text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
  return safe.length > 40 ? `${safe.slice(0, 40)}…` : safe;
}

interface Place {
  field: CardField;
  words: string;
}

/** A schema path in the form's words; a path the card cannot have falls back to its top field. */
function placeOf(path: readonly PropertyKey[], data: unknown, t: Translate): Place {
  const [top, i, key, j, leaf] = path;
  const p = (k: string, vars?: Record<string, string | number>) => t(`cardcheck.place.${k}`, vars);
  if (typeof top !== 'string' || !CARD_KEYS.includes(top)) {
    return { field: { kind: 'file' }, words: p('file') };
  }
  const card = top as CardKey;
  if (card === 'translations' && typeof i === 'string') {
    return {
      field: { kind: 'translation', lang: shown(i) },
      words: translationWords(path.slice(2), data, shown(i), t),
    };
  }
  if (typeof i !== 'number') return { field: { kind: 'card', field: card }, words: p(card) };
  const n = i + 1;
  if (card === 'options') {
    if (key === 'pros' || key === 'cons') {
      if (typeof j !== 'number') {
        return {
          field: { kind: 'option', option: i, field: key },
          words: t(`cardcheck.word.${key}List`, { n }),
        };
      }
      const vars = { n, k: j + 1, side: t(`cardcheck.word.${key}`) };
      const field = leaf === 'id' || leaf === 'summary' ? leaf : 'text';
      const words =
        leaf === 'id'
          ? p('pointId', vars)
          : leaf === 'summary'
            ? p('pointSummary', vars)
            : p('point', vars);
      return { field: { kind: 'point', option: i, part: key, index: j, field }, words };
    }
    if (key === 'numbers' && typeof j === 'number') {
      const part = leaf === 'count' ? ('count' as const) : ('text' as const);
      return {
        field: { kind: 'option', option: i, field: 'numbers', index: j, leaf: part },
        words: p(part === 'count' ? 'numberCount' : 'numberText', { n, k: j + 1 }),
      };
    }
    if (key === 'dimensions' && typeof j === 'number') {
      return {
        field: { kind: 'option', option: i, field: 'dimensions', index: j },
        words: p('optionDimension', { n, k: j + 1 }),
      };
    }
    const sub: Record<
      string,
      'id' | 'title' | 'description' | 'dimensions' | 'afwachten' | 'numbers'
    > = {
      id: 'id',
      title: 'title',
      description: 'description',
      dimensions: 'dimensions',
      afwachten: 'afwachten',
      numbers: 'numbers',
    };
    const field = typeof key === 'string' ? sub[key] : undefined;
    if (!field) return { field: { kind: 'option', option: i }, words: p('option', { n }) };
    const word = `option${field[0]?.toUpperCase()}${field.slice(1)}`;
    return { field: { kind: 'option', option: i, field }, words: p(word, { n }) };
  }
  if (card === 'rows') {
    if (key === 'answers' && typeof j === 'string') {
      const options = own(data, 'options');
      const index = Array.isArray(options) ? options.findIndex((o) => own(o, 'id') === j) : -1;
      return {
        field: { kind: 'row', row: i, field: 'answers', answer: j },
        words:
          index >= 0
            ? p('rowAnswer', { n, option: index + 1 })
            : p('rowAnswerFor', { n, option: shown(j) }),
      };
    }
    if (key === 'id' || key === 'question' || key === 'answers') {
      const word = key === 'id' ? 'rowId' : key === 'question' ? 'rowQuestion' : 'rowAnswers';
      return { field: { kind: 'row', row: i, field: key }, words: p(word, { n }) };
    }
    return { field: { kind: 'row', row: i }, words: p('row', { n }) };
  }
  if (card === 'icpc') {
    if (key === 'label') {
      return { field: { kind: 'icpc', index: i, field: 'label' }, words: p('icpcLabel', { n }) };
    }
    const field = key === 'code' ? ({ field: 'code' } as const) : {};
    return { field: { kind: 'icpc', index: i, ...field }, words: p('icpcItem', { n }) };
  }
  if (card === 'authors' || card === 'reviewers' || card === 'fillIns') {
    const field: CardField = { kind: 'item', field: card, index: i };
    if (card === 'fillIns' && (key === 'id' || key === 'label')) field.leaf = key;
    const word = card === 'fillIns' && key === 'label' ? 'fillInLabel' : `${card}Item`;
    return { field, words: p(word, { n }) };
  }
  return { field: { kind: 'card', field: card }, words: p(card) };
}

/** The 1-based position of the item with this id in one of the card's lists, or 0. */
function positionOf(list: unknown, id: PropertyKey | undefined): number {
  return Array.isArray(list) ? list.findIndex((item) => own(item, 'id') === id) + 1 : 0;
}

/**
 * Where in a translation, in the form's words: the translation names the card's options, points
 * and rows by id, so the place says which by the card's numbering ("optie 2, voordeel 1"), or
 * by the id where the card has no such item.
 */
function translationWords(
  path: readonly PropertyKey[],
  data: unknown,
  lang: string,
  t: Translate,
): string {
  const [key, id, part, sub] = path;
  const w = (k: string, vars?: Record<string, string | number>) =>
    t(`cardcheck.translation.${k}`, { lang, ...vars });
  const upper = (k: string) => `${k[0]?.toUpperCase()}${k.slice(1)}`;
  const options = own(data, 'options');
  const option = (optionId: PropertyKey | undefined) => {
    const n = positionOf(options, optionId);
    return n > 0 ? w('option', { n }) : w('optionFor', { id: shown(optionId) });
  };
  if (key === 'review') {
    return w(id === 'status' ? 'reviewStatus' : id === 'needs' ? 'reviewNeeds' : 'review');
  }
  if (key === 'title' || key === 'question') return w(key);
  if (key === 'options' && id !== undefined) {
    const which = option(id);
    if (part === 'title' || part === 'description') {
      return w(`option${upper(part)}`, { option: which });
    }
    if ((part === 'pros' || part === 'cons') && sub !== undefined) {
      const points = own(options, positionOf(options, id) - 1);
      const k = positionOf(own(points, part), sub);
      const side = t(`cardcheck.word.${part}`);
      return k > 0
        ? w('point', { option: which, side, k })
        : w('pointFor', { option: which, side, id: shown(sub) });
    }
    if (part === 'numbers' && typeof sub === 'number') {
      return w('number', { option: which, k: sub + 1 });
    }
    if (part === 'pros' || part === 'cons' || part === 'numbers') {
      return w(`option${upper(part)}`, { option: which });
    }
    return w('optionAny', { option: which });
  }
  if (key === 'rows' && id !== undefined) {
    const n = positionOf(own(data, 'rows'), id);
    const row = n > 0 ? w('row', { n }) : w('rowFor', { id: shown(id) });
    if (part === 'question') return w('rowQuestion', { row });
    if (part === 'answers') {
      return sub === undefined
        ? w('rowAnswers', { row })
        : w('rowAnswer', { row, option: option(sub) });
    }
    return w('rowAny', { row });
  }
  if (key === 'options' || key === 'rows') return w(key);
  return t('cardcheck.place.translation', { lang });
}

/** The issue fields this module reads; zod/mini's issue union, loosely. */
interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  origin?: string;
  maximum?: unknown;
  minimum?: unknown;
  params?: { rule?: CardRule };
}

const CROSS_RULES: ReadonlySet<string> = new Set<CardRule>([
  'afwachten',
  'uniqueOptions',
  'uniqueFillIns',
  'rowAnswers',
  'dateOrder',
  'translationCount',
]);

function issueMessage(issue: Issue, data: unknown, place: Place, t: Translate): string | null {
  const m = (k: string, vars?: Record<string, string | number>) =>
    t(`cardcheck.problem.${k}`, { place: place.words, ...vars });
  const value = at(data, issue.path);
  const last = issue.path.at(-1);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length === 0) return m('fileNotCard');
      if (value === undefined) return m('missing');
      if (issue.expected === 'string') return m('notText');
      if (issue.expected === 'boolean') return m('notYesNo');
      if (issue.expected === 'number' || issue.expected === 'int') return m('notNumber');
      if (issue.expected === 'array') return m('notList');
      if (issue.expected === 'object' || issue.expected === 'record') return m('notGroup');
      return m('other');
    case 'too_small':
      if (issue.origin === 'string') return m('empty');
      if (issue.origin === 'number') return m('notNumber');
      if (issue.path.length === 1 && last === 'options') {
        return m('tooFewOptions', {
          min: Number(issue.minimum),
          count: Array.isArray(value) ? value.length : 0,
        });
      }
      return m('other');
    case 'too_big':
      if (issue.origin === 'number') return m('notNumber');
      if (issue.origin === 'string') {
        return m('tooLong', {
          max: Number(issue.maximum),
          length: typeof value === 'string' ? value.trim().length : 0,
        });
      }
      return m('tooMany', {
        max: Number(issue.maximum),
        count: Array.isArray(value) ? value.length : 0,
      });
    case 'invalid_format':
      if (last === 'id') return m('idForm', { value: shown(value) });
      if (last === 'version') return m('versionForm', { value: shown(value) });
      if (last === 'lang') return m('langForm', { value: shown(value) });
      if (last === 'publishedAt' || last === 'reviewBy')
        return m('dateForm', { value: shown(value) });
      if (last === 'code') return m('icpcForm', { value: shown(value) });
      return m('other');
    case 'invalid_value':
      if (issue.path[0] === 'translations' && last === 'status') {
        return m('reviewStatus', { value: shown(value) });
      }
      if (issue.path[2] === 'dimensions') return m('dimensionUnknown', { value: shown(value) });
      return m('other');
    case 'invalid_key':
      // In a translation the key is a language code, or an id of the card's options and rows.
      if (place.field.kind === 'translation') {
        return issue.path.length === 2
          ? m('translationLang', { value: shown(last) })
          : m('translationId', { lang: place.field.lang, value: shown(last) });
      }
      return m('idForm', { value: shown(last) });
    case 'custom':
      if (issue.params?.rule === 'surrogate') return m('surrogate');
      if (issue.params?.rule === 'calendar') return m('dateNotReal', { value: shown(value) });
      // Checked below on the raw data, with the numbers a GP needs.
      if (issue.params?.rule && CROSS_RULES.has(issue.params.rule)) return null;
      return m('other');
    default:
      return m('other');
  }
}

/** The rules across fields, on whatever the file holds: each only where its parts are sound. */
function crossProblems(data: unknown, t: Translate): CardProblem[] {
  const out: CardProblem[] = [];
  const add = (field: CardField, key: string, vars?: Record<string, string | number>) =>
    out.push({ field, fieldId: fieldId(field), message: t(`cardcheck.problem.${key}`, vars) });
  const options = own(data, 'options');
  if (Array.isArray(options)) {
    const count = options.filter((o) => own(o, 'afwachten') === true).length;
    if (count !== 1) add({ kind: 'card', field: 'options' }, 'afwachten', { count });
    const ids = options.map((o) => own(o, 'id'));
    ids.forEach((id, i) => {
      const first = ids.indexOf(id);
      if (typeof id === 'string' && first < i) {
        add({ kind: 'option', option: i, field: 'id' }, 'duplicateOption', {
          n: i + 1,
          first: first + 1,
        });
      }
    });
    const rows = own(data, 'rows');
    if (Array.isArray(rows)) {
      rows.forEach((row, r) => {
        const answers = own(row, 'answers');
        if (!isObject(answers)) return;
        for (const key of Object.keys(answers)) {
          // As the schema's record: __proto__ is skipped, a key that is no id is its own issue.
          if (key === '__proto__' || !textId.safeParse(key).success || ids.includes(key)) continue;
          add({ kind: 'row', row: r, field: 'answers', answer: key }, 'rowUnknownOption', {
            n: r + 1,
            value: shown(key),
          });
        }
      });
    }
  }
  const fillIns = own(data, 'fillIns');
  if (Array.isArray(fillIns)) {
    const ids = fillIns.map((f) => own(f, 'id'));
    ids.forEach((id, i) => {
      const first = ids.indexOf(id);
      if (typeof id === 'string' && first < i) {
        add({ kind: 'item', field: 'fillIns', index: i, leaf: 'id' }, 'duplicateFillIn', {
          n: i + 1,
          first: first + 1,
        });
      }
    });
  }
  const translations = own(data, 'translations');
  if (isObject(translations)) {
    // As the schema's record, which skips __proto__.
    const count = Object.keys(translations).filter((key) => key !== '__proto__').length;
    if (count > TRANSLATIONS_MAX) {
      add({ kind: 'card', field: 'translations' }, 'tooManyTranslations', {
        max: TRANSLATIONS_MAX,
        count,
      });
    }
  }
  const published = own(data, 'publishedAt');
  const review = own(data, 'reviewBy');
  if (
    typeof published === 'string' &&
    typeof review === 'string' &&
    isCalendarDate(published) &&
    isCalendarDate(review) &&
    review < published
  ) {
    add({ kind: 'card', field: 'reviewBy' }, 'dateOrder');
  }
  return out;
}

/** Every problem of `data` as a keuzekaart; none exactly when the schema accepts it. Never throws. */
export function checkKeuzekaart(data: unknown, t: Translate): CardProblem[] {
  const parsed = keuzekaartSchema.safeParse(data);
  return parsed.success ? [] : cardProblems(data, parsed.error.issues, t);
}

/** The problems of `data`, given the issues the schema found in it (at least one). */
export function cardProblems(
  data: unknown,
  issues: readonly object[],
  t: Translate,
): CardProblem[] {
  const problems: CardProblem[] = [];
  for (const issue of issues as Issue[]) {
    const place = placeOf(issue.path, data, t);
    const message = issueMessage(issue, data, place, t);
    if (message !== null)
      problems.push({ field: place.field, fieldId: fieldId(place.field), message });
  }
  problems.push(...crossProblems(data, t));
  // The schema refused the card, so there is something to say, even if no rule here names it.
  if (!problems.length) {
    problems.push({
      field: { kind: 'file' },
      fieldId: 'card',
      message: t('cardcheck.problem.other', { place: t('cardcheck.place.file') }),
    });
  }
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.message) && seen.add(p.message));
}
