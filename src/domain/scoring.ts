import type { ContentPack } from './contentpack';
import {
  DIMENSIONS,
  type DimensionId,
  type DimensionScores,
  SCORE_MAX,
  SCORE_MIN,
} from './dimensions';

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

/**
 * How the web is filled in: `quick` (one 0–10 slider per dimension), `detailed` (every question)
 * or `face` ("Eenvoudig": the quick questions, each with five faces).
 */
export const MODES = ['quick', 'detailed', 'face'] as const;
export type Mode = (typeof MODES)[number];

/**
 * The five faces, saddest first. A face answer is stored as its index (0–4) on the quick
 * question's id, and the web reads it as 0, 2.5, 5, 7.5 or 10: a face is a rough answer, so the
 * data keeps it apart from a slider's whole number.
 */
export const FACE_COUNT = 5;
export const FACE_MAX = FACE_COUNT - 1;
const FACE_STEP = (SCORE_MAX - SCORE_MIN) / FACE_MAX;

/** The web's value for a face: 0 → 0, 1 → 2.5, … 4 → 10. */
export function faceScore(face: number): number {
  return SCORE_MIN + face * FACE_STEP;
}

/** The face nearest a 0–10 score, for a patient who switches from a slider to faces. */
export function nearestFace(score: number): number {
  return Math.max(0, Math.min(FACE_MAX, Math.round((score - SCORE_MIN) / FACE_STEP)));
}

/** The item ids that count for one dimension in a mode. */
export function itemIdsFor(pack: ContentPack, dimension: DimensionId, mode: Mode): string[] {
  const dim = pack.dimensions.find((d) => d.id === dimension);
  if (!dim) return [];
  return mode === 'detailed' ? dim.items.map((item) => item.id) : [dim.quick.id];
}

/**
 * The web's six scores. In detailed mode a topic with none of its questions answered yet keeps
 * its quick answer: switching Kort to Uitgebreid never empties the web in silence.
 */
export function scoresFor(pack: ContentPack, mode: Mode, answers: Answers): DimensionScores {
  const entries = DIMENSIONS.map((id) => {
    const raw = dimensionScore(itemIdsFor(pack, id, mode), answers);
    const score = mode === 'face' && raw !== null ? faceScore(raw) : raw;
    const quick =
      mode === 'detailed' ? dimensionScore(itemIdsFor(pack, id, 'quick'), answers) : null;
    return [id, score ?? quick] as const;
  });
  return Object.fromEntries(entries) as Record<DimensionId, number | null>;
}

/**
 * The answers after a switch of mode, so the web does not jump: a face becomes the nearest whole
 * score (2.5 → 3), and a score becomes the nearest face. Questions of the detailed mode keep
 * their answers; only the quick questions, which faces share, are rewritten.
 */
export function answersForMode(pack: ContentPack, answers: Answers, from: Mode, to: Mode): Answers {
  if ((from === 'face') === (to === 'face')) return answers;
  const scores = scoresFor(pack, from, answers);
  const next: Record<string, number> = { ...answers };
  for (const dim of pack.dimensions) {
    const score = scores[dim.id];
    if (score === null || score === undefined) continue;
    next[dim.quick.id] = to === 'face' ? nearestFace(score) : Math.round(score);
  }
  return next;
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
