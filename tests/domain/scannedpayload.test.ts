import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeConsultcode } from '../../src/domain/consultcode';
import { DIMENSIONS, EXPECTATIONS } from '../../src/domain/dimensions';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import type { Preparation } from '../../src/domain/preparation';
import { encodeQrPayload, type QrHandover } from '../../src/domain/qrpayload';
import { readScannedPayload } from '../../src/domain/scannedpayload';
import { typedPayload } from '../../src/domain/typedpayload';

const PREPARATION: Preparation = {
  pack: DEFAULT_PACK,
  locale: 'nl',
  mode: 'quick',
  answers: { 'lichaam-kort': 6, 'mentaal-kort': 4, 'meedoen-kort': 3 },
  talk: ['mentaal', 'meedoen'],
  focus: 'meedoen',
  change: 'Meer mensen zien.',
  need: '',
  expectations: ['uitleg', 'meedenken'],
  question: 'Ik ben moe sinds de verhuizing.',
};

const handover = (detail: Preparation): QrHandover => ({
  pack: detail.pack,
  scores: { lichaam: 6, mentaal: 4, zingeving: null, kwaliteit: 7, meedoen: 3, dagelijks: 5 },
  talk: detail.talk,
  focus: detail.focus,
  expectations: detail.expectations,
  locale: detail.locale,
  mode: detail.mode,
  detail,
});

const PAYLOAD = encodeQrPayload(handover(PREPARATION));

/** Preparations with free text of any length and script, as a scanner would type them. */
const preparationArb: fc.Arbitrary<Preparation> = fc.record({
  pack: fc.constant(DEFAULT_PACK),
  locale: fc.constantFrom('nl', 'en', 'ar'),
  mode: fc.constant('quick' as const),
  answers: fc.constant({ 'lichaam-kort': 6 }),
  talk: fc.subarray([...DIMENSIONS]),
  focus: fc.option(fc.constantFrom(...DIMENSIONS), { nil: null }),
  change: fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.slice(0, 40)),
  need: fc.constant(''),
  expectations: fc.subarray([...EXPECTATIONS]),
  question: fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => s.slice(0, 60)),
});

describe('typedPayload', () => {
  it('finds no payload in a consultcode, typed in any form, or in its start', () => {
    const code = encodeConsultcode(handover(PREPARATION));
    for (const text of [
      '',
      code,
      code.toLowerCase(),
      code.replaceAll('-', ' '),
      'S',
      'SSP',
      'SSP1',
    ]) {
      expect(typedPayload(text)).toBeNull();
    }
  });

  it('finds the payload from its marker on, in upper case, after anything typed before', () => {
    expect(typedPayload(PAYLOAD)).toBe(PAYLOAD);
    expect(typedPayload(PAYLOAD.toLowerCase())).toBe(PAYLOAD);
    expect(typedPayload(`9CH${PAYLOAD}`)).toBe(PAYLOAD);
    expect(typedPayload('SSP1:')).toBe('SSP1:');
    expect(typedPayload('ssp2:ABC')).toBe('SSP2:ABC');
  });

  it('finds every payload whatever consultcode characters were typed before it', () => {
    const typedBefore = fc.string({
      unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ- '),
    });
    fc.assert(
      fc.property(typedBefore, preparationArb, (before, detail) => {
        const payload = encodeQrPayload(handover(detail));
        expect(typedPayload(before + payload)).toBe(payload);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readScannedPayload', () => {
  it('opens a whole payload as the webcam does, the patient’s words included', () => {
    const read = readScannedPayload(PAYLOAD);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.handover.detail.question).toBe('Ik ben moe sinds de verhuizing.');
    expect(read.handover.detail.change).toBe('Meer mensen zien.');
    expect(read.handover.talk).toEqual(['mentaal', 'meedoen']);
  });

  it('calls every strict start of a payload unfinished (or, rarely, a whole other one), never wrong', () => {
    // While the scanner types, no start of a payload is refused: it may only be waited for.
    fc.assert(
      fc.property(preparationArb, (detail) => {
        const payload = encodeQrPayload(handover(detail));
        for (let end = 'SSP1:'.length; end < payload.length; end++) {
          const read = readScannedPayload(payload.slice(0, end));
          expect(['unfinished', 'ok']).toContain(read.kind);
        }
        expect(readScannedPayload(payload)).toMatchObject({ kind: 'ok', handover: { detail } });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a damaged payload, one with characters after its end, and another format', () => {
    const broken = `${PAYLOAD.slice(0, 12)}#${PAYLOAD.slice(13)}`;
    expect(readScannedPayload(broken).kind).toBe('invalid');
    expect(readScannedPayload(`${PAYLOAD}000`).kind).toBe('invalid');
    expect(readScannedPayload(`${PAYLOAD}0`).kind).toBe('invalid');
    expect(readScannedPayload('SSP2:ABC').kind).toBe('unknown-version');
    // A version byte this installation does not know.
    expect(readScannedPayload('SSP1:A0').kind).toBe('unknown-version');
  });
});
