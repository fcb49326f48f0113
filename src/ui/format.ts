/** A 0–10 score with one decimal at most, in the reader's number format (6,5 or 6.5). */
export function formatScore(score: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(score);
}
