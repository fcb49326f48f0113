import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_LANGUAGES, codeLanguageField } from '../../src/domain/codelanguages';
import {
  CONSULTCODE_LENGTH,
  CONSULTCODE_V1_LENGTH,
  CONSULTCODE_V2_LENGTH,
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
import { FACE_MAX, faceScore, MODES, nearestFace } from '../../src/domain/scoring';

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

type Version = 1 | 2 | 3;

/**
 * What a core decodes to from a code of `version`: whole scores (in face mode the nearest
 * face's score), canonical lists, only registry packs by name, and in version 3 the language
 * (by its base, when listed) and the mode; older versions say neither.
 */
function normalised(core: CodeCore, version: Version = 3): CodeCore {
  const known = core.pack !== null && packIndex(core.pack) !== 0;
  const mode = version === 3 ? (core.mode ?? 'quick') : null;
  const language = codeLanguageField(core.locale);
  return {
    pack: known && core.pack ? { ...core.pack } : null,
    // `+ 0` turns -0 into 0: the code has no sign bit.
    scores: scoresOf(
      DIMENSIONS.map((d) => {
        const s = core.scores[d];
        if (s === null) return null;
        return mode === 'face' ? faceScore(nearestFace(s)) + 0 : Math.round(s) + 0;
      }),
    ),
    talk: DIMENSIONS.filter((d) => core.talk.includes(d)),
    focus: core.focus,
    expectations: EXPECTATIONS.filter((e) => core.expectations.includes(e)),
    locale: version === 3 && language > 0 ? (CODE_LANGUAGES[language - 1] ?? null) : null,
    mode,
  };
}

interface RawFields {
  version?: number;
  pack?: number;
  scores?: number[];
  talk?: number;
  focus?: number;
  expectations?: number;
  /** Version 3 only: index in CODE_LANGUAGES + 1. */
  language?: number;
  /** Version 3 only: index in MODES. */
  mode?: number;
  /**
   * The frame, in symbols: 12 (50 bits, two check symbols), 11 (45 bits, two) or 10 (45 bits,
   * one). By default the frame of the version: 10 for 1, 11 for 2, 12 for any other.
   */
  frame?: 10 | 11 | 12;
}

/** A code from raw field values, bypassing the encoder: for versions and values it never writes. */
function rawCode(fields: RawFields): string {
  const { version = 3, pack = 1, talk = 0, focus = 7, expectations = 0 } = fields;
  const { language = 1, mode = 0 } = fields;
  const frame = fields.frame ?? (version === 1 ? 10 : version === 2 ? 11 : 12);
  const scores = fields.scores ?? [15, 15, 15, 15, 15, 15];
  let value = version;
  value = value * 8 + pack;
  for (const s of scores) value = value * 16 + s;
  value = value * 64 + talk;
  value = value * 8 + focus;
  value = value * 128 + expectations;
  if (frame === 12) value = (value * 8 + language) * 4 + mode;
  const data = encodeDigits(value, frame === 12 ? 10 : 9);
  return formatGroups(data + (frame === 10 ? checkSymbol(value) : checkPair(data)));
}

/** A core's fields as an older Samenspraak wrote them: whole scores, no language or mode. */
function oldFields(core: CodeCore): RawFields {
  const bits = <T>(order: readonly T[], set: readonly T[]) =>
    order.reduce((acc, item) => acc * 2 + (set.includes(item) ? 1 : 0), 0);
  return {
    pack: core.pack === null ? 0 : packIndex(core.pack),
    scores: DIMENSIONS.map((d) => {
      const s = core.scores[d];
      return s === null ? 15 : Math.round(s);
    }),
    talk: bits(DIMENSIONS, core.talk),
    focus: core.focus === null ? 7 : DIMENSIONS.indexOf(core.focus),
    expectations: bits(EXPECTATIONS, core.expectations),
  };
}

/** The version 2 code of a core: eleven symbols, as Samenspraak wrote it before version 3. */
const v2Code = (core: CodeCore) => rawCode({ ...oldFields(core), version: 2 });

/** The version 1 code of a core: the same 45 bits, version 1, one check symbol (mod 37). */
const legacyCode = (core: CodeCore) => rawCode({ ...oldFields(core), version: 1 });

const ENCODERS: Record<Version, (core: CodeCore) => string> = {
  1: legacyCode,
  2: v2Code,
  3: encodeConsultcode,
};

const ALL_UNANSWERED: CodeCore = {
  pack: DEFAULT_PACK,
  scores: emptyScores(),
  talk: [],
  focus: null,
  expectations: [],
  locale: 'nl',
  mode: 'quick',
};
const ALL_TEN: CodeCore = {
  pack: DEFAULT_PACK,
  scores: scoresOf([10, 10, 10, 10, 10, 10]),
  talk: [...DIMENSIONS],
  focus: 'dagelijks',
  expectations: [...EXPECTATIONS],
  locale: 'uk',
  mode: 'detailed',
};
const ALL_ZERO_UNKNOWN_PACK: CodeCore = {
  pack: null,
  scores: scoresOf([0, 0, 0, 0, 0, 0]),
  talk: [],
  focus: 'lichaam',
  expectations: [],
  locale: null,
  mode: 'quick',
};
const TYPICAL: CodeCore = {
  pack: DEFAULT_PACK,
  scores: scoresOf([6, 4.4, 6.5, 5, 3, null]),
  talk: ['meedoen', 'mentaal'],
  focus: 'meedoen',
  expectations: ['meedenken', 'uitleg'],
  locale: 'nl',
  mode: 'detailed',
};
/** Faces 0–4 (and one unanswered), read as 0, 2.5, 5, 7.5, 10. */
const FACES: CodeCore = {
  pack: DEFAULT_PACK,
  scores: scoresOf([0, 2.5, 5, 7.5, 10, null]),
  talk: ['lichaam'],
  focus: 'zingeving',
  expectations: ['uitleg'],
  locale: 'ar',
  mode: 'face',
};
/** Encodes as `R208-1000-08U*`: both 1 and 0, for the look-alike tests. */
const ONES_AND_ZEROS: CodeCore = {
  pack: null,
  scores: scoresOf([1, 0, 1, 0, 1, 0]),
  talk: [],
  focus: 'lichaam',
  expectations: [],
  locale: 'en',
  mode: 'quick',
};
const HANDCRAFTED = {
  ALL_UNANSWERED,
  ALL_TEN,
  ALL_ZERO_UNKNOWN_PACK,
  TYPICAL,
  FACES,
  ONES_AND_ZEROS,
};

const scoreArb = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true })),
  { nil: null },
);
const faceScoreArb = fc.option(
  fc.integer({ min: 0, max: FACE_MAX }).map((face) => faceScore(face)),
  { nil: null },
);
const localeArb = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...CODE_LANGUAGES),
  fc.constantFrom(...CODE_LANGUAGES).map((code) => `${code}-${code.toUpperCase()}`),
  fc.constantFrom('fr', 'de', 'so', 'ti', 'fa-IR'),
);
const packArb = fc.oneof(
  fc.constant(null),
  fc.constant(DEFAULT_PACK),
  fc.record({ id: fc.string({ maxLength: 48 }), version: fc.string({ maxLength: 16 }) }),
);
const restArb = {
  pack: packArb,
  // Any order, with duplicates: the code stores sets.
  talk: fc.array(fc.constantFrom(...DIMENSIONS), { maxLength: 8 }),
  focus: fc.option(fc.constantFrom(...DIMENSIONS), { nil: null }),
  expectations: fc.array(fc.constantFrom(...EXPECTATIONS), { maxLength: 9 }),
  locale: localeArb,
};
/** Any core: slider or detailed scores with any mode (or none), and face scores in face mode. */
const coreArb: fc.Arbitrary<CodeCore> = fc.oneof(
  fc.record({
    ...restArb,
    scores: fc.array(scoreArb, { minLength: 6, maxLength: 6 }).map(scoresOf),
    mode: fc.constantFrom('quick' as const, 'detailed' as const, null),
  }),
  fc.record({
    ...restArb,
    scores: fc.array(faceScoreArb, { minLength: 6, maxLength: 6 }).map(scoresOf),
    mode: fc.constant('face' as const),
  }),
);

