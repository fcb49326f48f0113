import { describe, expect, it } from 'vitest';
import nlPack from '../../content/packs/samenspraak-pg.nl.json';
import { type ContentPack, contentPackSchema } from '../../src/domain/contentpack';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import { TEXT_LIMITS } from '../../src/domain/preparation';
import {
  initialVragenlijst,
  type VragenlijstAction,
  type VragenlijstState,
  vragenlijstReducer,
} from '../../src/domain/vragenlijst';

const pack: ContentPack = contentPackSchema.parse(nlPack);
const start = () => initialVragenlijst(DEFAULT_PACK, 'nl');
const run = (...actions: VragenlijstAction[]): VragenlijstState =>
  actions.reduce(vragenlijstReducer, start());

describe('vragenlijstReducer', () => {
  it('starts empty at the welcome step', () => {
    const state = start();
    expect(state.step).toBe('welkom');
    expect(state.preparation.answers).toEqual({});
    expect(state.preparation.focus).toBeNull();
  });

  it('records and clears an answer', () => {
    const answered = run({ type: 'answer', itemId: 'lichaam-snel', value: 0 });
    expect(answered.preparation.answers).toEqual({ 'lichaam-snel': 0 });
    const cleared = vragenlijstReducer(answered, {
      type: 'answer',
      itemId: 'lichaam-snel',
      value: null,
    });
    expect(cleared.preparation.answers).toEqual({});
  });

  it.each([-1, 11, 2.5, Number.NaN])('refuses the score %s', (value) => {
    const state = start();
    expect(vragenlijstReducer(state, { type: 'answer', itemId: 'x', value })).toBe(state);
  });

  it('keeps talk and expectations in canonical order without duplicates', () => {
    const state = run(
      { type: 'talk', dimension: 'meedoen', on: true },
      { type: 'talk', dimension: 'lichaam', on: true },
      { type: 'talk', dimension: 'meedoen', on: true },
      { type: 'expectation', expectation: 'verwijzing', on: true },
      { type: 'expectation', expectation: 'uitleg', on: true },
    );
    expect(state.preparation.talk).toEqual(['lichaam', 'meedoen']);
    expect(state.preparation.expectations).toEqual(['uitleg', 'verwijzing']);
    const off = vragenlijstReducer(state, { type: 'talk', dimension: 'lichaam', on: false });
    expect(off.preparation.talk).toEqual(['meedoen']);
  });

  it('accepts text up to the limit and refuses one character more', () => {
    const max = 'a'.repeat(TEXT_LIMITS.change);
    const state = run({ type: 'text', field: 'change', value: max });
    expect(state.preparation.change).toBe(max);
    expect(vragenlijstReducer(state, { type: 'text', field: 'change', value: `${max}b` })).toBe(
      state,
    );
  });

  it('clamps the detailed page to the six dimensions', () => {
    expect(run({ type: 'page', page: 9 }).page).toBe(5);
    expect(run({ type: 'page', page: -3 }).page).toBe(0);
  });

  it('moves between steps and changes mode and locale', () => {
    const state = run(
      { type: 'step', step: 'vraag' },
      { type: 'mode', mode: 'detailed', pack },
      { type: 'locale', locale: 'en' },
      { type: 'focus', dimension: 'zingeving' },
    );
    expect(state.step).toBe('vraag');
    expect(state.preparation.mode).toBe('detailed');
    expect(state.preparation.locale).toBe('en');
    expect(state.preparation.focus).toBe('zingeving');
  });
});

describe('the face scale', () => {
  it('takes a face 0–4 and refuses 5 and more, as a slider takes 0–10', () => {
    const faces = run({ type: 'mode', mode: 'face', pack });
    const sad = vragenlijstReducer(faces, { type: 'answer', itemId: 'lichaam-kort', value: 1 });
    expect(sad.preparation.answers).toEqual({ 'lichaam-kort': 1 });
    expect(vragenlijstReducer(sad, { type: 'answer', itemId: 'lichaam-kort', value: 5 })).toBe(sad);
    expect(vragenlijstReducer(sad, { type: 'answer', itemId: 'lichaam-kort', value: 1.5 })).toBe(
      sad,
    );
  });

  it('carries answers across a switch, so the web does not jump', () => {
    const sliders = run(
      { type: 'answer', itemId: 'lichaam-kort', value: 7 },
      { type: 'answer', itemId: 'mentaal-kort', value: 1 },
    );
    const faces = vragenlijstReducer(sliders, { type: 'mode', mode: 'face', pack });
    // 7 lies nearest the face for 7.5; 1 nearest the face for 0.
    expect(faces.preparation.answers).toEqual({ 'lichaam-kort': 3, 'mentaal-kort': 0 });
    const back = vragenlijstReducer(faces, { type: 'mode', mode: 'quick', pack });
    // The face for 7.5 comes back as the whole score 8.
    expect(back.preparation.answers).toEqual({ 'lichaam-kort': 8, 'mentaal-kort': 0 });
  });

  it('leaves the answers alone between quick and detailed', () => {
    const sliders = run({ type: 'answer', itemId: 'lichaam-kort', value: 7 });
    const detailed = vragenlijstReducer(sliders, { type: 'mode', mode: 'detailed', pack });
    expect(detailed.preparation.answers).toBe(sliders.preparation.answers);
  });
});
