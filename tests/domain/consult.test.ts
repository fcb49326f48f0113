import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import lageRugpijn from '../../content/keuzekaarten/lage-rugpijn.json';
import proactieveZorgplanning from '../../content/keuzekaarten/proactieve-zorgplanning.json';
import somberheid from '../../content/keuzekaarten/somberheid.json';
import verwijzen from '../../content/keuzekaarten/verwijzen.json';
import nlPack from '../../content/packs/samenspraak-pg.nl.json';
import {
  AFWACHTEN_ID,
  afspraakParts,
  CONSULT_STEPS,
  type ConsultAction,
  type ConsultOption,
  type ConsultState,
  consultReducer,
  DECIDERS,
  emptyKeuzecheck,
  FILL_IN_MAX,
  initialConsult,
  KEUZECHECK,
  type Keuzecheck,
  keuzecheckResult,
  LOW_SCORE,
  OPTION_TEXT_MAX,
  OPTIONS_MAX,
  optionsFromKeuzekaart,
  PROCONS_MAX,
  promptDimensions,
  SUMMARY_MAX,
  TEXT_MAX,
  toggleAfspraak,
  WEIGHTS,
} from '../../src/domain/consult';
import { decodeConsultcode, encodeConsultcode } from '../../src/domain/consultcode';
import { consultStateSchema } from '../../src/domain/consultschema';
import { type ContentPack, contentPackSchema } from '../../src/domain/contentpack';
import {
  DIMENSIONS,
  type DimensionId,
  EXPECTATIONS,
  emptyScores,
} from '../../src/domain/dimensions';
import { type Keuzekaart, keuzekaartSchema } from '../../src/domain/keuzekaart';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import type { Handover } from '../../src/domain/preparation';
import { decodeQrPayload, encodeQrPayload } from '../../src/domain/qrpayload';
import {
  handoverOf,
  initialVragenlijst,
  type VragenlijstAction,
  vragenlijstReducer,
} from '../../src/domain/vragenlijst';

// ---------------------------------------------------------------------------------------------
// Fixtures

const AFWACHTEN: ConsultOption = {
  id: AFWACHTEN_ID,
  title: 'Afwachten',
  description: '(Nog) niets doen en later kijken hoe het gaat.',
  pros: [],
  cons: [],
  dimensions: [],
  afwachten: true,
};

const pack: ContentPack = contentPackSchema.parse(nlPack);

function card(data: unknown): Keuzekaart {
  return keuzekaartSchema.parse(data);
}

const SOMBERHEID = card(somberheid);
const RUGPIJN = card(lageRugpijn);
const ZORGPLANNING = card(proactieveZorgplanning);
const VERWIJZEN = card(verwijzen);

const start = (): ConsultState => initialConsult(AFWACHTEN);

function run(actions: readonly ConsultAction[], from: ConsultState = start()): ConsultState {
  return actions.reduce((state, action) => consultReducer(state, action), from);
}

function option(id: string, extra: Partial<ConsultOption> = {}): ConsultOption {
  return {
    id,
    title: `Optie ${id}`,
    description: `Wat ${id} inhoudt.`,
    pros: [{ id: 'voor-1', text: `Voordeel van ${id}` }],
    cons: [{ id: 'tegen-1', text: `Nadeel van ${id}` }],
    dimensions: [],
    afwachten: false,
    ...extra,
  };
}

/** The patient's preparation on the tablet, as the QR code and "samen invullen" carry it. */
function preparedHandover(
  question: string,
): Handover & { detail: NonNullable<Handover['detail']> } {
  const actions: VragenlijstAction[] = [
    { type: 'answer', itemId: 'lichaam-kort', value: 7 },
    { type: 'answer', itemId: 'mentaal-kort', value: 4 },
    { type: 'answer', itemId: 'meedoen-kort', value: 3 },
    { type: 'talk', dimension: 'meedoen', on: true },
    { type: 'focus', dimension: 'meedoen' },
    { type: 'expectation', expectation: 'meedenken', on: true },
    { type: 'text', field: 'question', value: question },
    { type: 'text', field: 'change', value: 'Meer mensen zien.' },
  ];
  const state = actions.reduce(vragenlijstReducer, initialVragenlijst(DEFAULT_PACK, 'nl'));
  return handoverOf(state.preparation, pack);
}

/** A handover as a typed consultcode brings it: the structured core, no free text. */
function codeHandover(): Handover {
  const code = encodeConsultcode({
    pack: DEFAULT_PACK,
    scores: { ...emptyScores(), lichaam: 6, mentaal: 4, meedoen: 3 },
    talk: ['meedoen'],
    focus: 'meedoen',
    expectations: ['uitleg', 'meedenken'],
    locale: 'nl',
    mode: 'quick',
  });
  const decoded = decodeConsultcode(code);
  if (!decoded.ok) throw new Error(`consultcode did not decode: ${JSON.stringify(decoded.error)}`);
  return { ...decoded.value, detail: null };
}

function qrHandover(question: string): Handover {
  const decoded = decodeQrPayload(encodeQrPayload(preparedHandover(question)));
  if (!decoded.ok) throw new Error(`QR payload did not decode: ${JSON.stringify(decoded.error)}`);
  return decoded.value;
}

