import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LIBRARY_FORMAT,
  type LibraryIndexResult,
  libraryIndexSchema,
  parseLibraryIndex,
  parseLibraryIndexText,
} from '../../src/domain/cardlibrary';

// The library index parser (docs/architecture.md, "Quality bars": bad input): whatever a
// practice's server returns, the answer is an index the schema accepts or a typed reason, and
// never an exception.

const RUNS = { numRuns: 10_000 };

const REASONS = ['not-json', 'format', 'too-many', 'invalid'];

function expectTyped(result: LibraryIndexResult) {
  if (result.ok) {
    expect(libraryIndexSchema.safeParse(result.index).success).toBe(true);
    expect(new Set(result.index.cards.map((c) => c.id)).size).toBe(result.index.cards.length);
  } else {
    expect(REASONS).toContain(result.reason);
    expect(Object.keys(result)).toEqual(['ok', 'reason']);
  }
  expect(Object.hasOwn(Object.prototype, 'x')).toBe(false);
}

const VALID = {
  format: LIBRARY_FORMAT,
  version: 1,
  cards: [
    { id: 'somberheid', version: '1.2.0', file: 'somberheid.json' },
    { id: 'oud', version: '1.0.0', file: 'oud.json', withdrawn: true },
  ],
};
const validText = JSON.stringify(VALID);

const oddValue = fc.oneof(
  fc.jsonValue(),
  fc.constant(undefined),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    '\u0000',
    '\uD800',
    '../../elders.json',
    'https://elders.example/kaart.json',
    '//elders.example/kaart.json',
    'x'.repeat(10_000),
    -1,
    Number.NaN,
    null,
    [],
    {},
    JSON.parse('{"__proto__":{"x":1}}'),
  ),
);

/** An entry with any of its fields odd: mostly almost right. */
const entry = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'somberheid', 'a-b', 'A', ''), oddValue),
    version: fc.oneof(fc.constantFrom('1.0.0', '10.2.33', '1.0', 'v1'), oddValue),
    file: fc.oneof(fc.constantFrom('a.json', 'map/a.json', '/x/a.json'), oddValue),
    withdrawn: fc.oneof(fc.boolean(), oddValue),
  },
  { requiredKeys: [] },
);

describe('parseLibraryIndex, fuzzed', () => {
  it('accepts the documented example, so the mutations start from a valid one', () => {
    expect(parseLibraryIndexText(validText).ok).toBe(true);
  });

  it('gives a typed result for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectTyped(parseLibraryIndex(value))),
      RUNS,
    );
  });

  it('gives a typed result for an index whose entries are anything', () => {
    fc.assert(
      fc.property(
        fc.record({
          format: fc.oneof(fc.constant(LIBRARY_FORMAT), oddValue),
          version: fc.oneof(fc.constant(1), oddValue),
          cards: fc.oneof(fc.array(entry, { maxLength: 8 }), oddValue),
        }),
        (value) => expectTyped(parseLibraryIndex(value)),
      ),
      RUNS,
    );
  });

  it('gives a typed result for any text, the valid index damaged included', () => {
    const damaged = fc
      .array(
        fc.tuple(
          fc.nat({ max: validText.length - 1 }),
          fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '0', '-', ' ', '\\', 'x', ''),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((edits) =>
        edits.reduce((text, [at, ch]) => text.slice(0, at) + ch + text.slice(at + 1), validText),
      );
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), damaged),
        (text) => expectTyped(parseLibraryIndexText(text)),
      ),
      RUNS,
    );
  });
});
