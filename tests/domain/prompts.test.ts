import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import enPack from '../../content/packs/samenspraak-pg.en.json';
import nlPack from '../../content/packs/samenspraak-pg.nl.json';
import { AFWACHTEN_ID, consultReducer, initialConsult } from '../../src/domain/consult';
import { consultStateSchema } from '../../src/domain/consultschema';
import { type ContentPack, contentPackSchema } from '../../src/domain/contentpack';
import { DIMENSIONS } from '../../src/domain/dimensions';
import { dimensionPrompts, fillScaling, followUpPrompts } from '../../src/domain/prompts';

const nl: ContentPack = contentPackSchema.parse(nlPack);
const en: ContentPack = contentPackSchema.parse(enPack);

const ALL = 'score {{score}}, lager {{lower}}, hoger {{higher}}';
const PLACEHOLDER = /\{\{|\}\}/;

describe('fillScaling', () => {
  it('fills the score and its neighbours', () => {
    expect(fillScaling(ALL, 5)).toBe('score 5, lager 4, hoger 6');
  });

  it('fills every occurrence of a placeholder', () => {
    expect(fillScaling('{{score}} of {{score}}? {{higher}}, {{higher}}', 7)).toBe('7 of 7? 8, 8');
  });

  it('returns a template without placeholders unchanged, at any score', () => {
    for (const score of [0, 0.4, 5, 9.6, 10]) {
      expect(fillScaling('Bij welk cijfer zou u tevreden zijn?', score)).toBe(
        'Bij welk cijfer zou u tevreden zijn?',
      );
    }
  });

  it('asks nothing lower than 0: score 0 with {{lower}} gives null', () => {
    expect(fillScaling('Waarom een {{score}} en geen {{lower}}?', 0)).toBeNull();
  });

  it('at score 0 still asks what is higher, or about the score itself', () => {
    expect(fillScaling('Wat zou een {{higher}} betekenen?', 0)).toBe('Wat zou een 1 betekenen?');
    expect(fillScaling('Wat maakt het een {{score}}?', 0)).toBe('Wat maakt het een 0?');
  });

  it('asks nothing higher than 10: score 10 with {{higher}} gives null', () => {
    expect(fillScaling('Van een {{score}} naar een {{higher}}?', 10)).toBeNull();
  });

  it('at score 10 still asks what is lower', () => {
    expect(fillScaling('Waarom een {{score}} en geen {{lower}}?', 10)).toBe(
      'Waarom een 10 en geen 9?',
    );
  });

  it('refuses a template with both neighbours at either end', () => {
    expect(fillScaling(ALL, 0)).toBeNull();
    expect(fillScaling(ALL, 10)).toBeNull();
    expect(fillScaling(ALL, 1)).toBe('score 1, lager 0, hoger 2');
    expect(fillScaling(ALL, 9)).toBe('score 9, lager 8, hoger 10');
  });

  it.each([
    [4.4, 'score 4, lager 3, hoger 5'],
    [4.5, 'score 5, lager 4, hoger 6'],
    [4.6, 'score 5, lager 4, hoger 6'],
    [6.25, 'score 6, lager 5, hoger 7'],
  ])('rounds a mean score of %s to a whole number', (score, expected) => {
    expect(fillScaling(ALL, score)).toBe(expected);
  });

  it('decides the ends on the rounded score', () => {
    // 0.4 is shown as 0: nothing lower. 0.5 is shown as 1: 0 is lower.
    expect(fillScaling('{{lower}}', 0.4)).toBeNull();
    expect(fillScaling('{{lower}}', 0.5)).toBe('0');
    // 9.5 is shown as 10: nothing higher. 9.4 is shown as 9: 10 is higher.
    expect(fillScaling('{{higher}}', 9.5)).toBeNull();
    expect(fillScaling('{{higher}}', 9.4)).toBe('10');
  });

  it('for any score from 0 to 10: whole numbers within the scale, or null at the ends', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), (score) => {
        const whole = Math.round(score);
        const filled = fillScaling(ALL, score);
        if (whole === 0 || whole === 10) expect(filled).toBeNull();
        else expect(filled).toBe(`score ${whole}, lager ${whole - 1}, hoger ${whole + 1}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dimensionPrompts, with the Dutch pack', () => {
  it('without a score: only the prompts of the dimension itself, with their pack texts', () => {
    expect(dimensionPrompts(nl, 'zingeving', null)).toEqual([
      { id: 'zingeving/zingeving-gesprek-kracht', text: 'Waar haalt u kracht of plezier uit?' },
      {
        id: 'zingeving/zingeving-gesprek-belangrijk',
        text: 'Wat of wie is voor u het belangrijkst in uw leven?',
      },
    ]);
  });

  it('with a score: the scaling questions first, filled, then its own prompts', () => {
    expect(dimensionPrompts(nl, 'meedoen', 5)).toEqual([
      { id: 'meedoen/schaal-waarom', text: 'Wat maakt dat het een 5 is en geen 4?' },
      { id: 'meedoen/schaal-hoger', text: 'Wat zou één stap hoger, een 6, voor u betekenen?' },
      { id: 'meedoen/schaal-stap', text: 'Wat is nodig om van 5 naar 6 te gaan?' },
      { id: 'meedoen/schaal-genoeg', text: 'Bij welk cijfer zou u tevreden zijn?' },
      { id: 'meedoen/meedoen-gesprek-contact', text: 'Met wie heeft u graag contact?' },
      {
        id: 'meedoen/meedoen-gesprek-terecht',
        text: 'Bij wie kunt u terecht als het moeilijk is?',
      },
      { id: 'meedoen/meedoen-gesprek-samen', text: 'Wat zou u graag weer samen met anderen doen?' },
    ]);
  });

  const scalingIds = (score: number) =>
    dimensionPrompts(nl, 'lichaam', score)
      .map((p) => p.id)
      .filter((id) => id.startsWith('lichaam/schaal-'));

  it('at 0 leaves out "why not lower"', () => {
    expect(scalingIds(0)).toEqual([
      'lichaam/schaal-hoger',
      'lichaam/schaal-stap',
      'lichaam/schaal-genoeg',
    ]);
    expect(dimensionPrompts(nl, 'lichaam', 0)[0]?.text).toBe(
      'Wat zou één stap hoger, een 1, voor u betekenen?',
    );
  });

  it('at 10 leaves out every step up', () => {
    expect(scalingIds(10)).toEqual(['lichaam/schaal-waarom', 'lichaam/schaal-genoeg']);
    expect(dimensionPrompts(nl, 'lichaam', 10)[0]?.text).toBe(
      'Wat maakt dat het een 10 is en geen 9?',
    );
  });

  it('rounds a mean score before it asks: 9.6 counts as 10, 0.3 as 0', () => {
    expect(dimensionPrompts(nl, 'lichaam', 9.6)).toEqual(dimensionPrompts(nl, 'lichaam', 10));
    expect(dimensionPrompts(nl, 'lichaam', 0.3)).toEqual(dimensionPrompts(nl, 'lichaam', 0));
    expect(dimensionPrompts(nl, 'lichaam', 6.5)[0]?.text).toBe(
      'Wat maakt dat het een 7 is en geen 6?',
    );
  });

  it('leaves no placeholder in any prompt, for every dimension and every score', () => {
    for (const dimension of DIMENSIONS) {
      for (let score = 0; score <= 10; score++) {
        for (const prompt of dimensionPrompts(nl, dimension, score)) {
          expect(prompt.text, `${dimension} ${score}`).not.toMatch(PLACEHOLDER);
        }
      }
    }
  });

  it('gives the shared scaling questions a different id in each dimension', () => {
    const ids = DIMENSIONS.flatMap((d) => dimensionPrompts(nl, d, 5).map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const dimension of DIMENSIONS) {
      for (const prompt of dimensionPrompts(nl, dimension, 5)) {
        expect(prompt.id.startsWith(`${dimension}/`)).toBe(true);
      }
    }
  });

  it('has its own prompts for every dimension of the pack', () => {
    for (const dimension of DIMENSIONS) {
      expect(dimensionPrompts(nl, dimension, null).length, dimension).toBeGreaterThan(0);
    }
  });

  it('gives the same ids in English, with English texts', () => {
    for (const dimension of DIMENSIONS) {
      const dutch = dimensionPrompts(nl, dimension, 3);
      const english = dimensionPrompts(en, dimension, 3);
      expect(english.map((p) => p.id)).toEqual(dutch.map((p) => p.id));
    }
    expect(dimensionPrompts(en, 'mentaal', 3)[0]?.text).toBe('What makes it a 3 and not a 2?');
  });
});

describe('dimensionPrompts, with a pack that has fewer prompts', () => {
  it('gives nothing for a pack without any prompts', () => {
    const bare: ContentPack = {
      ...nl,
      prompts: undefined,
      dimensions: nl.dimensions.map(({ prompts: _, ...d }) => d),
    };
    expect(contentPackSchema.safeParse(bare).success).toBe(true);
    for (const score of [null, 0, 5, 10]) {
      expect(dimensionPrompts(bare, 'lichaam', score)).toEqual([]);
    }
  });

  it('gives only the scaling questions when the dimension has no prompts of its own', () => {
    const noOwn: ContentPack = {
      ...nl,
      dimensions: nl.dimensions.map((d) => (d.id === 'kwaliteit' ? { ...d, prompts: [] } : d)),
    };
    expect(dimensionPrompts(noOwn, 'kwaliteit', null)).toEqual([]);
    expect(dimensionPrompts(noOwn, 'kwaliteit', 4).map((p) => p.id)).toEqual([
      'kwaliteit/schaal-waarom',
      'kwaliteit/schaal-hoger',
      'kwaliteit/schaal-stap',
      'kwaliteit/schaal-genoeg',
    ]);
  });
});

describe('followUpPrompts', () => {
  it('gives the follow-up questions of the pack, in order, under "verder/"', () => {
    expect(followUpPrompts(nl)).toEqual([
      { id: 'verder/verder-belangrijk', text: 'Waar gaat het voor u echt om?' },
      { id: 'verder/verder-veranderen', text: 'Is er iets dat u graag anders zou willen?' },
      { id: 'verder/verder-nodig', text: 'Wat heeft u nodig om die stap te zetten?' },
      { id: 'verder/verder-hulp', text: 'Wie of wat kan u daarbij helpen?' },
      { id: 'verder/verder-eerste-stap', text: 'Wat zou een eerste kleine stap kunnen zijn?' },
    ]);
  });

  it('never shares an id with a dimension prompt', () => {
    const dimensionIds = new Set(
      DIMENSIONS.flatMap((d) => dimensionPrompts(nl, d, 5).map((p) => p.id)),
    );
    for (const prompt of followUpPrompts(nl)) expect(dimensionIds.has(prompt.id)).toBe(false);
  });

  it('gives the same ids in English', () => {
    expect(followUpPrompts(en).map((p) => p.id)).toEqual(followUpPrompts(nl).map((p) => p.id));
    expect(followUpPrompts(en)[0]?.text).toBe('What truly matters to you?');
  });

  it('gives nothing for a pack without prompts', () => {
    expect(followUpPrompts({ ...nl, prompts: undefined })).toEqual([]);
  });
});

describe('prompts in a consult', () => {
  it('every prompt the GP can tick, in every dimension, fits a stored consult', () => {
    const afwachten = {
      id: AFWACHTEN_ID,
      title: 'Afwachten',
      description: '',
      pros: [],
      cons: [],
      dimensions: [],
      afwachten: true,
    };
    const all = [...DIMENSIONS.flatMap((d) => dimensionPrompts(nl, d, 5)), ...followUpPrompts(nl)];
    const state = all.reduce(
      (s, prompt) => consultReducer(s, { type: 'prompt', prompt, used: true }),
      initialConsult(afwachten),
    );
    expect(state.prompts).toEqual(all);
    expect(consultStateSchema.parse(state)).toEqual(state);
  });
});
