import { describe, expect, it } from 'vitest';
import { initialConsult } from '../../../src/domain/consult';
import {
  applyContribution,
  byQuarter,
  contributionOf,
  GROUPS,
  groupCells,
  isCounter,
  monthOf,
  quarterMonths,
  quarterOf,
  TOTAL,
} from '../../../src/domain/intervisie/tally';
import { AFWACHTEN, fullConsult } from './fixtures';

describe('contributionOf', () => {
  it('counts a full consult in one cell of every partition, and its yes-cells', () => {
    const keys = contributionOf(fullConsult());
    expect(keys).toEqual(
      expect.arrayContaining([
        TOTAL,
        'prep:code',
        'lang:other',
        'mode:face',
        'choice:yes',
        'card:somberheid@1.1.0',
        'kind:option',
        'decider:samen',
        'check:less',
        'nee:risk',
        'talk:mentaal',
        'talk:meedoen',
        'change:meedoen',
        'prompts:1',
      ]),
    );
    for (const group of GROUPS.filter((g) => g.partition)) {
      const cells = groupCells(group, Object.fromEntries(keys.map((k) => [k, 1])));
      expect(
        keys.filter((k) => cells.includes(k)),
        group.id,
      ).toHaveLength(1);
    }
    expect(keys.every(isCounter)).toBe(true);
  });

  it('counts an empty consult as nothing prepared, chosen or checked', () => {
    expect(contributionOf(initialConsult(AFWACHTEN)).sort()).toEqual(
      [
        TOTAL,
        'prep:none',
        'lang:unknown',
        'mode:unknown',
        'choice:no',
        'options:1',
        'card:none',
        'kind:none',
        'decider:none',
        'check:none',
        'change:none',
        'prompts:0',
      ].sort(),
    );
  });

  it('tells afwachten and bedenktijd with and without a date apart', () => {
    const base = initialConsult(AFWACHTEN);
    const kind = (decision: typeof base.decision) =>
      contributionOf({ ...base, decision }).find((k) => k.startsWith('kind:'));
    expect(kind({ kind: 'keuze', optionId: AFWACHTEN.id })).toBe('kind:afwachten');
    expect(kind({ kind: 'bedenktijd', followUp: '2026-12-01' })).toBe('kind:bedenktijd-date');
    expect(kind({ kind: 'bedenktijd', followUp: ' ' })).toBe('kind:bedenktijd-nodate');
    expect(kind({ kind: 'keuze', optionId: 'gone' })).toBe('kind:none');
  });

  it('never makes a counter of free text, and counts a card of another form as none', () => {
    const state = fullConsult('Jansen 0612345678');
    const odd = {
      ...state,
      keuzekaart: state.keuzekaart && { ...state.keuzekaart, id: 'Mevr. Jansen' },
    };
    const keys = contributionOf(odd);
    expect(keys).toContain('card:none');
    expect(keys.join(' ')).not.toMatch(/Jansen|0612/);
    expect(contributionOf(state).join(' ')).not.toMatch(/Jansen|0612/);
  });

  it('buckets options and prompts at their top', () => {
    const base = initialConsult(AFWACHTEN);
    const many = Array.from({ length: 7 }, (_, i) => ({
      ...AFWACHTEN,
      id: `o${i}`,
      afwachten: i === 0,
    }));
    const prompts = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, text: 'x' }));
    const keys = contributionOf({ ...base, options: many, prompts });
    expect(keys).toContain('options:5+');
    expect(keys).toContain('prompts:3+');
  });
});

describe('applyContribution', () => {
  it('adds, and takes back without going below zero or keeping zeros', () => {
    const once = applyContribution({}, ['consults', 'prep:qr'], 1);
    expect(applyContribution(once, ['consults', 'prep:qr'], 1)).toEqual({
      consults: 2,
      'prep:qr': 2,
    });
    expect(applyContribution(once, ['consults', 'prep:code'], -1)).toEqual({ 'prep:qr': 1 });
  });
});

describe('months and quarters', () => {
  it('names the local month and its quarter', () => {
    expect(monthOf(new Date(2026, 10, 30, 23, 59).getTime())).toBe('2026-11');
    expect(monthOf(new Date(2027, 0, 1, 0, 0).getTime())).toBe('2027-01');
    expect(quarterOf('2026-12')).toBe('2026-Q4');
    expect(quarterOf('2027-01')).toBe('2027-Q1');
    expect(quarterMonths('2026-Q4')).toEqual({ from: '2026-10', to: '2026-12' });
    expect(quarterMonths('2027-Q2')).toEqual({ from: '2027-04', to: '2027-06' });
  });

  it('adds months up per quarter, newest first', () => {
    const q = byQuarter([
      { month: '2026-10', counts: { consults: 2 } },
      { month: '2027-01', counts: { consults: 5 } },
      { month: '2026-12', counts: { consults: 3, 'prep:qr': 1 } },
    ]);
    expect(q).toEqual([
      { quarter: '2027-Q1', counts: { consults: 5 } },
      { quarter: '2026-Q4', counts: { consults: 5, 'prep:qr': 1 } },
    ]);
  });
});
