import type { Charset } from './plaintext';

// Apart from src/domain/summary.ts, so the consult's first screen can hold the settings without
// loading the summary itself.

export interface SummaryOptions {
  charset: Charset;
  /** wrap width in characters, or null */
  wrap: number | null;
}

/** Safe for a Latin-1 HIS (ë and é kept), one line per field. */
export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = { charset: 'latin1', wrap: null };

/** What the GP sets once for their HIS, kept from one consult to the next. */
export interface SummarySettings extends SummaryOptions {
  /**
   * End E with the app and question-pack versions ("Hulpmiddel: ..."). Off by default: the
   * keuzekaart and its version are named in E anyway, and every character counts in the HIS.
   */
  versionLine: boolean;
}

export const DEFAULT_SUMMARY_SETTINGS: SummarySettings = {
  ...DEFAULT_SUMMARY_OPTIONS,
  versionLine: false,
};
