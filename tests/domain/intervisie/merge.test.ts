import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportQuarter } from '../../../src/domain/intervisie/export';
import type { IntervisieFile } from '../../../src/domain/intervisie/intervisiefile';
import { mergeFiles } from '../../../src/domain/intervisie/merge';
import { addCounts, type Counts, TOTAL } from '../../../src/domain/intervisie/tally';
import { possibleValues } from './attacker';
import { countsArbitrary } from './fixtures';

const raw = fc.dictionary(
  fc.constantFrom(TOTAL, 'prep:qr', 'kind:afwachten', 'talk:lichaam', 'card:a@1.0.0'),
  fc.nat({ max: 1000 }),
);

/** The file a GP with these counts in 2026-Q4 would export. */
function fileOf(counts: Counts, pseudonym = ''): IntervisieFile {
  const result = exportQuarter([{ month: '2026-11', counts }], '2026-Q4', pseudonym);
  if (!result.ok) throw new Error(result.reason);
  return result.file;
}

describe('merging', () => {
  it('adds unsuppressed counts commutatively (property)', () => {
    fc.assert(
      fc.property(raw, raw, (a, b) => {
        expect(addCounts(a, b)).toEqual(addCounts(b, a));
      }),
    );
  });

  it('adds unsuppressed counts associatively (property)', () => {
    fc.assert(
      fc.property(raw, raw, raw, (a, b, c) => {
        expect(addCounts(addCounts(a, b), c)).toEqual(addCounts(a, addCounts(b, c)));
      }),
    );
  });

  it('gives the same group figures whatever the order of the files (property)', () => {
    fc.assert(
      fc.property(fc.array(countsArbitrary(), { minLength: 1, maxLength: 4 }), (all) => {
        const files = all.map((c) => fileOf(c));
        const once = mergeFiles(files)?.counts;
        expect(mergeFiles([...files].reverse())?.counts).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('adds the totals, counts the GPs, and keeps every small cell of the group hidden (property)', () => {
    fc.assert(
      fc.property(fc.array(countsArbitrary(), { minLength: 2, maxLength: 4 }), (all) => {
        const merged = mergeFiles(all.map((c) => fileOf(c)));
        if (!merged) throw new Error('no merge');
        expect(merged.gps).toBe(all.length);
        expect(merged.counts[TOTAL]).toBe(all.reduce((s, c) => s + (c[TOTAL] ?? 0), 0));
        const truth = all.reduce((s, c) => addCounts(s, c), {} as Counts);
        const possible = possibleValues(merged.counts);
        for (const [cell, shown] of Object.entries(merged.counts)) {
          const value = truth[cell] ?? 0;
          if (typeof shown === 'number') expect(shown, cell).toBe(value);
          else expect(possible.get(cell)?.length, cell).toBeGreaterThan(1);
          if (value < 5) expect(typeof shown, cell).not.toBe('number');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('spans the files’ periods and lists their pseudonyms', () => {
    const a = fileOf({ [TOTAL]: 30, 'prep:none': 30 }, 'Huisarts A');
    const b = {
      ...fileOf({ [TOTAL]: 40, 'prep:none': 40 }),
      period: { from: '2027-01', to: '2027-03' },
    };
    const merged = mergeFiles([a, b]);
    expect(merged?.period).toEqual({ from: '2026-10', to: '2027-03' });
    expect(merged?.pseudonyms).toEqual(['Huisarts A']);
    expect(merged?.counts[TOTAL]).toBe(70);
    expect(merged?.gps).toBe(2);
    expect(mergeFiles([])).toBeNull();
  });
});
