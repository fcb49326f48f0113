import fc from 'fast-check';
import jsQR from 'jsqr';
import { correction, generate, mode } from 'lean-qr';
import { describe, expect, it } from 'vitest';
import { BASE45_ALPHABET, decodeBase45, encodeBase45 } from '../../src/domain/base45';
import type { PackRef } from '../../src/domain/contentpack';
import {
  DIMENSIONS,
  type DimensionId,
  type DimensionScore,
  EXPECTATIONS,
} from '../../src/domain/dimensions';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import { LOCALE_PATTERN, type Preparation, TEXT_LIMITS } from '../../src/domain/preparation';
import {
  decodeQrPayload,
  encodeQrPayload,
  QR_MAX_CHARS,
  QR_PREFIX,
  type QrHandover,
  type QrPayloadError,
} from '../../src/domain/qrpayload';
import { MODES } from '../../src/domain/scoring';

/** Alphanumeric characters a version 40 QR code holds at error correction M (ISO/IEC 18004). */
const QR_40M_ALPHANUMERIC = 3391;

const ERROR_KINDS: QrPayloadError['kind'][] = [
  'wrong-prefix',
  'unknown-version',
  'bad-encoding',
  'truncated',
  'invalid',
];

function scoresOf(values: readonly DimensionScore[]): Record<DimensionId, DimensionScore> {
  return Object.fromEntries(DIMENSIONS.map((d, i) => [d, values[i] ?? null])) as Record<
    DimensionId,
    DimensionScore
  >;
}

function handoverOf(detail: Preparation, scores: readonly DimensionScore[]): QrHandover {
  return {
    pack: detail.pack,
    scores: scoresOf(scores),
    talk: detail.talk,
    focus: detail.focus,
    expectations: detail.expectations,
    locale: detail.locale,
    mode: detail.mode,
    detail,
  };
}

/** What a handover decodes to: scores to one decimal, everything else as it was. */
function expectedAfterTrip(handover: QrHandover): QrHandover {
  const scores = DIMENSIONS.map((d) => {
    const s = handover.scores[d];
    return s === null ? null : Math.round(s * 10) / 10 + 0;
  });
  return { ...handoverOf(handover.detail, scores), pack: { ...handover.detail.pack } };
}

const bytesOf = (payload: string): Uint8Array => {
  const decoded = decodeBase45(payload.slice(QR_PREFIX.length));
  if (!decoded.ok) throw new Error('not base45');
  return decoded.value;
};
const payloadOf = (bytes: Uint8Array | number[]) =>
  QR_PREFIX + encodeBase45(Uint8Array.from(bytes));

// --- Realistic preparations -------------------------------------------------------------------

const detailedAnswers = Object.fromEntries(
  DIMENSIONS.flatMap((d, di) =>
    Array.from({ length: 7 }, (_, i) => [`${d}-${i + 1}`, (di * 3 + i * 2) % 11] as const),
  ),
);

/** A Dutch patient in detailed mode (7 items per dimension, as the iPH adult tool). */
const TYPICAL_NL: Preparation = {
  pack: DEFAULT_PACK,
  locale: 'nl',
  mode: 'detailed',
  answers: detailedAnswers,
  talk: ['mentaal', 'meedoen'],
  focus: 'meedoen',
  change: 'Weer meer onder de mensen komen, en ’s avonds beter slapen.',
  need: 'Steun van mijn dochter. Misschien een wandelgroep in de wijk.',
  expectations: ['uitleg', 'meedenken'],
  question:
    'Ik ben sinds de verhuizing moe en somber. Kan dat door mijn nieuwe medicijnen komen, en wat kan ik er zelf aan doen?',
};
const TYPICAL_SCORES = [5.857142857, 4.142857, 6.666666, 5, 3.2857, 6];

const QUICK_AR: Preparation = {
  pack: { id: 'praktijk-ar', version: '0.3.1' },
  locale: 'ar',
  mode: 'quick',
  answers: { 'lichaam-0': 7, 'mentaal-0': 3, 'dagelijks-0': 10 },
  talk: ['mentaal'],
  focus: null,
  change: 'أريد أن أنام بشكل أفضل 🙂',
  need: '',
  expectations: ['anders'],
  question: 'هل يمكنني التحدث مع طبيبة؟ 👩🏽‍⚕️',
};

