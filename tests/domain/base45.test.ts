import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE45_ALPHABET, decodeBase45, encodeBase45 } from '../../src/domain/base45';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('base45 (RFC 9285)', () => {
  // RFC 9285 §4.3 and §4.4.
  const vectors: [string, string][] = [
    ['AB', 'BB8'],
    ['Hello!!', '%69 VD92EX0'],
    ['base-45', 'UJCLQE7W581'],
    ['ietf!', 'QED8WEX0'],
  ];
  it.each(vectors)('encodes %j as %j', (plain, encoded) => {
    expect(encodeBase45(ascii(plain))).toBe(encoded);
  });
  it.each(vectors)('decodes %j from %j', (plain, encoded) => {
    expect(decodeBase45(encoded)).toEqual({ ok: true, value: ascii(plain) });
  });

  it('maps the empty input to the empty text and back', () => {
    expect(encodeBase45(new Uint8Array())).toBe('');
    expect(decodeBase45('')).toEqual({ ok: true, value: new Uint8Array() });
  });

  it('covers the extremes of a group', () => {
    expect(encodeBase45(Uint8Array.of(0xff, 0xff))).toBe('FGW'); // 65535 = 15 + 16·45 + 32·45²
    expect(encodeBase45(Uint8Array.of(0xff))).toBe('U5'); // 255 = 30 + 5·45
    expect(encodeBase45(Uint8Array.of(0, 0))).toBe('000');
  });

  it('round-trips any bytes, in the QR alphanumeric set only', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase45(bytes);
        expect(text).toMatch(/^[0-9A-Z $%*+\-./:]*$/);
        expect(text.length).toBe(Math.floor(bytes.length / 2) * 3 + (bytes.length % 2) * 2);
        expect(decodeBase45(text)).toEqual({ ok: true, value: bytes });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a character outside the alphabet, naming the first one', () => {
    expect(decodeBase45('BB8FGWaa')).toEqual({
      ok: false,
      error: { kind: 'invalid-character', character: 'a', position: 6 },
    });
    expect(decodeBase45('bb8')).toEqual({
      ok: false,
      error: { kind: 'invalid-character', character: 'b', position: 0 },
    });
  });

  it('refuses a length of 3k + 1', () => {
    expect(decodeBase45('BB8G')).toEqual({
      ok: false,
      error: { kind: 'invalid-length', length: 4 },
    });
  });

  it('refuses groups above 65535 and pairs above 255', () => {
    expect(decodeBase45('GGW')).toEqual({
      ok: false,
      error: { kind: 'value-too-large', position: 0 },
    });
    expect(decodeBase45('BB8V5')).toEqual({
      ok: false,
      error: { kind: 'value-too-large', position: 3 },
    });
    expect(decodeBase45(':::')).toMatchObject({ ok: false, error: { kind: 'value-too-large' } });
  });

  it('never throws, for any text', () => {
    const alphabetText = fc.string({ unit: fc.constantFrom(...BASE45_ALPHABET), maxLength: 60 });
    const utf16 = fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), utf16, alphabetText), (text) => {
        const result = decodeBase45(text);
        if (result.ok) expect(encodeBase45(result.value)).toBe(text);
        else
          expect(['invalid-character', 'invalid-length', 'value-too-large']).toContain(
            result.error.kind,
          );
      }),
      { numRuns: 10_000 },
    );
  });
});