/** Freeze a value and everything in it, so a reducer that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function weightKeys(state: ConsultState): string[] {
  return state.options.flatMap((o) => [...o.pros, ...o.cons].map((pc) => `${o.id}/${pc.id}`));
}

// ---------------------------------------------------------------------------------------------

describe('initialConsult', () => {
  it('starts at the start step with nothing entered', () => {
    expect(start()).toEqual({
      step: 'start',
      origin: null,
      handover: null,
      prompts: [],
      hulpvraag: '',
      inschatting: '',
      choiceStated: false,
      keuzekaart: null,
      options: [AFWACHTEN],
      weights: {},
      voorkeur: '',
      decision: null,
      decidedBy: null,
      keuzecheck: { sure: null, understand: null, risk: null, encouragement: null },
      afspraken: { nextStep: '', evaluation: '', vangnet: '' },
      icpc: null,
      summaryEdit: null,
    });
  });

  it('always offers the afwachten option it is given, as the only option', () => {
    const state = start();
    expect(state.options).toHaveLength(1);
    expect(state.options[0]?.afwachten).toBe(true);
    expect(state.options[0]?.id).toBe(AFWACHTEN_ID);
  });

  it('gives every consult its own keuzecheck and afspraken', () => {
    const a = start();
    const b = start();
    expect(a.keuzecheck).not.toBe(b.keuzecheck);
    expect(a.afspraken).not.toBe(b.afspraken);
    expect(emptyKeuzecheck()).not.toBe(emptyKeuzecheck());
  });
});

describe('the steps', () => {
  it('are the six steps of the consult flow, in order', () => {
    expect(CONSULT_STEPS).toEqual([
      'start',
      'verwachtingen',
      'opties',
      'voorkeur',
      'keuze',
      'samenvatting',
    ]);
  });

  it.each(CONSULT_STEPS)('can jump straight to %s: every step can be skipped', (step) => {
    expect(consultReducer(start(), { type: 'step', step }).step).toBe(step);
  });

  it('can go back and forth in any order without losing what was entered', () => {
    const state = run([
      { type: 'step', step: 'keuze' },
      { type: 'text', field: 'hulpvraag', value: 'Moe sinds de verhuizing.' },
      { type: 'step', step: 'start' },
      { type: 'step', step: 'samenvatting' },
      { type: 'step', step: 'opties' },
    ]);
    expect(state.step).toBe('opties');
    expect(state.hulpvraag).toBe('Moe sinds de verhuizing.');
  });
});

describe('opening a handover', () => {
  it('from a consultcode: the structured core, no free text to start the hulpvraag', () => {
    const handover = codeHandover();
    const state = consultReducer(start(), { type: 'open', origin: 'code', handover });
    expect(state.origin).toBe('code');
    expect(state.handover).toEqual(handover);
    expect(state.handover?.detail).toBeNull();
    expect(state.handover?.scores.mentaal).toBe(4);
    expect(state.hulpvraag).toBe('');
    expect(state.step).toBe('verwachtingen');
  });

  it("from a QR code: the patient's own question starts the hulpvraag", () => {
    const handover = qrHandover('Ik ben zo moe.');
    const state = consultReducer(start(), { type: 'open', origin: 'qr', handover });
    expect(state.origin).toBe('qr');
    expect(state.handover?.detail?.change).toBe('Meer mensen zien.');
    expect(state.hulpvraag).toBe('Ik ben zo moe.');
    expect(state.step).toBe('verwachtingen');
  });

  it('from filling in the web together', () => {
    const handover = preparedHandover('Wat kan ik zelf doen?');
    const state = consultReducer(start(), { type: 'open', origin: 'samen', handover });
    expect(state.origin).toBe('samen');
    expect(state.handover?.scores.lichaam).toBe(7);
    expect(state.handover?.talk).toEqual(['meedoen']);
    expect(state.hulpvraag).toBe('Wat kan ik zelf doen?');
  });

  it('blank, without any preparation', () => {
    const state = consultReducer(start(), { type: 'open', origin: 'blanco', handover: null });
    expect(state.origin).toBe('blanco');
    expect(state.handover).toBeNull();
    expect(state.hulpvraag).toBe('');
    expect(state.step).toBe('verwachtingen');
  });

  it('leaves an empty hulpvraag empty when the patient asked nothing', () => {
    const state = consultReducer(start(), {
      type: 'open',
      origin: 'qr',
      handover: qrHandover(''),
    });
    expect(state.hulpvraag).toBe('');
  });

  it('never overwrites a hulpvraag the GP already typed', () => {
    const state = run([
      { type: 'text', field: 'hulpvraag', value: 'Eigen woorden van de huisarts.' },
      { type: 'open', origin: 'qr', handover: qrHandover('Ik ben zo moe.') },
    ]);
    expect(state.hulpvraag).toBe('Eigen woorden van de huisarts.');
    expect(state.handover?.detail?.question).toBe('Ik ben zo moe.');
  });

  it('replaces an earlier handover, and keeps everything else', () => {
    const state = run([
      { type: 'open', origin: 'qr', handover: qrHandover('Eerste vraag.') },
      { type: 'text', field: 'inschatting', value: 'Lijkt op een aanpassingsstoornis.' },
      { type: 'open', origin: 'code', handover: codeHandover() },
    ]);
    expect(state.origin).toBe('code');
    expect(state.handover?.detail).toBeNull();
    expect(state.hulpvraag).toBe('Eerste vraag.');
    expect(state.inschatting).toBe('Lijkt op een aanpassingsstoornis.');
  });
});

describe('conversation prompts', () => {
  const a = { id: 'meedoen/meedoen-gesprek-contact', text: 'Met wie heeft u graag contact?' };
  const b = { id: 'verder/verder-hulp', text: 'Wie of wat kan u daarbij helpen?' };

  it('keeps a ticked prompt with its text as it was shown', () => {
    const state = consultReducer(start(), { type: 'prompt', prompt: a, used: true });
    expect(state.prompts).toEqual([a]);
  });

  it('keeps the order in which prompts were ticked', () => {
    const state = run([
      { type: 'prompt', prompt: a, used: true },
      { type: 'prompt', prompt: b, used: true },
    ]);
    expect(state.prompts.map((p) => p.id)).toEqual([a.id, b.id]);
  });

  it('unticks a prompt', () => {
    const state = run([
      { type: 'prompt', prompt: a, used: true },
      { type: 'prompt', prompt: b, used: true },
      { type: 'prompt', prompt: a, used: false },
    ]);
    expect(state.prompts).toEqual([b]);
  });

  it('never lists a prompt twice; ticking again updates its text', () => {
    const state = run([
      { type: 'prompt', prompt: a, used: true },
      { type: 'prompt', prompt: { ...a, text: 'Nieuwe tekst' }, used: true },
    ]);
    expect(state.prompts).toEqual([{ ...a, text: 'Nieuwe tekst' }]);
  });

  it('ignores unticking a prompt that was never ticked', () => {
    const state = consultReducer(start(), { type: 'prompt', prompt: a, used: false });
    expect(state.prompts).toEqual([]);
  });
});

describe('free text', () => {
  it.each(['hulpvraag', 'inschatting', 'voorkeur'] as const)('sets %s', (field) => {
    const state = consultReducer(start(), { type: 'text', field, value: 'Iets in eigen woorden.' });
    expect(state[field]).toBe('Iets in eigen woorden.');
  });

  it.each(['hulpvraag', 'inschatting', 'voorkeur'] as const)(
    'keeps %s of exactly TEXT_MAX characters, and refuses one more whole',
    (field) => {
      const exact = 'a'.repeat(TEXT_MAX);
      const kept = consultReducer(start(), { type: 'text', field, value: exact });
      expect(kept[field]).toBe(exact);
      expect(consultReducer(kept, { type: 'text', field, value: `${exact}b` })).toBe(kept);
    },
  );

  it('can empty a field again', () => {
    const state = run([
      { type: 'text', field: 'voorkeur', value: 'Thuis blijven wonen.' },
      { type: 'text', field: 'voorkeur', value: '' },
    ]);
    expect(state.voorkeur).toBe('');
  });

  it('records that the GP stated there is a choice, and can take it back', () => {
    const stated = consultReducer(start(), { type: 'choiceStated', value: true });
    expect(stated.choiceStated).toBe(true);
    expect(consultReducer(stated, { type: 'choiceStated', value: false }).choiceStated).toBe(false);
  });
});

describe('optionsFromKeuzekaart', () => {
  it('turns every option of a card into a consult option, in the order of the card', () => {
    const options = optionsFromKeuzekaart(SOMBERHEID);
    expect(options.map((o) => o.id)).toEqual([
      'afwachten-zelfhulp',
      'poh-ggz',
      'psycholoog',
      'antidepressivum',
    ]);
    expect(options.map((o) => o.afwachten)).toEqual([true, false, false, false]);
    const poh = options[1];
    const source = SOMBERHEID.options[1];
    expect(poh?.title).toBe(source?.title);
    expect(poh?.description).toBe(source?.description);
    expect(poh?.pros).toEqual(source?.pros);
    expect(poh?.cons).toEqual(source?.cons);
  });

  it('lists the dimensions of each option in the order of the web', () => {
    // The card lists mentaal, lichaam, dagelijks.
    expect(optionsFromKeuzekaart(SOMBERHEID)[0]?.dimensions).toEqual([
      'lichaam',
      'mentaal',
      'dagelijks',
    ]);
  });

  it('copies pros and cons, so the card stays as it was', () => {
    const fresh = card(somberheid);
    const options = optionsFromKeuzekaart(fresh);
    const pro = options[0]?.pros[0];
    if (!pro) throw new Error('no pro');
    pro.text = 'veranderd';
    expect(fresh.options[0]?.pros[0]?.text).not.toBe('veranderd');
    expect(options[0]?.pros).not.toBe(fresh.options[0]?.pros);
  });

  it('treats a missing afwachten flag as false', () => {
    const options = optionsFromKeuzekaart(ZORGPLANNING);
    expect(options.map((o) => o.afwachten)).toEqual([false, false, true]);
  });
});

describe('picking a keuzekaart', () => {
  it("uses the card's own afwachten option instead of the default one", () => {
    const state = consultReducer(start(), {
      type: 'keuzekaart',
      card: SOMBERHEID,
      afwachten: AFWACHTEN,
    });
    expect(state.options.map((o) => o.id)).toEqual([
      'afwachten-zelfhulp',
      'poh-ggz',
      'psycholoog',
      'antidepressivum',
    ]);
    expect(state.options.filter((o) => o.afwachten)).toHaveLength(1);
    expect(state.keuzekaart).toEqual({
      id: 'somberheid',
      version: SOMBERHEID.version,
      title: 'Sombere gevoelens',
      icpc: SOMBERHEID.icpc,
    });
  });

  it('keeps the afwachten option where the card puts it', () => {
    const state = consultReducer(start(), {
      type: 'keuzekaart',
      card: ZORGPLANNING,
      afwachten: AFWACHTEN,
    });
    expect(state.options.at(-1)?.afwachten).toBe(true);
  });

  it('puts the default afwachten option first when a card has none', () => {
    // The schema refuses such a card; the reducer still never loses afwachten.
    const without = {
      ...SOMBERHEID,
      options: SOMBERHEID.options.map((o) => ({ ...o, afwachten: false })),
    };
    const state = consultReducer(start(), {
      type: 'keuzekaart',
      card: without,
      afwachten: AFWACHTEN,
    });
    expect(state.options.map((o) => o.id)).toEqual([
      AFWACHTEN_ID,
      'afwachten-zelfhulp',
      'poh-ggz',
      'psycholoog',
      'antidepressivum',
    ]);
    expect(state.options.filter((o) => o.afwachten)).toEqual([AFWACHTEN]);
  });

  it('replaces the typed options and the options of an earlier card', () => {
    const state = run([
      { type: 'addOption', option: option('eigen') },
      { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN },
      { type: 'keuzekaart', card: RUGPIJN, afwachten: AFWACHTEN },
    ]);
    expect(state.keuzekaart?.id).toBe('lage-rugpijn');
    expect(state.options.map((o) => o.id)).toEqual([
      'afwachten-bewegen',
      'pijnstilling',
      'oefentherapie',
    ]);
  });

  it('drops weights and a decision for options that are gone', () => {
    const state = run([
      { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN },
      { type: 'weight', key: 'poh-ggz/poh-ggz-voor-1', weight: 'erg' },
      { type: 'decision', decision: { kind: 'keuze', optionId: 'poh-ggz' } },
      { type: 'keuzekaart', card: RUGPIJN, afwachten: AFWACHTEN },
    ]);
    expect(state.weights).toEqual({});
    expect(state.decision).toBeNull();
  });

  it('keeps weights and the decision when the same card is picked again', () => {
    const state = run([
      { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN },
      { type: 'weight', key: 'poh-ggz/poh-ggz-voor-1', weight: 'erg' },
      { type: 'decision', decision: { kind: 'keuze', optionId: 'poh-ggz' } },
      { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN },
    ]);
    expect(state.weights).toEqual({ 'poh-ggz/poh-ggz-voor-1': 'erg' });
    expect(state.decision).toEqual({ kind: 'keuze', optionId: 'poh-ggz' });
  });

  it('keeps bedenktijd, which points at no option', () => {
    const state = run([
      { type: 'decision', decision: { kind: 'bedenktijd', followUp: '2026-12-01' } },
      { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN },
    ]);
    expect(state.decision).toEqual({ kind: 'bedenktijd', followUp: '2026-12-01' });
  });
});

describe('clearing the keuzekaart', () => {
  it('goes back to the afwachten option alone', () => {
    const state = run([
      { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN },
      { type: 'clearKeuzekaart', afwachten: AFWACHTEN },
    ]);
    expect(state.keuzekaart).toBeNull();
    expect(state.options).toEqual([AFWACHTEN]);
  });

  it("drops weights and a decision that pointed at the card's options", () => {
    const state = run([
      { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN },
      { type: 'weight', key: 'psycholoog/psycholoog-tegen-1', weight: 'beetje' },
      { type: 'decision', decision: { kind: 'keuze', optionId: 'afwachten-zelfhulp' } },
      { type: 'clearKeuzekaart', afwachten: AFWACHTEN },
    ]);
    expect(state.weights).toEqual({});
    expect(state.decision).toBeNull();
  });

  it('drops a choice of afwachten that a card replaced, keeps one that stays', () => {
    const state = run([
      { type: 'decision', decision: { kind: 'keuze', optionId: AFWACHTEN_ID } },
      { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN },
      { type: 'clearKeuzekaart', afwachten: AFWACHTEN },
    ]);
    // Picking the card dropped it (the card has its own afwachten); it does not come back.
    expect(state.decision).toBeNull();
    const kept = run([
      { type: 'decision', decision: { kind: 'keuze', optionId: AFWACHTEN_ID } },
      { type: 'clearKeuzekaart', afwachten: AFWACHTEN },
    ]);
    expect(kept.decision).toEqual({ kind: 'keuze', optionId: AFWACHTEN_ID });
  });
});

describe('typed options', () => {
  it('adds an option after the others', () => {
    const state = consultReducer(start(), { type: 'addOption', option: option('fysio') });
    expect(state.options.map((o) => o.id)).toEqual([AFWACHTEN_ID, 'fysio']);
    expect(state.options[1]).toEqual(option('fysio'));
  });

  it('never adds a second afwachten option', () => {
    const state = consultReducer(start(), {
      type: 'addOption',
      option: option('nog-een-afwachten', { afwachten: true }),
    });
    expect(state.options.filter((o) => o.afwachten)).toHaveLength(1);
    expect(state.options[1]?.afwachten).toBe(false);
  });

  it('ignores an option whose id is taken', () => {
    const once = consultReducer(start(), { type: 'addOption', option: option('fysio') });
    const twice = consultReducer(once, {
      type: 'addOption',
      option: option('fysio', { title: 'Ander' }),
    });
    expect(twice).toBe(once);
    expect(consultReducer(once, { type: 'addOption', option: option(AFWACHTEN_ID) })).toBe(once);
  });

  it(`stops at ${OPTIONS_MAX} options, the most a stored consult holds`, () => {
    let state = start();
    for (let i = 1; i < OPTIONS_MAX + 3; i++) {
      state = consultReducer(state, { type: 'addOption', option: option(`optie-${i}`) });
    }
    expect(state.options).toHaveLength(OPTIONS_MAX);
    expect(consultStateSchema.safeParse(state).success).toBe(true);
  });

  it('updates the title and description of one option only', () => {
    const state = run([
      { type: 'addOption', option: option('a') },
      { type: 'addOption', option: option('b') },
      {
        type: 'updateOption',
        optionId: 'a',
        patch: { title: 'Fysiotherapie', description: 'Oefenen.' },
      },
    ]);
    expect(state.options[1]).toMatchObject({
      id: 'a',
      title: 'Fysiotherapie',
      description: 'Oefenen.',
    });
    expect(state.options[2]).toEqual(option('b'));
  });

  it('may rename the afwachten option, which stays afwachten', () => {
    const state = consultReducer(start(), {
      type: 'updateOption',
      optionId: AFWACHTEN_ID,
      patch: { title: 'Nog even aankijken' },
    });
    expect(state.options[0]).toMatchObject({ title: 'Nog even aankijken', afwachten: true });
  });

  it('tags dimensions in the order of the web, each once', () => {
    const state = run([
      { type: 'addOption', option: option('a') },
      {
        type: 'updateOption',
        optionId: 'a',
        patch: { dimensions: ['dagelijks', 'lichaam', 'dagelijks', 'mentaal'] },
      },
    ]);
    expect(state.options[1]?.dimensions).toEqual(['lichaam', 'mentaal', 'dagelijks']);
  });

  it('can untag every dimension', () => {
    const state = run([
      { type: 'addOption', option: option('a', { dimensions: ['lichaam'] }) },
      { type: 'updateOption', optionId: 'a', patch: { dimensions: [] } },
    ]);
    expect(state.options[1]?.dimensions).toEqual([]);
  });

  it('keeps the dimensions when a patch does not name them', () => {
    const state = run([
      { type: 'addOption', option: option('a', { dimensions: ['meedoen', 'lichaam'] }) },
      { type: 'updateOption', optionId: 'a', patch: { title: 'Nieuw' } },
    ]);
    expect(state.options[1]?.dimensions).toEqual(['lichaam', 'meedoen']);
  });

  it('changes nothing for an option that does not exist', () => {
    const before = start();
    const after = consultReducer(before, {
      type: 'updateOption',
      optionId: 'bestaat-niet',
      patch: { title: 'x' },
    });
    expect(after.options).toEqual(before.options);
  });

  it('drops the weights of pros and cons that an update removes', () => {
    const state = run([
      { type: 'addOption', option: option('a') },
      { type: 'weight', key: 'a/voor-1', weight: 'erg' },
      { type: 'weight', key: 'a/tegen-1', weight: 'niet' },
      { type: 'updateOption', optionId: 'a', patch: { pros: [] } },
    ]);
    expect(state.weights).toEqual({ 'a/tegen-1': 'niet' });
  });

  it('removes an option, with its weights and a decision for it', () => {
    const state = run([
      { type: 'addOption', option: option('a') },
      { type: 'addOption', option: option('b') },
      { type: 'weight', key: 'a/voor-1', weight: 'erg' },
      { type: 'weight', key: 'b/voor-1', weight: 'beetje' },
      { type: 'decision', decision: { kind: 'keuze', optionId: 'a' } },
      { type: 'removeOption', optionId: 'a' },
    ]);
    expect(state.options.map((o) => o.id)).toEqual([AFWACHTEN_ID, 'b']);
    expect(state.weights).toEqual({ 'b/voor-1': 'beetje' });
    expect(state.decision).toBeNull();
  });

  it('keeps the decision when another option is removed', () => {
    const state = run([
      { type: 'addOption', option: option('a') },
      { type: 'addOption', option: option('b') },
      { type: 'decision', decision: { kind: 'keuze', optionId: 'b' } },
      { type: 'removeOption', optionId: 'a' },
    ]);
    expect(state.decision).toEqual({ kind: 'keuze', optionId: 'b' });
  });

  it('never removes the afwachten option', () => {
    const before = start();
    expect(consultReducer(before, { type: 'removeOption', optionId: AFWACHTEN_ID })).toBe(before);
    const fromCard = consultReducer(before, {
      type: 'keuzekaart',
      card: SOMBERHEID,
      afwachten: AFWACHTEN,
    });
    expect(consultReducer(fromCard, { type: 'removeOption', optionId: 'afwachten-zelfhulp' })).toBe(
      fromCard,
    );
  });

  it('ignores removing an option that does not exist', () => {
    const before = start();
    expect(consultReducer(before, { type: 'removeOption', optionId: 'bestaat-niet' })).toBe(before);
  });
});

describe('pros and cons', () => {
  const items = [
    { id: 'v1', text: 'Snel resultaat' },
    { id: 'v2', text: 'Dicht bij huis' },
  ];

  it('sets the pros of one option and leaves its cons alone', () => {
    const state = run([
      { type: 'addOption', option: option('a') },
      { type: 'proCon', optionId: 'a', side: 'pros', items },
    ]);
    expect(state.options[1]?.pros).toEqual(items);
    expect(state.options[1]?.cons).toEqual(option('a').cons);
  });

  it('sets the cons the same way', () => {
    const state = run([
      { type: 'addOption', option: option('a') },
      { type: 'proCon', optionId: 'a', side: 'cons', items },
    ]);
    expect(state.options[1]?.cons).toEqual(items);
    expect(state.options[1]?.pros).toEqual(option('a').pros);
  });

  it('gives afwachten pros and cons too', () => {
    const state = consultReducer(start(), {
      type: 'proCon',
      optionId: AFWACHTEN_ID,
      side: 'pros',
      items,
    });
    expect(state.options[0]?.pros).toEqual(items);
  });

  it('drops the weight of a removed pro and keeps the others', () => {
    const state = run([
      { type: 'addOption', option: option('a') },
      { type: 'proCon', optionId: 'a', side: 'pros', items },
      { type: 'weight', key: 'a/v1', weight: 'erg' },
      { type: 'weight', key: 'a/v2', weight: 'beetje' },
      { type: 'weight', key: 'a/tegen-1', weight: 'niet' },
      { type: 'proCon', optionId: 'a', side: 'pros', items: items.slice(1) },
    ]);
    expect(state.weights).toEqual({ 'a/v2': 'beetje', 'a/tegen-1': 'niet' });
  });

  it('keeps the weight when only the text of a pro changes', () => {
    const state = run([
      { type: 'addOption', option: option('a') },
      { type: 'weight', key: 'a/voor-1', weight: 'erg' },
      {
        type: 'proCon',
        optionId: 'a',
        side: 'pros',
        items: [{ id: 'voor-1', text: 'Beter verwoord' }],
      },
    ]);
    expect(state.weights).toEqual({ 'a/voor-1': 'erg' });
  });

  it('changes no option for an option id that does not exist', () => {
    const before = start();
    const after = consultReducer(before, { type: 'proCon', optionId: 'x', side: 'pros', items });
    expect(after.options).toEqual(before.options);
  });

  it(`holds at most ${PROCONS_MAX} pros or cons per option`, () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `p${i}`, text: `${i}` }));
    const full = run([
      { type: 'addOption', option: option('a') },
      { type: 'proCon', optionId: 'a', side: 'pros', items: many(PROCONS_MAX) },
    ]);
    expect(full.options[1]?.pros).toHaveLength(PROCONS_MAX);
    expect(consultStateSchema.safeParse(full).success).toBe(true);
    const over = consultReducer(full, {
      type: 'proCon',
      optionId: 'a',
      side: 'cons',
      items: many(PROCONS_MAX + 1),
    });
    expect(over).toBe(full);
    const patched = consultReducer(full, {
      type: 'updateOption',
      optionId: 'a',
      patch: { pros: many(PROCONS_MAX + 1) },
    });
    expect(patched).toBe(full);
  });
});

describe('preference weights', () => {
  const withCard = () =>
    consultReducer(start(), { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN });

  it('are niet, beetje and erg', () => {
    expect(WEIGHTS).toEqual(['niet', 'beetje', 'erg']);
  });

  it.each(WEIGHTS)('weighs a pro as %s', (weight) => {
    const state = consultReducer(withCard(), {
      type: 'weight',
      key: 'poh-ggz/poh-ggz-voor-2',
      weight,
    });
    expect(state.weights).toEqual({ 'poh-ggz/poh-ggz-voor-2': weight });
  });

  it('weighs pros and cons of different options independently', () => {
    const state = run(
      [
        { type: 'weight', key: 'poh-ggz/poh-ggz-voor-2', weight: 'erg' },
        { type: 'weight', key: 'psycholoog/psycholoog-tegen-1', weight: 'erg' },
        { type: 'weight', key: 'afwachten-zelfhulp/afwachten-zelfhulp-voor-1', weight: 'niet' },
      ],
      withCard(),
    );
    expect(state.weights).toEqual({
      'poh-ggz/poh-ggz-voor-2': 'erg',
      'psycholoog/psycholoog-tegen-1': 'erg',
      'afwachten-zelfhulp/afwachten-zelfhulp-voor-1': 'niet',
    });
  });

  it('changes a weight, and clears it with null', () => {
    const key = 'poh-ggz/poh-ggz-tegen-1';
    const changed = run(
      [
        { type: 'weight', key, weight: 'erg' },
        { type: 'weight', key, weight: 'beetje' },
      ],
      withCard(),
    );
    expect(changed.weights).toEqual({ [key]: 'beetje' });
    expect(consultReducer(changed, { type: 'weight', key, weight: null }).weights).toEqual({});
  });

  it('ignores clearing a weight that was never set', () => {
    const state = consultReducer(withCard(), {
      type: 'weight',
      key: 'poh-ggz/poh-ggz-voor-1',
      weight: null,
    });
    expect(state.weights).toEqual({});
  });

  it('clears a weight that points at nothing, as a stored consult may hold one', () => {
    const stale = { ...withCard(), weights: { 'weg/voor-1': 'erg' as const } };
    expect(
      consultReducer(stale, { type: 'weight', key: 'weg/voor-1', weight: null }).weights,
    ).toEqual({});
  });

  it('ignores a weight for a pro or con that does not exist', () => {
    const before = withCard();
    for (const key of ['poh-ggz/bestaat-niet', 'bestaat-niet/poh-ggz-voor-1', 'poh-ggz', '']) {
      expect(consultReducer(before, { type: 'weight', key, weight: 'erg' })).toBe(before);
    }
  });
});

describe('the decision', () => {
  const withCard = () =>
    consultReducer(start(), { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN });

  it('records the chosen option', () => {
    const state = consultReducer(withCard(), {
      type: 'decision',
      decision: { kind: 'keuze', optionId: 'poh-ggz' },
    });
    expect(state.decision).toEqual({ kind: 'keuze', optionId: 'poh-ggz' });
  });

  it('may choose afwachten', () => {
    const state = consultReducer(withCard(), {
      type: 'decision',
      decision: { kind: 'keuze', optionId: 'afwachten-zelfhulp' },
    });
    expect(state.decision).toEqual({ kind: 'keuze', optionId: 'afwachten-zelfhulp' });
  });

  it('refuses an option that does not exist and keeps the earlier decision', () => {
    const chosen = consultReducer(withCard(), {
      type: 'decision',
      decision: { kind: 'keuze', optionId: 'poh-ggz' },
    });
    const after = consultReducer(chosen, {
      type: 'decision',
      decision: { kind: 'keuze', optionId: 'bestaat-niet' },
    });
    expect(after).toBe(chosen);
  });

  it('records bedenktijd, first without and then with a follow-up date', () => {
    const state = run(
      [
        { type: 'decision', decision: { kind: 'keuze', optionId: 'poh-ggz' } },
        { type: 'decision', decision: { kind: 'bedenktijd', followUp: '' } },
      ],
      withCard(),
    );
    expect(state.decision).toEqual({ kind: 'bedenktijd', followUp: '' });
    const dated = consultReducer(state, {
      type: 'decision',
      decision: { kind: 'bedenktijd', followUp: '2026-12-15' },
    });
    expect(dated.decision).toEqual({ kind: 'bedenktijd', followUp: '2026-12-15' });
  });

  it('goes from bedenktijd to a choice, and back to no decision', () => {
    const state = run(
      [
        { type: 'decision', decision: { kind: 'bedenktijd', followUp: '2026-12-15' } },
        { type: 'decision', decision: { kind: 'keuze', optionId: 'psycholoog' } },
      ],
      withCard(),
    );
    expect(state.decision).toEqual({ kind: 'keuze', optionId: 'psycholoog' });
    expect(consultReducer(state, { type: 'decision', decision: null }).decision).toBeNull();
  });

  it('records who decided', () => {
    expect(DECIDERS).toEqual(['patient', 'samen', 'huisarts']);
    for (const decider of DECIDERS) {
      expect(consultReducer(start(), { type: 'decidedBy', decider }).decidedBy).toBe(decider);
    }
    const cleared = run([
      { type: 'decidedBy', decider: 'samen' },
      { type: 'decidedBy', decider: null },
    ]);
    expect(cleared.decidedBy).toBeNull();
  });
});

describe('the keuzecheck', () => {
  const check = (values: Partial<Keuzecheck>): Keuzecheck => ({ ...emptyKeuzecheck(), ...values });
  const allYes = check({ sure: true, understand: true, risk: true, encouragement: true });

  it('asks the four SURE questions, in order', () => {
    expect(KEUZECHECK).toEqual(['sure', 'understand', 'risk', 'encouragement']);
  });

  it('records one answer and leaves the others unanswered', () => {
    const state = consultReducer(start(), { type: 'keuzecheck', item: 'risk', value: false });
    expect(state.keuzecheck).toEqual(check({ risk: false }));
  });

  it('takes an answer back with null', () => {
    const state = run([
      { type: 'keuzecheck', item: 'sure', value: true },
      { type: 'keuzecheck', item: 'sure', value: null },
    ]);
    expect(state.keuzecheck).toEqual(emptyKeuzecheck());
  });

  it('4/4: no doubt', () => {
    expect(keuzecheckResult(allYes)).toEqual({ yes: 4, answered: 4, doubts: [], doubt: false });
  });

  it('3/4 with one "nee": doubt, naming the item', () => {
    expect(keuzecheckResult({ ...allYes, understand: false })).toEqual({
      yes: 3,
      answered: 4,
      doubts: ['understand'],
      doubt: true,
    });
  });

  it('0/4: doubt about all four, in the order of the questions', () => {
    const none = check({ encouragement: false, sure: false, risk: false, understand: false });
    expect(keuzecheckResult(none)).toEqual({
      yes: 0,
      answered: 4,
      doubts: ['sure', 'understand', 'risk', 'encouragement'],
      doubt: true,
    });
  });

  it('3/4 with one question unanswered still flags doubt, but names no item', () => {
    expect(keuzecheckResult({ ...allYes, encouragement: null })).toEqual({
      yes: 3,
      answered: 3,
      doubts: [],
      doubt: true,
    });
  });

  it('nothing answered: 0/4 and doubt, but no item named', () => {
    expect(keuzecheckResult(emptyKeuzecheck())).toEqual({
      yes: 0,
      answered: 0,
      doubts: [],
      doubt: true,
    });
  });

  it('over all 81 combinations: only 4/4 is free of doubt, and yes + nee = answered', () => {
    const values = [true, false, null] as const;
    let combinations = 0;
    for (const sure of values)
      for (const understand of values)
        for (const risk of values)
          for (const encouragement of values) {
            combinations++;
            const c: Keuzecheck = { sure, understand, risk, encouragement };
            const result = keuzecheckResult(c);
            const yes = KEUZECHECK.filter((k) => c[k] === true).length;
            expect(result.yes).toBe(yes);
            expect(result.doubt).toBe(yes <= 3);
            expect(result.yes + result.doubts.length).toBe(result.answered);
            expect(result.doubts).toEqual(KEUZECHECK.filter((k) => c[k] === false));
          }
    expect(combinations).toBe(81);
  });
});

describe('afspraken', () => {
  it.each(['nextStep', 'evaluation', 'vangnet'] as const)(
    'sets %s and leaves the others',
    (field) => {
      const state = consultReducer(start(), { type: 'afspraken', field, value: 'Over 2 weken.' });
      expect(state.afspraken).toEqual({
        nextStep: '',
        evaluation: '',
        vangnet: '',
        [field]: 'Over 2 weken.',
      });
    },
  );

  it('refuses more than TEXT_MAX characters, keeping what was there', () => {
    const before = consultReducer(start(), { type: 'afspraken', field: 'vangnet', value: 'Bel.' });
    const state = consultReducer(before, {
      type: 'afspraken',
      field: 'vangnet',
      value: 'x'.repeat(TEXT_MAX + 50),
    });
    expect(state).toBe(before);
  });
});

describe('promptDimensions', () => {
  const handover = (
    scores: Partial<Record<DimensionId, number | null>>,
    talk: DimensionId[] = [],
  ): Handover => ({
    pack: DEFAULT_PACK,
    scores: { ...emptyScores(), ...scores },
    talk,
    focus: null,
    expectations: [],
    locale: null,
    mode: null,
    detail: null,
  });

  it('gives nothing without a handover', () => {
    expect(promptDimensions(null)).toEqual([]);
  });

  it('gives nothing when nothing was scored or marked', () => {
    expect(promptDimensions(handover({}))).toEqual([]);
  });

  it(`includes a score of exactly ${LOW_SCORE}, not one just above it`, () => {
    expect(promptDimensions(handover({ lichaam: LOW_SCORE, mentaal: LOW_SCORE + 0.1 }))).toEqual([
      'lichaam',
    ]);
  });

  it('includes 0, excludes 10', () => {
    expect(promptDimensions(handover({ zingeving: 0, kwaliteit: 10 }))).toEqual(['zingeving']);
  });

  it('includes a marked dimension whatever its score, or without one', () => {
    expect(promptDimensions(handover({ meedoen: 9 }, ['meedoen', 'dagelijks']))).toEqual([
      'meedoen',
      'dagelijks',
    ]);
  });

  it('lists each dimension once, in the order of the web', () => {
    const result = promptDimensions(
      handover({ dagelijks: 2, lichaam: 3, meedoen: 1 }, ['meedoen', 'lichaam']),
    );
    expect(result).toEqual(['lichaam', 'meedoen', 'dagelijks']);
  });

  it('works on a handover from a consultcode', () => {
    expect(promptDimensions(codeHandover())).toEqual(['mentaal', 'meedoen']);
  });
});

/** One action of each type. A Record, so the compiler refuses a list that misses a type. */
type OneOfEach = { [T in ConsultAction['type']]: Extract<ConsultAction, { type: T }> };

