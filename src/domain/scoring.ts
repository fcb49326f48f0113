import type { ContentPack } from './contentpack';
import { DIMENSIONS, type DimensionId, type DimensionScores } from './dimensions';

/** Item answers by item id, each a whole number 0–10. A missing key means "not answered". */
export type Answers = Readonly<Record<string, number>>;

/**
 * A dimension's value is the mean of its answered items (iPH scoring). With no answered item it
 * is `null`, never 0: "not answered" and "very low" mean different things in a conversation.
 */
export function dimensionScore(itemIds: readonly string[], answers: Answers): number | null {
  let sum = 0;
  let count = 0;
  for (const id of itemIds) {
    const value = answers[id];
    if (value === undefined) continue;
    sum += value;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}

export type Mode = 'quick' | 'detailed';

/** The item ids that count for one dimension in a mode. */
export function itemIdsFor(pack: ContentPack, dimension: DimensionId, mode: Mode): string[] {
  const dim = pack.dimensions.find((d) => d.id === dimension);
  if (!dim) return [];
  return mode === 'quick' ? [dim.quick.id] : dim.items.map((item) => item.id);
}

/**
 * The web's six scores. In detailed mode a topic with none of its questions answered yet keeps
 * its quick answer: switching Kort to Uitgebreid never empties the web in silence.
 */
export function scoresFor(pack: ContentPack, mode: Mode, answers: Answers): DimensionScores {
  const entries = DIMENSIONS.map((id) => {
    const score = dimensionScore(itemIdsFor(pack, id, mode), answers);
    const quick =
      mode === 'detailed' ? dimensionScore(itemIdsFor(pack, id, 'quick'), answers) : null;
    return [id, score ?? quick] as const;
  });
  return Object.fromEntries(entries) as Record<DimensionId, number | null>;
}

/** The topics (indices in the pack) that have no score yet: what "Verder" warns about. */
export function openTopics(pack: ContentPack, mode: Mode, answers: Answers): number[] {
  const scores = scoresFor(pack, mode, answers);
  return pack.dimensions.flatMap((dim, i) => (scores[dim.id] === null ? [i] : []));
}

export interface Progress {
  answered: number;
  total: number;
}

export function progressFor(pack: ContentPack, mode: Mode, answers: Answers): Progress {
  const ids = DIMENSIONS.flatMap((id) => itemIdsFor(pack, id, mode));
  return { answered: ids.filter((id) => answers[id] !== undefined).length, total: ids.length };
}

/** Round for display and for the consultcode: one decimal at most, never a trailing ",0". */
export function roundScore(score: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(score * factor) / factor;
}
