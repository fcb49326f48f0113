import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  firstIssue,
  formatPath,
  type ImportResult,
  MAX_IMPORT_BYTES,
  parseKeuzekaartFile,
} from '../../src/domain/importing';
import { type Keuzekaart, keuzekaartSchema } from '../../src/domain/keuzekaart';

// The bundled cards as the files a practice would import: their exact text.
const files = import.meta.glob<string>('../../content/keuzekaarten/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const texts = Object.entries(files).map(
  ([path, text]) => [path.split('/').pop() ?? path, text] as const,
);

function somberheidText(): string {
  const entry = texts.find(([name]) => name === 'somberheid.json');
  if (!entry) throw new Error('somberheid.json not found');
  return entry[1];
}

/** A valid card as plain JSON data, to change on purpose. */
function cardData(): Record<string, unknown> & Keuzekaart {
  return JSON.parse(somberheidText());
}

function invalid(result: ImportResult) {
  if (result.ok) throw new Error('expected the import to be refused');
  if (result.error.kind !== 'invalid')
    throw new Error(`expected invalid, got ${result.error.kind}`);
  return result.error;
}

const parseData = (data: unknown) => parseKeuzekaartFile(JSON.stringify(data));

afterEach(() => {
  // No test may leave anything on Object.prototype behind.
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('parseKeuzekaartFile with valid cards', () => {
  it('finds the bundled cards', () => {
    expect(texts.length).toBeGreaterThanOrEqual(4);
  });

  it.each(texts)('accepts %s exactly as the schema reads it', (_name, text) => {
    const result = parseKeuzekaartFile(text);
    expect(result).toEqual({ ok: true, card: keuzekaartSchema.parse(JSON.parse(text)) });
  });

  it('accepts a card on one line and with extra white space', () => {
    const data = cardData();
    expect(parseKeuzekaartFile(JSON.stringify(data)).ok).toBe(true);
    expect(parseKeuzekaartFile(`\n\t ${JSON.stringify(data, null, 8)} \r\n`).ok).toBe(true);
  });

  it('drops fields it does not know', () => {
    const data = { ...cardData(), script: '<script>alert(1)</script>', bsn: '123456782' };
    const result = parseData(data);
    if (!result.ok) throw new Error('refused');
    expect('script' in result.card).toBe(false);
    expect('bsn' in result.card).toBe(false);
  });
});

describe('parseKeuzekaartFile refuses a file that is too large', () => {
  it(`accepts exactly ${MAX_IMPORT_BYTES} bytes`, () => {
    const text = somberheidText();
    expect(parseKeuzekaartFile(text, MAX_IMPORT_BYTES).ok).toBe(true);
    const padded = text + ' '.repeat(MAX_IMPORT_BYTES - text.length);
    expect(padded).toHaveLength(MAX_IMPORT_BYTES);
    expect(parseKeuzekaartFile(padded).ok).toBe(true);
  });

  it('refuses one byte more, and says how large it was', () => {
    const text = somberheidText();
    expect(parseKeuzekaartFile(text, MAX_IMPORT_BYTES + 1)).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: MAX_IMPORT_BYTES + 1 },
    });
    const padded = text + ' '.repeat(MAX_IMPORT_BYTES + 1 - text.length);
    expect(parseKeuzekaartFile(padded)).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: MAX_IMPORT_BYTES + 1 },
    });
  });

  it('trusts the size of the file over the length of its text', () => {
    // file.size counts bytes; a valid card in a file said to be 5 MB is still refused.
    expect(parseKeuzekaartFile(somberheidText(), 5_000_000)).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: 5_000_000 },
    });
  });

  it('checks the size before it reads anything', () => {
    const huge = '{'.repeat(MAX_IMPORT_BYTES + 10);
    expect(parseKeuzekaartFile(huge)).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: MAX_IMPORT_BYTES + 10 },
    });
  });
});

