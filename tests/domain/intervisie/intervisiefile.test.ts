import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportQuarter } from '../../../src/domain/intervisie/export';
import {
  FILE_FORMAT,
  MAX_FILE_BYTES,
  type ReadResult,
  readIntervisieFile,
  writeIntervisieFile,
} from '../../../src/domain/intervisie/intervisiefile';
import {
  applyContribution,
  type Counts,
  contributionOf,
  monthOf,
  TOTAL,
} from '../../../src/domain/intervisie/tally';
import { countsArbitrary, fullConsult } from './fixtures';

const RUNS = { numRuns: 10_000 };

function exported(counts: Counts, pseudonym = '') {
  const result = exportQuarter([{ month: '2026-12', counts }], '2026-Q4', pseudonym);
  if (!result.ok) throw new Error(result.reason);
  return result.file;
}

const sample = exported(
  fc.sample(countsArbitrary(30, 30), { numRuns: 1, seed: 7 })[0] as Counts,
  'Groep Noord 2',
);
const sampleText = writeIntervisieFile(sample);

describe('export', () => {
  it('refuses fewer than 25 consults, and says how many there are', () => {
    expect(exportQuarter([{ month: '2026-11', counts: { [TOTAL]: 24 } }], '2026-Q4', '')).toEqual({
      ok: false,
      reason: 'too-few',
      count: 24,
    });
    expect(exportQuarter([], '2026-Q4', '')).toEqual({ ok: false, reason: 'too-few', count: 0 });
  });

  it('refuses a pseudonym with more than letters, digits, spaces, dots and hyphens', () => {
    const counts = { [TOTAL]: 30 };
    expect(exportQuarter([{ month: '2026-11', counts }], '2026-Q4', 'a@b.nl')).toEqual({
      ok: false,
      reason: 'pseudonym',
    });
    expect(exportQuarter([{ month: '2026-11', counts }], '2026-Q4', 'Dr. Van-Dijk 2').ok).toBe(
      true,
    );
  });

  it('carries its format, version, period and what it counts, and reads back as written', () => {
    expect(sample).toMatchObject({
      format: FILE_FORMAT,
      version: 1,
      period: { from: '2026-10', to: '2026-12' },
      gps: 1,
    });
    expect(sample.counted).toContain('kind');
    expect(readIntervisieFile(sampleText)).toEqual({ ok: true, file: sample });
  });

  it('never holds a text typed into a consult, a day, or a consultcode', () => {
    const marker = 'ZQXMARKER';
    const start = new Date(2026, 10, 17, 9, 30).getTime();
    let counts: Counts = {};
    for (let i = 0; i < 30; i++)
      counts = applyContribution(counts, contributionOf(fullConsult(marker)), 1);
    const result = exportQuarter([{ month: monthOf(start), counts }], '2026-Q4', '');
    if (!result.ok) throw new Error(result.reason);
    const text = writeIntervisieFile(result.file);
    expect(text).not.toContain(marker);
    expect(text).not.toMatch(
      /\d{4}-\d{2}-\d{2}|17 november|\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3,4}\b/,
    );
    // Only the month strings of the period carry a date.
    expect(text.match(/\d{4}-\d{2}/g)).toEqual(['2026-10', '2026-12']);
  });
});

describe('reading a file', () => {
  it('refuses what is not an intervisie file, by kind', () => {
    expect(readIntervisieFile('{')).toEqual({ ok: false, error: 'not-json' });
    expect(readIntervisieFile('{"format":"fhir"}')).toEqual({ ok: false, error: 'not-intervisie' });
    expect(readIntervisieFile(sampleText.replace('"version": 1', '"version": 2'))).toEqual({
      ok: false,
      error: 'newer-version',
    });
    expect(readIntervisieFile(sampleText, MAX_FILE_BYTES + 1)).toEqual({
      ok: false,
      error: 'too-large',
    });
  });

  it('refuses a shown count below 5, a total below 25, an unknown counter and a missing cell', () => {
    const bad = (change: (f: Record<string, unknown>) => void) => {
      const f = structuredClone(sample) as unknown as Record<string, unknown>;
      change(f);
      return readIntervisieFile(JSON.stringify(f));
    };
    const counts = (f: Record<string, unknown>) => f.counts as Record<string, unknown>;
    expect(
      bad((f) => {
        counts(f)['prep:qr'] = 3;
      }),
    ).toEqual({ ok: false, error: 'invalid' });
    expect(
      bad((f) => {
        counts(f)[TOTAL] = 20;
      }),
    ).toEqual({ ok: false, error: 'invalid' });
    expect(
      bad((f) => {
        counts(f)['hulpvraag:moe'] = 7;
      }),
    ).toEqual({ ok: false, error: 'invalid' });
    expect(
      bad((f) => {
        delete counts(f)['kind:none'];
      }),
    ).toEqual({ ok: false, error: 'invalid' });
    expect(
      bad((f) => {
        f.pseudonym = '<script>';
      }),
    ).toEqual({ ok: false, error: 'invalid' });
    expect(
      bad((f) => {
        f.period = { from: '2026-12', to: '2026-10' };
      }),
    ).toEqual({ ok: false, error: 'invalid' });
    expect(
      bad((f) => {
        counts(f)['prep:qr'] = '<6';
      }),
    ).toEqual({ ok: false, error: 'invalid' });
  });

  it('drops fields it does not know', () => {
    const result = readIntervisieFile(sampleText.replace('{', '{"hulpvraag": "moe",'));
    expect(result.ok && 'hulpvraag' in result.file).toBe(false);
  });
});

/** A typed result: a file that writes and reads back the same, or one of the named errors. */
function expectTyped(result: ReadResult) {
  if (result.ok) expect(readIntervisieFile(writeIntervisieFile(result.file))).toEqual(result);
  else
    expect(['too-large', 'not-json', 'not-intervisie', 'newer-version', 'invalid']).toContain(
      result.error,
    );
  expect(Object.hasOwn(Object.prototype, 'x')).toBe(false);
}

describe('fuzzing the reader', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => expectTyped(readIntervisieFile(text))),
      RUNS,
    );
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => expectTyped(readIntervisieFile(JSON.stringify(v) ?? ''))),
      RUNS,
    );
  });

  it('never throws on a real file with one value replaced', () => {
    const keys = Object.keys(sample.counts);
    fc.assert(
      fc.property(
        fc.constantFrom(
          'format',
          'version',
          'period',
          'pseudonym',
          'gps',
          'counted',
          'counts',
          '__proto__',
        ),
        fc.constantFrom(...keys),
        fc.jsonValue(),
        fc.boolean(),
        (field, key, value, inCounts) => {
          const f = structuredClone(sample) as unknown as Record<string, unknown>;
          if (inCounts) (f.counts as Record<string, unknown>)[key] = value;
          else f[field] = value;
          expectTyped(readIntervisieFile(JSON.stringify(f)));
        },
      ),
      RUNS,
    );
  });

  it('never throws on a real file cut or with a character changed', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: sampleText.length }),
        fc.string({ minLength: 1, maxLength: 1 }),
        (at, c) => {
          expectTyped(readIntervisieFile(sampleText.slice(0, at)));
          expectTyped(readIntervisieFile(sampleText.slice(0, at) + c + sampleText.slice(at + 1)));
        },
      ),
      RUNS,
    );
  });
});
