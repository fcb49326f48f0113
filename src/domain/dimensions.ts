/**
 * The six dimensions of Positieve Gezondheid (Huber et al., BMJ Open 2016), in the fixed order
 * used by the spider web, the consultcode and the summary. The order is part of the code format:
 * never reorder, only append in a new format version.
 */
export const DIMENSIONS = [
  'lichaam',
  'mentaal',
  'zingeving',
  'kwaliteit',
  'meedoen',
  'dagelijks',
] as const;

export type DimensionId = (typeof DIMENSIONS)[number];

/** A dimension's value 0–10, or `null` when the patient answered none of its questions. */
export type DimensionScore = number | null;

export type DimensionScores = Readonly<Record<DimensionId, DimensionScore>>;

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;

export function emptyScores(): DimensionScores {
  return {
    lichaam: null,
    mentaal: null,
    zingeving: null,
    kwaliteit: null,
    meedoen: null,
    dagelijks: null,
  };
}

/**
 * What the patient expects from the GP ("Uw vraag aan de huisarts"). The order is part of the
 * code format, like {@link DIMENSIONS}.
 */
export const EXPECTATIONS = [
  'uitleg',
  'geruststelling',
  'onderzoek',
  'behandeling',
  'verwijzing',
  'meedenken',
  'anders',
] as const;

export type Expectation = (typeof EXPECTATIONS)[number];

/** Keep a list in canonical order without duplicates, so equal selections compare equal. */
export function canonicalOrder<T extends string>(order: readonly T[], values: Iterable<T>): T[] {
  const chosen = new Set(values);
  return order.filter((v) => chosen.has(v));
}