const DATA = '[0-9A-HJKMNP-TV-Z]';
const CHECK = '[0-9A-HJKMNP-TV-Z*~$=U]';
/** A version 3 code: twelve symbols, the first R–Z, the last two check symbols. */
const V3_SHAPE = new RegExp(`^[R-TV-Z]${DATA}{3}-${DATA}{4}-${DATA}{2}${CHECK}{2}$`);
/** A version 2 code: eleven symbols, the first G–Q, the last two check symbols. */
const V2_SHAPE = new RegExp(`^[G-HJKMNP-Q]${DATA}{3}-${DATA}{4}-${DATA}${CHECK}{2}$`);

/** The example patient of the summary in docs/architecture.md. */
const DESIGN_EXAMPLE: CodeCore = {
  pack: DEFAULT_PACK,
  scores: scoresOf([6, 4, 7, 5, 3, 6]),
  talk: ['meedoen'],
  focus: 'meedoen',
  expectations: ['meedenken', 'uitleg'],
  locale: 'nl',
  mode: 'quick',
};

describe('encodeConsultcode', () => {
  it('writes twelve symbols as XXXX-XXXX-XXXX, version 3', () => {
    for (const core of Object.values(HANDCRAFTED)) {
      expect(encodeConsultcode(core)).toMatch(V3_SHAPE);
    }
    expect(CONSULTCODE_LENGTH).toBe(12);
    expect(CONSULTCODE_V2_LENGTH).toBe(11);
    expect(CONSULTCODE_V1_LENGTH).toBe(10);
  });

  it('is stable: a published code keeps its meaning', () => {
    // Pinned so a change to the layout cannot slip through as a passing round trip.
    expect(encodeConsultcode(ALL_UNANSWERED)).toBe(rawCode({}));
    expect(encodeConsultcode(TYPICAL)).toBe(
      rawCode({
        scores: [6, 4, 7, 5, 3, 15],
        talk: 0b010010,
        focus: 4,
        expectations: 0b1000010,
        language: 1,
        mode: 1,
      }),
    );
    expect(encodeConsultcode(FACES)).toBe(
      rawCode({
        scores: [0, 1, 2, 3, 4, 15],
        talk: 0b100000,
        focus: 2,
        expectations: 0b1000000,
        language: 3,
        mode: 2,
      }),
    );
    expect(encodeConsultcode(ONES_AND_ZEROS)).toBe('R208-1000-08U*');
    expect(encodeConsultcode(DESIGN_EXAMPLE)).toBe('SCHT-KC2J-24G*');
    expect(encodeConsultcode(TYPICAL)).toBe('SCHT-KYJJ-25B2');
    expect(encodeConsultcode(FACES)).toBe('S04H-MZ0A-0EAH');
  });

  it('refuses scores it cannot carry, and a mode it does not know', () => {
    for (const bad of [-0.1, 10.1, Number.NaN, Number.POSITIVE_INFINITY]) {
      for (const mode of MODES) {
        const core = { ...TYPICAL, mode, scores: { ...TYPICAL.scores, zingeving: bad } };
        expect(() => encodeConsultcode(core)).toThrow(RangeError);
      }
    }
    const unknown = { ...TYPICAL, mode: 'slow' } as unknown as CodeCore;
    expect(() => encodeConsultcode(unknown)).toThrow(RangeError);
  });

  it('rounds scores to whole numbers, half up', () => {
    const decoded = decodeConsultcode(encodeConsultcode(TYPICAL));
    expect(decoded).toEqual({ ok: true, version: 3, value: normalised(TYPICAL) });
    expect(decoded.ok && decoded.value.scores).toEqual(scoresOf([6, 4, 7, 5, 3, null]));
  });

  it('in face mode, carries the faces, so the GP sees the scores the web showed', () => {
    const decoded = decodeConsultcode(encodeConsultcode(FACES));
    expect(decoded.ok && decoded.value.scores).toEqual(scoresOf([0, 2.5, 5, 7.5, 10, null]));
    expect(decoded.ok && decoded.value.mode).toBe('face');
    // A score between faces goes to the nearest face, as a slider's goes to a whole number.
    const between = { ...FACES, scores: scoresOf([1, 3.7, 6.2, 8.7, 9.9, 0.1]) };
    const read = decodeConsultcode(encodeConsultcode(between));
    expect(read.ok && read.value.scores).toEqual(scoresOf([0, 2.5, 5, 7.5, 10, 0]));
  });

  it('writes a core without a mode as quick', () => {
    const decoded = decodeConsultcode(encodeConsultcode({ ...TYPICAL, mode: null }));
    expect(decoded.ok && decoded.value.mode).toBe('quick');
  });
});