describe('the reducer is pure', () => {
  const oneOfEach = (): OneOfEach => ({
    step: { type: 'step', step: 'opties' },
    open: { type: 'open', origin: 'qr', handover: qrHandover('Vraag?') },
    prompt: { type: 'prompt', prompt: { id: 'p', text: 'Prompt' }, used: true },
    text: { type: 'text', field: 'hulpvraag', value: 'Hulpvraag' },
    choiceStated: { type: 'choiceStated', value: true },
    keuzekaart: { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN },
    addOption: { type: 'addOption', option: option('a') },
    updateOption: {
      type: 'updateOption',
      optionId: 'a',
      patch: { dimensions: ['meedoen', 'lichaam'] },
    },
    proCon: { type: 'proCon', optionId: 'a', side: 'pros', items: [{ id: 'v', text: 'Voor' }] },
    weight: { type: 'weight', key: 'a/v', weight: 'erg' },
    decision: { type: 'decision', decision: { kind: 'keuze', optionId: 'a' } },
    decidedBy: { type: 'decidedBy', decider: 'samen' },
    keuzecheck: { type: 'keuzecheck', item: 'sure', value: true },
    afspraken: { type: 'afspraken', field: 'nextStep', value: 'Bellen' },
    summaryEdit: { type: 'summaryEdit', value: 'S: Eigen tekst.' },
    icpc: { type: 'icpc', code: null },
    fillIn: { type: 'fillIn', id: 'klacht', value: 'knieklachten' },
    removeOption: { type: 'removeOption', optionId: 'a' },
    clearKeuzekaart: { type: 'clearKeuzekaart', afwachten: AFWACHTEN },
  });
  const everyAction = (): ConsultAction[] => Object.values(oneOfEach());

  it('never changes the state it is given', () => {
    let state = deepFreeze(start());
    for (const action of everyAction()) {
      const before = structuredClone(state);
      const next = consultReducer(state, deepFreeze(action));
      expect(state).toEqual(before);
      state = deepFreeze(next);
    }
  });

  it('covers every action type, each under its own name', () => {
    for (const [type, action] of Object.entries(oneOfEach())) expect(action.type).toBe(type);
  });

  it('gives the same state for the same actions', () => {
    expect(run(everyAction())).toEqual(run(everyAction()));
  });
});

