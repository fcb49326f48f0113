import * as z from 'zod/mini';
import { SMALL, type Suppressed } from './suppression';
import { EXPORT_MINIMUM, GROUPS, isCounter, TOTAL } from './tally';

/**
 * The intervisie file (docs/architecture.md, "Formats"): one GP's suppressed counts of a period,
 * or several GPs' added up, as versioned JSON. It carries no free text but the pseudonym the GP
 * may choose, which is held to letters, digits, spaces, dots and hyphens.
 */
export const FILE_FORMAT = 'samenspraak-intervisie';
export const FILE_VERSION = 1;
/** Largest file read: a real one is a few kB. */
export const MAX_FILE_BYTES = 100_000;
export const PSEUDONYM_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} .-]{0,29}$/u;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface IntervisieFile {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  period: { from: string; to: string };
  pseudonym?: string;
  /** How many GPs' counts are in it: 1 for an export. */
  gps: number;
  /** What it counts: the names of the counter groups (tally.ts, `GROUPS`). */
  counted: string[];
  counts: Suppressed;
}

export type ReadError = 'too-large' | 'not-json' | 'not-intervisie' | 'newer-version' | 'invalid';
export type ReadResult = { ok: true; file: IntervisieFile } | { ok: false; error: ReadError };

/** The counter groups a version 1 file counts, in order. */
export const COUNTED: readonly string[] = [TOTAL, ...GROUPS.map((g) => g.id)];

const fileSchema = () =>
  z
    .object({
      format: z.literal(FILE_FORMAT),
      version: z.literal(FILE_VERSION),
      period: z
        .object({
          from: z.string().check(z.regex(MONTH)),
          to: z.string().check(z.regex(MONTH)),
        })
        .check(z.refine((p) => p.from <= p.to)),
      pseudonym: z.optional(z.string().check(z.regex(PSEUDONYM_PATTERN))),
      gps: z.int().check(z.minimum(1), z.maximum(1000)),
      counted: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(100)),
      counts: z.record(
        z.string().check(z.maxLength(80)),
        z.union([z.int().check(z.minimum(SMALL), z.maximum(10_000_000)), z.enum(['<5', 'x'])]),
      ),
    })
    .check(
      z.refine((f) => Object.keys(f.counts).every(isCounter)),
      z.refine((f) => COUNTED.every((name) => f.counted.includes(name))),
      z.refine((f) => {
        const total = f.counts[TOTAL];
        return typeof total === 'number' && total >= EXPORT_MINIMUM;
      }),
      // Every fixed cell is there, shown or hidden: a missing one would read as nothing said.
      z.refine((f) => GROUPS.every((g) => g.cells.every((c) => c in f.counts))),
    );

let schema: ReturnType<typeof fileSchema> | undefined;

/** The file's JSON text, as written to disk. */
export function writeIntervisieFile(file: IntervisieFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Read a file. Never throws: it is an intervisie file that passes the schema, or a typed error
 * naming why not. The schema keeps only known fields, so `__proto__` cannot reach anything.
 */
export function readIntervisieFile(text: string, bytes = text.length): ReadResult {
  if (bytes > MAX_FILE_BYTES) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || Reflect.get(data, 'format') !== FILE_FORMAT) {
    return { ok: false, error: 'not-intervisie' };
  }
  const version = Reflect.get(data, 'version');
  if (typeof version === 'number' && version > FILE_VERSION) {
    return { ok: false, error: 'newer-version' };
  }
  schema ??= fileSchema();
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const { pseudonym, ...rest } = parsed.data;
  return {
    ok: true,
    file: {
      ...rest,
      ...(pseudonym === undefined ? {} : { pseudonym }),
      counts: { ...rest.counts },
    },
  };
}
