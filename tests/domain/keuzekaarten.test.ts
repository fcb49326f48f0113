import { describe, expect, it } from 'vitest';
import { ICPC_CODE, type Keuzekaart, keuzekaartSchema } from '../../src/domain/keuzekaart';

// The bundled example cards, read the same way src/content/keuzekaarten.ts loads them.
const files = import.meta.glob<unknown>('../../content/keuzekaarten/*.json', {
  eager: true,
  import: 'default',
});

const entries = Object.entries(files).map(
  ([path, data]) =>
    [
      path
        .split('/')
        .pop()
        ?.replace(/\.json$/, '') ?? path,
      data,
    ] as const,
);

function issuesOf(data: unknown): string {
  const result = keuzekaartSchema.safeParse(data);
  return result.success ? '' : JSON.stringify(result.error.issues, null, 2);
}

function parse(data: unknown): Keuzekaart {
  const result = keuzekaartSchema.safeParse(data);
  if (!result.success) {
    throw new Error(`invalid keuzekaart:\n${JSON.stringify(result.error.issues, null, 2)}`);
  }
  return result.data;
}

/** Every pro and con of every option of a card. */
function pointsOf(card: Keuzekaart) {
  return card.options.flatMap((o) => [...o.pros, ...o.cons]);
}

/** The words of a phrase: runs of letters, digits and hyphens ("POH-GGZ" is one word). */
function wordsOf(phrase: string): string[] {
  return phrase.split(/[^\p{L}\p{N}-]+/u).filter((w) => w !== '');
}

/** Why a summary phrase does not fit the GP's register, or '' when it does. */
function phraseProblem(phrase: string): string {
  if (wordsOf(phrase).some((w) => /^uw?$/i.test(w))) return 'speaks to the patient (u/uw)';
  if (phrase.trimEnd().endsWith('.')) return 'ends with a period';
  // A sentence start ("Hulp"), not an abbreviation ("POH-GGZ", "NSAID's").
  if (/^\p{Lu}\p{Ll}/u.test(phrase)) return 'starts with a capital';
  return '';
}

/** A deep copy of a valid card, as plain data, to break on purpose. */
function cloneCard(): Keuzekaart {
  const first = entries[0];
  if (!first) throw new Error('no keuzekaarten found');
  return structuredClone(parse(first[1]));
}

describe('bundled keuzekaarten', () => {
  it('ships at least four cards', () => {
    expect(entries.length).toBeGreaterThanOrEqual(4);
  });

  it.each(entries)('%s passes keuzekaartSchema', (_name, data) => {
    const result = keuzekaartSchema.safeParse(data);
    expect(result.success, issuesOf(data)).toBe(true);
  });

  it.each(entries)('%s is named after its id', (name, data) => {
    expect(parse(data).id).toBe(name);
  });

  it.each(entries)('%s is a Dutch example card that names its NHG source', (_name, data) => {
    const card = parse(data);
    expect(card.example).toBe(true);
    expect(card.lang).toBe('nl');
    expect(card.source).toContain('NHG');
    expect(card.source).toMatch(/Voorbeeld/);
    expect(card.reviewBy > card.publishedAt).toBe(true);
  });

  it.each(entries)('%s gives every option as many pros as cons', (_name, data) => {
    for (const option of parse(data).options) {
      expect(option.pros.length, option.id).toBe(option.cons.length);
      expect(option.pros.length, option.id).toBeGreaterThanOrEqual(2);
      expect(option.dimensions.length, option.id).toBeGreaterThan(0);
    }
  });

  it.each(entries)('%s has exactly one afwachten option', (_name, data) => {
    expect(parse(data).options.filter((o) => o.afwachten)).toHaveLength(1);
  });

  it.each(entries)('%s answers every row for every option', (_name, data) => {
    const card = parse(data);
    const optionIds = card.options.map((o) => o.id).sort();
    expect(card.rows?.length ?? 0).toBeGreaterThanOrEqual(2);
    for (const row of card.rows ?? []) {
      expect(Object.keys(row.answers).sort(), row.id).toEqual(optionIds);
    }
  });

  it.each(entries)('%s uses each text id once', (_name, data) => {
    const card = parse(data);
    const ids = card.options.flatMap((o) => [o.id, ...[...o.pros, ...o.cons].map((t) => t.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(entries)('%s gives every pro and con a summary phrase', (_name, data) => {
    const missing = pointsOf(parse(data))
      .filter((p) => !p.summary)
      .map((p) => p.id);
    expect(missing).toEqual([]);
  });

  it.each(entries)('%s writes its summary phrases in the GP register', (_name, data) => {
    const problems = pointsOf(parse(data))
      .map((p) => [p.id, phraseProblem(p.summary ?? '')] as const)
      .filter(([, problem]) => problem !== '');
    expect(problems).toEqual([]);
  });

  it.each(entries)('%s suggests valid, distinct ICPC codes, if any', (_name, data) => {
    const codes = (parse(data).icpc ?? []).map((c) => c.code);
    for (const code of codes) expect(code).toMatch(ICPC_CODE);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('uses each card id once', () => {
    const ids = entries.map(([, data]) => parse(data).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('summary phrase checks', () => {
  it.each([
    ['hulp dicht bij huis, in de eigen praktijk', ''],
    ['POH-GGZ meestal geen psycholoog', ''],
    ["NSAID's kunnen maagklachten geven", ''],
    ['huisarts kent uw wensen', 'speaks to the patient (u/uw)'],
    ['zelf bepalen wanneer u wilt', 'speaks to the patient (u/uw)'],
    ['U bepaalt zelf', 'speaks to the patient (u/uw)'],
    ['valt niet onder het eigen risico.', 'ends with a period'],
    ['Hulp dicht bij huis', 'starts with a capital'],
  ])('judges %j as %j', (phrase, problem) => {
    expect(phraseProblem(phrase)).toBe(problem);
  });

  it('does not take words containing u for the word u', () => {
    expect(phraseProblem('huisarts kent de situatie, uitslagen al bekend')).toBe('');
  });
});

describe('keuzekaartSchema refinements', () => {
  it('rejects a card without an afwachten option, at path options', () => {
    const card = cloneCard();
    for (const option of card.options) delete option.afwachten;
    const result = keuzekaartSchema.safeParse(card);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('options');
  });

  it('rejects a card with two afwachten options, at path options', () => {
    const card = cloneCard();
    for (const option of card.options) option.afwachten = true;
    const result = keuzekaartSchema.safeParse(card);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('options');
  });

  it('rejects a row answer for an unknown option, at path rows', () => {
    const card = cloneCard();
    const row = card.rows?.[0];
    if (!row) throw new Error('the first card needs a row');
    row.answers['bestaat-niet'] = 'Een antwoord voor een optie die er niet is.';
    const result = keuzekaartSchema.safeParse(card);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('rows');
  });
});