describe('parseKeuzekaartFile refuses a file that is not JSON', () => {
  it.each([
    ['an empty file', ''],
    ['white space only', ' \n\t'],
    ['plain text', 'Keuzekaart somberheid'],
    ['a cut-off file', '{"id": "somberheid", "options": ['],
    ['a trailing comma', '{"id": "somberheid",}'],
    ['single quotes', "{'id': 'somberheid'}"],
    ['a comment', '// kaart\n{}'],
    ['two documents', '{} {}'],
    ['NaN', 'NaN'],
    ['HTML', '<!doctype html><html></html>'],
  ])('%s', (_name, text) => {
    expect(parseKeuzekaartFile(text)).toEqual({ ok: false, error: { kind: 'not-json' } });
  });

  it('a card with its last character cut off', () => {
    expect(parseKeuzekaartFile(somberheidText().trimEnd().slice(0, -1))).toEqual({
      ok: false,
      error: { kind: 'not-json' },
    });
  });
});

describe('parseKeuzekaartFile names the exact field that is wrong', () => {
  it('an empty pro in the second option: options[1].pros[0].text', () => {
    const data = cardData();
    const pro = data.options[1]?.pros[0];
    if (!pro) throw new Error('no pro');
    pro.text = '';
    expect(invalid(parseData(data))).toEqual({
      kind: 'invalid',
      path: 'options[1].pros[0].text',
      code: 'too_small',
      detail: '1',
    });
  });

  it('a con that is too long: options[2].cons[1].text, with the maximum', () => {
    const data = cardData();
    const con = data.options[2]?.cons[1];
    if (!con) throw new Error('no con');
    con.text = 'x'.repeat(301);
    expect(invalid(parseData(data))).toEqual({
      kind: 'invalid',
      path: 'options[2].cons[1].text',
      code: 'too_big',
      detail: '300',
    });
  });

  it('a missing title', () => {
    const { title: _, ...data } = cardData();
    expect(invalid(parseData(data))).toMatchObject({ path: 'title', code: 'invalid_type' });
  });

  it('a version that is no x.y.z', () => {
    expect(invalid(parseData({ ...cardData(), version: '1.0' }))).toMatchObject({
      path: 'version',
      code: 'invalid_format',
      detail: '',
    });
  });

  it('a date that is no ISO date', () => {
    expect(invalid(parseData({ ...cardData(), reviewBy: '1-11-2027' }))).toMatchObject({
      path: 'reviewBy',
      code: 'invalid_format',
    });
  });

  it('an unknown dimension tag: options[0].dimensions[1]', () => {
    const data = cardData();
    const first = data.options[0];
    if (!first) throw new Error('no option');
    (first.dimensions as string[])[1] = 'geluk';
    expect(invalid(parseData(data))).toMatchObject({
      path: 'options[0].dimensions[1]',
      code: 'invalid_value',
    });
  });

  it('an option id that is no id: options[2].id', () => {
    const data = cardData();
    const third = data.options[2];
    if (!third) throw new Error('no option');
    third.id = 'Psycholoog!';
    expect(invalid(parseData(data))).toMatchObject({
      path: 'options[2].id',
      code: 'invalid_format',
    });
  });

  it('an answer in a row: rows[1].answers.poh-ggz', () => {
    const data = cardData();
    const row = data.rows?.[1];
    if (!row) throw new Error('no row');
    row.answers['poh-ggz'] = '';
    expect(invalid(parseData(data))).toEqual({
      kind: 'invalid',
      path: 'rows[1].answers.poh-ggz',
      code: 'too_small',
      detail: '1',
    });
  });

  it('a boolean given as text', () => {
    expect(invalid(parseData({ ...cardData(), example: 'true' }))).toMatchObject({
      path: 'example',
      code: 'invalid_type',
      detail: '',
    });
  });

  it('too few options, with the minimum', () => {
    const data = cardData();
    expect(invalid(parseData({ ...data, options: data.options.slice(0, 1) }))).toEqual({
      kind: 'invalid',
      path: 'options',
      code: 'too_small',
      detail: '2',
    });
  });

  it('too many options, with the maximum', () => {
    const data = cardData();
    const extra = [3, 4, 5, 6].map((n) => ({ ...data.options[1], id: `extra-${n}` }));
    expect(invalid(parseData({ ...data, options: [...data.options, ...extra] }))).toEqual({
      kind: 'invalid',
      path: 'options',
      code: 'too_big',
      detail: '6',
    });
  });

  it('no afwachten option: the rule, in words', () => {
    const data = cardData();
    const options = data.options.map(({ afwachten: _, ...o }) => o);
    expect(invalid(parseData({ ...data, options }))).toEqual({
      kind: 'invalid',
      path: 'options',
      code: 'custom',
      detail: 'exactly one option must be the afwachten option',
    });
  });

  it('two options with one id', () => {
    const data = cardData();
    const options = data.options.map((o, i) => (i === 2 ? { ...o, id: 'poh-ggz' } : o));
    const rows = data.rows?.map((row) => {
      const { psycholoog: _, ...answers } = row.answers;
      return { ...row, answers };
    });
    expect(invalid(parseData({ ...data, options, rows }))).toEqual({
      kind: 'invalid',
      path: 'options',
      code: 'custom',
      detail: 'option ids must be unique',
    });
  });

  it('a row that answers for an option the card does not have', () => {
    const data = cardData();
    const row = data.rows?.[0];
    if (!row) throw new Error('no row');
    row.answers['niet-bestaand'] = 'Een antwoord.';
    expect(invalid(parseData(data))).toEqual({
      kind: 'invalid',
      path: 'rows',
      code: 'custom',
      detail: 'every row answer must name an option of this card',
    });
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'kaart'],
    ['an array', []],
    ['true', true],
  ])('JSON that is no object (%s): the whole file', (_name, data) => {
    expect(invalid(parseData(data))).toMatchObject({
      path: '(het hele bestand)',
      code: 'invalid_type',
    });
  });

  it('an empty object: the first missing field', () => {
    expect(invalid(parseKeuzekaartFile('{}'))).toMatchObject({ path: 'id', code: 'invalid_type' });
  });

  it('makes every text of a card required, each at its own path', () => {
    // Empty each string in a real card, one at a time: each is refused at exactly its path.
    const leaves: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (typeof value === 'string') leaves.push(path);
      else if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) walk(v, [...path, i]);
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
      }
    };
    walk(cardData(), []);
    expect(leaves.length).toBeGreaterThan(40);
    for (const path of leaves) {
      const data: unknown = cardData();
      let parent = data as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      parent[path.at(-1) as string | number] = '';
      const result = parseData(data);
      expect(invalid(result).path, formatPath(path)).toBe(formatPath(path));
    }
  });
});

