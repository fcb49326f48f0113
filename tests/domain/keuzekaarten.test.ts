import { describe, expect, it } from 'vitest';
import checkTexts from '../../locales/cardcheck/nl.json';
import { checkKeuzekaart } from '../../src/domain/cardcheck';
import { ICPC_CODE, type Keuzekaart, keuzekaartSchema } from '../../src/domain/keuzekaart';
import { createI18n } from '../../src/i18n';

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

/** B1: no sentence over twelve words (as tests/domain/plaindutch.test.ts counts them). */
const MAX_WORDS = 12;

/** The sentences of a text with more than twelve words. */
function longSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > MAX_WORDS);
}

/** Every text of a card the patient reads, by where it stands. */
function patientTexts(card: Keuzekaart): [string, string][] {
  return [
    ['title', card.title],
    ['question', card.question],
    ...card.options.flatMap((o): [string, string][] => [
      [`${o.id}.title`, o.title],
      [`${o.id}.description`, o.description],
      ...[...o.pros, ...o.cons].map((p): [string, string] => [p.id, p.text]),
    ]),
    ...(card.rows ?? []).flatMap((r): [string, string][] => [
      [`${r.id}.question`, r.question],
      ...Object.entries(r.answers).map(([o, a]): [string, string] => [`${r.id}.${o}`, a]),
    ]),
  ];
}

/** A bundled card by its id. */
function bundled(id: string): Keuzekaart {
  const entry = entries.find(([name]) => name === id);
  if (!entry) throw new Error(`no bundled card ${id}`);
  return parse(entry[1]);
}

/** A deep copy of a valid card, as plain data, to break on purpose. */
function cloneCard(): Keuzekaart {
  const first = entries[0];
  if (!first) throw new Error('no keuzekaarten found');
  return structuredClone(parse(first[1]));
}

describe('bundled keuzekaarten', () => {
  it('ships at least five cards', () => {
    expect(entries.length).toBeGreaterThanOrEqual(5);
  });

  it.each(entries)('%s passes keuzekaartSchema', (_name, data) => {
    const result = keuzekaartSchema.safeParse(data);
    expect(result.success, issuesOf(data)).toBe(true);
  });

  it.each(entries)('%s has no problem for the card checker', (_name, data) => {
    expect(checkKeuzekaart(data, createI18n(checkTexts).fixedT('nl'))).toEqual([]);
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

  it.each(entries)('%s names who wrote it, who read it and any conflicts', (_name, data) => {
    const card = parse(data);
    expect(card.authors?.length).toBeGreaterThan(0);
    // Honest about review: an example says plainly that no GP has read it yet.
    expect(card.reviewers).toEqual(['Nog niet gelezen door een huisarts']);
    expect(card.conflicts).toBeTruthy();
  });

  it.each(entries)('%s names the year of the guideline it follows', (_name, data) => {
    expect(parse(data).source).toMatch(/\b(19|20)\d{2}\b/);
  });

  it.each(entries)('%s keeps its patient sentences to twelve words (B1)', (_name, data) => {
    const long = patientTexts(parse(data)).flatMap(([where, text]) =>
      longSentences(text).map((s) => `${where}: ${s}`),
    );
    expect(long).toEqual([]);
  });

  it('uses each card id once', () => {
    const ids = entries.map(([, data]) => parse(data).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the cards checked against their sources', () => {
  it('somberheid names NHG-Standaard Depressie M44 with its version and offers an antidepressant', () => {
    const card = bundled('somberheid');
    expect(card.source).toContain('NHG-Standaard Depressie (M44), versie 3.2, september 2022');
    const option = card.options.find((o) => o.id === 'antidepressivum');
    expect(option?.title).toMatch(/antidepressivum/);
    expect(option?.afwachten).toBeUndefined();
    // The options the consults and tests already hold keep their ids.
    expect(card.options.map((o) => o.id)).toEqual([
      'afwachten-zelfhulp',
      'poh-ggz',
      'psycholoog',
      'antidepressivum',
    ]);
  });

  it('lage rugpijn follows M54: no acute split, and the check at three to four weeks', () => {
    const card = bundled('lage-rugpijn');
    expect(card.source).toContain('NHG-Standaard Aspecifieke lagerugpijn (M54)');
    expect(card.title).toBe('Lage rugpijn');
    expect(card.title).not.toMatch(/acu(u|t)/i);
    const row = card.rows?.find((r) => r.id === 'na-drie-weken');
    expect(row?.question).toContain('3 tot 4 weken');
    for (const answer of Object.values(row?.answers ?? {})) {
      expect(answer).toMatch(/herstel in de weg/);
    }
    expect(card.vangnet).toContain('3 tot 4 weken');
  });

  it('proactieve zorgplanning has a second card for what the conversation is about', () => {
    const card = bundled('proactieve-zorgplanning-gesprek');
    expect(card.options.filter((o) => o.afwachten)).toHaveLength(1);
    expect(card.rows?.map((r) => r.id)).toEqual([
      'reanimatie',
      'ziekenhuis',
      'vertegenwoordiger',
      'vastleggen',
    ]);
    // The first card says where the conversation itself is.
    expect(bundled('proactieve-zorgplanning').source).toContain(card.title.split(' (')[0]);
  });

  it('verwijzen has a place for the complaint and the specialty', () => {
    expect(bundled('verwijzen').fillIns).toEqual([
      { id: 'klacht', label: 'Klacht' },
      { id: 'specialisme', label: 'Specialisme' },
    ]);
  });

  it.each([
    ['Deze zin van twaalf woorden is nog kort genoeg voor de toets.', []],
    [
      'Kort. Deze zin van dertien woorden is net te lang voor de toets hier.',
      ['Deze zin van dertien woorden is net te lang voor de toets hier.'],
    ],
  ])('counts the words of %j', (text, long) => {
    expect(longSentences(text)).toEqual(long);
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
