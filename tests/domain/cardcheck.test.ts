import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import somberheid from '../../content/keuzekaarten/somberheid.json';
import texts from '../../locales/cardcheck/nl.json';
import { type CardProblem, checkKeuzekaart, fieldId } from '../../src/domain/cardcheck';
import { isCalendarDate, keuzekaartSchema } from '../../src/domain/keuzekaart';
import { createI18n } from '../../src/i18n';
import vertaald from '../fixtures/keuzekaart-vertaald.json';

const t = createI18n(texts).fixedT('nl');

type Data = Record<string, unknown> & typeof somberheid;
/** A valid card as plain JSON data, to change on purpose. */
const card = (): Data => structuredClone(somberheid) as Data;
const check = (data: unknown) => checkKeuzekaart(data, t);
/** Set one value deep inside a card, by its path. */
function put(data: unknown, path: (string | number)[], value: unknown): void {
  let parent = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1) as string | number] = value;
}
const messages = (data: unknown) => check(data).map((p) => p.message);

/** No JSON path (`options[0]`, `rows.answers`), no key, no English from zod. */
function plainDutch(problem: CardProblem): void {
  // A value quoted from the file (‘cons’) is the practice's own text, not ours.
  const ours = problem.message.replace(/‘[^’]*’/g, '‘…’');
  expect(ours).not.toMatch(/\w\[\d+\]|cardcheck\.|Invalid|expected|undefined|\{\{/);
  expect(ours).not.toMatch(
    /\b(options|pros|cons|rows|answers|publishedAt|reviewBy|title|must|option ids)\b/,
  );
  expect(problem.message).toMatch(/[.)]$/);
}

describe('checkKeuzekaart accepts a valid card', () => {
  it('the bundled card has no problems', () => {
    expect(check(card())).toEqual([]);
  });
});

describe('checkKeuzekaart names each problem in the form’s words', () => {
  it('an empty con: Optie 2, nadeel 1 is leeg', () => {
    const data = card();
    put(data, ['options', 1, 'cons', 0, 'text'], '  ');
    expect(check(data)).toEqual([
      {
        field: { kind: 'point', option: 1, part: 'cons', index: 0, field: 'text' },
        fieldId: 'option-1-cons-0-text',
        message: 'Optie 2, nadeel 1 is leeg.',
      },
    ]);
  });

  it('a missing title: De titel ontbreekt', () => {
    const { title: _, ...data } = card();
    expect(check(data)).toEqual([
      {
        field: { kind: 'card', field: 'title' },
        fieldId: 'card-title',
        message: 'De titel ontbreekt.',
      },
    ]);
  });

  it('a text too long names its limit', () => {
    const data = card();
    put(data, ['options', 0, 'pros', 1, 'text'], 'x'.repeat(301));
    expect(messages(data)).toEqual(['Optie 1, voordeel 2 is te lang: hooguit 300 tekens, nu 301.']);
    const summary = card();
    put(summary, ['options', 2, 'cons', 0, 'summary'], 'y'.repeat(81));
    expect(messages(summary)).toEqual([
      'De samenvatting van optie 3, nadeel 1 is te lang: hooguit 80 tekens, nu 81.',
    ]);
  });

  it('reviewBy before publishedAt', () => {
    expect(check({ ...card(), publishedAt: '2027-06-01', reviewBy: '2027-05-31' })).toEqual([
      {
        field: { kind: 'card', field: 'reviewBy' },
        fieldId: 'card-reviewBy',
        message: 'De herziendatum ligt voor de publicatiedatum.',
      },
    ]);
    expect(check({ ...card(), publishedAt: '2027-06-01', reviewBy: '2027-06-01' })).toEqual([]);
  });

  it.each([
    ['2027-13-45', 'publishedAt', 'De publicatiedatum bestaat niet (2027-13-45).'],
    ['2027-02-30', 'publishedAt', 'De publicatiedatum bestaat niet (2027-02-30).'],
    ['2026-02-29', 'publishedAt', 'De publicatiedatum bestaat niet (2026-02-29).'],
    ['2027-00-10', 'reviewBy', 'De herziendatum bestaat niet (2027-00-10).'],
    [
      '1-11-2027',
      'reviewBy',
      'De herziendatum heeft niet de vorm jjjj-mm-dd, zoals 2027-01-31: ‘1-11-2027’.',
    ],
  ])('a date %s', (date, key, message) => {
    expect(messages({ ...card(), [key]: date })).toEqual([message]);
  });

  it('real dates, leap days included', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('0050-01-31')).toBe(true);
    expect(isCalendarDate('2027-12-31')).toBe(true);
    expect(isCalendarDate('2027-12-32')).toBe(false);
  });

  it('two options with one id', () => {
    const data = card();
    put(data, ['options', 2, 'id'], 'afwachten-zelfhulp');
    expect(check(data)).toEqual([
      {
        field: { kind: 'option', option: 2, field: 'id' },
        fieldId: 'option-2-id',
        message: 'Optie 3 heeft dezelfde naam-id als optie 1.',
      },
      // The rows answer for the lost id: said as well, every problem at once.
      ...data.rows.map((_row, r) => ({
        field: { kind: 'row', row: r, field: 'answers', answer: 'psycholoog' },
        fieldId: `row-${r}-answers-psycholoog`,
        message: `Rij ${r + 1} geeft een antwoord voor een optie die niet bestaat: ‘psycholoog’.`,
      })),
    ]);
  });

  it('no afwachten option, or two', () => {
    const none = card();
    for (const o of none.options) delete (o as { afwachten?: boolean }).afwachten;
    expect(messages(none)).toEqual([
      'Er moet precies één optie ‘afwachten’ zijn; nu zijn het er 0.',
    ]);
    const two = card();
    (two.options[1] as { afwachten?: boolean }).afwachten = true;
    expect(messages(two)).toEqual([
      'Er moet precies één optie ‘afwachten’ zijn; nu zijn het er 2.',
    ]);
  });

  it('a row answer for an option that does not exist', () => {
    const data = card();
    put(data, ['rows', 1, 'answers', 'niet-bestaand'], 'Een antwoord.');
    expect(check(data)).toEqual([
      {
        field: { kind: 'row', row: 1, field: 'answers', answer: 'niet-bestaand' },
        fieldId: 'row-1-answers-niet-bestaand',
        message: 'Rij 2 geeft een antwoord voor een optie die niet bestaat: ‘niet-bestaand’.',
      },
    ]);
  });

  it('an empty answer names its option by number', () => {
    const data = card();
    put(data, ['rows', 0, 'answers', 'poh-ggz'], '');
    expect(messages(data)).toEqual(['Rij 1, het antwoord bij optie 2 is leeg.']);
  });

  it('an ICPC code of the wrong form', () => {
    const data = { ...card(), icpc: [{ code: 'p03', label: 'depressieve gevoelens' }] };
    expect(check(data)).toEqual([
      {
        field: { kind: 'icpc', index: 0, field: 'code' },
        fieldId: 'icpc-0-code',
        message: 'ICPC-code 1 heeft niet de vorm P03 of L86.01: ‘p03’.',
      },
    ]);
  });

  it('a version of the wrong form', () => {
    expect(messages({ ...card(), version: '1.0' })).toEqual([
      'Het versienummer heeft niet de vorm 1.0.0: ‘1.0’.',
    ]);
  });

  it('a lone surrogate is refused; a proper pair is fine', () => {
    expect(messages({ ...card(), title: 'Somber \uD83D' })).toEqual([
      'De titel bevat een kapot teken. Sla het bestand opnieuw op als UTF-8.',
    ]);
    expect(messages({ ...card(), vangnet: '\uDE00 terug' })).toEqual([
      'Het vangnet bevat een kapot teken. Sla het bestand opnieuw op als UTF-8.',
    ]);
    expect(check({ ...card(), title: 'Somber 😀' })).toEqual([]);
  });

  it('an id, a dimension, a yes/no, a list and a group of the wrong kind', () => {
    const data = card();
    (data.options[0] as Record<string, unknown>).id = 'Psycholoog!';
    put(data, ['options', 1, 'dimensions', 0], 'geluk');
    (data as Record<string, unknown>).example = 'ja';
    (data.options[2] as Record<string, unknown>).pros = 'veel';
    (data.rows[0] as Record<string, unknown>).answers = [];
    expect(messages(data)).toEqual([
      'De aanduiding ‘voorbeeldkaart’ moet ja of nee zijn (true of false).',
      'De naam-id van optie 1 mag alleen kleine letters, cijfers en streepjes bevatten, begint niet met een streepje en is hooguit 48 tekens: ‘Psycholoog!’.',
      'Optie 2, dimensie 1 is geen bekende dimensie: ‘geluk’.',
      'De voordelen van optie 3 moet een lijst zijn.',
      'De antwoorden van rij 1 moet een groep velden zijn.',
      // The other rows still answer for the id option 1 had.
      ...[2, 3, 4].map(
        (n) => `Rij ${n} geeft een antwoord voor een optie die niet bestaat: ‘afwachten-zelfhulp’.`,
      ),
    ]);
  });

  it('too few and too many options, too many pros', () => {
    const data = card();
    expect(messages({ ...data, options: data.options.slice(0, 1) })).toEqual([
      'Een keuzekaart heeft minstens 2 opties; deze heeft er 1.',
      ...data.rows.flatMap((_r, i) => [
        `Rij ${i + 1} geeft een antwoord voor een optie die niet bestaat: ‘poh-ggz’.`,
        `Rij ${i + 1} geeft een antwoord voor een optie die niet bestaat: ‘psycholoog’.`,
        `Rij ${i + 1} geeft een antwoord voor een optie die niet bestaat: ‘antidepressivum’.`,
      ]),
    ]);
    const pros = card();
    put(
      pros,
      ['options', 0, 'pros'],
      Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, text: 'x' })),
    );
    expect(messages(pros)).toEqual(['De voordelen van optie 1: hooguit 8, nu 9.']);
  });

  it('all problems at once, not only the first', () => {
    const data = { ...card(), title: '', version: 'x', publishedAt: '2027-13-45' };
    put(data, ['options', 1, 'cons', 0, 'text'], '');
    expect(messages(data)).toEqual([
      'Het versienummer heeft niet de vorm 1.0.0: ‘x’.',
      'De titel is leeg.',
      'De publicatiedatum bestaat niet (2027-13-45).',
      'Optie 2, nadeel 1 is leeg.',
    ]);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', []],
  ])('JSON that is no object (%s): the file is no keuzekaart', (_name, data) => {
    expect(check(data)).toEqual([
      {
        field: { kind: 'file' },
        fieldId: 'card',
        message: 'Het bestand is geen keuzekaart: er staan geen velden van een keuzekaart in.',
      },
    ]);
  });

  it('an empty object: every required field is missing', () => {
    const result = messages({});
    expect(result).toContain('De naam-id van de kaart ontbreekt.');
    expect(result).toContain('De opties ontbreekt.');
    expect(result).toHaveLength(11);
  });

  it('field ids are stable and distinct', () => {
    expect(fieldId({ kind: 'option', option: 1, field: 'dimensions', index: 0 })).toBe(
      'option-1-dimensions-0',
    );
    expect(fieldId({ kind: 'icpc', index: 2 })).toBe('icpc-2');
    expect(fieldId({ kind: 'row', row: 0 })).toBe('row-0');
  });
});

