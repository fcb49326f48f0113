import * as z from 'zod/mini';
import type { Connection } from './database';

/** How long finished consults are kept: 30 days unless the practice chooses 1 to 90. */
export const RETENTION = { default: 30, min: 1, max: 90 } as const;

/** The purge runs at start-up and again once a day while the page is open. */
export const PURGE_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface RetentionSettings {
  days: number;
  /** When the last purge ran, or null before the first. */
  lastPurge: number | null;
}

const retentionRecord = z.object({
  days: z.number().check(z.int(), z.minimum(RETENTION.min), z.maximum(RETENTION.max)),
  lastPurge: z.nullable(z.number()),
});

const KEY = 'retention';

export interface SettingsStore {
  /** The stored retention, or `fallback` days (the element's attribute) when none is stored. */
  retention(fallback?: number): Promise<RetentionSettings>;
  setRetention(days: number): Promise<RetentionSettings>;
  markPurged(at: number): Promise<RetentionSettings>;
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
      if (!Number.isInteger(days) || days < RETENTION.min || days > RETENTION.max) {
        throw new RangeError(`retention must be ${RETENTION.min} to ${RETENTION.max} days`);
      }
      return write({ ...(await read(RETENTION.default)), days });
    },
    async markPurged(at) {
      return write({ ...(await read(RETENTION.default)), lastPurge: at });
    },
  };
}

/** When the next purge is due: a day after the last, or now when none ran yet. */
export function nextPurgeAt(settings: RetentionSettings, now: number): number {
  return settings.lastPurge === null ? now : settings.lastPurge + PURGE_INTERVAL_MS;
}
