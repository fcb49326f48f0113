import { describe, expect, it } from 'vitest';
import huisarts from '../../locales/huisarts/nl.json';
import { checkLine } from '../../src/domain/checkline';
import { emptyScores } from '../../src/domain/dimensions';
import type { Handover } from '../../src/domain/preparation';
import { createI18n } from '../../src/i18n';

const { t } = createI18n(huisarts);

const handover = (fields: Partial<Handover>): Handover => ({
  pack: null,
  scores: emptyScores(),
  talk: [],
  focus: null,
  expectations: [],
  locale: null,
  mode: null,
  detail: null,
  ...fields,
});

describe('checkLine', () => {
  it('names the topics and the expectation, in the words of the GP', () => {
    expect(checkLine(handover({ talk: ['meedoen'], expectations: ['uitleg'] }), t)).toBe(
      'Klopt dit? Wil praten over: meedoen. Verwachting: uitleg.',
    );
  });

  it('lists several in the order of the web and the chips, whatever order they came in', () => {
    const line = checkLine(
      handover({
        talk: ['meedoen', 'dagelijks', 'mentaal'],
        expectations: ['meedenken', 'behandeling'],
      }),
      t,
    );
    expect(line).toBe(
      'Klopt dit? Wil praten over: mentaal, meedoen, dagelijks leven. Verwachtingen: behandeling of medicijn, meedenken.',
    );
  });

  it('names the dimension to change only when it is not among the topics', () => {
    expect(checkLine(handover({ talk: ['meedoen'], focus: 'meedoen' }), t)).toBe(
      'Klopt dit? Wil praten over: meedoen.',
    );
    expect(checkLine(handover({ talk: ['mentaal'], focus: 'kwaliteit' }), t)).toBe(
      'Klopt dit? Wil praten over: mentaal. Wil veranderen: kwaliteit van leven.',
    );
  });

  it('says so when the patient marked nothing', () => {
    expect(checkLine(handover({}), t)).toBe('Klopt dit? Niets aangekruist.');
  });

  it('has a word for every dimension and every expectation', () => {
    const line = checkLine(
      handover({
        talk: ['lichaam', 'mentaal', 'zingeving', 'kwaliteit', 'meedoen', 'dagelijks'],
        expectations: [
          'uitleg',
          'geruststelling',
          'onderzoek',
          'behandeling',
          'verwijzing',
          'meedenken',
          'anders',
        ],
      }),
      t,
    );
    expect(line).not.toMatch(/consult\.|\{\{/);
  });
});
