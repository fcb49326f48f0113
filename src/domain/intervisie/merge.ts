import type { IntervisieFile } from './intervisiefile';
import { type Suppressed, suppress } from './suppression';
import { addCounts, type Counts } from './tally';

/**
 * Pooling for the meeting (docs/architecture.md, "Intervisie"): several GPs' files added up and
 * suppressed again. A cell any file had hidden stays hidden: only its shown part is known.
 */
export interface Merged {
  gps: number;
  files: number;
  period: { from: string; to: string };
  pseudonyms: string[];
  counts: Suppressed;
}

/** The shown counts of a file as numbers, and the names it hid. */
function split(cells: Suppressed): { counts: Counts; hidden: string[] } {
  const counts: Counts = {};
  const hidden: string[] = [];
  for (const [key, cell] of Object.entries(cells)) {
    if (typeof cell === 'number') counts[key] = cell;
    else {
      counts[key] = 0;
      hidden.push(key);
    }
  }
  return { counts, hidden };
}

/** Add several files' counts, then suppress the sum; null for no files. */
export function mergeFiles(files: readonly IntervisieFile[]): Merged | null {
  const first = files[0];
  if (!first) return null;
  let counts: Counts = {};
  const hidden = new Set<string>();
  for (const file of files) {
    const part = split(file.counts);
    counts = addCounts(counts, part.counts);
    for (const key of part.hidden) hidden.add(key);
  }
  return {
    gps: files.reduce((n, f) => n + f.gps, 0),
    files: files.length,
    // Months as `YYYY-MM` sort as text.
    period: {
      from: files.map((f) => f.period.from).sort()[0] ?? first.period.from,
      to:
        files
          .map((f) => f.period.to)
          .sort()
          .at(-1) ?? first.period.to,
    },
    pseudonyms: files.flatMap((f) => (f.pseudonym ? [f.pseudonym] : [])),
    counts: suppress(counts, hidden),
  };
}