describe('the language and the mode of a version 3 code', () => {
  it.each(CODE_LANGUAGES.map((code, i) => [code, i]))('carries %s', (code, i) => {
    const decoded = decodeConsultcode(encodeConsultcode({ ...TYPICAL, locale: code }));
    expect(decoded.ok && decoded.value.locale).toBe(code);
    expect(encodeConsultcode({ ...TYPICAL, locale: code })).toBe(
      rawCode({ ...oldFields(TYPICAL), language: i + 1, mode: 1 }),
    );
  });

  it('codes a locale with a region as its base language', () => {
    for (const locale of ['nl-NL', 'nl-BE', 'en-GB', 'ar-MA', 'tr-TR']) {
      const decoded = decodeConsultcode(encodeConsultcode({ ...TYPICAL, locale }));
      expect(decoded.ok && decoded.value.locale).toBe(locale.slice(0, 2));
    }
  });

  it('decodes a language not in the list, or none, to null', () => {
    for (const locale of ['fr', 'de-DE', 'so', 'ti', 'nld', '', null]) {
      const code = encodeConsultcode({ ...TYPICAL, locale });
      expect(code).toBe(rawCode({ ...oldFields(TYPICAL), language: 0, mode: 1 }));
      const decoded = decodeConsultcode(code);
      expect(decoded.ok && decoded.value.locale).toBeNull();
    }
  });

  it.each(MODES.map((mode, i) => [mode, i]))('carries mode %s', (mode, i) => {
    const core = { ...ALL_UNANSWERED, mode };
    expect(encodeConsultcode(core)).toBe(rawCode({ mode: i }));
    const decoded = decodeConsultcode(encodeConsultcode(core));
    expect(decoded.ok && decoded.value.mode).toBe(mode);
  });
});

