import { type Counts, GROUPS, groupCells, TOTAL } from './tally';

/**
 * Small-cell suppression before counts leave the GP's computer (docs/architecture.md,
 * "Intervisie"). A count below {@link SMALL} is written `<5`. Where a hidden cell could still be
 * worked out from the total and the cells shown, more cells are hidden with it, written `x`
 * (complementary suppression). `x` means only "hidden": it may be any number, small or not.
 *
 * The reader's view, which the check below takes: in each group the unknown cells add up to the
 * total minus the cells shown; a `<5` lies in 0–4, an `x` (and a group's unwritten rest) in 0 to
 * that sum. No unknown cell may come out at one single value, and a rest below 5 may not either.
 */
export const SMALL = 5;

export type Cell = number | '<5' | 'x';
export type Suppressed = Record<string, Cell>;

type Unknown = '<5' | 'x' | 'rest';

/**
 * Whether each unknown comes out at one value, given that the unknowns add up to `sum`: each
 * lies at least at 0 and at most its own bound, and at least `sum` minus the others' bounds.
 */
function pinned(unknowns: readonly Unknown[], sum: number): boolean[] {
  const high = (u: Unknown) => (u === '<5' ? SMALL - 1 : sum);
  const highs = unknowns.reduce((s, u) => s + high(u), 0);
  return unknowns.map((u) => {
    const lo = Math.max(0, sum - (highs - high(u)));
    const hi = Math.min(high(u), sum);
    return lo >= hi;
  });
}

/**
 * Suppress counts for writing: `hidden` names cells that are already unknown (in a merge, those
 * some file had hidden). The total is always shown; a group's cells are hidden one by one, the
 * smallest first, until no small cell can be worked out.
 */
export function suppress(counts: Counts, hidden: ReadonlySet<string> = new Set()): Suppressed {
  const total = counts[TOTAL] ?? 0;
  const out: Suppressed = { [TOTAL]: total };
  for (const group of GROUPS) {
    const cells = groupCells(group, counts);
    const marks = new Map<string, Cell>();
    for (const cell of cells) {
      const n = counts[cell] ?? 0;
      marks.set(cell, hidden.has(cell) ? 'x' : n < SMALL ? '<5' : n);
    }
    const value = (cell: string) => counts[cell] ?? 0;
    const rest = group.partition ? null : total - cells.reduce((s, c) => s + value(c), 0);
    for (;;) {
      const unknown = cells.filter((c) => typeof marks.get(c) !== 'number');
      const shown = cells.filter((c) => typeof marks.get(c) === 'number');
      const sum = total - shown.reduce((s, c) => s + value(c), 0);
      const unknowns: Unknown[] = unknown.map((c) => (marks.get(c) === '<5' ? '<5' : 'x'));
      if (rest !== null) unknowns.push('rest');
      // The rest of a yes-group may be known exactly, as long as it is not small.
      const unsafe = pinned(unknowns, sum).some(
        (p, i) => p && (unknowns[i] !== 'rest' || (rest !== null && rest < SMALL)),
      );
      if (!unsafe) break;
      const next = shown.sort((a, b) => value(a) - value(b) || (a < b ? -1 : 1))[0];
      if (next !== undefined) {
        marks.set(next, 'x');
        continue;
      }
      // Every cell is hidden and a small one still comes out (all of them 4, say): then none of
      // them says it is small.
      for (const c of cells) marks.set(c, 'x');
      break;
    }
    for (const [cell, mark] of marks) out[cell] = mark;
  }
  return out;
}

/** A cell's count where it is shown, else null. */
export function shownCount(cells: Suppressed, key: string): number | null {
  const cell = cells[key];
  return typeof cell === 'number' ? cell : null;
}
