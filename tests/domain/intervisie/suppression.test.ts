import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALL, suppress } from '../../../src/domain/intervisie/suppression';
import { type Counts, GROUPS, groupCells, TOTAL } from '../../../src/domain/intervisie/tally';
import { possibleValues } from './attacker';
import { arbitraryCounts } from './fixtures';

/** A full tally: every fixed cell 10 unless given, partitions adding up. */
function counts(total: number, cells: Counts): Counts {
  const out: Counts = { [TOTAL]: total };
  for (const group of GROUPS) {
    const given = group.cells.filter((c) => c in cells);
    const left = total - given.reduce((s, c) => s + (cells[c] ?? 0), 0);
    group.cells.forEach((c, i) => {
      if (c in cells) out[c] = cells[c] ?? 0;
      else if (group.partition) out[c] = i === group.cells.length - 1 ? left : 0;
      else out[c] = 10;
    });
    if (group.partition) {
      // Put the rest into the first cell not given, the others 0.
      const free = group.cells.filter((c) => !(c in cells));
      free.forEach((c, i) => {
        out[c] = i === 0 ? left : 0;
      });
    }
  }
  return { ...out, ...cells };
}

describe('suppress', () => {
  it('shows the total and every count of 5 or more, and writes a small count as <5', () => {
    const c = counts(40, { 'prep:code': 20, 'prep:qr': 10, 'prep:samen': 7, 'prep:none': 3 });
    const s = suppress(c);
    expect(s[TOTAL]).toBe(40);
    expect(s['prep:none']).toBe('<5');
    expect(s['prep:code']).toBe(20);
    expect(s['prep:qr']).toBe(10);
    // 3 = 40 - 20 - 10 - 7: the smallest other cell is hidden with it.
    expect(s['prep:samen']).toBe('x');
  });

  it('hides no second cell where two small ones already hide each other', () => {
    const s = suppress(
      counts(30, { 'prep:code': 25, 'prep:qr': 3, 'prep:samen': 2, 'prep:none': 0 }),
    );
    expect([s['prep:code'], s['prep:qr'], s['prep:samen'], s['prep:none']]).toEqual([
      25,
      '<5',
      '<5',
      '<5',
    ]);
  });

  it('hides a yes when the rest of the consults, the no, is small', () => {
    const s = suppress(counts(30, { 'talk:lichaam': 27 }));
    expect(s['talk:lichaam']).toBe('x');
    const kept = suppress(counts(30, { 'talk:lichaam': 25 }));
    expect(kept['talk:lichaam']).toBe(25);
  });

  it('hides a third cell where two small cells of 4 would add up to a sum that pins them', () => {
    // 4 + 4 = 30 - 22, and each is at most 4: both would be 4 for certain.
    const s = suppress(counts(30, { 'lang:nl': 22, 'lang:other': 4, 'lang:unknown': 4 }));
    expect([s['lang:nl'], s['lang:other'], s['lang:unknown']]).toEqual(['x', '<5', '<5']);
    const possible = possibleValues(s);
    expect(possible.get('lang:other')).toEqual([0, 1, 2, 3, 4]);
  });

  it('hides every cell of a card that few consults used, and its complement', () => {
    const c = { ...counts(30, {}), 'card:a@1.0.0': 2, 'card:none': 28 };
    const s = suppress(c);
    expect(s['card:a@1.0.0']).toBe('<5');
    expect(s['card:none']).toBe('x');
  });

  it('treats cells hidden before (a merge) as unknown, and hides a second one with them', () => {
    const c = counts(60, { 'choice:yes': 40, 'choice:no': 20 });
    const s = suppress(c, new Set(['choice:no']));
    expect(s['choice:no']).toBe('x');
    expect(s['choice:yes']).toBe('x');
  });

  it('never lets a small cell, or a small rest, be worked out from the totals (property)', () => {
    fc.assert(
      fc.property(arbitraryCounts, fc.boolean(), (c, preHide) => {
        const hidden = new Set(
          preHide
            ? Object.keys(c)
                .filter((k) => k.startsWith('kind:'))
                .slice(0, 1)
            : [],
        );
        const s = suppress(c, hidden);
        const possible = possibleValues(s);
        for (const group of GROUPS) {
          const cells = groupCells(group, c);
          for (const cell of cells) {
            const value = c[cell] ?? 0;
            const shown = s[cell];
            if (value < SMALL) expect(typeof shown, `${cell} = ${value} shown`).not.toBe('number');
            if (typeof shown === 'number') expect(shown).toBe(value);
            else {
              const values = possible.get(cell) ?? [];
              // The truth is among what the reader thinks possible, and never alone there.
              if (!hidden.has(cell)) expect(values).toContain(value);
              expect(values.length, `${cell} worked out in ${JSON.stringify(s)}`).toBeGreaterThan(
                1,
              );
            }
          }
          if (!group.partition) {
            const rest = (c[TOTAL] ?? 0) - cells.reduce((t, x) => t + (c[x] ?? 0), 0);
            const values = possible.get(`${group.id}:rest`) ?? [];
            if (rest < SMALL) expect(values.length, `${group.id} rest ${rest}`).toBeGreaterThan(1);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('would leak without the complementary step: the test can tell', () => {
    // The reader, given only primary suppression, works the small cell out exactly.
    const naive = {
      [TOTAL]: 40,
      'prep:code': 20,
      'prep:qr': 10,
      'prep:samen': 7,
      'prep:none': '<5' as const,
    };
    const full = { ...suppress(counts(40, {})), ...naive };
    expect(possibleValues(full).get('prep:none')).toEqual([3]);
  });
});
