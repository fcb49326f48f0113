import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import nlPackJson from '../../content/packs/samenspraak-pg.nl.json';
import type { PackResult } from '../../src/content/packs';
import { validatePack } from '../../src/content/validate';
import { contentPackSchema } from '../../src/domain/contentpack';

// The content-pack validator (docs/architecture.md, "Quality bars": bad input): whatever a practice's pack file holds, the
// answer is a pack that passes the schema or `invalid`, and never an exception.

const RUNS = { numRuns: 10_000 };

const packText = JSON.stringify(nlPackJson);

/** A typed result: a pack the schema accepts, or `invalid`. */
function expectTyped(result: PackResult) {
  if (result.ok) {
    expect(contentPackSchema.safeParse(result.pack).success).toBe(true);
  } else {
    expect(result).toEqual({ ok: false, reason: 'invalid' });
  }
  expect(Object.hasOwn(Object.prototype, 'x')).toBe(false);
}

/** JSON.parse, or undefined (skip) when the text is not JSON. */
function parseOrSkip(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

type Path = (string | number)[];

/** Every path into a JSON value, the root included. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (typeof value === 'object' && value !== null) {
    return [at, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  }
  return [at];
}

/** A copy of `root` with the value at `path` replaced, or removed for `undefined`. */
function replaced(root: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(root)) {
    const copy = [...root];
    if (value === undefined && rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = replaced(copy[Number(head)], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(root as Record<string, unknown>) };
  if (value === undefined && rest.length === 0) delete copy[String(head)];
  else
    Object.defineProperty(copy, String(head), {
      value: replaced(copy[String(head)], rest, value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

const PATHS = pathsOf(nlPackJson);

/** Odd values a field could hold instead of its own. */
const oddValue = fc.oneof(
  fc.jsonValue(),
  fc.constant(undefined),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202E',
    '\uD800',
    '<img src=x onerror=alert(1)>',
    '{{x}}',
    'x'.repeat(10_000),
    -1,
    Number.POSITIVE_INFINITY,
    Number.MAX_VALUE,
    Number.NaN,
    null,
    [],
    {},
    { __proto__: null, x: 1 },
    JSON.parse('{"__proto__":{"x":1}}'),
  ),
);

describe('validatePack, fuzzed', () => {
  it('accepts the bundled pack, so the mutations start from a valid one', () => {
    expect(validatePack(JSON.parse(packText)).ok).toBe(true);
  });

  it('gives a typed result for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectTyped(validatePack(value));
      }),
      RUNS,
    );
  });

  it('gives a typed result for any string that parses as JSON, and the rest is skipped', () => {
    /** The pack's own text with a few characters changed: mostly still JSON, rarely a pack. */
    const damagedPack = fc
      .array(
        fc.tuple(
          fc.nat({ max: packText.length - 1 }),
          fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '0', '-', 'e', ' ', '\\', 'x', ''),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((edits) =>
        edits.reduce((text, [at, ch]) => text.slice(0, at) + ch + text.slice(at + 1), packText),
      );
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), damagedPack),
        (text) => {
          const parsed = parseOrSkip(text);
          if (parsed) expectTyped(validatePack(parsed.value));
        },
      ),
      RUNS,
    );
  });

  it('gives a typed result for a valid pack with one field changed or removed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), oddValue, (path, value) => {
        expectTyped(validatePack(replaced(nlPackJson, path, value)));
      }),
      RUNS,
    );
  });
});
