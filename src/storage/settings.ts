import * as z from 'zod/mini';
import { textId } from '../domain/contentpack';
import { lazySchema } from '../domain/lazyschema';
import {
  DEFAULT_LIBRARY_SETTINGS,
  LIBRARY_MAX_CARDS,
  type LibrarySettings,
} from '../domain/librarysettings';
import { type Practice, practiceSchema } from '../domain/practice';
import { isRetentionDays, RETENTION, type RetentionSettings } from '../domain/retention';
import { DEFAULT_SUMMARY_SETTINGS, type SummarySettings } from '../domain/summarysettings';
import type { Connection } from './database';

export { nextPurgeAt, RETENTION, type RetentionSettings } from '../domain/retention';

const retentionRecord = lazySchema(() =>
  z.object({
    days: z.number().check(z.int(), z.minimum(RETENTION.min), z.maximum(RETENTION.max)),
    lastPurge: z.nullable(z.number()),
  }),
);

const summaryRecord = lazySchema(() =>
  z.object({
    charset: z.enum(['latin1', 'ascii']),
    wrap: z.nullable(z.number().check(z.int(), z.minimum(40), z.maximum(200))),
    versionLine: z.boolean(),
  }),
);

const libraryRecord = lazySchema(() =>
  z.object({
    url: z.nullable(z.string().check(z.minLength(1), z.maxLength(2000))),
    lastRead: z.nullable(z.number()),
    withdrawn: z.array(textId).check(z.maxLength(LIBRARY_MAX_CARDS)),
  }),
);

const KEY = 'retention';
const LIBRARY_KEY = 'library';
const SUMMARY_KEY = 'summary';
const PRACTICE_KEY = 'practice';

export interface SettingsStore {
  /** The stored retention, or `fallback` days (the element's attribute) when none is stored. */
  retention(fallback?: number): Promise<RetentionSettings>;
  setRetention(days: number): Promise<RetentionSettings>;
  /** Note when the purge ran; `fallback` is the retention while none is stored. */
  markPurged(at: number, fallback?: number): Promise<RetentionSettings>;
  /** The summary settings for this practice's HIS, or the defaults when none are stored. */
  summary(): Promise<SummarySettings>;
  setSummary(settings: SummarySettings): Promise<void>;
  /** The practice's name and telephone for the take-home sheet, or null when none is stored. */
  practice(): Promise<Practice | null>;
  /** Store the practice (validated), or remove it with null. */
  setPractice(practice: Practice | null): Promise<void>;
  /** The keuzekaarten library's URL set in the page, its last read and what it withdrew. */
  library(): Promise<LibrarySettings>;
  setLibrary(library: LibrarySettings): Promise<void>;
}

export function settingsStore(connection: Connection): SettingsStore {
  const read = async (fallback: number): Promise<RetentionSettings> => {
    const parsed = retentionRecord.safeParse(await connection.get('settings', KEY));
    return parsed.success ? parsed.data : { days: fallback, lastPurge: null };
  };
  const write = async (next: RetentionSettings) => {
    await connection.put('settings', KEY, next);
    return next;
  };
  return {
    retention: (fallback = RETENTION.default) => read(fallback),
    async setRetention(days) {
      if (!isRetentionDays(days)) {
        throw new RangeError(`retention must be ${RETENTION.min} to ${RETENTION.max} days`);
      }
      return write({ ...(await read(RETENTION.default)), days });
    },
    async markPurged(at, fallback = RETENTION.default) {
      return write({ ...(await read(fallback)), lastPurge: at });
    },
    async summary() {
      const parsed = summaryRecord.safeParse(await connection.get('settings', SUMMARY_KEY));
      return parsed.success ? parsed.data : DEFAULT_SUMMARY_SETTINGS;
    },
    async setSummary(settings) {
      await connection.put('settings', SUMMARY_KEY, summaryRecord.parse(settings));
    },
    async practice() {
      const stored = await connection.get('settings', PRACTICE_KEY);
      if (stored === undefined) return null;
      // A record that does not read back is no practice: the sheet shows nothing for it.
      const parsed = practiceSchema.safeParse(stored);
      return parsed.success ? parsed.data : null;
    },
    async setPractice(practice) {
      if (practice === null) await connection.delete('settings', PRACTICE_KEY);
      else await connection.put('settings', PRACTICE_KEY, practiceSchema.parse(practice));
    },
    async library() {
      const parsed = libraryRecord.safeParse(await connection.get('settings', LIBRARY_KEY));
      return parsed.success ? parsed.data : { ...DEFAULT_LIBRARY_SETTINGS, withdrawn: [] };
    },
    async setLibrary(library) {
      await connection.put('settings', LIBRARY_KEY, libraryRecord.parse(library));
    },
  };
}