describe('parseKeuzekaartFile and prototype pollution', () => {
  it('{"__proto__":{"x":1}} is refused and pollutes nothing', () => {
    const result = parseKeuzekaartFile('{"__proto__":{"x":1}}');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'x')).toBe(false);
  });

  it('a valid card with __proto__ and constructor keys everywhere is read without them', () => {
    const text = somberheidText()
      .replace(
        '{',
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
      )
      .replace('"pros": [', '"__proto__": {"polluted": true}, "pros": [')
      .replace('"answers": {', '"answers": {"__proto__": "polluted", ');
    expect(text).not.toBe(somberheidText());
    const result = parseKeuzekaartFile(text);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
    const card = result.card;
    expect(Object.getPrototypeOf(card)).toBe(Object.prototype);
    expect(Object.hasOwn(card, '__proto__')).toBe(false);
    expect(Object.hasOwn(card, 'constructor')).toBe(false);
    expect((card as unknown as Record<string, unknown>).polluted).toBeUndefined();
    const option = card.options[0] as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(option)).toBe(Object.prototype);
    expect(option.polluted).toBeUndefined();
    const answers = card.rows?.[0]?.answers as Record<string, string>;
    expect(Object.keys(answers)).toEqual(['afwachten-zelfhulp', 'poh-ggz', 'psycholoog']);
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(Object.hasOwn(answers, '__proto__')).toBe(false);
  });
});

