import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import { TEXT_LIMITS } from '../../src/domain/preparation';
import {
  initialVragenlijst,
  type VragenlijstAction,
  type VragenlijstState,
  vragenlijstReducer,
} from '../../src/domain/vragenlijst';

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
      { type: 'mode', mode: 'detailed' },
      { type: 'locale', locale: 'en' },
      { type: 'focus', dimension: 'zingeving' },
    );
    expect(state.step).toBe('vraag');
    expect(state.preparation.mode).toBe('detailed');
    expect(state.preparation.locale).toBe('en');
    expect(state.preparation.focus).toBe('zingeving');
  });
});