// ---------------------------------------------------------------------------------------------
// The stored form

/** A consult that went through every step, as a GP would leave it. */
function fullConsult(): ConsultState {
  return run([
    { type: 'open', origin: 'qr', handover: qrHandover('Ik ben zo moe.') },
    {
      type: 'prompt',
      prompt: { id: 'meedoen/meedoen-gesprek-contact', text: 'Met wie?' },
      used: true,
    },
    { type: 'text', field: 'inschatting', value: 'Somberheid na verhuizing.' },
    { type: 'choiceStated', value: true },
    { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN },
    { type: 'addOption', option: option('sport', { dimensions: ['lichaam', 'meedoen'] }) },
    { type: 'weight', key: 'poh-ggz/poh-ggz-voor-1', weight: 'erg' },
    { type: 'weight', key: 'sport/tegen-1', weight: 'beetje' },
    { type: 'text', field: 'voorkeur', value: 'Dicht bij huis.' },
    { type: 'decision', decision: { kind: 'keuze', optionId: 'poh-ggz' } },
    { type: 'decidedBy', decider: 'samen' },
    { type: 'keuzecheck', item: 'sure', value: true },
    { type: 'keuzecheck', item: 'understand', value: true },
    { type: 'keuzecheck', item: 'risk', value: false },
    { type: 'afspraken', field: 'nextStep', value: 'Eerste gesprek binnen 2 weken.' },
    { type: 'afspraken', field: 'evaluation', value: 'Over 6 weken.' },
    { type: 'afspraken', field: 'vangnet', value: 'Eerder bellen als het slechter gaat.' },
    { type: 'step', step: 'samenvatting' },
  ]);
}