describe('formatPath', () => {
  it.each([
    [[], '(het hele bestand)'],
    [['title'], 'title'],
    [['options', 1, 'pros', 0, 'text'], 'options[1].pros[0].text'],
    [['rows', 0, 'answers', 'poh-ggz'], 'rows[0].answers.poh-ggz'],
    [[0], '[0]'],
    [[0, 'id'], '[0].id'],
    [['options', 0, 1], 'options[0][1]'],
  ] as [PropertyKey[], string][])('%j reads as %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });

  it('writes a symbol key as its description', () => {
    expect(formatPath(['rows', Symbol('sleutel')])).toBe('rows.Symbol(sleutel)');
  });
});

describe('firstIssue', () => {
  it('names the whole file when the error lists no issue', () => {
    expect(firstIssue(new z.core.$ZodError([]))).toEqual({
      kind: 'invalid',
      path: '(het hele bestand)',
      code: 'custom',
      detail: '',
    });
  });

  it('reports only the first of several issues', () => {
    const data = { ...cardData(), title: '', version: 'x' };
    const parsed = keuzekaartSchema.safeParse(data);
    if (parsed.success) throw new Error('accepted');
    expect(parsed.error.issues.length).toBeGreaterThan(1);
    expect(firstIssue(parsed.error)).toEqual({
      kind: 'invalid',
      path: 'version',
      code: 'invalid_format',
      detail: '',
    });
  });
});

describe('parseKeuzekaartFile never throws', () => {
  const kinds = new Set(['too-large', 'not-json', 'invalid']);

  function typed(result: ImportResult): boolean {
    if (result.ok) return keuzekaartSchema.safeParse(result.card).success;
    const error = result.error;
    if (!kinds.has(error.kind)) return false;
    if (error.kind === 'too-large') return Number.isInteger(error.bytes);
    if (error.kind === 'invalid') {
      return (
        typeof error.path === 'string' &&
        error.path.length > 0 &&
        typeof error.code === 'string' &&
        error.code.length > 0 &&
        typeof error.detail === 'string'
      );
    }
    return true;
  }

  it('for 10,000 arbitrary strings: a card or a typed error', () => {
    const strings = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.json(),
      fc.json().map((j) => j.slice(0, Math.floor(j.length / 2))),
      // Real cards with one character changed, deleted or inserted.
      fc
        .tuple(fc.nat(), fc.string({ minLength: 0, maxLength: 2 }), fc.nat({ max: 2 }))
        .map(([at, insert, remove]) => {
          const text = somberheidText();
          const i = at % text.length;
          return text.slice(0, i) + insert + text.slice(i + remove);
        }),
    );
    fc.assert(
      fc.property(strings, (text) => {
        let result: ImportResult | undefined;
        expect(() => {
          result = parseKeuzekaartFile(text);
        }).not.toThrow();
        expect(result && typed(result), JSON.stringify(result)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('for arbitrary JSON, also with __proto__ keys: never "not JSON", always typed', () => {
    const keys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'options');
    const jsonTexts = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.dictionary(keys, fc.jsonValue()).map((d) => {
        const inner = JSON.stringify(d).slice(1, -1);
        return `{"__proto__":{"polluted":true}${inner ? `,${inner}` : ''}}`;
      }),
    );
    fc.assert(
      fc.property(jsonTexts, (text) => {
        const result = parseKeuzekaartFile(text);
        expect(result.ok ? 'ok' : result.error.kind).not.toBe('not-json');
        expect(typed(result)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
