import type { ContentPack, PackRef } from './contentpack';
import {
  canonicalOrder,
  DIMENSIONS,
  type DimensionId,
  EXPECTATIONS,
  type Expectation,
  SCORE_MAX,
  SCORE_MIN,
} from './dimensions';
import {
  emptyPreparation,
  type FreeTextField,
  type Preparation,
  type QrHandover,
  TEXT_LIMITS,
} from './preparation';
import { answersForMode, FACE_MAX, type Mode, scoresFor } from './scoring';

/** The patient's steps on the tablet, in order (docs/architecture.md, "Flows"). */
export const PATIENT_STEPS = [
  'welkom',
  'spinnenweb',
  'belangrijk',
  'vraag',
  'overzicht',
  'klaar',
] as const;
export type PatientStep = (typeof PATIENT_STEPS)[number];

/** The patient flow: where the patient is, and what they entered. */
export interface VragenlijstState {
  step: PatientStep;
  /** In detailed mode, the dimension whose questions are on screen (index in DIMENSIONS). */
  page: number;
  preparation: Preparation;
}

export type VragenlijstAction =
  | { type: 'locale'; locale: string }
  /** The pack is needed to carry the answers across to faces and back. */
  | { type: 'mode'; mode: Mode; pack: ContentPack }
  | { type: 'answer'; itemId: string; value: number | null }
  | { type: 'talk'; dimension: DimensionId; on: boolean }
  | { type: 'focus'; dimension: DimensionId | null }
  | { type: 'text'; field: FreeTextField; value: string }
  | { type: 'expectation'; expectation: Expectation; on: boolean }
  | { type: 'step'; step: PatientStep }
  | { type: 'page'; page: number };

export function initialVragenlijst(pack: PackRef, locale: string): VragenlijstState {
  return { step: 'welkom', page: 0, preparation: emptyPreparation(pack, locale) };
}

function withPreparation(state: VragenlijstState, patch: Partial<Preparation>): VragenlijstState {
  return { ...state, preparation: { ...state.preparation, ...patch } };
}

/**
 * The patient flow as a pure reducer. Invalid actions (a score outside 0–10, text over its
 * limit) leave the state unchanged: the UI refuses them visibly before they get here.
 */
export function vragenlijstReducer(
  state: VragenlijstState,
  action: VragenlijstAction,
): VragenlijstState {
  const prep = state.preparation;
  switch (action.type) {
    case 'locale':
      return withPreparation(state, { locale: action.locale });
    case 'mode':
      return withPreparation(state, {
        mode: action.mode,
        answers: answersForMode(action.pack, prep.answers, prep.mode, action.mode),
      });
    case 'answer': {
      const { itemId, value } = action;
      const answers = { ...prep.answers };
      if (value === null) {
        delete answers[itemId];
      } else {
        const max = prep.mode === 'face' ? FACE_MAX : SCORE_MAX;
        if (!Number.isInteger(value) || value < SCORE_MIN || value > max) return state;
        answers[itemId] = value;
      }
      return withPreparation(state, { answers });
    }
    case 'talk': {
      const others = prep.talk.filter((d) => d !== action.dimension);
      const talk = action.on ? canonicalOrder(DIMENSIONS, [...others, action.dimension]) : others;
      return withPreparation(state, { talk });
    }
    case 'focus':
      return withPreparation(state, { focus: action.dimension });
    case 'text':
      if (action.value.length > TEXT_LIMITS[action.field]) return state;
      return withPreparation(state, { [action.field]: action.value });
    case 'expectation': {
      const others = prep.expectations.filter((e) => e !== action.expectation);
      const expectations = action.on
        ? canonicalOrder(EXPECTATIONS, [...others, action.expectation])
        : others;
      return withPreparation(state, { expectations });
    }
    case 'step':
      return { ...state, step: action.step };
    case 'page':
      return { ...state, page: Math.max(0, Math.min(DIMENSIONS.length - 1, action.page)) };
  }
}

/** The handover for the GP: the preparation plus the dimension scores derived from the pack. */
export function handoverOf(preparation: Preparation, pack: ContentPack): QrHandover {
  return {
    pack: preparation.pack,
    scores: scoresFor(pack, preparation.mode, preparation.answers),
    talk: preparation.talk,
    focus: preparation.focus,
    expectations: preparation.expectations,
    locale: preparation.locale,
    mode: preparation.mode,
    detail: preparation,
  };
}