const EMPTY: Preparation = {
  pack: DEFAULT_PACK,
  locale: 'en',
  mode: 'quick',
  answers: {},
  talk: [],
  focus: null,
  change: '',
  need: '',
  expectations: [],
  question: '',
};

/** Every field at its largest: see QR_MAX_CHARS. '€' is 1 UTF-16 unit and 3 bytes of UTF-8. */
function worstCase(char = '€'): QrHandover {
  const fill = (limit: number) => char.repeat(Math.floor(limit / char.length));
  const answers: Record<string, number> = {};
  for (const d of DIMENSIONS) {
    for (let n = 1; n <= 12; n++) answers[`${d}-${n}`] = 10;
    answers[`${d}-quick`.padEnd(16, 'x')] = 10; // a quick-mode id that is not `<dimension>-<n>`
  }
  const detail: Preparation = {
    pack: { id: fill(48), version: fill(16) },
    locale: 'pap-AW',
    mode: 'detailed',
    answers,
    talk: [...DIMENSIONS],
    focus: 'dagelijks',
    change: fill(TEXT_LIMITS.change),
    need: fill(TEXT_LIMITS.need),
    expectations: [...EXPECTATIONS],
    question: fill(TEXT_LIMITS.question),
  };
  return handoverOf(detail, [10, 10, 10, 10, 10, 10]);
}

// --- Arbitraries -------------------------------------------------------------------------------

/** Cut to at most `limit` UTF-16 units (what the schema counts) without splitting a pair. */
function cut(text: string, limit: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > limit) break;
    out += char;
  }
  return out;
}

const arabic = fc.constantFrom(...'ابتثجحخدذرسشصضطظعغفقكلمنهوي ،؟'.split(''));
const emoji = fc.constantFrom(
  '🙂',
  '👩🏽‍⚕️',
  '❤️',
  '🇳🇱',
  '😀',
  '\u{1f9d1}\u{200d}\u{1f91d}\u{200d}\u{1f9d1}',
);
type Unit = 'grapheme' | 'binary' | 'grapheme-ascii' | fc.Arbitrary<string>;
const unitArb = fc.constantFrom<Unit>(
  'grapheme',
  'binary',
  'grapheme-ascii',
  arabic,
  emoji,
  fc.constantFrom('€', '中', 'ë', 'é', '\ufeff', '\u0000', '\n'),
);
const textArb = (limit: number) =>
  fc
    .oneof(
      fc.constant(''),
      unitArb.chain((unit) => fc.string({ unit, maxLength: limit })),
      // Right at the limit.
      unitArb.chain((unit) => fc.string({ unit, minLength: limit, maxLength: limit })),
    )
    .map((text) => cut(text, limit));

const compactId = fc
  .tuple(fc.constantFrom(...DIMENSIONS), fc.integer({ min: 0, max: 300 }))
  .map(([d, n]) => `${d}-${n}`);
const plainId = fc.oneof(
  fc.constantFrom('lichaam-007', 'lichaam-', 'Lichaam-1', 'zingeving-kort', '', 'x'),
  fc.string({ unit: 'binary', maxLength: 48 }).map((s) => cut(s, 48)),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,47}$/),
);
const answersArb = fc
  .uniqueArray(fc.tuple(fc.oneof(compactId, plainId), fc.integer({ min: 0, max: 10 })), {
    selector: ([id]) => id,
    maxLength: 90,
  })
  .map((entries) => Object.fromEntries(entries.filter(([id]) => id !== '__proto__')));

const packArb: fc.Arbitrary<PackRef> = fc.oneof(
  fc.constant(DEFAULT_PACK),
  fc.record({
    id: fc.string({ unit: 'grapheme', maxLength: 48 }).map((s) => cut(s, 48)),
    version: fc.string({ unit: 'grapheme', maxLength: 16 }).map((s) => cut(s, 16)),
  }),
);

