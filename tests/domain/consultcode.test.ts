import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONSULTCODE_LENGTH,
  CONSULTCODE_V1_LENGTH,
  type CodeCore,
  type ConsultcodeError,
  consultcodeProgress,
  decodeConsultcode,
  encodeConsultcode,
} from '../../src/domain/consultcode';
import {
  CROCKFORD_ALPHABET,
  CROCKFORD_CHECK_ALPHABET,
  checkPair,
  checkSymbol,
  dataSymbol,
  dataSymbolValue,
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
  /** The frame: two check symbols (11 symbols), or one (10); by default one for version 1. */
  checks?: 1 | 2;
}): string {
  const { version = 2, pack = 1, talk = 0, focus = 7, expectations = 0 } = fields;
  const scores = fields.scores ?? [15, 15, 15, 15, 15, 15];
  let value = version;
  value = value * 8 + pack;
  for (const s of scores) value = value * 16 + s;
  value = value * 64 + talk;
  value = value * 8 + focus;
  value = value * 128 + expectations;
  const data = encodeDigits(value, 9);
  const checks = fields.checks ?? (version === 1 ? 1 : 2);
  return formatGroups(data + (checks === 1 ? checkSymbol(value) : checkPair(data)));
}

/**
 * The version 1 code of a core, as an older Samenspraak wrote it: the same 45 bits with version
 * 1 in the top two (the first symbol 8 lower), and one check symbol, the number mod 37.
 */
