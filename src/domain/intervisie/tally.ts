import type { ConsultState } from '../consult';
import { KEUZECHECK } from '../consult';
import { DIMENSIONS } from '../dimensions';

/**
 * The anonymous tally of finished consults (docs/architecture.md, "Intervisie"): per calendar
 * month, how many consults had each property, and nothing else. A consult adds 1 to a handful of
 * named counters; no free text, code, score, day or id of a consult is ever a counter.
 */

/** Counter name → how many finished consults of the month had it. */
export type Counts = Record<string, number>;

/** One month of the tally, as stored. */
export interface MonthTally {
  /** `YYYY-MM`, the local calendar month in which the consult began. */
  month: string;
  counts: Counts;
}

/**
 * A group of counters over the month's consults. In a `partition` every consult is in exactly
 * one cell, so the cells add up to `consults`; otherwise each cell is a yes of its own and the
 * rest of the consults (the no) is not written. Suppression (suppression.ts) works per group.
 */
export interface CounterGroup {
  id: string;
  partition: boolean;
  /** The fixed cells; the keuzekaarten group's cells are the cards that were used. */
  cells: readonly string[];
}

export const TOTAL = 'consults';

/** A card's counter: `card:` and its id and version, both of the restricted form below. */
export const CARD_PREFIX = 'card:';
export const CARD_NONE = 'card:none';
const CARD_COUNTER = /^card:[a-z0-9][a-z0-9-]{0,47}@\d{1,4}\.\d{1,4}\.\d{1,4}$/;

const yesNo = (id: string) => [`${id}:yes`, `${id}:no`] as const;

/** Every group, in the order the page lists them. Append only: files carry these names. */
export const GROUPS: readonly CounterGroup[] = [
  { id: 'prep', partition: true, cells: ['prep:code', 'prep:qr', 'prep:samen', 'prep:none'] },
  { id: 'lang', partition: true, cells: ['lang:nl', 'lang:other', 'lang:unknown'] },
  {
    id: 'mode',
    partition: true,
    cells: ['mode:quick', 'mode:detailed', 'mode:face', 'mode:unknown'],
  },
  { id: 'choice', partition: true, cells: yesNo('choice') },
  {
    id: 'options',
    partition: true,
    cells: ['options:1', 'options:2', 'options:3', 'options:4', 'options:5+'],
  },
  { id: 'card', partition: true, cells: [CARD_NONE] },
  {
    id: 'kind',
    partition: true,
    cells: [
      'kind:afwachten',
      'kind:option',
      'kind:bedenktijd-date',
      'kind:bedenktijd-nodate',
      'kind:none',
    ],
  },
  {
    id: 'decider',
    partition: true,
    cells: ['decider:patient', 'decider:samen', 'decider:huisarts', 'decider:none'],
  },
  { id: 'check', partition: true, cells: ['check:4', 'check:less', 'check:none'] },
  ...KEUZECHECK.map((q) => ({ id: `nee:${q}`, partition: false, cells: [`nee:${q}`] })),
  ...DIMENSIONS.map((d) => ({ id: `talk:${d}`, partition: false, cells: [`talk:${d}`] })),
  {
    id: 'change',
    partition: true,
    cells: [...DIMENSIONS.map((d) => `change:${d}`), 'change:none'],
  },
  { id: 'prompts', partition: true, cells: ['prompts:0', 'prompts:1', 'prompts:2', 'prompts:3+'] },
];

const FIXED = new Set([TOTAL, ...GROUPS.flatMap((g) => g.cells)]);

/** A name the tally may hold: a fixed counter or a card's. Anything else is refused on read. */
export function isCounter(name: string): boolean {
  return FIXED.has(name) || CARD_COUNTER.test(name);
}

/** The cells of a group in these counts: for the cards, every card counted plus "none". */
export function groupCells(group: CounterGroup, counts: Counts): string[] {
  if (group.id !== 'card') return [...group.cells];
  const cards = Object.keys(counts)
    .filter((k) => k !== CARD_NONE && k.startsWith(CARD_PREFIX))
    .sort();
  return [...cards, CARD_NONE];
}

