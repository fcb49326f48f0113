/** How long finished consults are kept: 30 days unless the practice chooses 1 to 90. */
export const RETENTION = { default: 30, min: 1, max: 90 } as const;

/** The purge runs at start-up and again once a day while the page is open. */
export const PURGE_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface RetentionSettings {
  days: number;
  /** When the last purge ran, or null before the first. */
  lastPurge: number | null;
}

/** When the next purge is due: a day after the last, or now when none ran yet. */
export function nextPurgeAt(settings: RetentionSettings, now: number): number {
  return settings.lastPurge === null ? now : settings.lastPurge + PURGE_INTERVAL_MS;
}
