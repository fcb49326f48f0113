import fc from 'fast-check';
import somberheid from '../../../content/keuzekaarten/somberheid.json';
import {
  AFWACHTEN_ID,
  type ConsultOption,
  type ConsultState,
  consultReducer,
  initialConsult,
} from '../../../src/domain/consult';
import { type Counts, GROUPS, TOTAL } from '../../../src/domain/intervisie/tally';
import { type Keuzekaart, keuzekaartSchema } from '../../../src/domain/keuzekaart';
import type { Handover } from '../../../src/domain/preparation';

export const AFWACHTEN: ConsultOption = {
  id: AFWACHTEN_ID,
  title: 'Afwachten',
  description: 'Nog niets doen.',
  pros: [],
  cons: [],
  dimensions: [],
  afwachten: true,
};

export const SOMBERHEID: Keuzekaart = keuzekaartSchema.parse(somberheid);

export const HANDOVER: Handover = {
  pack: { id: 'samenspraak-pg', version: '1.0.0' },
  scores: { lichaam: 6, mentaal: 4, zingeving: 10, kwaliteit: 7, meedoen: 3, dagelijks: 5 },
  talk: ['mentaal', 'meedoen'],
  focus: 'meedoen',
  expectations: ['uitleg'],
  locale: 'tr',
  mode: 'face',
  detail: null,
};

/** A consult by code with the somberheid card, its first option chosen together, 3/4 check. */
export function fullConsult(marker = 'MARKER'): ConsultState {
  let s = initialConsult(AFWACHTEN);
  const run = (a: Parameters<typeof consultReducer>[1]) => {
    s = consultReducer(s, a);
  };
  run({ type: 'open', origin: 'code', handover: HANDOVER });
  run({ type: 'text', field: 'hulpvraag', value: `${marker} hulpvraag` });
  run({ type: 'text', field: 'inschatting', value: `${marker} inschatting` });
  run({ type: 'text', field: 'voorkeur', value: `${marker} voorkeur` });
  run({ type: 'choiceStated', value: true });
  run({ type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN });
  const option = s.options.find((o) => !o.afwachten);
  if (!option) throw new Error('no option');
  run({ type: 'decision', decision: { kind: 'keuze', optionId: option.id } });
  run({ type: 'decidedBy', decider: 'samen' });
  run({ type: 'keuzecheck', item: 'sure', value: true });
  run({ type: 'keuzecheck', item: 'understand', value: true });
  run({ type: 'keuzecheck', item: 'risk', value: false });
  run({ type: 'keuzecheck', item: 'encouragement', value: true });
  run({ type: 'afspraken', field: 'nextStep', value: `${marker} afspraak` });
  run({ type: 'prompt', prompt: { id: 'p1', text: `${marker} prompt` }, used: true });
  run({ type: 'summaryEdit', value: `${marker} samenvatting` });
  return s;
}

/**
 * Counts as a tally would hold them: every partition adds up to the total. The total is at least
 * the export minimum (25), as in every file that is written or merged.
 */
export function countsArbitrary(min = 25, max = 120): fc.Arbitrary<Counts> {
  return fc
    .record({
      total: fc.integer({ min, max }),
      cards: fc.uniqueArray(fc.constantFrom('card:a@1.0.0', 'card:b@1.0.0', 'card:c@2.1.0'), {
        maxLength: 3,
      }),
      seed: fc.array(fc.nat({ max: 1000 }), { minLength: 200, maxLength: 200 }),
    })
    .map(({ total, cards, seed }) => {
      let i = 0;
      const next = () => seed[i++ % seed.length] ?? 0;
      const counts: Counts = { [TOTAL]: total };
      for (const group of GROUPS) {
        const cells = group.id === 'card' ? [...cards, ...group.cells] : [...group.cells];
        if (group.partition) {
          // Split the total over the cells, often with small cells.
          let left = total;
          cells.forEach((cell, k) => {
            const n = k === cells.length - 1 ? left : Math.min(left, next() % (left + 1));
            counts[cell] = n;
            left -= n;
          });
        } else {
          for (const cell of cells) counts[cell] = next() % (total + 1);
        }
      }
      return counts;
    });
}

export const arbitraryCounts = countsArbitrary();
