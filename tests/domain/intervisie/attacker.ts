import type { Suppressed } from '../../../src/domain/intervisie/suppression';
import { GROUPS, groupCells, TOTAL } from '../../../src/domain/intervisie/tally';

/**
 * A reader who holds only a file and tries to work its hidden cells out, written apart from
 * suppression.ts. Per group: the hidden cells (and a yes-group's unwritten rest) add up to the
 * total minus what is shown; `<5` is 0–4, `x` and the rest 0 to that sum. Every value of a cell
 * for which the others can still make up the sum is possible: brute force, value by value.
 *
 * Returns, per hidden cell and per rest, the values it could have.
 */
export function possibleValues(file: Suppressed): Map<string, number[]> {
  const total = file[TOTAL];
  if (typeof total !== 'number') throw new Error('the total is hidden');
  const out = new Map<string, number[]>();
  for (const group of GROUPS) {
    const cells = groupCells(group, file as Record<string, number>);
    const shown = cells.reduce(
      (s, c) => s + (typeof file[c] === 'number' ? (file[c] as number) : 0),
      0,
    );
    const sum = total - shown;
    const unknown: { name: string; max: number }[] = cells
      .filter((c) => typeof file[c] !== 'number')
      .map((c) => ({ name: c, max: file[c] === '<5' ? 4 : sum }));
    if (!group.partition) unknown.push({ name: `${group.id}:rest`, max: sum });
    for (const [i, u] of unknown.entries()) {
      const others = unknown.filter((_, j) => j !== i);
      const othersMax = others.reduce((s, o) => s + o.max, 0);
      const values: number[] = [];
      // The others can make any sum from 0 to their maxima's sum: each runs 0..max.
      for (let v = 0; v <= Math.min(u.max, sum); v++) if (sum - v <= othersMax) values.push(v);
      out.set(u.name, values);
    }
  }
  return out;
}