const preparationArb: fc.Arbitrary<Preparation> = fc.record({
  pack: packArb,
  locale: fc.stringMatching(LOCALE_PATTERN),
  mode: fc.constantFrom(...MODES),
  answers: answersArb,
  talk: fc.subarray([...DIMENSIONS]),
  focus: fc.option(fc.constantFrom(...DIMENSIONS), { nil: null }),
  change: textArb(TEXT_LIMITS.change),
  need: textArb(TEXT_LIMITS.need),
  expectations: fc.subarray([...EXPECTATIONS]),
  question: textArb(TEXT_LIMITS.question),
});

const scoreArb = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true })),
  { nil: null },
);
const handoverArb = fc
  .tuple(preparationArb, fc.array(scoreArb, { minLength: 6, maxLength: 6 }))
  .map(([detail, scores]) => handoverOf(detail, scores));

// --- Tests -------------------------------------------------------------------------------------

describe('encodeQrPayload', () => {
  it('writes the prefix and then QR alphanumeric characters only', () => {
    for (const prep of [TYPICAL_NL, QUICK_AR, EMPTY]) {
      const payload = encodeQrPayload(handoverOf(prep, TYPICAL_SCORES));
      expect(payload.startsWith('SSP1:')).toBe(true);
      expect(payload).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    }
  });

  it('is stable: the bytes of a small preparation are pinned', () => {
    const bytes = bytesOf(encodeQrPayload(handoverOf(EMPTY, [0, 10, 6.66, null, 5.05, 0.04])));
    // biome-ignore format: one line per field
    const expected = [
      1, // version
      1, // pack index: samenspraak-pg 1.0.0
      2, 0x65, 0x6e, // locale "en"
      0, // quick
      0, 100, 67, 255, 51, 0, // scores in tenths (5.05 × 10 is 50.5, rounded up)
      0, 255, 0, // talk, focus, expectations
      0, // answers
      0, 0, 0, 0, 0, 0, // three empty texts
    ];
    expect([...bytes]).toEqual(expected);
  });

  it('stores `<dimension>-<n>` ids in two bytes and sorts answers', () => {
    const prep = { ...EMPTY, answers: { 'mentaal-12': 4, 'lichaam-3': 7, 'eigen-id': 1 } };
    const bytes = bytesOf(encodeQrPayload(handoverOf(prep, [])));
    expect([...bytes.subarray(15)]).toEqual([
      3,
      ...[8, ...new TextEncoder().encode('eigen-id'), 1],
      ...[0xf0, 3, 7],
      ...[0xf1, 12, 4],
      ...[0, 0, 0, 0, 0, 0],
    ]);
  });

  it('refuses values it cannot carry', () => {
    const bad = [
      handoverOf(EMPTY, [10.5]),
      handoverOf(EMPTY, [Number.NaN]),
      handoverOf(EMPTY, [-1]),
      handoverOf({ ...EMPTY, answers: { x: 256 } }, []),
      handoverOf({ ...EMPTY, answers: { x: 1.5 } }, []),
      handoverOf({ ...EMPTY, answers: { ['y'.repeat(240)]: 1 } }, []),
      handoverOf(
        {
          ...EMPTY,
          answers: Object.fromEntries(Array.from({ length: 256 }, (_, i) => [`a${i}`, 1])),
        },
        [],
      ),
    ];
    for (const handover of bad) expect(() => encodeQrPayload(handover)).toThrow(RangeError);
  });
});