function legacyCode(core: CodeCore): string {
  const data = encodeConsultcode(core).replaceAll('-', '').slice(0, 9);
  const legacy = dataSymbol(dataSymbolValue(data[0] as string) - 8) + data.slice(1);
  let value = 0;
  for (const char of legacy) value = value * 32 + dataSymbolValue(char);
  return formatGroups(legacy + checkSymbol(value));
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
/** Encodes as `G208-1000-0KW`: both 1 and 0, for the look-alike tests. */
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

/** A version 2 code: eleven symbols, the first G–Q, the last two check symbols. */
const V2_SHAPE =
  /^[G-HJKMNP-Q][0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z][0-9A-HJKMNP-TV-Z*~$=U]{2}$/;

/** The example patient of the summary in docs/architecture.md. */
const DESIGN_EXAMPLE: CodeCore = {
  pack: DEFAULT_PACK,
  scores: scoresOf([6, 4, 7, 5, 3, 6]),
  talk: ['meedoen'],
  focus: 'meedoen',
  expectations: ['meedenken', 'uitleg'],
};

describe('encodeConsultcode', () => {
  it('writes eleven symbols as XXXX-XXXX-XXX, version 2', () => {
    for (const core of Object.values(HANDCRAFTED)) {
      expect(encodeConsultcode(core)).toMatch(V2_SHAPE);
    }
    expect(CONSULTCODE_LENGTH).toBe(11);
  });

  it('is stable: a published code keeps its meaning', () => {
    // Pinned so a change to the layout cannot slip through as a passing round trip.
    expect(encodeConsultcode(ALL_UNANSWERED)).toBe(rawCode({}));
    expect(encodeConsultcode(TYPICAL)).toBe(
      rawCode({ scores: [6, 4, 7, 5, 3, 15], talk: 0b010010, focus: 4, expectations: 0b1000010 }),
    );
    expect(encodeConsultcode(ONES_AND_ZEROS)).toBe('G208-1000-0KW');
    expect(encodeConsultcode(DESIGN_EXAMPLE)).toBe('HCHT-KC2J-2F8');
  });

  it('refuses scores it cannot carry', () => {
    for (const bad of [-0.1, 10.1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const core = { ...TYPICAL, scores: { ...TYPICAL.scores, zingeving: bad } };
      expect(() => encodeConsultcode(core)).toThrow(RangeError);
    }
  });

  it('rounds scores to whole numbers, half up', () => {
    const decoded = decodeConsultcode(encodeConsultcode(TYPICAL));
    expect(decoded).toEqual({ ok: true, version: 2, value: normalised(TYPICAL) });
    expect(decoded.ok && decoded.value.scores).toEqual(scoresOf([6, 4, 7, 5, 3, null]));
  });
});

describe('decodeConsultcode round trip', () => {
  it.each(Object.entries(HANDCRAFTED))('%s', (_, core) => {
    expect(decodeConsultcode(encodeConsultcode(core))).toEqual({
      ok: true,
      version: 2,
      value: normalised(core),
    });
  });

  it('round-trips arbitrary cores', () => {
    fc.assert(
      fc.property(coreArb, (core) => {
        const code = encodeConsultcode(core);
        expect(code).toHaveLength(13);
        expect(code).toMatch(V2_SHAPE);
        expect(decodeConsultcode(code)).toEqual({ ok: true, version: 2, value: normalised(core) });
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

describe('version 1 codes, ten symbols with one check symbol, still open', () => {
  it('opens the codes an older Samenspraak showed, with the same meaning', () => {
    // Written by version 1 (and once the examples in the docs): pinned, never re-encoded.
    expect(decodeConsultcode('9CHT-KC2J-2M')).toEqual({
      ok: true,
      version: 1,
      value: normalised(DESIGN_EXAMPLE),
    });
    expect(decodeConsultcode('8208-1000-0T')).toEqual({
      ok: true,
      version: 1,
      value: normalised(ONES_AND_ZEROS),
    });
    expect(decodeConsultcode('9CJK-KAJJ-2Q')).toMatchObject({ ok: true, version: 1 });
    expect(legacyCode(DESIGN_EXAMPLE)).toBe('9CHT-KC2J-2M');
  });

  it('round-trips arbitrary cores through the version 1 layout', () => {
    fc.assert(
      fc.property(coreArb, (core) => {
        const code = legacyCode(core);
        expect(code).toMatch(/^[89A-F][0-9A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z][0-9A-Z*~$=]$/);
        expect(decodeConsultcode(code)).toEqual({ ok: true, version: 1, value: normalised(core) });
        // The same core, the same fields: only the version bits and the check differ.
        expect(decodeConsultcode(encodeConsultcode(core))).toEqual({
          ok: true,
          version: 2,
          value: normalised(core),
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads ten symbols as version 1 only when the first symbol says so', () => {
    const v2 = encodeConsultcode(TYPICAL).replaceAll('-', '');
    // A version 2 code with its last symbol left out: too short, not a version 1 code.
    expect(decodeConsultcode(v2.slice(0, 10))).toEqual({
      ok: false,
      error: { kind: 'too-short', expected: 11, actual: 10 },
    });
    // A version 1 code with an eleventh symbol: read as version 2, and its checks fail.
    const v1 = legacyCode(TYPICAL).replaceAll('-', '');
    expect(decodeConsultcode(`${v1}0`)).toEqual({ ok: false, error: { kind: 'check-mismatch' } });
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
      expect(decodeConsultcode(typed)).toEqual({
        ok: true,
        version: 2,
        value: normalised(TYPICAL),
      });
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
        version: 2,
        value: normalised(ONES_AND_ZEROS),
      });
      // Version 1 codes are read the same way.
      expect(decodeConsultcode(swap(legacyCode(ONES_AND_ZEROS)))).toEqual({
        ok: true,
        version: 1,
        value: normalised(ONES_AND_ZEROS),
      });
    }
  });

  it('does not fold non-ASCII look-alikes (dotless ı, fullwidth letters)', () => {
    for (const lookAlike of ['ı', '\u0130', '\uff11', '\uff2b']) {
      const typed = `G208-${lookAlike}000-0KW`;
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

/** The symbols a position of a code may hold: the check positions (from the tenth) all 37. */
function alphabetAt(position: number): string {
  return position >= 9 ? CROCKFORD_CHECK_ALPHABET : CROCKFORD_ALPHABET;
}

/** Every code with one symbol changed to another that may stand there, and adjacent swaps. */
function singleErrors(code: string): { substitutions: string[]; transpositions: string[] } {
  const substitutions: string[] = [];
  const transpositions: string[] = [];
  for (let i = 0; i < code.length; i++) {
    for (const symbol of alphabetAt(i)) {
      if (symbol !== code[i]) substitutions.push(code.slice(0, i) + symbol + code.slice(i + 1));
    }
  }
  for (let i = 0; i + 1 < code.length; i++) {
    const [a, b] = [code[i] as string, code[i + 1] as string];
    if (a !== b) transpositions.push(code.slice(0, i) + b + a + code.slice(i + 2));
  }
  return { substitutions, transpositions };
}

/** Decodes each typed code, throws on the first accepted one, and counts the error kinds. */
function refuseAll(typed: readonly string[], original: string, kinds: Map<string, number>) {
  for (const text of typed) {
    const result = decodeConsultcode(text);
    if (result.ok) throw new Error(`${text} (from ${original}) was accepted`);
    kinds.set(result.error.kind, (kinds.get(result.error.kind) ?? 0) + 1);
  }
}

/** 65 codes × 10 adjacent pairs = 650, minus the 27 pairs of equal symbols in these codes. */
const TRANSPOSITIONS = 623;
/** 65 version 1 codes × 9 adjacent pairs = 585, minus the 27 pairs of equal symbols. */
const TRANSPOSITIONS_V1 = 558;

describe('error detection, exhaustively', () => {
  const cores = [...Object.values(HANDCRAFTED), ...randomCores(60, 20240917)];
  const codes = [...new Set(cores.map((core) => encodeConsultcode(core).replaceAll('-', '')))];
  const legacy = [...new Set(cores.map((core) => legacyCode(core).replaceAll('-', '')))];

  it('starts from at least 50 distinct valid codes of each version', () => {
    expect(codes.length).toBe(65);
    expect(legacy.length).toBe(65);
    for (const code of codes) expect(decodeConsultcode(code)).toMatchObject({ version: 2 });
    for (const code of legacy) expect(decodeConsultcode(code)).toMatchObject({ version: 1 });
  });

  it('rejects every single-symbol substitution and every adjacent transposition', () => {
    let substitutions = 0;
    let transpositions = 0;
    const kinds = new Map<string, number>();
    for (const code of codes) {
      const errors = singleErrors(code);
      refuseAll(errors.substitutions, code, kinds);
      refuseAll(errors.transpositions, code, kinds);
      substitutions += errors.substitutions.length;
      transpositions += errors.transpositions.length;
    }

    // 65 codes × (9 data positions × 31 + 2 check positions × 36) = 65 × 351.
    expect(substitutions).toBe(22_815);
    expect(transpositions).toBe(TRANSPOSITIONS);
    // The checks catch them all: only a check-only symbol (*~$=U) swapped from the tenth place
    // into the ninth is refused earlier, as an invalid character.
    const checkOnly = codes.filter(
      (code) => '*~$=U'.includes(code[9] as string) && code[8] !== code[9],
    ).length;
    expect(Object.fromEntries(kinds)).toEqual({
      'check-mismatch': substitutions + transpositions - checkOnly,
      ...(checkOnly > 0 ? { 'invalid-character': checkOnly } : {}),
    });
    expect(checkOnly).toBeGreaterThan(0);
  });

  it('rejects every single-symbol substitution and adjacent transposition of a version 1 code', () => {
    let substitutions = 0;
    let transpositions = 0;
    const kinds = new Map<string, number>();
    for (const code of legacy) {
      const errors = singleErrors(code);
      refuseAll(errors.substitutions, code, kinds);
      refuseAll(errors.transpositions, code, kinds);
      substitutions += errors.substitutions.length;
      transpositions += errors.transpositions.length;
    }
    // 65 codes × (9 × 31 + 36) = 65 × 315.
    expect(substitutions).toBe(20_475);
    expect(transpositions).toBe(TRANSPOSITIONS_V1);
    // A first symbol changed out of 8–F names version 2: ten symbols are then too short.
    expect([...kinds.keys()].sort()).toEqual(['check-mismatch', 'invalid-character', 'too-short']);
  });

  it('rejects every pair of substitutions in three codes, all 55,980 of each', () => {
    // Proof by exhaustion for three codes; the sampled test below covers many more codes.
    let pairs = 0;
    for (const code of codes.slice(0, 3)) {
      for (let i = 0; i < code.length; i++) {
        for (let j = i + 1; j < code.length; j++) {
          for (const a of alphabetAt(i)) {
            if (a === code[i]) continue;
            const once = code.slice(0, i) + a + code.slice(i + 1);
            for (const b of alphabetAt(j)) {
              if (b === code[j]) continue;
              const typed = once.slice(0, j) + b + once.slice(j + 1);
              const result = decodeConsultcode(typed);
              if (result.ok || result.error.kind !== 'check-mismatch') {
                throw new Error(`${typed} (from ${code}) was not refused by the check`);
              }
              pairs += 1;
            }
          }
        }
      }
    }
    // Per code: 36 pairs of data positions × 31², 18 pairs data-check × 31 × 36, one pair of
    // check positions × 36².
    expect(pairs).toBe(3 * (36 * 31 * 31 + 18 * 31 * 36 + 36 * 36));
  });
});

/**
 * `code` (no hyphens) with `count` distinct positions changed, each to another symbol that may
 * stand there. Only canonical symbols: I, L and O read as 1 and 0, so they would be no typo.
 */
function withTypos(code: string, count: number, random: () => number): string {
  const positions = new Set<number>();
  while (positions.size < count) positions.add(Math.floor(random() * code.length));
  let typed = code;
  for (const i of positions) {
    const others = [...alphabetAt(i)].filter((symbol) => symbol !== code[i]);
    const symbol = others[Math.floor(random() * others.length)] as string;
    typed = typed.slice(0, i) + symbol + typed.slice(i + 1);
  }
  return typed;
}

interface Sample {
  tried: number;
  refused: number;
  /** Refused by a check symbol, not by a later field check. */
  byCheck: number;
}

/** Change `typos` symbols in `count` random codes and decode each. Seeded: the same every run. */
function sampleTypos(
  encode: (core: CodeCore) => string,
  typos: number,
  count: number,
  seed: number,
): Sample {
  const random = mulberry32(seed);
  const sample: Sample = { tried: 0, refused: 0, byCheck: 0 };
  for (const core of randomCores(count, seed)) {
    const result = decodeConsultcode(withTypos(encode(core).replaceAll('-', ''), typos, random));
    sample.tried += 1;
    if (result.ok) continue;
    sample.refused += 1;
    if (result.error.kind === 'check-mismatch') sample.byCheck += 1;
  }
  return sample;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(3)} %`;

describe('error detection, sampled', () => {
  it('refuses at least 99.9 % of 100,000 random codes with two typos (in fact all)', () => {
    const started = performance.now();
    const v2 = sampleTypos(encodeConsultcode, 2, 100_000, 20261202);
    const ms = performance.now() - started;
    // Reported, so the rate in the docs can be checked against a run.
    console.info(
      `two typos, version 2: ${v2.refused} of ${v2.tried} refused (${percent(v2.refused, v2.tried)}), ` +
        `${v2.byCheck} by the checks; ${Math.round(ms)} ms`,
    );
    expect(v2.tried).toBe(100_000);
    expect(v2.refused / v2.tried).toBeGreaterThanOrEqual(0.999);
    // Two check symbols catch any two changed symbols: none is left for the field checks.
    expect(v2.byCheck).toBe(v2.tried);
  });

  it('lets about 1.6 % of version 1 codes with two typos through, which the sampler finds', () => {
    // The reason for version 2, and proof that the sampler above can see an accepted code.
    const v1 = sampleTypos(legacyCode, 2, 100_000, 20261202);
    const accepted = v1.tried - v1.refused;
    console.info(
      `two typos, version 1: ${v1.refused} of ${v1.tried} refused (${percent(v1.refused, v1.tried)})`,
    );
    expect(accepted / v1.tried).toBeGreaterThan(0.01);
    expect(accepted / v1.tried).toBeLessThan(0.02);
  });

  it('refuses at least 99.9 % of 100,000 random codes with three typos', () => {
    const v2 = sampleTypos(encodeConsultcode, 3, 100_000, 20261203);
    console.info(
      `three typos, version 2: ${v2.refused} of ${v2.tried} refused (${percent(v2.refused, v2.tried)}), ` +
        `${v2.byCheck} by the checks`,
    );
    expect(v2.refused / v2.tried).toBeGreaterThanOrEqual(0.999);
    // Some slip past both checks (about 1 in 37²): the third typo is beyond what two can promise.
    expect(v2.byCheck).toBeLessThan(v2.tried);
  });

  it('refuses a code with one symbol left out or one added, at least 99.9 % of the time', () => {
    // Ten symbols are a valid length again (version 1), so a dropped symbol is no longer caught
    // by the length alone: only when the first symbol goes and the next one says version 1.
    const random = mulberry32(7);
    let tried = 0;
    let refused = 0;
    for (const core of randomCores(10_000, 7)) {
      const code = encodeConsultcode(core).replaceAll('-', '');
      const old = legacyCode(core).replaceAll('-', '');
      for (let i = 0; i < code.length; i++) {
        const symbol = alphabetAt(i)[Math.floor(random() * 32)] as string;
        for (const typed of [
          code.slice(0, i) + code.slice(i + 1),
          code.slice(0, i) + symbol + code.slice(i),
          old.slice(0, i) + symbol + old.slice(i),
        ]) {
          tried += 1;
          if (!decodeConsultcode(typed).ok) refused += 1;
        }
      }
    }
    console.info(
      `one symbol left out or added: ${refused} of ${tried} refused (${percent(refused, tried)})`,
    );
    expect(tried).toBe(330_000);
    expect(refused / tried).toBeGreaterThanOrEqual(0.999);
  });
});

describe('typed errors', () => {
  const code = encodeConsultcode(TYPICAL);
  const old = legacyCode(TYPICAL);

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
    ['ten symbols', code.slice(0, -1), { kind: 'too-short', expected: 11, actual: 10 }],
    ['twelve symbols', `${code}0`, { kind: 'too-long', expected: 11, actual: 12 }],
    [
      'nine symbols of a version 1 code',
      old.slice(0, -1),
      { kind: 'too-short', expected: 10, actual: 9 },
    ],
    [
      'twelve symbols starting as version 1',
      `${old}00`,
      { kind: 'too-long', expected: 10, actual: 12 },
    ],
    [
      'a wrong check symbol',
      code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'),
      { kind: 'check-mismatch' },
    ],
    [
      'a wrong check symbol in a version 1 code',
      old.slice(0, -1) + (old.endsWith('0') ? '1' : '0'),
      { kind: 'check-mismatch' },
    ],
    ['version 0', rawCode({ version: 0 }), { kind: 'unknown-version', version: 0 }],
    ['version 3', rawCode({ version: 3 }), { kind: 'unknown-version', version: 3 }],
    [
      'version 1 with two check symbols',
      rawCode({ version: 1, checks: 2 }),
      { kind: 'too-long', expected: 10, actual: 11 },
    ],
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
    [
      'focus 6 in a version 1 code',
      rawCode({ version: 1, focus: 6 }),
      { kind: 'out-of-range', field: 'focus', value: 6 },
    ],
  ];
  it.each(cases)('%s', (_, typed, error) => {
    expect(decodeConsultcode(typed)).toEqual({ ok: false, error });
  });

  it('reports the first problem in the documented order', () => {
    // Invalid character before length; length before check.
    expect(decodeConsultcode('#')).toMatchObject({ error: { kind: 'invalid-character' } });
    expect(decodeConsultcode(`${code}#0`)).toMatchObject({ error: { kind: 'invalid-character' } });
    expect(decodeConsultcode(`${code}00`)).toMatchObject({ error: { kind: 'too-long' } });
    // Version before fields: a version 3 code with an out-of-range score.
    expect(
      decodeConsultcode(rawCode({ version: 3, scores: [12, 12, 12, 12, 12, 12] })),
    ).toMatchObject({
      error: { kind: 'unknown-version' },
    });
    // The check before the version: eleven symbols starting as version 1, one symbol wrong.
    const v1InV2 = rawCode({ version: 1, checks: 2 });
    expect(decodeConsultcode(`${v1InV2.slice(0, -1)}${v1InV2.endsWith('0') ? 1 : 0}`)).toEqual({
      ok: false,
      error: { kind: 'check-mismatch' },
    });
  });

  it('produces every error kind in the cases above', () => {
    expect(new Set(cases.map(([, , e]) => e.kind))).toEqual(new Set(ERROR_KINDS));
  });
});

describe('consultcodeProgress', () => {
  const code = encodeConsultcode(TYPICAL);
  const old = legacyCode(TYPICAL);

  it('counts code characters, not separators', () => {
    expect(consultcodeProgress('')).toEqual({ count: 0, expected: 11, validSoFar: true });
    expect(consultcodeProgress('k7qm-')).toEqual({ count: 4, expected: 11, validSoFar: true });
    expect(consultcodeProgress('K7QM 2X')).toEqual({ count: 6, expected: 11, validSoFar: true });
    expect(consultcodeProgress(code)).toEqual({ count: 11, expected: 11, validSoFar: true });
    expect(consultcodeProgress(`${code}00`)).toEqual({ count: 13, expected: 11, validSoFar: true });
  });

  it('counts down to ten when the first symbol says version 1', () => {
    expect(consultcodeProgress('9')).toEqual({ count: 1, expected: 10, validSoFar: true });
    expect(consultcodeProgress(old)).toEqual({
      count: CONSULTCODE_V1_LENGTH,
      expected: 10,
      validSoFar: true,
    });
    // Lower case and a look-alike in front count the same; a leading separator does not count.
    expect(consultcodeProgress(' -b')).toEqual({ count: 1, expected: 10, validSoFar: true });
    expect(consultcodeProgress('h')).toEqual({ count: 1, expected: 11, validSoFar: true });
  });

  it('flags a character that can never be part of a code at its place', () => {
    expect(consultcodeProgress('K7#')).toEqual({ count: 3, expected: 11, validSoFar: false });
    expect(consultcodeProgress('K7*')).toEqual({ count: 3, expected: 11, validSoFar: false });
    // A check-only symbol is fine in both check positions.
    expect(consultcodeProgress('K7QM-2XPA-B*~')).toEqual({
      count: 11,
      expected: 11,
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
  // Any 45-bit value with its right check symbols, in either frame: reaches the version and
  // range checks.
  const checked = fc
    .tuple(fc.integer({ min: 0, max: 2 ** 45 - 1 }), fc.boolean())
    .map(([value, pair]) => {
      const data = encodeDigits(value, 9);
      return data + (pair ? checkPair(data) : checkSymbol(value));
    });
  // A valid code of either version with one character replaced by anything, or in lower case.
  const nearValid = fc
    .tuple(
      coreArb,
      fc.boolean(),
      fc.nat({ max: 12 }),
      fc.string({ unit: 'binary', maxLength: 2 }),
      fc.boolean(),
    )
    .map(([core, v1, at, replacement, lower]) => {
      const code = v1 ? legacyCode(core) : encodeConsultcode(core);
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
          // A code that decodes is canonical: encoding its value in its own version gives the
          // same symbols back.
          accepted += 1;
          const encode = result.version === 1 ? legacyCode : encodeConsultcode;
          expect(encode(result.value)).toBe(formatGroups(normalise(input, 9).symbols));
        } else {
          expect(ERROR_KINDS).toContain(result.error.kind);
        }
        const progress = consultcodeProgress(input);
        expect([10, 11]).toContain(progress.expected);
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
      error: { kind: 'too-long', expected: 11, actual: 1_000_000 },
    });
    expect(decodeConsultcode(`${'-'.repeat(1_000_000)}#`)).toEqual({
      ok: false,
      error: { kind: 'invalid-character', character: '#', position: 1_000_001 },
    });
  });
});