/** The translated fixture card with a fill-in field, to change on purpose. */
const translated = () => ({
  ...structuredClone(vertaald),
  fillIns: [
    { id: 'klacht', label: 'Klacht' },
    { id: 'specialisme', label: 'Specialisme' },
  ],
});

describe('checkKeuzekaart names translation problems by the card’s numbering', () => {
  it('the translated card has no problems', () => {
    expect(check(translated())).toEqual([]);
  });

  it('an empty option title: the language, then the option by number', () => {
    const data = translated();
    put(data, ['translations', 'en', 'options', 'slaaptraining', 'title'], ' ');
    expect(check(data)).toEqual([
      {
        field: { kind: 'translation', lang: 'en' },
        fieldId: 'translation-en',
        message: 'De vertaling ‘en’: de titel van optie 2 is leeg.',
      },
    ]);
  });

  it('a point, a row answer and the title, each named as the form numbers them', () => {
    const data = translated();
    put(
      data,
      ['translations', 'tr', 'options', 'slaaptraining', 'pros', 'slaaptraining-voor-2'],
      '',
    );
    put(data, ['translations', 'tr', 'rows', 'slechter', 'answers', 'slaapmiddel'], '');
    put(data, ['translations', 'tr', 'title'], 'x'.repeat(121));
    put(data, ['translations', 'tr', 'options', 'slaapmiddel', 'description'], '');
    expect(messages(data)).toEqual([
      'De vertaling ‘tr’: de titel is te lang: hooguit 120 tekens, nu 121.',
      'De vertaling ‘tr’: optie 2, voordeel 2 is leeg.',
      'De vertaling ‘tr’: de uitleg bij optie 3 is leeg.',
      'De vertaling ‘tr’: rij 1, het antwoord bij optie 3 is leeg.',
    ]);
  });

  it('texts for ids the card lacks name those ids', () => {
    const data = translated();
    put(data, ['translations', 'en', 'options', 'yoga'], { title: '' });
    put(data, ['translations', 'en', 'options', 'slaaptraining', 'cons'], { 'weg-punt': '' });
    put(data, ['translations', 'en', 'rows', 'kosten'], { question: '' });
    expect(messages(data)).toEqual([
      'De vertaling ‘en’: optie 2, het nadeel ‘weg-punt’ is leeg.',
      'De vertaling ‘en’: de titel van de optie ‘yoga’ is leeg.',
      'De vertaling ‘en’: de vraag van de rij ‘kosten’ is leeg.',
    ]);
  });

  it('the review: missing, or a status that is neither draft nor reviewed', () => {
    const missing = translated();
    delete (missing.translations.fr as { review?: unknown }).review;
    expect(messages(missing)).toEqual(['De vertaling ‘fr’: de beoordeling ontbreekt.']);
    const wrong = translated();
    put(wrong, ['translations', 'fr', 'review', 'status'], 'klaar');
    put(wrong, ['translations', 'tr', 'review', 'needs'], '');
    expect(messages(wrong)).toEqual([
      'De vertaling ‘tr’: wat de beoordeling nog nodig heeft is leeg.',
      'De vertaling ‘fr’: de status van de beoordeling moet ‘draft’ (concept) of ‘reviewed’ (nagelezen) zijn, niet ‘klaar’.',
    ]);
  });

  it('a language code or an id of the wrong form', () => {
    const data = translated();
    put(data, ['translations', 'EN'], vertaald.translations.fr);
    put(data, ['translations', 'en', 'options', 'Slaaptraining'], { title: 'Sleep training' });
    expect(check(data)).toEqual([
      {
        field: { kind: 'translation', lang: 'en' },
        fieldId: 'translation-en',
        message:
          'De vertaling ‘en’ noemt een naam-id met andere tekens dan kleine letters, cijfers en streepjes: ‘Slaaptraining’.',
      },
      {
        field: { kind: 'translation', lang: 'EN' },
        fieldId: 'translation',
        message: 'De taalcode van een vertaling heeft niet de vorm en of pt-BR: ‘EN’.',
      },
    ]);
  });

  it('a translation of the wrong kind, and too many numbers', () => {
    const data = translated();
    put(data, ['translations', 'fr'], 'Dormir mal');
    put(
      data,
      ['translations', 'en', 'options', 'slaaptraining', 'numbers'],
      ['a', 'b', 'c', 'd', 'e'],
    );
    put(data, ['translations', 'en', 'rows', 'slechter', 'answers'], []);
    expect(messages(data)).toEqual([
      'De vertaling ‘en’: de getallen van optie 2: hooguit 4, nu 5.',
      'De vertaling ‘en’: de antwoorden van rij 1 moet een groep velden zijn.',
      'De vertaling ‘fr’ moet een groep velden zijn.',
    ]);
  });

  it('more than eight languages, said with the count even beside other problems', () => {
    const data = translated();
    for (const lang of ['de', 'es', 'it', 'pt', 'pl', 'uk']) {
      put(data, ['translations', lang], vertaald.translations.fr);
    }
    expect(check(data)).toEqual([
      {
        field: { kind: 'card', field: 'translations' },
        fieldId: 'card-translations',
        message: 'Een keuzekaart heeft hooguit 8 vertalingen; deze heeft er 9.',
      },
    ]);
    put(data, ['title'], '');
    expect(messages(data)).toEqual([
      'De titel is leeg.',
      'Een keuzekaart heeft hooguit 8 vertalingen; deze heeft er 9.',
    ]);
    // Eight is allowed.
    delete (data.translations as Record<string, unknown>).uk;
    put(data, ['title'], 'Slecht slapen');
    expect(check(data)).toEqual([]);
  });
});