describe('round trip', () => {
  it.each([
    ['typical Dutch', TYPICAL_NL],
    ['quick, Arabic, own pack', QUICK_AR],
    ['empty', EMPTY],
  ])('%s', (_, prep) => {
    const handover = handoverOf(prep, TYPICAL_SCORES);
    expect(decodeQrPayload(encodeQrPayload(handover))).toEqual({
      ok: true,
      value: expectedAfterTrip(handover),
    });
  });

  it('carries detailed means to one decimal', () => {
    const decoded = decodeQrPayload(encodeQrPayload(handoverOf(TYPICAL_NL, TYPICAL_SCORES)));
    expect(decoded.ok && decoded.value.scores).toEqual(scoresOf([5.9, 4.1, 6.7, 5, 3.3, 6]));
  });

  it('keeps a leading byte order mark and control characters in free text', () => {
    const prep = { ...EMPTY, change: '\ufeffBOM', need: '\u0000\n\t', question: '\u200b' };
    const decoded = decodeQrPayload(encodeQrPayload(handoverOf(prep, [])));
    expect(decoded.ok && decoded.value.detail).toEqual(prep);
  });

  it('round-trips arbitrary full handovers', () => {
    fc.assert(
      fc.property(handoverArb, (handover) => {
        const payload = encodeQrPayload(handover);
        expect(payload).toMatch(/^SSP1:[0-9A-Z $%*+\-./:]*$/);
        expect(decodeQrPayload(payload)).toEqual({ ok: true, value: expectedAfterTrip(handover) });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('size', () => {
  it('QR_MAX_CHARS is exactly the worst case, and that fits version 40 at level M', () => {
    const worst = encodeQrPayload(worstCase());
    expect(worst.length).toBe(QR_MAX_CHARS);
    expect(QR_MAX_CHARS).toBeLessThanOrEqual(QR_40M_ALPHANUMERIC);
    // 4-byte characters count as two units each, so they pack fewer bytes into the limits.
    expect(encodeQrPayload(worstCase('😀')).length).toBeLessThan(QR_MAX_CHARS);
    expect(decodeQrPayload(worst)).toEqual({ ok: true, value: expectedAfterTrip(worstCase()) });
  });

  it('stays within QR_MAX_CHARS for any preparation from a pack with `<dimension>-<n>` ids', () => {
    const packAnswers = fc
      .tuple(
        fc.subarray(
          DIMENSIONS.flatMap((d) => Array.from({ length: 12 }, (_, i) => `${d}-${i + 1}`)),
        ),
        fc.subarray(DIMENSIONS.map((d) => `${d}-quick`.padEnd(16, 'x'))),
        fc.integer({ min: 0, max: 10 }),
      )
      .map(([items, quick, value]) =>
        Object.fromEntries([...items, ...quick].map((id) => [id, value])),
      );
    fc.assert(
      fc.property(handoverArb, packAnswers, (handover, answers) => {
        const detail = { ...handover.detail, answers };
        expect(encodeQrPayload({ ...handover, detail }).length).toBeLessThanOrEqual(QR_MAX_CHARS);
      }),
      { numRuns: 500 },
    );
  });
});

/** Render a QR code to RGBA pixels (scale 3, quiet zone 4) and read it back with jsQR. */
function readBack(payload: string): { version: number; text: string | null } {
  const code = generate(mode.alphaNumeric(payload), { minCorrectionLevel: correction.M });
  const scale = 3;
  const side = (code.size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at = (((y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
      }
    }
  }
  const found = jsQR(pixels, side, side, { inversionAttempts: 'dontInvert' });
  return { version: (code.size - 17) / 4, text: found?.data ?? null };
}

describe('as a QR code (lean-qr, read back with jsQR)', () => {
  it('a typical Dutch preparation makes a version 15 code at level M', () => {
    // 42 answers and about 230 characters of Dutch text: 584 characters, version 15 (77 × 77).
    const payload = encodeQrPayload(handoverOf(TYPICAL_NL, TYPICAL_SCORES));
    const { version, text } = readBack(payload);
    expect({ length: payload.length, version }).toEqual({ length: 584, version: 15 });
    expect(text).toBe(payload);
  });

  it('the worst case makes a version 38 code at level M', () => {
    // QR_MAX_CHARS characters: version 38 (169 × 169). It fits, but a webcam needs a sharp image.
    const payload = encodeQrPayload(worstCase());
    const { version, text } = readBack(payload);
    expect(version).toBe(38);
    expect(text).toBe(payload);
  });
});

// --- Errors ------------------------------------------------------------------------------------

/** The payload of TYPICAL_NL with byte `offset` set to `value`. */
function withByte(offset: number, value: number, prep: Preparation = TYPICAL_NL): string {
  const bytes = bytesOf(encodeQrPayload(handoverOf(prep, TYPICAL_SCORES)));
  bytes[offset] = value;
  return payloadOf(bytes);
}

describe('typed errors', () => {
  // Byte offsets in a default-pack payload with locale "nl": 0 version, 1 pack index, 2–4 locale,
  // 5 mode, 6–11 scores, 12 talk, 13 focus, 14 expectations, 15 answer count, 16… answers.
  const typical = encodeQrPayload(handoverOf(TYPICAL_NL, TYPICAL_SCORES));
  const cases: [string, string, QrPayloadError][] = [
    ['an empty text', '', { kind: 'wrong-prefix' }],
    ['a URL', 'https://example.org/', { kind: 'wrong-prefix' }],
    ['a lower-case prefix', typical.toLowerCase(), { kind: 'wrong-prefix' }],
    ['a prefix without colon', 'SSP1', { kind: 'wrong-prefix' }],
    ['a newer envelope', 'SSP2:ABC', { kind: 'unknown-version', version: 2 }],
    ['a newer layout', withByte(0, 2), { kind: 'unknown-version', version: 2 }],
    ['layout 0', payloadOf([0]), { kind: 'unknown-version', version: 0 }],
    ['nothing after the prefix', 'SSP1:', { kind: 'truncated', offset: 0 }],
    [
      'base45 of a bad length',
      'SSP1:ABCD',
      {
        kind: 'bad-encoding',
        reason: 'base45',
        offset: 4,
        base45: { kind: 'invalid-length', length: 4 },
      },
    ],
    [
      'a lower-case base45 character',
      'SSP1:BB8a0',
      {
        kind: 'bad-encoding',
        reason: 'base45',
        offset: 3,
        base45: { kind: 'invalid-character', character: 'a', position: 3 },
      },
    ],
    ['invalid UTF-8', withByte(3, 0xff), { kind: 'bad-encoding', reason: 'utf8', offset: 3 }],
    [
      'an unknown pack index',
      withByte(1, 9),
      { kind: 'bad-encoding', reason: 'pack-index', offset: 1 },
    ],
    ['mode 3', withByte(5, 3), { kind: 'bad-encoding', reason: 'mode', offset: 5 }],
    ['score 10.1', withByte(8, 101), { kind: 'bad-encoding', reason: 'score', offset: 8 }],
    [
      'talk bit 6',
      withByte(12, 0x40),
      { kind: 'bad-encoding', reason: 'reserved-bits', offset: 12 },
    ],
    ['focus 6', withByte(13, 6), { kind: 'bad-encoding', reason: 'focus', offset: 13 }],
    [
      'expectation bit 7',
      withByte(14, 0x80),
      { kind: 'bad-encoding', reason: 'reserved-bits', offset: 14 },
    ],
    [
      'answer id tag 0xF6',
      withByte(16, 0xf6),
      { kind: 'bad-encoding', reason: 'answer-id', offset: 16 },
    ],
    [
      'a byte too many',
      payloadOf([...bytesOf(typical), 0]),
      {
        kind: 'bad-encoding',
        reason: 'trailing-bytes',
        offset: bytesOf(typical).length,
      },
    ],
    [
      'locale NL',
      withByte(3, 0x4e),
      { kind: 'invalid', path: ['locale'], message: expect.any(String) },
    ],
    [
      'an answer of 11',
      withByte(18, 11),
      { kind: 'invalid', path: ['answers', 'dagelijks-1'], message: expect.any(String) },
    ],
  ];
  it.each(cases)('%s', (_, text, error) => {
    expect(decodeQrPayload(text)).toEqual({ ok: false, error });
  });

  it('refuses a duplicate answer id', () => {
    // Two answers to lichaam-3: once in the two-byte form, once spelled out.
    const bytes = [...bytesOf(encodeQrPayload(handoverOf(EMPTY, [])))];
    const id = [...new TextEncoder().encode('lichaam-3')];
    bytes.splice(15, 1, 2, 0xf0, 3, 5, id.length, ...id, 6);
    expect(decodeQrPayload(payloadOf(bytes))).toEqual({
      ok: false,
      error: { kind: 'bad-encoding', reason: 'duplicate-answer', offset: 19 },
    });
  });

  it('refuses free text over its limit through the schema', () => {
    const long = { ...EMPTY, change: 'a'.repeat(TEXT_LIMITS.change + 1) };
    expect(decodeQrPayload(encodeQrPayload(handoverOf(long, [])))).toMatchObject({
      ok: false,
      error: { kind: 'invalid', path: ['change'] },
    });
  });

  it('produces every error kind in the cases above', () => {
    expect(new Set(cases.map(([, , e]) => e.kind))).toEqual(new Set(ERROR_KINDS));
  });

  it.each([
    ['typical Dutch', handoverOf(TYPICAL_NL, TYPICAL_SCORES)],
    ['quick, Arabic, own pack', handoverOf(QUICK_AR, TYPICAL_SCORES)],
    ['empty', handoverOf(EMPTY, [])],
    ['worst case', worstCase()],
  ])('%s: every truncation is reported as truncated', (_, handover) => {
    const bytes = bytesOf(encodeQrPayload(handover));
    for (let length = 0; length < bytes.length; length++) {
      const result = decodeQrPayload(payloadOf(bytes.subarray(0, length)));
      expect(result).toMatchObject({ ok: false, error: { kind: 'truncated' } });
    }
    // And cut anywhere in the text, it never decodes.
    const text = encodeQrPayload(handover);
    for (let length = 0; length < text.length; length++) {
      expect(decodeQrPayload(text.slice(0, length)).ok).toBe(false);
    }
  });
});

describe('fuzz: decoding never throws', () => {
  const check = (text: string): string => {
    const result = decodeQrPayload(text);
    if (result.ok) {
      // Whatever decodes is a valid handover that survives another trip unchanged.
      expect(decodeQrPayload(encodeQrPayload(result.value))).toEqual(result);
      return 'ok';
    }
    expect(ERROR_KINDS).toContain(result.error.kind);
    return result.error.kind;
  };
  const utf16 = fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  });

  it('10,000 arbitrary strings', () => {
    const base45ish = fc.string({ unit: fc.constantFrom(...BASE45_ALPHABET, 'a', '\u0000') });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          utf16,
          utf16.map((s) => QR_PREFIX + s),
          base45ish.map((s) => QR_PREFIX + s),
        ),
        (text) => {
          check(text);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('10,000 times SSP1: + base45 of random bytes', () => {
    const valid = [TYPICAL_NL, QUICK_AR, EMPTY].map((p) =>
      bytesOf(encodeQrPayload(handoverOf(p, TYPICAL_SCORES))),
    );
    const bytesArb = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      // Version 1 and a known pack, so the reader gets past the header.
      fc.uint8Array({ maxLength: 400 }).map((tail) => Uint8Array.from([1, 1, ...tail])),
      // A valid payload with a few bytes changed, cut or extended: reaches every field.
      fc
        .tuple(
          fc.constantFrom(...valid),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
          fc.option(fc.nat()),
        )
        .map(([bytes, changes, end]) => {
          const copy = Uint8Array.from(bytes);
          for (const [at, value] of changes) copy[at % copy.length] = value;
          return end === null ? copy : copy.subarray(0, end % (copy.length + 2));
        }),
    );
    const seen = new Set<string>();
    fc.assert(
      fc.property(bytesArb, (bytes) => {
        seen.add(check(payloadOf(bytes)));
      }),
      { numRuns: 10_000 },
    );
    // Sanity: the inputs reach past the header into every outcome.
    expect([...seen].sort()).toEqual([
      'bad-encoding',
      'invalid',
      'ok',
      'truncated',
      'unknown-version',
    ]);
  });

  it('copes with huge inputs', () => {
    expect(decodeQrPayload('x'.repeat(2_000_000))).toEqual({
      ok: false,
      error: { kind: 'wrong-prefix' },
    });
    expect(decodeQrPayload(QR_PREFIX + '0'.repeat(3_000_000))).toEqual({
      ok: false,
      error: { kind: 'unknown-version', version: 0 },
    });
  });
});
