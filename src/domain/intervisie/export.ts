import {
  COUNTED,
  FILE_FORMAT,
  FILE_VERSION,
  type IntervisieFile,
  PSEUDONYM_PATTERN,
} from './intervisiefile';
import { suppress } from './suppression';
import {
  byQuarter,
  EXPORT_MINIMUM,
  type MonthTally,
  type Quarter,
  quarterMonths,
  TOTAL,
} from './tally';

export type ExportResult =
  | { ok: true; file: IntervisieFile }
  | { ok: false; reason: 'too-few'; count: number }
  | { ok: false; reason: 'pseudonym' };

/**
 * The file of one quarter: its months added up and suppressed. Fewer than
 * {@link EXPORT_MINIMUM} finished consults cannot be exported: so few leave too little to hide in.
 */
export function exportQuarter(
  months: readonly MonthTally[],
  quarter: Quarter,
  pseudonym: string,
): ExportResult {
  const name = pseudonym.trim();
  if (name !== '' && !PSEUDONYM_PATTERN.test(name)) return { ok: false, reason: 'pseudonym' };
  const counts = byQuarter(months).find((q) => q.quarter === quarter)?.counts ?? {};
  const count = counts[TOTAL] ?? 0;
  if (count < EXPORT_MINIMUM) return { ok: false, reason: 'too-few', count };
  return {
    ok: true,
    file: {
      format: FILE_FORMAT,
      version: FILE_VERSION,
      period: quarterMonths(quarter),
      ...(name === '' ? {} : { pseudonym: name }),
      gps: 1,
      counted: [...COUNTED],
      counts: suppress(counts),
    },
  };
}
