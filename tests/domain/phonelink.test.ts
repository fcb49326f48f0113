import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE45_ALPHABET } from '../../src/domain/base45';
import { DIMENSIONS } from '../../src/domain/dimensions';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import {
  fragmentPayload,
  phoneFragment,
  phoneLink,
  readPhoneFragment,
} from '../../src/domain/phonelink';
import { emptyPreparation } from '../../src/domain/preparation';
import { encodeQrPayload, QR_PREFIX, type QrHandover } from '../../src/domain/qrpayload';

const RUNS = { numRuns: 10_000 };

function handover(question: string): QrHandover {
  const detail = { ...emptyPreparation(DEFAULT_PACK, 'nl'), question };
  return {
    pack: detail.pack,
    scores: Object.fromEntries(DIMENSIONS.map((d) => [d, 7])) as QrHandover['scores'],
    talk: [],
    focus: null,
    expectations: [],
    locale: detail.locale,
    mode: detail.mode,
    detail,
  };
}

const base45 = fc
  .array(fc.constantFrom(...BASE45_ALPHABET.split('')), { maxLength: 200 })
  .map((chars) => `${QR_PREFIX}${chars.join('')}`);

describe('the phone link', () => {
  it('puts the payload in the fragment only, on the same page without its query', () => {
    const payload = encodeQrPayload(handover('Mag ik weer zingen?'));
    const link = phoneLink('https://praktijk.example/wacht/patient.html?x=1#oud', payload);
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe('https://praktijk.example/wacht/patient.html');
    expect(url.search).toBe('');
    // The URL parser leaves the fragment as written: every character is URL-safe.
    expect(url.hash).toBe(`#${phoneFragment(payload)}`);
    expect(url.hash).not.toMatch(/[ ?]/);
    const read = readPhoneFragment(url.hash);
    expect(read).toMatchObject({ kind: 'ok', payload });
    if (read.kind === 'ok') expect(read.handover.detail.question).toBe('Mag ik weer zingen?');
  });

  it('round-trips every base45 text, and the fragment stays QR alphanumeric', () => {
    fc.assert(
      fc.property(base45, (payload) => {
        const fragment = phoneFragment(payload);
        expect(fragment).toMatch(/^[0-9A-Z$%*+\-./:]*$/);
        expect(fragment).not.toContain(' ');
        expect(fragmentPayload(`#${fragment}`)).toBe(payload);
        expect(new URL(`https://a.example/p.html#${fragment}`).hash).toBe(`#${fragment}`);
      }),
      RUNS,
    );
  });

  it('keeps an encoded % apart from an encoded space', () => {
    expect(phoneFragment('SSP1:% 20')).toBe('SSP1:%25%2020');
    expect(fragmentPayload('#SSP1:%25%2020')).toBe('SSP1:% 20');
    expect(fragmentPayload('#SSP1:%2520')).toBe('SSP1:%20');
  });

  it.each([
    ['#', 'none'],
    ['', 'none'],
    ['#top', 'bad'],
    ['#SSP1:', 'bad'],
    ['#SSP1:%', 'bad'],
    ['#SSP1:%41', 'bad'],
    ['#SSP1: ', 'bad'],
    ['#SSP1:abc', 'bad'],
    ['#SSP9:00', 'bad'],
  ])('reads %j as %s', (hash, kind) => {
    expect(readPhoneFragment(hash).kind).toBe(kind);
  });

  it('never throws on any fragment', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const read = readPhoneFragment(`#${s}`);
        expect(['none', 'bad', 'ok']).toContain(read.kind);
      }),
      RUNS,
    );
  });

  it('refuses a fragment longer than any payload', () => {
    expect(readPhoneFragment(`#SSP1:${'0'.repeat(20_000)}`).kind).toBe('bad');
  });
});
