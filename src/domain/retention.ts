/** How long finished consults are kept: 30 days unless the practice chooses 1 to 90. */
export const RETENTION = { default: 30, min: 1, max: 90 } as const;

/** One day. Retention counts in whole days of this length, whatever the clock or time zone. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The purge runs at start-up and again once a day while the page is open. */
export const PURGE_INTERVAL_MS = DAY_MS;

export interface RetentionSettings {
  days: number;
  /** When the last purge ran, or null before the first. */
  lastPurge: number | null;
}

/** Whether `days` is a retention a practice may choose: a whole number from 1 to 90. */
export function isRetentionDays(days: number): boolean {
  return Number.isInteger(days) && days >= RETENTION.min && days <= RETENTION.max;
}

/**
 * The moment before which a consult has expired: a finished consult that began before it, and
 * a draft last saved before it, are purged.
 */
export function retentionCutoff(now: number, days: number): number {
  return now - days * DAY_MS;
}

/** When the next purge is due: a day after the last, or now when none ran yet. */
export function nextPurgeAt(settings: RetentionSettings, now: number): number {
  return settings.lastPurge === null ? now : settings.lastPurge + PURGE_INTERVAL_MS;
}