describe('checkKeuzekaart refuses two fill-in fields with one id', () => {
  it('names the second field and the first', () => {
    const data = translated();
    data.fillIns.push({ id: 'klacht', label: 'Andere klacht' });
    expect(keuzekaartSchema.safeParse(data).success).toBe(false);
    expect(check(data)).toEqual([
      {
        field: { kind: 'item', field: 'fillIns', index: 2, leaf: 'id' },
        fieldId: 'fillIns-2-id',
        message: 'Invulveld 3 heeft dezelfde naam-id als invulveld 1.',
      },
    ]);
  });

  it('says so beside another problem of the card, and other ids stay allowed', () => {
    const data = translated();
    put(data, ['fillIns', 1, 'id'], 'klacht');
    put(data, ['fillIns', 0, 'label'], '');
    expect(messages(data)).toEqual([
      'De naam van invulveld 1 is leeg.',
      'Invulveld 2 heeft dezelfde naam-id als invulveld 1.',
    ]);
    put(data, ['fillIns', 1, 'id'], 'klacht-2');
    put(data, ['fillIns', 0, 'label'], 'Klacht');
    expect(check(data)).toEqual([]);
  });
});

// Leaves of a real card, and values to put there: valid ones, edge ones and nonsense.
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => leaves(v, [...path, i]))];
  if (value && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))];
  }
  return [path];
}
const edgeValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'x',
    '2027-02-28',
    '2027-02-30',
    '2027-13-45',
    '2025-01-01',
    '1.0.0',
    'P03',
    'L86.01',
    'afwachten-zelfhulp',
    'poh-ggz',
    'slaaptraining',
    'klacht',
    'en',
    'EN',
    'draft',
    'reviewed',
    'lichaam',
    '\uD800',
    'a\uDC00b',
    '😀',
    true,
    false,
    null,
    0,
    [],
    {},
    'x'.repeat(80),
    'x'.repeat(81),
    'x'.repeat(301),
  ),
  fc.string({ maxLength: 20, unit: 'binary' }),
  fc.jsonValue({ maxDepth: 2 }),
);
const mutation = (base: unknown) =>
  fc.tuple(fc.constantFrom(...leaves(base)), fc.option(edgeValue, { nil: undefined }));

