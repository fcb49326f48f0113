import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import texts0 from '../../locales/cardcheck/nl.json';
import {
  type ImportResult,
  keepBoth,
  MAX_IMPORT_BYTES,
  parseKeuzekaartFile,
} from '../../src/domain/importing';
import { type Keuzekaart, keuzekaartSchema } from '../../src/domain/keuzekaart';
import { createI18n } from '../../src/i18n';

const dutch = createI18n(texts0).fixedT('nl');
const parseFile = (text: string, bytes?: number) => parseKeuzekaartFile(text, dutch, bytes);

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

const parseData = (data: unknown) => parseFile(JSON.stringify(data));

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
    const result = parseFile(text);
    expect(result).toEqual({ ok: true, card: keuzekaartSchema.parse(JSON.parse(text)) });
  });

  it('accepts a card on one line and with extra white space', () => {
    const data = cardData();
    expect(parseFile(JSON.stringify(data)).ok).toBe(true);
    expect(parseFile(`\n\t ${JSON.stringify(data, null, 8)} \r\n`).ok).toBe(true);
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
    expect(parseFile(text, MAX_IMPORT_BYTES).ok).toBe(true);
    const padded = text + ' '.repeat(MAX_IMPORT_BYTES - text.length);
    expect(padded).toHaveLength(MAX_IMPORT_BYTES);
    expect(parseFile(padded).ok).toBe(true);
  });

  it('refuses one byte more, and says how large it was', () => {
    const text = somberheidText();
    expect(parseFile(text, MAX_IMPORT_BYTES + 1)).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: MAX_IMPORT_BYTES + 1 },
    });
    const padded = text + ' '.repeat(MAX_IMPORT_BYTES + 1 - text.length);
    expect(parseFile(padded)).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: MAX_IMPORT_BYTES + 1 },
    });
  });

  it('trusts the size of the file over the length of its text', () => {
    // file.size counts bytes; a valid card in a file said to be 5 MB is still refused.
    expect(parseFile(somberheidText(), 5_000_000)).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: 5_000_000 },
    });
  });

  it('checks the size before it reads anything', () => {
    const huge = '{'.repeat(MAX_IMPORT_BYTES + 10);
    expect(parseFile(huge)).toEqual({
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
    expect(parseFile(text)).toEqual({ ok: false, error: { kind: 'not-json' } });
  });

  it('a card with its last character cut off', () => {
    expect(parseFile(somberheidText().trimEnd().slice(0, -1))).toEqual({
      ok: false,
      error: { kind: 'not-json' },
    });
  });
});

describe('parseKeuzekaartFile lists every problem in Dutch', () => {
  it("an empty pro in the second option, by the form's words", () => {
    const data = cardData();
    const pro = data.options[1]?.pros[0];
    if (!pro) throw new Error('no pro');
    pro.text = '';
    expect(invalid(parseData(data)).problems).toEqual([
      {
        field: { kind: 'point', option: 1, part: 'pros', index: 0, field: 'text' },
        fieldId: 'option-1-pros-0-text',
        message: 'Optie 2, voordeel 1 is leeg.',
      },
    ]);
  });

  it('all problems, not only the first', () => {
    const data = { ...cardData(), title: '', version: 'x' };
    expect(invalid(parseData(data)).problems.map((p) => p.message)).toEqual([
      'Het versienummer heeft niet de vorm 1.0.0: ‘x’.',
      'De titel is leeg.',
    ]);
  });

  it('makes every text of a card required, each named without a JSON path', () => {
    // Empty each string in a real card, one at a time: each is refused with its own place.
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
    const seen = new Set<string>();
    for (const path of leaves) {
      const data: unknown = cardData();
      let parent = data as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      parent[path.at(-1) as string | number] = '';
      const problems = invalid(parseData(data)).problems;
      expect(problems.length, path.join('.')).toBeGreaterThan(0);
      for (const { message } of problems) expect(message).not.toMatch(/\[\d+\]|[A-Za-z]\.[A-Za-z]/);
      seen.add(problems[0]?.message ?? '');
    }
    // One message per field: no two fields are named alike.
    expect(seen.size).toBe(leaves.length);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', []],
  ])('JSON that is no object (%s): the file is no keuzekaart', (_name, data) => {
    expect(invalid(parseData(data)).problems.map((p) => p.fieldId)).toEqual(['card']);
  });
});

describe('keepBoth', () => {
  const card = () => keuzekaartSchema.parse(cardData());
  it('gives the first free id with a suffix and says (kopie) after the title', () => {
    const copy = keepBoth(card(), new Set(['somberheid']), 'kopie');
    expect(copy.id).toBe('somberheid-2');
    expect(copy.title).toBe(`${card().title} (kopie)`);
    expect(keepBoth(card(), new Set(['somberheid', 'somberheid-2']), 'kopie').id).toBe(
      'somberheid-3',
    );
  });

  it('for any id and title, the copy is a valid card with a free id', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,47}$/),
        fc
          .string({ minLength: 1, maxLength: 120, unit: 'grapheme' })
          .filter((s) => s.trim() !== ''),
        fc.nat({ max: 12 }),
        (id, title, extra) => {
          const base = keuzekaartSchema.safeParse({ ...cardData(), id, title });
          if (!base.success) return;
          const taken = new Set([id, ...Array.from({ length: extra }, (_, i) => `${id}-${i + 2}`)]);
          const copy = keepBoth(base.data, taken, 'kopie');
          expect(taken.has(copy.id)).toBe(false);
          expect(keuzekaartSchema.safeParse(copy).success).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('parseKeuzekaartFile and prototype pollution', () => {
  it('{"__proto__":{"x":1}} is refused and pollutes nothing', () => {
    const result = parseFile('{"__proto__":{"x":1}}');
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
    const result = parseFile(text);
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
    expect(Object.keys(answers)).toEqual([
      'afwachten-zelfhulp',
      'poh-ggz',
      'psycholoog',
      'antidepressivum',
    ]);
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(Object.hasOwn(answers, '__proto__')).toBe(false);
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
        error.problems.length > 0 &&
        error.problems.every((p) => typeof p.message === 'string' && p.message.endsWith('.'))
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
          result = parseFile(text);
        }).not.toThrow();
        expect(result && typed(result), JSON.stringify(result)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
    // Every refused card is also checked in full; on a shared, slow machine that takes a while.
  }, 180_000);

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
        const result = parseFile(text);
        expect(result.ok ? 'ok' : result.error.kind).not.toBe('not-json');
        expect(typed(result)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
