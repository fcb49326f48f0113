import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETENTION } from '../../src/domain/retention';
import { LANGUAGES } from '../../src/i18n';
import {
  IDLE_SECONDS,
  KLAAR_SECONDS,
  parseConsultAttributes,
  parseVragenlijstAttributes,
  type Warn,
} from '../../src/ui/attributes';

// Element attributes come from any host page (docs/architecture.md, "Quality bars": bad input): whatever they say, the
// widgets get values inside their documented ranges, and never an exception.

const RUNS = { numRuns: 10_000 };
const CODES = LANGUAGES.map((l) => l.code);
const noWarn: Warn = () => undefined;

/** Strings an attribute could hold: random, numeric, URL-like and known-valid ones. */
const attributeText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.integer({ min: -100_000, max: 10_000_000 }).map(String),
  fc
    .tuple(fc.constantFrom('', ' ', '\t', '\n', '\u00A0', '\uFEFF', '+', '0'), fc.nat(5000))
    .map(([pad, n]) => `${pad}${n}${pad}`),
  fc.webPath(),
  fc.webUrl(),
  fc.constantFrom(
    ...CODES,
    'NL',
    'nl-NL',
    ' nl',
    'xx',
    '',
    'false',
    '29',
    '30',
    '3600',
    '3601',
    '0',
    '1',
    '90',
    '91',
    '1e3',
    '0x10',
    '12.5',
    'Infinity',
    '/packs/praktijk.{lang}.json',
    '{lang}',
    '//elders.example/pack.json',
    'https://elders.example/pack.json',
    'javascript:alert(1)',
    'data:application/json,{}',
    'blob:http://localhost:3000/x',
    'http://[bad',
    `/${'a'.repeat(2100)}`,
    '\u0000',
    '\u202E',
    '\uD800',
  ),
);
const attribute = fc.option(attributeText, { nil: null });

/** The documented reading of a number attribute: whole, 1–6 digits, in range; else null. */
function wholeIn(raw: string | null | undefined, min: number, max: number): number | null {
  if (raw == null || !/^\s*\d{1,6}\s*$/.test(raw)) return null;
  const value = Number.parseInt(raw, 10);
  return value >= min && value <= max ? value : null;
}

function sameOrigin(url: string): boolean {
  return new URL(url.replaceAll('{lang}', 'nl'), location.href).origin === location.origin;
}

describe('parseVragenlijstAttributes, fuzzed', () => {
  it('keeps every value in its documented range', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            locale: attribute,
            kiosk: attribute,
            'idle-seconds': attribute,
            'klaar-seconds': attribute,
            pack: attribute,
            'emit-data': attribute,
          },
          { requiredKeys: [] },
        ),
        (raw) => {
          const parsed = parseVragenlijstAttributes(raw, noWarn);
          expect(Object.keys(parsed).sort()).toEqual([
            'emitData',
            'idleSeconds',
            'kiosk',
            'klaarSeconds',
            'locale',
            'pack',
          ]);
          expect(CODES).toContain(parsed.locale);
          expect(typeof parsed.kiosk).toBe('boolean');
          expect(Number.isInteger(parsed.idleSeconds)).toBe(true);
          expect(parsed.idleSeconds).toBeGreaterThanOrEqual(IDLE_SECONDS.min);
          expect(parsed.idleSeconds).toBeLessThanOrEqual(IDLE_SECONDS.max);
          if (parsed.pack !== null) {
            // Only ever the host's own text, and only when it points at the page's own origin.
            expect(parsed.pack).toBe(raw.pack);
            expect(sameOrigin(parsed.pack)).toBe(true);
          }
          // A valid value is used as given; anything else, or nothing, is the default.
          expect(parsed.locale).toBe(CODES.includes(raw.locale ?? '') ? raw.locale : 'nl');
          expect(parsed.idleSeconds).toBe(
            wholeIn(raw['idle-seconds'], IDLE_SECONDS.min, IDLE_SECONDS.max) ??
              IDLE_SECONDS.default,
          );
          expect(parsed.klaarSeconds).toBe(
            wholeIn(raw['klaar-seconds'], KLAAR_SECONDS.min, KLAAR_SECONDS.max) ??
              KLAAR_SECONDS.default,
          );
          if (raw.pack == null) expect(parsed.pack).toBeNull();
          if (raw.kiosk == null) expect(parsed.kiosk).toBe(false);
          // The patient's words reach the host only when it asked, in the way HTML reads a flag.
          expect(parsed.emitData).toBe(
            raw['emit-data'] != null && raw['emit-data'].trim().toLowerCase() !== 'false',
          );
        },
      ),
      RUNS,
    );
  });
});

describe('parseConsultAttributes, fuzzed', () => {
  it('keeps the retention between 1 and 90 days', () => {
    fc.assert(
      fc.property(fc.record({ 'retention-days': attribute }, { requiredKeys: [] }), (raw) => {
        const { retentionDays } = parseConsultAttributes(raw, noWarn);
        expect(Number.isInteger(retentionDays)).toBe(true);
        expect(retentionDays).toBeGreaterThanOrEqual(RETENTION.min);
        expect(retentionDays).toBeLessThanOrEqual(RETENTION.max);
        expect(retentionDays).toBe(
          wholeIn(raw['retention-days'], RETENTION.min, RETENTION.max) ?? RETENTION.default,
        );
      }),
      RUNS,
    );
  });
});