function mutate(base: unknown, mutations: [(string | number)[], unknown][]): unknown {
  let data: unknown = structuredClone(base);
  for (const [path, value] of mutations) {
    if (path.length === 0) {
      data = value;
      continue;
    }
    let parent = data as Record<string | number, unknown> | null;
    for (const key of path.slice(0, -1)) {
      parent = parent && typeof parent === 'object' ? (parent[key] as typeof parent) : null;
    }
    if (!parent || typeof parent !== 'object') continue;
    const last = path.at(-1) as string | number;
    if (value === undefined) delete parent[last];
    // A copy: one shared constant put in two places could make a cycle, which JSON never has.
    else parent[last] = structuredClone(value);
  }
  return data;
}
const mutated = (base: unknown) =>
  fc.array(mutation(base), { maxLength: 4 }).map((m) => mutate(base, m));

/** For each changed card: no problems exactly when the schema parses; all Dutch. */
function agrees(base: unknown, numRuns: number): void {
  let valid = 0;
  fc.assert(
    fc.property(mutated(base), (data) => {
      const problems = check(data);
      const parsed = keuzekaartSchema.safeParse(data).success;
      expect(problems.length === 0).toBe(parsed);
      if (parsed) valid += 1;
      for (const problem of problems) {
        plainDutch(problem);
        // The fallback means a schema issue no rule here names: it must not happen.
        expect(problem.message).not.toMatch(/^(Het bestand|De vertaling ‘[^’]*’) klopt niet\.$/);
        expect(problem.fieldId).toMatch(/^[a-z0-9-]+$/i);
      }
    }),
    { numRuns },
  );
  // Both sides of the ⇔ are exercised.
  expect(valid).toBeGreaterThan(numRuns / 100);
}

describe('checkKeuzekaart agrees with the schema', () => {
  it('for 10,000 changed cards: no problems exactly when the schema parses; all Dutch', () => {
    agrees(somberheid, 10_000);
  }, 180_000);

  it('for 10,000 changed translated cards with fill-ins: the same', () => {
    agrees(translated(), 10_000);
  }, 180_000);

  it('for 10,000 arbitrary JSON values: never throws, always a list', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const problems = check(data);
        expect(Array.isArray(problems)).toBe(true);
        expect(problems.length === 0).toBe(keuzekaartSchema.safeParse(data).success);
        for (const problem of problems) plainDutch(problem);
      }),
      { numRuns: 10_000 },
    );
  }, 180_000);
});
