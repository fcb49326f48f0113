import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONSULTCODE_LENGTH,
  type CodeCore,
  type ConsultcodeError,
  consultcodeProgress,
  decodeConsultcode,
  encodeConsultcode,
} from '../../src/domain/consultcode';
import {
  CROCKFORD_ALPHABET,
  CROCKFORD_CHECK_ALPHABET,
  checkSymbol,
  encodeDigits,
  formatGroups,
  normalise,
} from '../../src/domain/crockford';
import {
  DIMENSIONS,
  type DimensionId,
  type DimensionScore,
  EXPECTATIONS,
  emptyScores,
} from '../../src/domain/dimensions';
import { CODE_PACKS, DEFAULT_PACK, packIndex } from '../../src/domain/packregistry';

const ERROR_KINDS: ConsultcodeError['kind'][] = [
  'empty',
  'invalid-character',
  'too-short',
  'too-long',
  'check-mismatch',
  'unknown-version',
  'out-of-range',
];

function scoresOf(values: readonly DimensionScore[]): Record<DimensionId, DimensionScore> {
  return Object.fromEntries(DIMENSIONS.map((d, i) => [d, values[i] ?? null])) as Record<
    DimensionId,
    DimensionScore
  >;
}

/** What a core decodes to: whole scores, canonical lists, and only registry packs by name. */
function normalised(core: CodeCore): CodeCore {
  const known = core.pack !== null && packIndex(core.pack) !== 0;
  return {
    pack: known && core.pack ? { ...core.pack } : null,
    // `+ 0` turns -0 into 0: the code has no sign bit.
    scores: scoresOf(
      DIMENSIONS.map((d) => {
        const s = core.scores[d];
        return s === null ? null : Math.round(s) + 0;
      }),
    ),
    talk: DIMENSIONS.filter((d) => core.talk.includes(d)),
    focus: core.focus,
    expectations: EXPECTATIONS.filter((e) => core.expectations.includes(e)),
  };
}

/** A code from raw field values, bypassing the encoder: for versions and values it never writes. */
function rawCode(fields: {
  version?: number;
  pack?: number;
  scores?: number[];
  talk?: number;
  focus?: number;
  expectations?: number;
}): string {
  const { version = 1, pack = 1, talk = 0, focus = 7, expectations = 0 } = fields;
  const scores = fields.scores ?? [15, 15, 15, 15, 15, 15];
  let value = version;
  value = value * 8 + pack;
  for (const s of scores) value = value * 16 + s;
  value = value * 64 + talk;
  value = value * 8 + focus;
  value = value * 128 + expectations;
  return formatGroups(encodeDigits(value, 9) + checkSymbol(value));
}

const ALL_UNANSWERED: CodeCore = {
  pack: DEFAULT_PACK,
  scores: emptyScores(),
  talk: [],
  focus: null,
  expectations: [],
};
const ALL_TEN: CodeCore = {
  pack: DEFAULT_PACK,
  scores: scoresOf([10, 10, 10, 10, 10, 10]),
  talk: [...DIMENSIONS],
  focus: 'dagelijks',
  expectations: [...EXPECTATIONS],
};
const ALL_ZERO_UNKNOWN_PACK: CodeCore = {
  pack: null,
  scores: scoresOf([0, 0, 0, 0, 0, 0]),
  talk: [],
  focus: 'lichaam',
  expectations: [],
};
const TYPICAL: CodeCore = {
  pack: DEFAULT_PACK,
  scores: scoresOf([6, 4.4, 6.5, 5, 3, null]),
  talk: ['meedoen', 'mentaal'],
  focus: 'meedoen',
  expectations: ['meedenken', 'uitleg'],
};
/** Encodes as `8208-1000-0T`: both 1 and 0, for the look-alike tests. */
const ONES_AND_ZEROS: CodeCore = {
  pack: null,
  scores: scoresOf([1, 0, 1, 0, 1, 0]),
  talk: [],
  focus: 'lichaam',
  expectations: [],
};
const HANDCRAFTED = { ALL_UNANSWERED, ALL_TEN, ALL_ZERO_UNKNOWN_PACK, TYPICAL, ONES_AND_ZEROS };