describe('decodeConsultcode round trip', () => {
  it.each(Object.entries(HANDCRAFTED))('%s', (_, core) => {
    expect(decodeConsultcode(encodeConsultcode(core))).toEqual({
      ok: true,
      version: 3,
      value: normalised(core),
    });
  });

  it('round-trips arbitrary cores: every mode, every language, face scores', () => {
    fc.assert(
      fc.property(coreArb, (core) => {
        const code = encodeConsultcode(core);
        expect(code).toHaveLength(14);
        expect(code).toMatch(V3_SHAPE);
        expect(decodeConsultcode(code)).toEqual({ ok: true, version: 3, value: normalised(core) });
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips face scores exactly', () => {
    fc.assert(
      fc.property(
        fc.array(faceScoreArb, { minLength: 6, maxLength: 6 }),
        fc.constantFrom(...CODE_LANGUAGES),
        (scores, locale) => {
          const core = { ...FACES, scores: scoresOf(scores), locale };
          const decoded = decodeConsultcode(encodeConsultcode(core));
          expect(decoded).toEqual({ ok: true, version: 3, value: core });
        },
      ),
      { numRuns: 1000 },
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

describe('older codes still open: version 2 (eleven symbols) and version 1 (ten)', () => {
  it('opens the codes an older Samenspraak showed, with the same meaning and no language or mode', () => {
    // Written by versions 2 and 1 (and once the examples in the docs): pinned, never re-encoded.
    expect(decodeConsultcode('HCHT-KC2J-2F8')).toEqual({
      ok: true,
      version: 2,
      value: normalised(DESIGN_EXAMPLE, 2),
    });
    expect(decodeConsultcode('G208-1000-0KW')).toEqual({
      ok: true,
      version: 2,
      value: normalised(ONES_AND_ZEROS, 2),
    });
    expect(decodeConsultcode('9CHT-KC2J-2M')).toEqual({
      ok: true,
      version: 1,
      value: normalised(DESIGN_EXAMPLE, 1),
    });
    expect(decodeConsultcode('8208-1000-0T')).toEqual({
      ok: true,
      version: 1,
      value: normalised(ONES_AND_ZEROS, 1),
    });
    expect(decodeConsultcode('9CJK-KAJJ-2Q')).toMatchObject({ ok: true, version: 1 });
    expect(decodeConsultcode('HCHT-KC2J-2F8')).toMatchObject({
      value: { locale: null, mode: null },
    });
    expect(v2Code(DESIGN_EXAMPLE)).toBe('HCHT-KC2J-2F8');
    expect(legacyCode(DESIGN_EXAMPLE)).toBe('9CHT-KC2J-2M');
  });

  it('round-trips arbitrary cores through the version 2 and version 1 layouts', () => {
    fc.assert(
      fc.property(coreArb, (core) => {
        // Older layouts have no face mode: their scores are whole numbers.
        const whole = { ...core, mode: null };
        expect(v2Code(whole)).toMatch(V2_SHAPE);
        expect(decodeConsultcode(v2Code(whole))).toEqual({
          ok: true,
          version: 2,
          value: normalised(whole, 2),
        });
        const code = legacyCode(whole);
        expect(code).toMatch(/^[89A-F][0-9A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z][0-9A-Z*~$=]$/);
        expect(decodeConsultcode(code)).toEqual({
          ok: true,
          version: 1,
          value: normalised(whole, 1),
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the length from the first symbol: ten for version 1, eleven for 2, twelve for 3', () => {
    const v3 = encodeConsultcode(TYPICAL).replaceAll('-', '');
    const v2 = v2Code(TYPICAL).replaceAll('-', '');
    const v1 = legacyCode(TYPICAL).replaceAll('-', '');
    // A code with its last symbol left out: too short for its version, not an older code.
    expect(decodeConsultcode(v3.slice(0, 11))).toEqual({
      ok: false,
      error: { kind: 'too-short', expected: 12, actual: 11 },
    });
    expect(decodeConsultcode(v2.slice(0, 10))).toEqual({
      ok: false,
      error: { kind: 'too-short', expected: 11, actual: 10 },
    });
    // An older code with a symbol added: read in the frame of the longer code, its checks fail.
    expect(decodeConsultcode(`${v1}0`)).toEqual({ ok: false, error: { kind: 'check-mismatch' } });
    expect(decodeConsultcode(`${v2}1`)).toEqual({ ok: false, error: { kind: 'check-mismatch' } });
    // A trailing 0 adds nothing to either check sum, so only the first symbol's version refuses it.
    expect(decodeConsultcode(`${v2}0`)).toEqual({
      ok: false,
      error: { kind: 'too-long', expected: 11, actual: 12 },
    });
    expect(decodeConsultcode(`${v1}00`)).toEqual({ ok: false, error: { kind: 'check-mismatch' } });
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
        version: 3,
        value: normalised(TYPICAL),
      });
    }
  });

  it('reads I and L as 1 and O as 0, in either case', () => {
    const lookAlikes = [
      (s: string) => s.replaceAll('1', 'I').replaceAll('0', 'O'),
      (s: string) => s.replaceAll('1', 'l').replaceAll('0', 'o'),
      (s: string) => s.replaceAll('1', 'L').replaceAll('0', 'o'),
      (s: string) => s.replaceAll('1', 'i'),
    ];
    for (const swap of lookAlikes) {
      for (const version of [3, 2, 1] as const) {
        expect(decodeConsultcode(swap(ENCODERS[version](ONES_AND_ZEROS)))).toEqual({
          ok: true,
          version,
          value: normalised(ONES_AND_ZEROS, version),
        });
      }
    }
  });

  it('does not fold non-ASCII look-alikes (dotless ı, fullwidth letters)', () => {
    for (const lookAlike of ['ı', '\u0130', '\uff11', '\uff2b']) {
      const typed = `R208-${lookAlike}000-08U*`;
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
  return Array.from({ length: count }, () => {
    const mode = pick(MODES);
    const score = () =>
      mode === 'face' ? faceScore(Math.floor(random() * 5)) : Math.floor(random() * 11);
    return {
      pack: pick([null, DEFAULT_PACK]),
      scores: scoresOf(DIMENSIONS.map(() => (random() < 0.2 ? null : score()))),
      talk: DIMENSIONS.filter(() => random() < 0.4),
      focus: random() < 0.3 ? null : pick(DIMENSIONS),
      expectations: EXPECTATIONS.filter(() => random() < 0.3),
      locale: random() < 0.1 ? null : pick(CODE_LANGUAGES),
      mode,
    };
  });
}

/**
 * The symbols a position of a code may hold: a check position all 37. The check symbols are the
 * last two of a twelve- or eleven-symbol code, the last of a ten-symbol one.
 */
function alphabetAt(position: number, length: number): string {
  const data = length === 12 ? 10 : 9;
  return position >= data ? CROCKFORD_CHECK_ALPHABET : CROCKFORD_ALPHABET;
}

/** Every code with one symbol changed to another that may stand there, and adjacent swaps. */
function singleErrors(code: string): { substitutions: string[]; transpositions: string[] } {
  const substitutions: string[] = [];
  const transpositions: string[] = [];
  for (let i = 0; i < code.length; i++) {
    for (const symbol of alphabetAt(i, code.length)) {
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

/** Adjacent pairs of unequal symbols: the transpositions that change a code. */
const unequalPairs = (codes: readonly string[]) =>
  codes.reduce((n, code) => n + [...code.slice(1)].filter((c, i) => c !== code[i]).length, 0);

/** Codes whose first check symbol is check-only (`*~$=U`): swapped into the last data place. */
const checkOnlySwaps = (codes: readonly string[], dataLength: number) =>
  codes.filter(
    (code) =>
      '*~$=U'.includes(code[dataLength] as string) && code[dataLength - 1] !== code[dataLength],
  ).length;

describe('error detection, exhaustively', () => {
  const cores = [...Object.values(HANDCRAFTED), ...randomCores(60, 20240917)];
  const versions = ([3, 2, 1] as const).map((version) => ({
    version,
    codes: [...new Set(cores.map((core) => ENCODERS[version](core).replaceAll('-', '')))],
  }));
  const [v3, v2, v1] = versions.map((v) => v.codes) as [string[], string[], string[]];

  it('starts from at least 50 distinct valid codes of each version', () => {
    for (const { version, codes } of versions) {
      expect(codes.length).toBeGreaterThanOrEqual(50);
      for (const code of codes) expect(decodeConsultcode(code)).toMatchObject({ version });
    }
  });

  it('rejects every single-symbol substitution and every adjacent transposition', () => {
    let substitutions = 0;
    let transpositions = 0;
    const kinds = new Map<string, number>();
    for (const code of v3) {
      const errors = singleErrors(code);
      refuseAll(errors.substitutions, code, kinds);
      refuseAll(errors.transpositions, code, kinds);
      substitutions += errors.substitutions.length;
      transpositions += errors.transpositions.length;
    }
    // Per code: 10 data positions × 31 + 2 check positions × 36.
    expect(substitutions).toBe(v3.length * 382);
    expect(transpositions).toBe(unequalPairs(v3));
    // The checks catch them all: only a check-only symbol (*~$=U) swapped from the eleventh place
    // into the tenth is refused earlier, as an invalid character. A first symbol changed to
    // another version's stays twelve symbols: read in the twelve-symbol frame, its checks fail.
    const checkOnly = checkOnlySwaps(v3, 10);
    expect(Object.fromEntries(kinds)).toEqual({
      'check-mismatch': substitutions + transpositions - checkOnly,
      ...(checkOnly > 0 ? { 'invalid-character': checkOnly } : {}),
    });
  });

  it('rejects every single-symbol substitution and adjacent transposition of a version 2 code', () => {
    let substitutions = 0;
    let transpositions = 0;
    const kinds = new Map<string, number>();
    for (const code of v2) {
      const errors = singleErrors(code);
      refuseAll(errors.substitutions, code, kinds);
      refuseAll(errors.transpositions, code, kinds);
      substitutions += errors.substitutions.length;
      transpositions += errors.transpositions.length;
    }
    expect(substitutions).toBe(v2.length * (9 * 31 + 2 * 36));
    expect(transpositions).toBe(unequalPairs(v2));
    // A first symbol changed into R–Z names version 3: eleven symbols are then too short.
    expect([...kinds.keys()].sort()).toEqual(['check-mismatch', 'invalid-character', 'too-short']);
  });

  it('rejects every single-symbol substitution and adjacent transposition of a version 1 code', () => {
    let substitutions = 0;
    let transpositions = 0;
    const kinds = new Map<string, number>();
    for (const code of v1) {
      const errors = singleErrors(code);
      refuseAll(errors.substitutions, code, kinds);
      refuseAll(errors.transpositions, code, kinds);
      substitutions += errors.substitutions.length;
      transpositions += errors.transpositions.length;
    }
    expect(substitutions).toBe(v1.length * (9 * 31 + 36));
    expect(transpositions).toBe(unequalPairs(v1));
    // A first symbol changed out of 8–F names version 2 or 3: ten symbols are then too short.
    expect([...kinds.keys()].sort()).toEqual(['check-mismatch', 'invalid-character', 'too-short']);
  });

  it('rejects every pair of substitutions in three codes, all 66,861 of each', () => {
    // Proof by exhaustion for three codes; the sampled test below covers many more codes.
    let pairs = 0;
    for (const code of v3.slice(0, 3)) {
      for (let i = 0; i < code.length; i++) {
        for (let j = i + 1; j < code.length; j++) {
          for (const a of alphabetAt(i, 12)) {
            if (a === code[i]) continue;
            const once = code.slice(0, i) + a + code.slice(i + 1);
            for (const b of alphabetAt(j, 12)) {
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
    // Per code: 45 pairs of data positions × 31², 20 pairs data-check × 31 × 36, one pair of
    // check positions × 36².
    expect(pairs).toBe(3 * (45 * 31 * 31 + 20 * 31 * 36 + 36 * 36));
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
    const others = [...alphabetAt(i, code.length)].filter((symbol) => symbol !== code[i]);
    const symbol = others[Math.floor(random() * others.length)] as string;
    typed = typed.slice(0, i) + symbol + typed.slice(i + 1);
  }
  return typed;
}

interface Sample {
  tried: number;
  refused: number;
  /** Refused by a check symbol, not by the length or a later field check. */
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

const report = (label: string, s: Sample) =>
  console.info(
    `${label}: ${s.refused} of ${s.tried} refused (${percent(s.refused, s.tried)}), ` +
      `${s.byCheck} by the checks`,
  );

describe('error detection, sampled', () => {
  it('refuses at least 99.9 % of 100,000 random codes with two typos (in fact all)', () => {
    const started = performance.now();
    const v3 = sampleTypos(encodeConsultcode, 2, 100_000, 20261202);
    const ms = performance.now() - started;
    // Reported, so the rate in the docs can be checked against a run.
    report(`two typos, version 3 (${Math.round(ms)} ms)`, v3);
    expect(v3.tried).toBe(100_000);
    expect(v3.refused / v3.tried).toBeGreaterThanOrEqual(0.999);
    // Two check symbols catch any two changed symbols: none is left for the field checks.
    expect(v3.byCheck).toBe(v3.tried);
  });

  it('refuses every version 2 code with two typos too, if not always by the checks', () => {
    const v2 = sampleTypos(v2Code, 2, 100_000, 20261202);
    report('two typos, version 2', v2);
    expect(v2.refused).toBe(v2.tried);
    // A first symbol typed as R–Z names version 3: too short, before the checks are read.
    expect(v2.byCheck).toBeLessThan(v2.tried);
  });

  it('lets about 1.5 % of version 1 codes with two typos through, which the sampler finds', () => {
    // The reason for version 2, and proof that the sampler above can see an accepted code.
    const v1 = sampleTypos(legacyCode, 2, 100_000, 20261202);
    const accepted = v1.tried - v1.refused;
    report('two typos, version 1', v1);
    expect(accepted / v1.tried).toBeGreaterThan(0.01);
    expect(accepted / v1.tried).toBeLessThan(0.02);
  });

  it('refuses at least 99.9 % of 100,000 random codes with three typos', () => {
    const v3 = sampleTypos(encodeConsultcode, 3, 100_000, 20261203);
    report('three typos, version 3', v3);
    expect(v3.refused / v3.tried).toBeGreaterThanOrEqual(0.999);
    // Some slip past both checks (about 1 in 37²): the third typo is beyond what two can promise.
    expect(v3.byCheck).toBeLessThan(v3.tried);
  });

  it('refuses a code with one symbol left out or one added, at least 99.9 % of the time', () => {
    // Ten, eleven and twelve symbols are all valid lengths, so a dropped or added symbol is not
    // caught by the length alone: when it moves a code into another version's frame, the checks
    // of that frame and its fields must fail. Counted per version and kind of slip.
    const random = mulberry32(7);
    const counts = new Map<string, { tried: number; refused: number }>();
    const tally = (label: string, typed: string) => {
      const count = counts.get(label) ?? { tried: 0, refused: 0 };
      count.tried += 1;
      if (!decodeConsultcode(typed).ok) count.refused += 1;
      counts.set(label, count);
    };
    for (const core of randomCores(10_000, 7)) {
      for (const version of [3, 2, 1] as const) {
        const code = ENCODERS[version](core).replaceAll('-', '');
        for (let i = 0; i < code.length; i++) {
          const symbol = CROCKFORD_ALPHABET[Math.floor(random() * 32)] as string;
          tally(`version ${version}, left out`, code.slice(0, i) + code.slice(i + 1));
          tally(`version ${version}, added`, code.slice(0, i) + symbol + code.slice(i));
        }
      }
    }
    let tried = 0;
    let refused = 0;
    for (const [label, count] of counts) {
      console.info(
        `one symbol ${label}: ${count.refused} of ${count.tried} refused (${percent(count.refused, count.tried)})`,
      );
      tried += count.tried;
      refused += count.refused;
    }
    console.info(
      `one symbol left out or added: ${refused} of ${tried} refused (${percent(refused, tried)})`,
    );
    // 10,000 cores × 2 × (12 + 11 + 10) positions.
    expect(tried).toBe(660_000);
    expect(refused / tried).toBeGreaterThanOrEqual(0.999);
    // The current code: a dropped symbol leaves eleven, too short unless the first symbol goes.
    const v3 = counts.get('version 3, left out');
    expect(v3 && v3.refused / v3.tried).toBeGreaterThanOrEqual(0.999);
  });
});

describe('typed errors', () => {
  const code = encodeConsultcode(TYPICAL);
  const v2 = v2Code(TYPICAL);
  const old = legacyCode(TYPICAL);

  const cases: [string, string, ConsultcodeError][] = [
    ['nothing', '', { kind: 'empty' }],
    ['only separators', ' -- ', { kind: 'empty' }],
    [
      'a symbol outside the alphabet',
      'S7QM-2#PA-B9',
      { kind: 'invalid-character', character: '#', position: 7 },
    ],
    [
      'U in a data position',
      'U7QM-2XPA-B9',
      { kind: 'invalid-character', character: 'U', position: 1 },
    ],
    [
      'a check-only symbol as the tenth of a version 3 code',
      'S7QM-2XPA-B*00',
      { kind: 'invalid-character', character: '*', position: 12 },
    ],
    [
      'an emoji counts as one position',
      'S7🙂M',
      { kind: 'invalid-character', character: '🙂', position: 3 },
    ],
    [
      'a lone surrogate',
      'S7\ud800',
      { kind: 'invalid-character', character: '\ud800', position: 3 },
    ],
    ['NUL', 'S\u0000', { kind: 'invalid-character', character: '\u0000', position: 2 }],
    ['eleven symbols', code.slice(0, -1), { kind: 'too-short', expected: 12, actual: 11 }],
    ['thirteen symbols', `${code}0`, { kind: 'too-long', expected: 12, actual: 13 }],
    [
      'ten symbols of a version 2 code',
      v2.slice(0, -1),
      { kind: 'too-short', expected: 11, actual: 10 },
    ],
    [
      'nine symbols of a version 1 code',
      old.slice(0, -1),
      { kind: 'too-short', expected: 10, actual: 9 },
    ],
    [
      'thirteen symbols starting as version 1',
      `${old}000`,
      { kind: 'too-long', expected: 10, actual: 13 },
    ],
    [
      'a wrong check symbol',
      code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'),
      { kind: 'check-mismatch' },
    ],
    [
      'a wrong check symbol in a version 2 code',
      v2.slice(0, -1) + (v2.endsWith('0') ? '1' : '0'),
      { kind: 'check-mismatch' },
    ],
    [
      'a wrong check symbol in a version 1 code',
      old.slice(0, -1) + (old.endsWith('0') ? '1' : '0'),
      { kind: 'check-mismatch' },
    ],
    ['version 0', rawCode({ version: 0 }), { kind: 'unknown-version', version: 0 }],
    [
      'version 1 with two check symbols',
      rawCode({ version: 1, frame: 11 }),
      { kind: 'too-long', expected: 10, actual: 11 },
    ],
    [
      'version 1 in twelve symbols',
      rawCode({ version: 1, frame: 12 }),
      { kind: 'too-long', expected: 10, actual: 12 },
    ],
    [
      'version 2 in twelve symbols',
      rawCode({ version: 2, frame: 12 }),
      { kind: 'too-long', expected: 11, actual: 12 },
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
    [
      'score 11 in a version 2 code',
      rawCode({ version: 2, scores: [11, 5, 5, 5, 5, 5] }),
      { kind: 'out-of-range', field: 'score:lichaam', value: 11 },
    ],
    [
      'face 5 in face mode',
      rawCode({ mode: 2, scores: [4, 4, 5, 4, 4, 4] }),
      { kind: 'out-of-range', field: 'score:zingeving', value: 5 },
    ],
    [
      'face 10 in face mode',
      rawCode({ mode: 2, scores: [10, 15, 15, 15, 15, 15] }),
      { kind: 'out-of-range', field: 'score:lichaam', value: 10 },
    ],
    ['focus 6', rawCode({ focus: 6 }), { kind: 'out-of-range', field: 'focus', value: 6 }],
    [
      'focus 6 in a version 1 code',
      rawCode({ version: 1, focus: 6 }),
      { kind: 'out-of-range', field: 'focus', value: 6 },
    ],
    ['language 7', rawCode({ language: 7 }), { kind: 'out-of-range', field: 'language', value: 7 }],
    ['mode 3', rawCode({ mode: 3 }), { kind: 'out-of-range', field: 'mode', value: 3 }],
  ];
  it.each(cases)('%s', (_, typed, error) => {
    expect(decodeConsultcode(typed)).toEqual({ ok: false, error });
  });

  it('reports the first problem in the documented order', () => {
    // Invalid character before length; length before check.
    expect(decodeConsultcode('#')).toMatchObject({ error: { kind: 'invalid-character' } });
    expect(decodeConsultcode(`${code}#0`)).toMatchObject({ error: { kind: 'invalid-character' } });
    expect(decodeConsultcode(`${code}00`)).toMatchObject({ error: { kind: 'too-long' } });
    // Version before fields: a version 0 code with an out-of-range score.
    expect(
      decodeConsultcode(rawCode({ version: 0, scores: [12, 12, 12, 12, 12, 12] })),
    ).toMatchObject({ error: { kind: 'unknown-version' } });
    // The mode before the scores, whose range it sets; the scores before focus and language.
    expect(decodeConsultcode(rawCode({ mode: 3, scores: [12, 5, 5, 5, 5, 5] }))).toMatchObject({
      error: { field: 'mode' },
    });
    expect(
      decodeConsultcode(rawCode({ scores: [12, 5, 5, 5, 5, 5], focus: 6, language: 7 })),
    ).toMatchObject({ error: { field: 'score:lichaam' } });
    // The check before the version: twelve symbols starting as version 2, one symbol wrong.
    const v2In12 = rawCode({ version: 2, frame: 12 });
    expect(decodeConsultcode(`${v2In12.slice(0, -1)}${v2In12.endsWith('0') ? 1 : 0}`)).toEqual({
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
    expect(consultcodeProgress('')).toEqual({ count: 0, expected: 12, validSoFar: true });
    expect(consultcodeProgress('s7qm-')).toEqual({ count: 4, expected: 12, validSoFar: true });
    expect(consultcodeProgress('S7QM 2X')).toEqual({ count: 6, expected: 12, validSoFar: true });
    expect(consultcodeProgress(code)).toEqual({ count: 12, expected: 12, validSoFar: true });
    expect(consultcodeProgress(`${code}00`)).toEqual({ count: 14, expected: 12, validSoFar: true });
  });

  it('counts down to eleven or ten when the first symbol says version 2 or 1', () => {
    expect(consultcodeProgress('h')).toEqual({ count: 1, expected: 11, validSoFar: true });
    expect(consultcodeProgress('9')).toEqual({ count: 1, expected: 10, validSoFar: true });
    expect(consultcodeProgress(old)).toEqual({
      count: CONSULTCODE_V1_LENGTH,
      expected: 10,
      validSoFar: true,
    });
    // Lower case and a look-alike in front count the same; a leading separator does not count.
    expect(consultcodeProgress(' -b')).toEqual({ count: 1, expected: 10, validSoFar: true });
    expect(consultcodeProgress('s')).toEqual({ count: 1, expected: 12, validSoFar: true });
    // An unknown version counts to the current length.
    expect(consultcodeProgress('0')).toEqual({ count: 1, expected: 12, validSoFar: true });
  });

  it('flags a character that can never be part of a code at its place', () => {
    expect(consultcodeProgress('S7#')).toEqual({ count: 3, expected: 12, validSoFar: false });
    expect(consultcodeProgress('S7*')).toEqual({ count: 3, expected: 12, validSoFar: false });
    // A check-only symbol is fine in both check positions, which move with the version.
    expect(consultcodeProgress('S7QM-2XPA-B0*~')).toEqual({
      count: 12,
      expected: 12,
      validSoFar: true,
    });
    expect(consultcodeProgress('S7QM-2XPA-B*')).toEqual({
      count: 10,
      expected: 12,
      validSoFar: false,
    });
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
    maxLength: 14,
  });
  // Any value with its right check symbols, in each frame: reaches the version and range checks.
  const checked = fc.oneof(
    fc.integer({ min: 0, max: 2 ** 50 - 1 }).map((value) => {
      const data = encodeDigits(value, 10);
      return data + checkPair(data);
    }),
    fc.tuple(fc.integer({ min: 0, max: 2 ** 45 - 1 }), fc.boolean()).map(([value, pair]) => {
      const data = encodeDigits(value, 9);
      return data + (pair ? checkPair(data) : checkSymbol(value));
    }),
  );
  // A valid code of any version with one character replaced by anything, or in lower case.
  const nearValid = fc
    .tuple(
      coreArb,
      fc.constantFrom(1 as const, 2 as const, 3 as const),
      fc.nat({ max: 13 }),
      fc.string({ unit: 'binary', maxLength: 2 }),
      fc.boolean(),
    )
    .map(([core, version, at, replacement, lower]) => {
      const code = ENCODERS[version](version === 3 ? core : { ...core, mode: null });
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
          const symbols = normalise(input, result.version === 3 ? 10 : 9).symbols;
          expect(ENCODERS[result.version](result.value)).toBe(formatGroups(symbols));
        } else {
          expect(ERROR_KINDS).toContain(result.error.kind);
        }
        const progress = consultcodeProgress(input);
        expect([10, 11, 12]).toContain(progress.expected);
      }),
      { numRuns: 10_000 },
    );
    // Sanity: the code-like strings reach the layout checks now and then.
    expect(accepted).toBeGreaterThan(0);
  });

  it('copes with huge inputs', () => {
    expect(decodeConsultcode('S'.repeat(1_000_000))).toEqual({
      ok: false,
      error: { kind: 'too-long', expected: 12, actual: 1_000_000 },
    });
    expect(decodeConsultcode('K'.repeat(1_000_000))).toEqual({
      ok: false,
      error: { kind: 'too-long', expected: 11, actual: 1_000_000 },
    });
    expect(decodeConsultcode(`${'-'.repeat(1_000_000)}#`)).toEqual({
      ok: false,
      error: { kind: 'invalid-character', character: '#', position: 1_000_001 },
    });
  });
});