describe('consultStateSchema', () => {
  it('accepts a fresh consult', () => {
    expect(consultStateSchema.safeParse(start()).success).toBe(true);
  });

  it('round-trips a full consult exactly, also through structured clone and JSON', () => {
    const state = fullConsult();
    for (const copy of [state, structuredClone(state), JSON.parse(JSON.stringify(state))]) {
      const parsed = consultStateSchema.safeParse(copy);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(parsed.data).toEqual(state);
    }
  });

  it.each([
    ['code', codeHandover()],
    ['samen', preparedHandover('Vraag')],
    ['blanco', null],
  ] as const)('round-trips a consult opened from %s', (origin, handover) => {
    const state = consultReducer(start(), { type: 'open', origin, handover });
    expect(consultStateSchema.parse(state)).toEqual(state);
  });

  it('round-trips bedenktijd with a follow-up', () => {
    const state = consultReducer(fullConsult(), {
      type: 'decision',
      decision: { kind: 'bedenktijd', followUp: '2026-12-15' },
    });
    expect(consultStateSchema.parse(state)).toEqual(state);
  });

  it('drops fields it does not know instead of keeping them', () => {
    const parsed = consultStateSchema.parse({ ...start(), extra: 'x', bsn: '123456782' });
    expect(parsed).toEqual(start());
    expect('bsn' in parsed).toBe(false);
  });

  type Damage = [string, (s: Record<string, unknown> & ConsultState) => unknown];
  /** Other options, and no weights or decision that could be refused for pointing at nothing. */
  const options = (s: ConsultState, list: unknown[]) => ({
    ...s,
    options: list,
    weights: {},
    decision: null,
  });
  const damages: Damage[] = [
    ['no object at all', () => null],
    ['a string', () => 'consult'],
    ['an array', (s) => [s]],
    ['an unknown step', (s) => ({ ...s, step: 'hack' })],
    ['an unknown origin', (s) => ({ ...s, origin: 'fax' })],
    ['a missing field', ({ hulpvraag: _, ...rest }) => rest],
    ['a hulpvraag over TEXT_MAX', (s) => ({ ...s, hulpvraag: 'a'.repeat(TEXT_MAX + 1) })],
    ['a number for text', (s) => ({ ...s, voorkeur: 42 })],
    ['no options at all', (s) => ({ ...s, options: [] })],
    [
      'more than the maximum of options',
      (s) => ({
        ...s,
        options: [...s.options, ...Array.from({ length: OPTIONS_MAX }, (_, i) => option(`o${i}`))],
      }),
    ],
    [
      'an option without afwachten flag',
      (s) => options(s, [{ ...AFWACHTEN, afwachten: undefined }]),
    ],
    ['an option with an empty id', (s) => options(s, [{ ...AFWACHTEN, id: '' }])],
    ['no afwachten option', (s) => options(s, [option('a'), option('b')])],
    ['two afwachten options', (s) => options(s, [AFWACHTEN, { ...option('a'), afwachten: true }])],
    ['two options with one id', (s) => options(s, [AFWACHTEN, option('a'), option('a')])],
    ['an unknown dimension tag', (s) => options(s, [{ ...AFWACHTEN, dimensions: ['geluk'] }])],
    ['an unknown weight', (s) => ({ ...s, weights: { [`${AFWACHTEN_ID}/x`]: 'heel erg' } })],
    ['an unknown decision kind', (s) => ({ ...s, decision: { kind: 'later' } })],
    ['a choice without option', (s) => ({ ...s, decision: { kind: 'keuze', optionId: '' } })],
    [
      'a choice for an option that is not there',
      (s) => ({ ...s, decision: { kind: 'keuze', optionId: 'weg' } }),
    ],
    ['bedenktijd without follow-up', (s) => ({ ...s, decision: { kind: 'bedenktijd' } })],
    ['an unknown decider', (s) => ({ ...s, decidedBy: 'poh' })],
    ['a keuzecheck answer "ja"', (s) => ({ ...s, keuzecheck: { ...s.keuzecheck, sure: 'ja' } })],
    ['a keuzecheck with a question missing', (s) => ({ ...s, keuzecheck: { sure: true } })],
    ['afspraken missing a field', (s) => ({ ...s, afspraken: { nextStep: '' } })],
    ['choiceStated as text', (s) => ({ ...s, choiceStated: 'ja' })],
    [
      'a handover score above 10',
      (s) => ({ ...s, handover: { ...codeHandover(), scores: { ...emptyScores(), lichaam: 11 } } }),
    ],
    [
      'a handover score below 0',
      (s) => ({ ...s, handover: { ...codeHandover(), scores: { ...emptyScores(), lichaam: -1 } } }),
    ],
    [
      'a handover talking about an unknown dimension',
      (s) => ({ ...s, handover: { ...codeHandover(), talk: ['geluk'] } }),
    ],
    [
      'a handover with an unknown expectation',
      (s) => ({ ...s, handover: { ...codeHandover(), expectations: ['wonder'] } }),
    ],
    [
      'a handover whose preparation is damaged',
      (s) => {
        const handover = preparedHandover('Vraag');
        return { ...s, handover: { ...handover, detail: { ...handover.detail, mode: 'x' } } };
      },
    ],
  ];

  it('accepts the same kind of change when nothing is damaged', () => {
    const changed = options(fullConsult(), [option('a'), AFWACHTEN, option('b')]);
    expect(consultStateSchema.safeParse(changed).success).toBe(true);
  });

  it.each(damages)('refuses %s', (_name, damage) => {
    const damaged = damage(
      structuredClone(fullConsult()) as Record<string, unknown> & ConsultState,
    );
    expect(consultStateSchema.safeParse(damaged).success).toBe(false);
  });

  it('knows every expectation and dimension a handover can carry', () => {
    const state = consultReducer(start(), {
      type: 'open',
      origin: 'code',
      handover: {
        ...codeHandover(),
        talk: [...DIMENSIONS],
        expectations: [...EXPECTATIONS],
        scores: {
          lichaam: 0,
          mentaal: 10,
          zingeving: 5.5,
          kwaliteit: null,
          meedoen: 1,
          dagelijks: 9,
        },
      },
    });
    expect(consultStateSchema.parse(state)).toEqual(state);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: whatever the GP clicks, in whatever order, the consult keeps its promises.

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
/** Text up to a limit and a little past it: the reducer must refuse what does not fit. */
const typed = (max: number) => fc.string({ maxLength: max + 5 });
const proCons = fc.array(fc.record({ id, text: typed(OPTION_TEXT_MAX.proCon) }), { maxLength: 4 });
const dimensions = fc.subarray([...DIMENSIONS]);
const cards = fc.constantFrom(SOMBERHEID, RUGPIJN, ZORGPLANNING, VERWIJZEN);

function actionArbitrary(optionIds: string[]): fc.Arbitrary<ConsultAction> {
  const known = fc.constantFrom(
    AFWACHTEN_ID,
    'afwachten-zelfhulp',
    'poh-ggz',
    'pijnstilling',
    ...optionIds,
  );
  return fc.oneof(
    fc.constantFrom(...CONSULT_STEPS).map((step): ConsultAction => ({ type: 'step', step })),
    fc
      .record({
        origin: fc.constantFrom('code', 'qr', 'samen', 'blanco' as const),
        handover: fc.constantFrom(null, codeHandover(), preparedHandover('Waarom ben ik zo moe?')),
      })
      .map((r): ConsultAction => ({ type: 'open', ...r })),
    fc
      .record({ id: fc.stringMatching(/^[a-z]{1,10}\/[a-z-]{1,20}$/), text: typed(300) })
      .chain((prompt) =>
        fc.boolean().map((used): ConsultAction => ({ type: 'prompt', prompt, used })),
      ),
    fc
      .record({
        field: fc.constantFrom('hulpvraag', 'inschatting', 'voorkeur' as const),
        value: fc.string({ maxLength: TEXT_MAX + 20, size: 'max' }),
      })
      .map((r): ConsultAction => ({ type: 'text', ...r })),
    fc.boolean().map((value): ConsultAction => ({ type: 'choiceStated', value })),
    cards.map((card): ConsultAction => ({ type: 'keuzekaart', card, afwachten: AFWACHTEN })),
    fc.constant<ConsultAction>({ type: 'clearKeuzekaart', afwachten: AFWACHTEN }),
    {
      // Often, so that sequences reach the most options a consult may hold.
      weight: 6,
      arbitrary: fc
        .record({
          id: fc.oneof(id, known),
          title: typed(OPTION_TEXT_MAX.title),
          description: typed(OPTION_TEXT_MAX.description),
          pros: proCons,
          cons: proCons,
          dimensions,
          afwachten: fc.boolean(),
        })
        .map((option): ConsultAction => ({ type: 'addOption', option })),
    },
    fc
      .record(
        {
          title: typed(OPTION_TEXT_MAX.title),
          description: typed(OPTION_TEXT_MAX.description),
          dimensions,
          pros: proCons,
        },
        { requiredKeys: [] },
      )
      .chain((patch) =>
        known.map((optionId): ConsultAction => ({ type: 'updateOption', optionId, patch })),
      ),
    known.map((optionId): ConsultAction => ({ type: 'removeOption', optionId })),
    fc
      .record({
        optionId: known,
        side: fc.constantFrom('pros', 'cons' as const),
        // The UI adds one at a time, without a limit of its own.
        items: fc.oneof(
          proCons,
          fc.array(fc.record({ id, text: typed(40) }), { maxLength: PROCONS_MAX + 4, size: 'max' }),
        ),
      })
      .map((r): ConsultAction => ({ type: 'proCon', ...r })),
    fc
      .record({
        key: fc.oneof(
          fc.constantFrom('poh-ggz/poh-ggz-voor-1', 'pijnstilling/pijnstilling-tegen-2'),
          fc.tuple(known, id).map(([o, p]) => `${o}/${p}`),
          fc.string(),
        ),
        weight: fc.constantFrom(...WEIGHTS, null),
      })
      .map((r): ConsultAction => ({ type: 'weight', ...r })),
    fc
      .oneof(
        fc.constant(null),
        known.map((optionId) => ({ kind: 'keuze' as const, optionId })),
        fc
          .oneof(
            fc.constant(''),
            fc
              .tuple(
                fc.integer({ min: 2000, max: 2100 }),
                fc.integer({ min: 1, max: 12 }),
                fc.integer({ min: 1, max: 28 }),
              )
              .map(
                ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
              ),
          )
          .map((followUp) => ({ kind: 'bedenktijd' as const, followUp })),
      )
      .map((decision): ConsultAction => ({ type: 'decision', decision })),
    fc
      .constantFrom(...DECIDERS, null)
      .map((decider): ConsultAction => ({ type: 'decidedBy', decider })),
    fc
      .record({ item: fc.constantFrom(...KEUZECHECK), value: fc.constantFrom(true, false, null) })
      .map((r): ConsultAction => ({ type: 'keuzecheck', ...r })),
    fc
      .record({
        field: fc.constantFrom('nextStep', 'evaluation', 'vangnet' as const),
        value: fc.string({ maxLength: TEXT_MAX + 20, size: 'max' }),
      })
      .map((r): ConsultAction => ({ type: 'afspraken', ...r })),
    fc
      .option(fc.string({ maxLength: 200 }), { nil: null })
      .map((value): ConsultAction => ({ type: 'summaryEdit', value })),
    fc
      .record({
        id: fc.constantFrom('klacht', 'specialisme', 'bestaat-niet'),
        value: fc.string({ maxLength: FILL_IN_MAX + 10 }),
      })
      .map((r): ConsultAction => ({ type: 'fillIn', ...r })),
  );
}

describe('properties over any sequence of actions', () => {
  const optionIds = ['a', 'b', 'c'];
  const sequences = fc.array(actionArbitrary(optionIds), { maxLength: 60, size: 'max' });

  it('always keeps exactly one afwachten option and unique option ids', () => {
    fc.assert(
      fc.property(sequences, (actions) => {
        let state = start();
        for (const action of actions) {
          state = consultReducer(state, action);
          expect(state.options.filter((o) => o.afwachten)).toHaveLength(1);
          expect(new Set(state.options.map((o) => o.id)).size).toBe(state.options.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never keeps a weight or a choice that points at nothing', () => {
    fc.assert(
      fc.property(sequences, (actions) => {
        let state = start();
        for (const action of actions) {
          state = consultReducer(state, action);
          const keys = new Set(weightKeys(state));
          for (const key of Object.keys(state.weights)) expect(keys.has(key), key).toBe(true);
          const decision = state.decision;
          if (decision?.kind === 'keuze') {
            expect(state.options.some((o) => o.id === decision.optionId)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('always gives a state that the stored form accepts and gives back unchanged', () => {
    fc.assert(
      fc.property(sequences, (actions) => {
        const state = run(actions);
        const parsed = consultStateSchema.safeParse(structuredClone(state));
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(parsed.data).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('can always add options up to the maximum, and never past it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), (n) => {
        let state = start();
        for (let i = 0; i < n; i++) {
          state = consultReducer(state, { type: 'addOption', option: option(`o${i}`) });
        }
        expect(state.options).toHaveLength(Math.min(n + 1, OPTIONS_MAX));
        expect(consultStateSchema.safeParse(state).success).toBe(true);
      }),
    );
  });
});

describe('summaryEdit', () => {
  it('keeps the GP edit, and null goes back to the generated text', () => {
    const start = initialConsult(AFWACHTEN);
    const edited = consultReducer(start, { type: 'summaryEdit', value: 'S: eigen tekst' });
    expect(edited.summaryEdit).toBe('S: eigen tekst');
    expect(consultStateSchema.parse(edited)).toEqual(edited);
    expect(consultReducer(edited, { type: 'summaryEdit', value: null }).summaryEdit).toBeNull();
  });

  it('refuses an edit longer than a consult keeps, leaving the last one', () => {
    const edited = consultReducer(initialConsult(AFWACHTEN), { type: 'summaryEdit', value: 'x' });
    const long = 'y'.repeat(SUMMARY_MAX + 1);
    expect(consultReducer(edited, { type: 'summaryEdit', value: long })).toBe(edited);
  });
});

describe('text past its limit', () => {
  it('is refused whole, never cut, even where a character would end at the limit', () => {
    const value = `${'a'.repeat(TEXT_MAX - 1)}😀 en meer`;
    const state = initialConsult(AFWACHTEN);
    expect(consultReducer(state, { type: 'text', field: 'hulpvraag', value })).toBe(state);
  });

  const over = (n: number) => 'x'.repeat(n + 1);
  const exact = (n: number) => 'x'.repeat(n);

  it('refuses an option whose title, description or pro or con is too long', () => {
    const state = initialConsult(AFWACHTEN);
    for (const patch of [
      { title: over(OPTION_TEXT_MAX.title) },
      { description: over(OPTION_TEXT_MAX.description) },
      { pros: [{ id: 'v', text: over(OPTION_TEXT_MAX.proCon) }] },
      { cons: [{ id: 't', text: over(OPTION_TEXT_MAX.proCon) }] },
    ]) {
      expect(consultReducer(state, { type: 'addOption', option: option('a', patch) })).toBe(state);
    }
    const full = option('a', {
      title: exact(OPTION_TEXT_MAX.title),
      description: exact(OPTION_TEXT_MAX.description),
      pros: [{ id: 'v', text: exact(OPTION_TEXT_MAX.proCon) }],
    });
    const added = consultReducer(state, { type: 'addOption', option: full });
    expect(added.options).toHaveLength(2);
    expect(consultStateSchema.parse(added)).toEqual(added);
  });

  it('refuses a change that would make an option too long, and keeps the option as it was', () => {
    const state = consultReducer(initialConsult(AFWACHTEN), {
      type: 'addOption',
      option: option('a'),
    });
    for (const action of [
      { type: 'updateOption', optionId: 'a', patch: { title: over(OPTION_TEXT_MAX.title) } },
      {
        type: 'updateOption',
        optionId: 'a',
        patch: { description: over(OPTION_TEXT_MAX.description) },
      },
      {
        type: 'proCon',
        optionId: 'a',
        side: 'cons',
        items: [{ id: 't', text: over(OPTION_TEXT_MAX.proCon) }],
      },
    ] satisfies ConsultAction[]) {
      expect(consultReducer(state, action)).toBe(state);
    }
  });
});

describe('toggleAfspraak', () => {
  const WEEKS = ['controle over 2 weken', 'controle over 6 weken'];
  it('adds a quick choice after what was typed, replaces one of its group, and takes it back', () => {
    const two = toggleAfspraak('bloed prikken', 'controle over 2 weken', WEEKS);
    expect(two).toBe('bloed prikken, controle over 2 weken');
    const six = toggleAfspraak(two, 'controle over 6 weken', WEEKS);
    expect(six).toBe('bloed prikken, controle over 6 weken');
    expect(toggleAfspraak(six, 'controle over 6 weken', WEEKS)).toBe('bloed prikken');
    expect(afspraakParts(' a ,, b ,')).toEqual(['a', 'b']);
  });
});

describe('the ICPC code for the summary', () => {
  const carded = () =>
    consultReducer(start(), { type: 'keuzekaart', card: SOMBERHEID, afwachten: AFWACHTEN });

  it("suggests the card's likeliest code when the card is chosen", () => {
    expect(SOMBERHEID.icpc?.[0]?.code).toBe('P03');
    expect(carded().icpc).toBe('P03');
  });

  it("takes another of the card's codes, or none", () => {
    expect(consultReducer(carded(), { type: 'icpc', code: 'P76' }).icpc).toBe('P76');
    expect(consultReducer(carded(), { type: 'icpc', code: null }).icpc).toBeNull();
  });

  it('refuses a code the card does not carry, and any code without a card', () => {
    const state = carded();
    expect(consultReducer(state, { type: 'icpc', code: 'L03' })).toBe(state);
    const blank = start();
    expect(consultReducer(blank, { type: 'icpc', code: 'P03' })).toBe(blank);
  });

  it('suggests nothing for a card without codes, and drops the code with the card', () => {
    const { icpc: _, ...uncoded } = SOMBERHEID;
    const state = consultReducer(start(), {
      type: 'keuzekaart',
      card: uncoded,
      afwachten: AFWACHTEN,
    });
    expect(state.icpc).toBeNull();
    expect(consultReducer(carded(), { type: 'clearKeuzekaart', afwachten: AFWACHTEN }).icpc).toBe(
      null,
    );
  });
});

describe('fill-in fields', () => {
  const referral = () =>
    consultReducer(start(), { type: 'keuzekaart', card: VERWIJZEN, afwachten: AFWACHTEN });
  const fill = (state: ConsultState, id: string, value: string) =>
    consultReducer(state, { type: 'fillIn', id, value });
  const values = (state: ConsultState) =>
    Object.fromEntries((state.keuzekaart?.fillIns ?? []).map((f) => [f.id, f.value]));

  it("come empty with the card, under the card's own labels", () => {
    expect(referral().keuzekaart?.fillIns).toEqual([
      { id: 'klacht', label: 'Klacht', value: '' },
      { id: 'specialisme', label: 'Specialisme', value: '' },
    ]);
  });

  it('hold what the GP types, each field on its own', () => {
    const state = fill(fill(referral(), 'klacht', 'knieklachten'), 'specialisme', 'orthopedie');
    expect(values(state)).toEqual({ klacht: 'knieklachten', specialisme: 'orthopedie' });
    expect(values(fill(state, 'klacht', ''))).toEqual({ klacht: '', specialisme: 'orthopedie' });
  });

  it(`take ${FILL_IN_MAX} characters and refuse one more whole, never cut`, () => {
    const full = fill(referral(), 'klacht', 'k'.repeat(FILL_IN_MAX));
    expect(values(full).klacht).toHaveLength(FILL_IN_MAX);
    expect(fill(full, 'klacht', 'k'.repeat(FILL_IN_MAX + 1))).toBe(full);
    const typed = fill(referral(), 'klacht', 'knie');
    expect(fill(typed, 'klacht', `knie${'x'.repeat(FILL_IN_MAX)}`)).toBe(typed);
  });

  it('refuse a field the card does not have, and any field without a card', () => {
    const state = referral();
    expect(fill(state, 'bestaat-niet', 'x')).toBe(state);
    const blank = start();
    expect(fill(blank, 'klacht', 'knie')).toBe(blank);
    const other = consultReducer(blank, {
      type: 'keuzekaart',
      card: SOMBERHEID,
      afwachten: AFWACHTEN,
    });
    expect(fill(other, 'klacht', 'knie')).toBe(other);
  });

  it('are cleared when another card is chosen, or the card is cleared', () => {
    const typed = fill(referral(), 'klacht', 'knieklachten');
    const other = consultReducer(typed, {
      type: 'keuzekaart',
      card: SOMBERHEID,
      afwachten: AFWACHTEN,
    });
    // A card without fill-in fields carries none, as consults stored before them.
    expect(other.keuzekaart).not.toHaveProperty('fillIns');
    const back = consultReducer(other, {
      type: 'keuzekaart',
      card: VERWIJZEN,
      afwachten: AFWACHTEN,
    });
    expect(values(back)).toEqual({ klacht: '', specialisme: '' });
    const cleared = consultReducer(typed, { type: 'clearKeuzekaart', afwachten: AFWACHTEN });
    expect(cleared.keuzekaart).toBeNull();
  });

  it('are kept when the same card is chosen again', () => {
    const typed = fill(referral(), 'klacht', 'knieklachten');
    const again = consultReducer(typed, {
      type: 'keuzekaart',
      card: VERWIJZEN,
      afwachten: AFWACHTEN,
    });
    expect(values(again)).toEqual({ klacht: 'knieklachten', specialisme: '' });
  });

  it('take a field id that a card repeats once, and three fields at most', () => {
    const repeated: Keuzekaart = {
      ...VERWIJZEN,
      fillIns: [
        { id: 'klacht', label: 'Klacht' },
        { id: 'klacht', label: 'Nog een klacht' },
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
        { id: 'c', label: 'C' },
      ],
    };
    const state = consultReducer(start(), {
      type: 'keuzekaart',
      card: repeated,
      afwachten: AFWACHTEN,
    });
    expect(state.keuzekaart?.fillIns?.map((f) => f.id)).toEqual(['klacht', 'a']);
    expect(values(fill(state, 'klacht', 'knie'))).toEqual({ klacht: 'knie', a: '' });
  });

  it('come back from storage as they were, and a draft from before them still opens', () => {
    const state = fill(referral(), 'klacht', 'knieklachten');
    expect(consultStateSchema.parse(structuredClone(state))).toEqual(state);
    const older = structuredClone(state);
    if (older.keuzekaart) delete older.keuzekaart.fillIns;
    const restored = consultStateSchema.parse(older);
    expect(restored.keuzekaart).not.toHaveProperty('fillIns');
    // Without its fields the restored card takes no value: nothing is typed into nowhere.
    expect(fill(restored, 'klacht', 'knie')).toBe(restored);
  });

  it('are refused by the stored form past their limits, or with a repeated id', () => {
    const state = fill(referral(), 'klacht', 'knieklachten');
    const withFillIns = (fillIns: unknown) => ({
      ...structuredClone(state),
      keuzekaart: { ...state.keuzekaart, fillIns },
    });
    const field = (id: string, value = '') => ({ id, label: 'Klacht', value });
    expect(
      consultStateSchema.safeParse(withFillIns([field('klacht', 'k'.repeat(FILL_IN_MAX))])).success,
    ).toBe(true);
    expect(
      consultStateSchema.safeParse(withFillIns([field('klacht', 'k'.repeat(FILL_IN_MAX + 1))]))
        .success,
    ).toBe(false);
    expect(
      consultStateSchema.safeParse(withFillIns(['a', 'b', 'c', 'd'].map((id) => field(id))))
        .success,
    ).toBe(false);
    expect(
      consultStateSchema.safeParse(withFillIns([field('klacht'), field('klacht')])).success,
    ).toBe(false);
    expect(
      consultStateSchema.safeParse(withFillIns([{ id: 'klacht', label: 'Klacht' }])).success,
    ).toBe(false);
  });
});