const scoreArb = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true })),
  { nil: null },
);
const coreArb: fc.Arbitrary<CodeCore> = fc.record({
  pack: fc.oneof(
    fc.constant(null),
    fc.constant(DEFAULT_PACK),
    fc.record({ id: fc.string({ maxLength: 48 }), version: fc.string({ maxLength: 16 }) }),
  ),
  scores: fc.array(scoreArb, { minLength: 6, maxLength: 6 }).map(scoresOf),
  // Any order, with duplicates: the code stores sets.
  talk: fc.array(fc.constantFrom(...DIMENSIONS), { maxLength: 8 }),
  focus: fc.option(fc.constantFrom(...DIMENSIONS), { nil: null }),
  expectations: fc.array(fc.constantFrom(...EXPECTATIONS), { maxLength: 9 }),
});

describe('encodeConsultcode', () => {
  it('writes ten symbols as XXXX-XXXX-XX', () => {
    for (const core of Object.values(HANDCRAFTED)) {
      expect(encodeConsultcode(core)).toMatch(
        /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z][0-9A-HJKMNP-TV-Z*~$=U]$/,
      );
    }
  });

  it('is stable: a published code keeps its meaning', () => {
    // Pinned so a change to the layout cannot slip through as a passing round trip.
    expect(encodeConsultcode(ALL_UNANSWERED)).toBe(rawCode({}));
    expect(encodeConsultcode(TYPICAL)).toBe(
      rawCode({ scores: [6, 4, 7, 5, 3, 15], talk: 0b010010, focus: 4, expectations: 0b1000010 }),
    );
    expect(encodeConsultcode(ONES_AND_ZEROS)).toBe('8208-1000-0T');
    // The example patient of the summary in docs/architecture.md.
    const designExample: CodeCore = {
      pack: DEFAULT_PACK,
      scores: scoresOf([6, 4, 7, 5, 3, 6]),
      talk: ['meedoen'],
      focus: 'meedoen',
      expectations: ['meedenken', 'uitleg'],
    };
    expect(encodeConsultcode(designExample)).toBe('9CHT-KC2J-2M');
  });

  it('refuses scores it cannot carry', () => {
    for (const bad of [-0.1, 10.1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const core = { ...TYPICAL, scores: { ...TYPICAL.scores, zingeving: bad } };
      expect(() => encodeConsultcode(core)).toThrow(RangeError);
    }
  });

  it('rounds scores to whole numbers, half up', () => {
    const decoded = decodeConsultcode(encodeConsultcode(TYPICAL));
    expect(decoded).toEqual({ ok: true, value: normalised(TYPICAL) });
    expect(decoded.ok && decoded.value.scores).toEqual(scoresOf([6, 4, 7, 5, 3, null]));
  });
});

describe('decodeConsultcode round trip', () => {
  it.each(Object.entries(HANDCRAFTED))('%s', (_, core) => {
    expect(decodeConsultcode(encodeConsultcode(core))).toEqual({
      ok: true,
      value: normalised(core),
    });
  });

  it('round-trips arbitrary cores', () => {
    fc.assert(
      fc.property(coreArb, (core) => {
        const code = encodeConsultcode(core);
        expect(code).toHaveLength(12);
        expect(decodeConsultcode(code)).toEqual({ ok: true, value: normalised(core) });
      }),
      { numRuns: 3000 },
    );
  });

  it('decodes a pack outside the registry to null, and a listed pack to a copy', () => {
    const own = { ...TYPICAL, pack: { id: 'praktijk-eigen', version: '2.0.0' } };
    const decoded = decodeConsultcode(encodeConsultcode(own));
    expect(decoded.ok && decoded.value.pack).toBeNull();
    const listed = decodeConsultcode(encodeConsultcode(TYPICAL));
    expect(listed.ok && listed.value.pack).toEqual(DEFAULT_PACK);
    expect(listed.ok && listed.value.pack).not.toBe(CODE_PACKS[1]);
  });
});