/**
 * The counters one finished consult adds 1 to. Every partition gets exactly one cell, so a
 * card counter is only made of an id and version that fit the restricted form (a practice's own
 * card id is written by the practice, never by a patient); any other is counted as no card.
 */
export function contributionOf(state: ConsultState): string[] {
  const handover = state.handover;
  const out = [TOTAL];
  out.push(
    state.origin === 'code' || state.origin === 'qr' || state.origin === 'samen'
      ? `prep:${state.origin}`
      : 'prep:none',
  );
  const locale = handover?.locale ?? null;
  out.push(locale === null ? 'lang:unknown' : locale.startsWith('nl') ? 'lang:nl' : 'lang:other');
  out.push(`mode:${handover?.mode ?? 'unknown'}`);
  out.push(state.choiceStated ? 'choice:yes' : 'choice:no');
  const options = state.options.length;
  out.push(options >= 5 ? 'options:5+' : `options:${Math.max(1, options)}`);
  const card = state.keuzekaart
    ? `${CARD_PREFIX}${state.keuzekaart.id}@${state.keuzekaart.version}`
    : null;
  out.push(card !== null && CARD_COUNTER.test(card) ? card : CARD_NONE);
  out.push(kindOf(state));
  out.push(`decider:${state.decidedBy ?? 'none'}`);
  const answers = KEUZECHECK.map((q) => state.keuzecheck[q]);
  if (answers.every((a) => a === null)) out.push('check:none');
  else out.push(answers.every((a) => a === true) ? 'check:4' : 'check:less');
  for (const q of KEUZECHECK) if (state.keuzecheck[q] === false) out.push(`nee:${q}`);
  for (const d of DIMENSIONS) if (handover?.talk.includes(d)) out.push(`talk:${d}`);
  out.push(`change:${handover?.focus ?? 'none'}`);
  const prompts = state.prompts.length;
  out.push(prompts >= 3 ? 'prompts:3+' : `prompts:${prompts}`);
  return out;
}

function kindOf(state: ConsultState): string {
  const decision = state.decision;
  if (decision === null) return 'kind:none';
  if (decision.kind === 'bedenktijd') {
    return decision.followUp.trim() === '' ? 'kind:bedenktijd-nodate' : 'kind:bedenktijd-date';
  }
  const option = state.options.find((o) => o.id === decision.optionId);
  if (!option) return 'kind:none';
  return option.afwachten ? 'kind:afwachten' : 'kind:option';
}

/** Counts with a consult's counters added (`sign` 1) or taken back (`sign` -1, never below 0). */
export function applyContribution(
  counts: Counts,
  contribution: readonly string[],
  sign: 1 | -1,
): Counts {
  const out: Counts = { ...counts };
  for (const key of contribution) {
    const next = (out[key] ?? 0) + sign;
    if (next > 0) out[key] = next;
    else delete out[key];
  }
  return out;
}

/** The local calendar month of a moment, `YYYY-MM`: the finest date the tally holds. */
export function monthOf(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** Add counts key by key: the tally of a quarter, or of several GPs. */
export function addCounts(a: Counts, b: Counts): Counts {
  const out: Counts = { ...a };
  for (const [key, n] of Object.entries(b)) out[key] = (out[key] ?? 0) + n;
  return out;
}

/** `YYYY-Qn`: a quarter. */
export type Quarter = string;

export function quarterOf(month: string): Quarter {
  const [year, m] = month.split('-');
  return `${year}-Q${Math.ceil(Number(m) / 3)}`;
}

/** The first and last month of a quarter. */
export function quarterMonths(quarter: Quarter): { from: string; to: string } {
  const [year, q] = quarter.split('-Q');
  const first = (Number(q) - 1) * 3 + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(first)}`, to: `${year}-${pad(first + 2)}` };
}

/** The months' counts added up per quarter, newest quarter first. */
export function byQuarter(months: readonly MonthTally[]): { quarter: Quarter; counts: Counts }[] {
  const quarters = new Map<Quarter, Counts>();
  for (const m of months) {
    const q = quarterOf(m.month);
    quarters.set(q, addCounts(quarters.get(q) ?? {}, m.counts));
  }
  return [...quarters.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([quarter, counts]) => ({ quarter, counts }));
}

/** The least a GP must have finished in a period to export it. */
export const EXPORT_MINIMUM = 25;