describe('decodeConsultcode tolerance', () => {
  const code = encodeConsultcode(TYPICAL);
  const plain = code.replaceAll('-', '');

  it('accepts lower case, spaces, no hyphens, and extra separators', () => {
    for (const typed of [
      code.toLowerCase(),
      plain,
      plain.toLowerCase(),
      ` ${plain.slice(0, 4)} ${plain.slice(4, 8)} ${plain.slice(8)} `,
      plain.split('').join('-'),
      `${plain.slice(0, 4)}\u2013${plain.slice(4, 8)}\u00a0${plain.slice(8)}\t`,
    ]) {
      expect(decodeConsultcode(typed)).toEqual({ ok: true, value: normalised(TYPICAL) });
    }
  });

  it('reads I and L as 1 and O as 0, in either case', () => {
    const withOnesAndZeros = encodeConsultcode(ONES_AND_ZEROS);
    const lookAlikes = [
      (s: string) => s.replaceAll('1', 'I').replaceAll('0', 'O'),
      (s: string) => s.replaceAll('1', 'l').replaceAll('0', 'o'),
      (s: string) => s.replaceAll('1', 'L').replaceAll('0', 'o'),
      (s: string) => s.replaceAll('1', 'i'),
    ];
    for (const swap of lookAlikes) {
      expect(decodeConsultcode(swap(withOnesAndZeros))).toEqual({
        ok: true,
        value: normalised(ONES_AND_ZEROS),
      });
    }
  });

  it('does not fold non-ASCII look-alikes (dotless ı, fullwidth letters)', () => {
    for (const lookAlike of ['ı', '\u0130', '\uff11', '\uff2b']) {
      const typed = `8208-${lookAlike}000-0T`;
      expect(decodeConsultcode(typed)).toEqual({
        ok: false,
        error: { kind: 'invalid-character', character: lookAlike, position: 6 },
      });
    }
  });
});

/** Deterministic, so the exhaustive case count below is a fixed number. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCores(count: number, seed: number): CodeCore[] {
  const random = mulberry32(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  return Array.from({ length: count }, () => ({
    pack: pick([null, DEFAULT_PACK]),
    scores: scoresOf(DIMENSIONS.map(() => (random() < 0.2 ? null : Math.floor(random() * 11)))),
    talk: DIMENSIONS.filter(() => random() < 0.4),
    focus: random() < 0.3 ? null : pick(DIMENSIONS),
    expectations: EXPECTATIONS.filter(() => random() < 0.3),
  }));
}

/** 65 codes × 9 adjacent pairs = 585, minus the 27 pairs of equal symbols in these codes. */
const TRANSPOSITIONS = 558;

describe('error detection, exhaustively', () => {
  const cores = [...Object.values(HANDCRAFTED), ...randomCores(60, 20240917)];
  const codes = [...new Set(cores.map((core) => encodeConsultcode(core).replaceAll('-', '')))];

  it('starts from at least 50 distinct valid codes', () => {
    expect(codes.length).toBe(65);
    for (const code of codes) expect(decodeConsultcode(code).ok).toBe(true);
  });

  it('rejects every single-symbol substitution and every adjacent transposition', () => {
    let substitutions = 0;
    let transpositions = 0;
    const kinds = new Map<string, number>();
    const reject = (typed: string, original: string) => {
      const result = decodeConsultcode(typed);
      if (result.ok) throw new Error(`${typed} (from ${original}) was accepted`);
      kinds.set(result.error.kind, (kinds.get(result.error.kind) ?? 0) + 1);
    };

    for (const code of codes) {
      for (let i = 0; i < CONSULTCODE_LENGTH; i++) {
        // The check position may hold any of the 37 check symbols; data positions only the 32.
        const symbols =
          i === CONSULTCODE_LENGTH - 1 ? CROCKFORD_CHECK_ALPHABET : CROCKFORD_ALPHABET;
        for (const symbol of symbols) {
          if (symbol === code[i]) continue;
          reject(code.slice(0, i) + symbol + code.slice(i + 1), code);
          substitutions += 1;
        }
      }
      for (let i = 0; i + 1 < CONSULTCODE_LENGTH; i++) {
        const [a, b] = [code[i] as string, code[i + 1] as string];
        if (a === b) continue;
        reject(code.slice(0, i) + b + a + code.slice(i + 2), code);
        transpositions += 1;
      }
    }

    // 65 codes × (9 data positions × 31 + 1 check position × 36) = 65 × 315.
    expect(substitutions).toBe(20_475);
    expect(transpositions).toBe(TRANSPOSITIONS);
    // The check symbol catches them all: only a check-only symbol (*~$=U) swapped into the data
    // is refused earlier, as an invalid character.
    const checkOnly = codes.filter((code) => '*~$=U'.includes(code[9] as string)).length;
    expect(Object.fromEntries(kinds)).toEqual({
      'check-mismatch': substitutions + transpositions - checkOnly,
      ...(checkOnly > 0 ? { 'invalid-character': checkOnly } : {}),
    });
    expect(checkOnly).toBeGreaterThan(0);
  });
});

describe('typed errors', () => {
  const code = encodeConsultcode(TYPICAL);

  const cases: [string, string, ConsultcodeError][] = [
    ['nothing', '', { kind: 'empty' }],
    ['only separators', ' -- ', { kind: 'empty' }],
    [
      'a symbol outside the alphabet',
      'K7QM-2#PA-B9',
      { kind: 'invalid-character', character: '#', position: 7 },
    ],
    [
      'U in a data position',
      'U7QM-2XPA-B9',
      { kind: 'invalid-character', character: 'U', position: 1 },
    ],
    [
      'an emoji counts as one position',
      'K7🙂M',
      { kind: 'invalid-character', character: '🙂', position: 3 },
    ],
    [
      'a lone surrogate',
      'K7\ud800',
      { kind: 'invalid-character', character: '\ud800', position: 3 },
    ],
    ['NUL', 'K\u0000', { kind: 'invalid-character', character: '\u0000', position: 2 }],
    ['nine symbols', code.slice(0, -1), { kind: 'too-short', expected: 10, actual: 9 }],
    ['eleven symbols', `${code}0`, { kind: 'too-long', expected: 10, actual: 11 }],
    [
      'a wrong check symbol',
      code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'),
      { kind: 'check-mismatch' },
    ],
    ['version 0', rawCode({ version: 0 }), { kind: 'unknown-version', version: 0 }],
    ['version 2', rawCode({ version: 2 }), { kind: 'unknown-version', version: 2 }],
    ['version 3', rawCode({ version: 3 }), { kind: 'unknown-version', version: 3 }],
    [
      'a pack index beyond the registry',
      rawCode({ pack: CODE_PACKS.length }),
      { kind: 'out-of-range', field: 'pack', value: CODE_PACKS.length },
    ],
    ['pack index 7', rawCode({ pack: 7 }), { kind: 'out-of-range', field: 'pack', value: 7 }],
    [
      'score 11',
      rawCode({ scores: [5, 11, 5, 5, 5, 5] }),
      { kind: 'out-of-range', field: 'score:mentaal', value: 11 },
    ],
    [
      'score 14',
      rawCode({ scores: [5, 5, 5, 5, 5, 14] }),
      { kind: 'out-of-range', field: 'score:dagelijks', value: 14 },
    ],
    ['focus 6', rawCode({ focus: 6 }), { kind: 'out-of-range', field: 'focus', value: 6 }],
  ];
  it.each(cases)('%s', (_, typed, error) => {
    expect(decodeConsultcode(typed)).toEqual({ ok: false, error });
  });

  it('reports the first problem in the documented order', () => {
    // Invalid character before length; length before check.
    expect(decodeConsultcode('#')).toMatchObject({ error: { kind: 'invalid-character' } });
    expect(decodeConsultcode(`${code}#0`)).toMatchObject({ error: { kind: 'invalid-character' } });
    expect(decodeConsultcode(`${code}00`)).toMatchObject({ error: { kind: 'too-long' } });
    // Version before fields: a version 2 code with an out-of-range score.
    expect(
      decodeConsultcode(rawCode({ version: 2, scores: [12, 12, 12, 12, 12, 12] })),
    ).toMatchObject({
      error: { kind: 'unknown-version' },
    });
  });

  it('produces every error kind in the cases above', () => {
    expect(new Set(cases.map(([, , e]) => e.kind))).toEqual(new Set(ERROR_KINDS));
  });
});

describe('consultcodeProgress', () => {
  const code = encodeConsultcode(TYPICAL);

  it('counts code characters, not separators', () => {
    expect(consultcodeProgress('')).toEqual({ count: 0, expected: 10, validSoFar: true });
    expect(consultcodeProgress('k7qm-')).toEqual({ count: 4, expected: 10, validSoFar: true });
    expect(consultcodeProgress('K7QM 2X')).toEqual({ count: 6, expected: 10, validSoFar: true });
    expect(consultcodeProgress(code)).toEqual({ count: 10, expected: 10, validSoFar: true });
    expect(consultcodeProgress(`${code}00`)).toEqual({ count: 12, expected: 10, validSoFar: true });
  });

  it('flags a character that can never be part of a code at its place', () => {
    expect(consultcodeProgress('K7#')).toEqual({ count: 3, expected: 10, validSoFar: false });
    expect(consultcodeProgress('K7*')).toEqual({ count: 3, expected: 10, validSoFar: false });
    // A check-only symbol is fine in the check position.
    expect(consultcodeProgress('K7QM-2XPA-B*')).toEqual({
      count: 10,
      expected: 10,
      validSoFar: true,
    });
  });
});

describe('fuzz: decoding never throws', () => {
  const utf16 = fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength: 40,
  });
  const codeLike = fc.string({
    unit: fc.constantFrom(...`${CROCKFORD_CHECK_ALPHABET}ilo -\u00a0#`),
    minLength: 8,
    maxLength: 13,
  });
  // Any 45-bit value with its right check symbol: reaches the version and range checks.
  const checked = fc
    .integer({ min: 0, max: 2 ** 45 - 1 })
    .map((value) => encodeDigits(value, 9) + checkSymbol(value));
  // A valid code with one character replaced by anything, or typed in lower case.
  const nearValid = fc
    .tuple(coreArb, fc.nat({ max: 11 }), fc.string({ unit: 'binary', maxLength: 2 }), fc.boolean())
    .map(([core, at, replacement, lower]) => {
      const code = encodeConsultcode(core);
      const typed = code.slice(0, at) + replacement + code.slice(at + 1);
      return lower ? typed.toLowerCase() : typed;
    });
  const inputs = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    utf16,
    codeLike,
    checked,
    nearValid,
  );

  it('returns ok or a typed error for 10,000 arbitrary strings', () => {
    let accepted = 0;
    fc.assert(
      fc.property(inputs, (input) => {
        const result = decodeConsultcode(input);
        if (result.ok) {
          // A code that decodes is canonical: encoding its value gives the same symbols back.
          accepted += 1;
          expect(encodeConsultcode(result.value)).toBe(formatGroups(normalise(input, 9).symbols));
        } else {
          expect(ERROR_KINDS).toContain(result.error.kind);
        }
        const progress = consultcodeProgress(input);
        expect(progress.expected).toBe(10);
      }),
      { numRuns: 10_000 },
    );
    // Sanity: the code-like strings reach the layout checks now and then.
    expect(accepted).toBeGreaterThan(0);
  });

  it('copes with huge inputs', () => {
    const huge = 'K'.repeat(1_000_000);
    expect(decodeConsultcode(huge)).toEqual({
      ok: false,
      error: { kind: 'too-long', expected: 10, actual: 1_000_000 },
    });
    expect(decodeConsultcode(`${'-'.repeat(1_000_000)}#`)).toEqual({
      ok: false,
      error: { kind: 'invalid-character', character: '#', position: 1_000_001 },
    });
  });
});
