import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import somberheid from '../../content/keuzekaarten/somberheid.json';
import verwijzen from '../../content/keuzekaarten/verwijzen.json';
// The HIS texts: Dutch only, loaded with the summary step.
import huisarts from '../../locales/summary/nl.json';
import {
  AFWACHTEN_ID,
  type ConsultAction,
  type ConsultOption,
  type ConsultState,
  consultReducer,
  DECIDERS,
  emptyKeuzecheck,
  initialConsult,
  KEUZECHECK,
  type Keuzecheck,
} from '../../src/domain/consult';
import {
  DIMENSIONS,
  type DimensionScores,
  EXPECTATIONS,
  emptyScores,
} from '../../src/domain/dimensions';
import { keuzekaartSchema } from '../../src/domain/keuzekaart';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import { emptyPreparation, type Handover, type Preparation } from '../../src/domain/preparation';
import {
  DEFAULT_SUMMARY_OPTIONS,
  foldEditedSummary,
  type Provenance,
  renderLine,
  renderSummary,
  type SummaryLine,
  type SummaryOptions,
  summaryLines,
  type Translate,
} from '../../src/domain/summary';

// ---------------------------------------------------------------------------------------------
// A tiny Dutch translator from the GP locale, as the widget's translator does it (escapeValue false)

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, k) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[k]
          : undefined,
      tree,
    );
}

/** Throws on a missing key or placeholder, so a typo in a key cannot pass unnoticed. */
function translator(tree: unknown, used?: Set<string>): Translate {
  return (key, vars = {}) => {
    const template = lookup(tree, key);
    if (typeof template !== 'string') throw new Error(`no text for ${key}`);
    used?.add(key);
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`${key}: no value for {{${name}}}`);
      return String(value);
    });
  };
}

const t = translator(huisarts);

/** Every key path to a string under a tree, e.g. `summary.web`. */
function keys(tree: unknown, prefix: string): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, `${prefix}.${k}`),
  );
}

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

function option(id: string, title: string, extra: Partial<ConsultOption> = {}): ConsultOption {
  return {
    id,
    title,
    description: '',
    pros: [],
    cons: [],
    dimensions: [],
    afwachten: false,
    ...extra,
  };
}

function consult(patch: Partial<ConsultState> = {}): ConsultState {
  return { ...initialConsult(AFWACHTEN), ...patch };
}

function preparation(patch: Partial<Preparation> = {}): Preparation {
  return { ...emptyPreparation(DEFAULT_PACK, 'nl'), ...patch };
}

function handover(patch: Partial<Handover> = {}): Handover {
  return {
    pack: DEFAULT_PACK,
    scores: emptyScores(),
    talk: [],
    focus: null,
    expectations: [],
    locale: null,
    mode: null,
    detail: null,
    ...patch,
  };
}

function scores(patch: Partial<Record<keyof DimensionScores, number | null>>): DimensionScores {
  return { ...emptyScores(), ...patch };
}

function check(patch: Partial<Keuzecheck>): Keuzecheck {
  return { ...emptyKeuzecheck(), ...patch };
}

const PROVENANCE: Provenance = {
  app: 'Samenspraak 0.1.0',
  pack: DEFAULT_PACK,
  keuzekaart: { id: 'somberheid', version: '1.0.0' },
};
const NO_PROVENANCE: Provenance = { app: '', pack: null, keuzekaart: null };
const APP_ONLY: Provenance = { app: 'Samenspraak 0.1.0', pack: null, keuzekaart: null };
const APP_LINE = 'E: Hulpmiddel: Samenspraak 0.1.0.';

/** A greeting in each script the summary names in its note, and one it does not (Georgian). */
const SCRIPT_SAMPLES = {
  arabic: 'مرحبا كيف حالك',
  hebrew: 'שלום מה שלומך',
  cyrillic: 'Привіт, як справи',
  greek: 'Γειά σου τι κάνεις',
  chinese: '你好吗',
  japanese: 'こんにちは',
  korean: '안녕하세요',
  devanagari: 'नमस्ते आप कैसे हैं',
  thai: 'สวัสดีครับ',
  other: 'გამარჯობა',
} as const;

/** The consult of the summary example in docs/architecture.md. */
const DESIGN_SCORES = scores({
  lichaam: 6,
  mentaal: 4,
  zingeving: 7,
  kwaliteit: 5,
  meedoen: 3,
  dagelijks: 6,
});

function designConsult(): ConsultState {
  const question = 'moe en somber sinds verhuizing';
  return consult({
    origin: 'qr',
    handover: handover({
      scores: DESIGN_SCORES,
      talk: ['meedoen'],
      expectations: ['uitleg', 'meedenken'],
      detail: preparation({
        talk: ['meedoen'],
        change: 'meer mensen zien',
        expectations: ['uitleg', 'meedenken'],
        question,
      }),
    }),
    hulpvraag: question,
    choiceStated: true,
    keuzekaart: {
      id: 'somberheid',
      version: '1.0.0',
      title: 'Sombere gevoelens',
      icpc: [
        { code: 'P03', label: 'depressieve gevoelens' },
        { code: 'P76', label: 'depressie' },
      ],
    },
    icpc: 'P03',
    options: [
      option('afwachten-zelfhulp', 'Afwachten met zelfhulp', { afwachten: true }),
      option('poh-ggz', 'Gesprekken POH-GGZ'),
      option('psycholoog', 'Verwijzing psycholoog'),
    ],
    decision: { kind: 'keuze', optionId: 'poh-ggz' },
    decidedBy: 'samen',
    keuzecheck: check({ sure: true, understand: true, risk: true, encouragement: true }),
    afspraken: {
      nextStep: 'eerste gesprek binnen 2 weken, evaluatie over 6 weken',
      evaluation: '',
      vangnet: '',
    },
  });
}

const DESIGN_TEXT = [
  'S: Hulpvraag: moe en somber sinds verhuizing. Verwacht: uitleg, meedenken. Wil praten over: meedoen. Wil veranderen: meer mensen zien.',
  'O: Positieve Gezondheid: lichaam 6, mentaal 4, zingeving 7, kwaliteit van leven 5, meedoen 3, dagelijks leven 6.',
  'E: Keuze benoemd. Keuzekaart somberheid 1.0.0 besproken. ICPC P03.',
  'P: Samen besloten: gesprekken POH-GGZ. Keuzecheck 4/4. Afspraak: eerste gesprek binnen 2 weken, evaluatie over 6 weken.',
];

/** Every part filled in, with the patient's own words in a language of their own. */
function fullConsult(): ConsultState {
  const base = designConsult();
  const poh = option('poh-ggz', 'Gesprekken POH-GGZ', {
    pros: [
      { id: 'dichtbij', text: 'Hulp dicht bij huis.' },
      { id: 'kosten', text: 'Geen eigen risico' },
    ],
    cons: [{ id: 'beperkt', text: 'Het aantal gesprekken is beperkt.' }],
  });
  const psycholoog = option('psycholoog', 'Verwijzing psycholoog', {
    cons: [{ id: 'wachttijd', text: 'Er is vaak een wachttijd.' }],
  });
  return {
    ...base,
    handover: handover({
      scores: scores({ ...DESIGN_SCORES, mentaal: 4.5, zingeving: null }),
      talk: ['mentaal', 'meedoen'],
      focus: 'meedoen',
      expectations: ['uitleg', 'meedenken'],
      detail: preparation({
        locale: 'en',
        talk: ['mentaal', 'meedoen'],
        focus: 'meedoen',
        change: 'meer mensen zien',
        need: 'iemand die meegaat naar de buurtvereniging',
        expectations: ['uitleg', 'meedenken'],
        question: 'Is dit een depressie?',
      }),
    }),
    hulpvraag: 'moe en somber sinds verhuizing',
    prompts: [
      { id: 'meedoen/contact', text: 'Met wie heeft u graag contact?' },
      { id: 'verder/belangrijk', text: 'Wat is voor u echt belangrijk' },
    ],
    inschatting: 'somberheid, geen aanwijzingen voor een depressie.',
    options: [base.options[0] as ConsultOption, poh, psycholoog],
    weights: {
      'poh-ggz/dichtbij': 'erg',
      'poh-ggz/kosten': 'beetje',
      'poh-ggz/beperkt': 'niet',
      'psycholoog/wachttijd': 'erg',
    },
    voorkeur: 'snel hulp, niet te ver weg',
    decidedBy: 'samen',
    keuzecheck: check({ sure: false, understand: true, risk: true, encouragement: false }),
    afspraken: {
      nextStep: 'eerste gesprek binnen 2 weken',
      evaluation: 'over 6 weken',
      vangnet: 'eerder terugkomen bij gedachten over de dood',
    },
  };
}

const FULL_TEXT = [
  'S: Hulpvraag: moe en somber sinds verhuizing. Vraag patiënt: Is dit een depressie? Verwacht: uitleg, meedenken. Wil praten over: mentaal, meedoen. Wil veranderen: meedoen (meer mensen zien). Nodig: iemand die meegaat naar de buurtvereniging.',
  'O: Positieve Gezondheid: lichaam 6, mentaal 4,5, zingeving niet ingevuld, kwaliteit van leven 5, meedoen 3, dagelijks leven 6.',
  'E: Besproken gespreksvragen: Met wie heeft u graag contact? Wat is voor u echt belangrijk. Mijn inschatting: somberheid, geen aanwijzingen voor een depressie. Keuze benoemd. Keuzekaart somberheid 1.0.0 besproken. Wat telt voor patiënt: snel hulp, niet te ver weg. Erg belangrijk voor patiënt: Hulp dicht bij huis (voordeel gesprekken POH-GGZ); Er is vaak een wachttijd (nadeel verwijzing psycholoog). ICPC P03. Hulpmiddel: Samenspraak 0.1.0; vragen samenspraak-pg 1.0.0.',
  'P: Samen besloten: gesprekken POH-GGZ. Keuzecheck 2/4, twijfel over: zekerheid, steun. Afspraak: eerste gesprek binnen 2 weken. Evaluatie: over 6 weken. Vangnet: eerder terugkomen bij gedachten over de dood.',
];

const render = (state: ConsultState, provenance = APP_ONLY, options?: SummaryOptions) =>
  renderSummary(summaryLines(state, t, provenance), options);

/** The fields of a rendered summary, without the provenance at the end of E. */
const content = (state: ConsultState) =>
  render(state)
    .split('\n')
    .filter((l) => l !== APP_LINE)
    .map((l) => l.replace(/ Hulpmiddel: Samenspraak 0\.1\.0\.$/, ''));

const ASCII: SummaryOptions = { charset: 'ascii', wrap: null };
const LABELLED = /^(?:[SOEP]: \S| {3}\S)/;

// ---------------------------------------------------------------------------------------------

describe('summaryLines: an empty consult', () => {
  it('gives only the provenance line', () => {
    expect(summaryLines(consult(), t, PROVENANCE)).toEqual([
      {
        label: 'E',
        text: 'Hulpmiddel: Samenspraak 0.1.0; vragen samenspraak-pg 1.0.0; keuzekaart somberheid 1.0.0.',
      },
    ]);
    expect(render(consult())).toBe(APP_LINE);
  });

  it('gives nothing at all without provenance', () => {
    expect(summaryLines(consult(), t, { app: '', pack: null, keuzekaart: null })).toEqual([]);
    expect(renderSummary([])).toBe('');
  });

  it('leaves out parts that hold only whitespace, punctuation or an unanswered web', () => {
    const state = consult({
      origin: 'samen',
      handover: handover({ detail: preparation({ change: ' \n\t', need: '...', question: ' ' }) }),
      hulpvraag: '  \n ',
      inschatting: '\t',
      voorkeur: ' . ',
      prompts: [{ id: 'x', text: '  ' }],
      decision: { kind: 'keuze', optionId: 'weg' },
      afspraken: { nextStep: ' ', evaluation: '\n', vangnet: ';' },
    });
    expect(render(state)).toBe(APP_LINE);
  });

  it('does not list the always-present afwachten option as discussed options', () => {
    expect(render(consult({ weights: { 'afwachten/x': 'erg' } }))).toBe(APP_LINE);
  });
});

describe('summaryLines: a partial consult', () => {
  it('with only scores gives one O field with the six dimensions', () => {
    const state = consult({ handover: handover({ scores: DESIGN_SCORES }) });
    expect(content(state)).toEqual([
      'O: Positieve Gezondheid: lichaam 6, mentaal 4, zingeving 7, kwaliteit van leven 5, meedoen 3, dagelijks leven 6.',
    ]);
  });

  it('with faces names the gezichtjesschaal, so a 7,5 is not read as measured', () => {
    const faces = scores({ lichaam: 7.5, mentaal: 2.5, zingeving: 10, kwaliteit: 5, meedoen: 0 });
    const state = consult({ handover: handover({ scores: faces, mode: 'face' }) });
    expect(content(state)).toEqual([
      'O: Positieve Gezondheid (gezichtjesschaal: 5 gezichtjes als 0, 2,5, 5, 7,5, 10): lichaam 7,5, mentaal 2,5, zingeving 10, kwaliteit van leven 5, meedoen 0, dagelijks leven niet ingevuld.',
    ]);
  });

  it('with only a decision gives one P line', () => {
    const state = consult({ decision: { kind: 'keuze', optionId: AFWACHTEN_ID } });
    expect(content(state)).toEqual(['P: Keuze: afwachten.']);
  });

  it('with bedenktijd writes the follow-up date as d-m-yyyy', () => {
    const bedenktijd = (followUp: string) =>
      content(consult({ decision: { kind: 'bedenktijd', followUp } }));
    expect(bedenktijd('2025-03-07')).toEqual(['P: Bedenktijd, vervolg op 7-3-2025.']);
    expect(bedenktijd('2026-12-31')).toEqual(['P: Bedenktijd, vervolg op 31-12-2026.']);
    expect(bedenktijd('')).toEqual(['P: Bedenktijd.']);
    expect(bedenktijd('  ')).toEqual(['P: Bedenktijd.']);
    // Not from the date input: written as typed, never guessed at.
    expect(bedenktijd('over twee weken')).toEqual(['P: Bedenktijd, vervolg op over twee weken.']);
  });

  it('with bedenktijd and the rest of the plan', () => {
    const state = consult({
      decision: { kind: 'bedenktijd', followUp: '2025-11-04' },
      decidedBy: 'patient',
      afspraken: { nextStep: 'patient belt terug', evaluation: '', vangnet: 'eerder bij koorts' },
    });
    expect(content(state)).toEqual([
      'P: Bedenktijd, vervolg op 4-11-2025. Besloten door: patiënt. Afspraak: patient belt terug. Vangnet: eerder bij koorts.',
    ]);
  });

  it('with only the patient question makes it the hulpvraag', () => {
    const state = consult({
      handover: handover({ detail: preparation({ question: 'Mag ik weer sporten?' }) }),
    });
    expect(content(state)).toEqual(['S: Hulpvraag: Mag ik weer sporten?']);
  });

  it('with only a consultcode handover (no free text) writes the structured parts', () => {
    const state = consult({
      origin: 'code',
      handover: handover({
        scores: scores({ meedoen: 2 }),
        talk: ['meedoen'],
        focus: 'meedoen',
        expectations: ['verwijzing'],
      }),
    });
    expect(content(state)).toEqual([
      'S: Verwacht: verwijzing. Wil praten over: meedoen. Wil veranderen: meedoen.',
      'O: Positieve Gezondheid: lichaam niet ingevuld, mentaal niet ingevuld, zingeving niet ingevuld, kwaliteit van leven niet ingevuld, meedoen 2, dagelijks leven niet ingevuld.',
    ]);
  });

  it('without scores still says what the patient wants to talk about and change', () => {
    const state = consult({
      handover: handover({
        talk: ['zingeving'],
        detail: preparation({ change: 'weer gaan wandelen', need: 'een maatje' }),
      }),
    });
    expect(content(state)).toEqual([
      'S: Wil praten over: zingeving. Wil veranderen: weer gaan wandelen. Nodig: een maatje.',
    ]);
  });

  it('with only the GP view and the choice stated gives one E line', () => {
    expect(content(consult({ inschatting: 'waarschijnlijk spanningsklachten' }))).toEqual([
      'E: Mijn inschatting: waarschijnlijk spanningsklachten.',
    ]);
    expect(content(consult({ choiceStated: true }))).toEqual(['E: Keuze benoemd.']);
  });
});

describe('summaryLines: the full consult', () => {
  it('matches the example in docs/architecture.md line by line', () => {
    // As the GP sees it by default: no version line.
    expect(render(designConsult(), NO_PROVENANCE).split('\n')).toEqual(DESIGN_TEXT);
    const doc = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8');
    expect(doc).toContain(DESIGN_TEXT.join('\n'));
    expect(summaryLines(designConsult(), t, PROVENANCE).map((l) => l.label)).toEqual([
      'S',
      'O',
      'E',
      'P',
    ]);
  });

  it('with every part filled in', () => {
    expect(render(fullConsult(), PROVENANCE).split('\n')).toEqual(FULL_TEXT);
  });

  it('gives one field per label, in the order S, O, E, P, with the provenance at the end of E', () => {
    const lines = summaryLines(fullConsult(), t, PROVENANCE);
    expect(lines.map((l) => l.label)).toEqual(['S', 'O', 'E', 'P']);
    // The keuzekaart is named where the options are, so not again in the provenance.
    expect(
      lines[2]?.text.endsWith('Hulpmiddel: Samenspraak 0.1.0; vragen samenspraak-pg 1.0.0.'),
    ).toBe(true);
    expect(lines[2]?.text.split(/keuzekaart somberheid/i)).toHaveLength(2);
  });

  it('says a web filled in on the GP screen was filled in together, not by the patient', () => {
    const state = { ...designConsult(), origin: 'samen' as const };
    expect(content(state)[1]).toMatch(/^O: Positieve Gezondheid \(samen ingevuld\): /);
  });

  it('returns line texts without the label prefix', () => {
    for (const l of summaryLines(fullConsult(), t, PROVENANCE)) {
      expect(l.text).not.toMatch(/^[SOEP]: /);
      expect(l.text).toBe(l.text.trim());
    }
  });

  it('is Dutch whatever language the patient used', () => {
    const state = fullConsult();
    const detail = { ...(state.handover?.detail as Preparation), locale: 'ar' };
    const arabic = { ...(state.handover as Handover), detail };
    expect(render({ ...state, handover: arabic }, PROVENANCE)).toBe(FULL_TEXT.join('\n'));
  });

  it('works with a real keuzekaart through the reducer', () => {
    const card = keuzekaartSchema.parse(somberheid);
    const actions: ConsultAction[] = [
      { type: 'choiceStated', value: true },
      { type: 'keuzekaart', card, afwachten: AFWACHTEN },
      { type: 'decision', decision: { kind: 'keuze', optionId: 'psycholoog' } },
      { type: 'decidedBy', decider: 'huisarts' },
    ];
    let state = actions.reduce(consultReducer, consult());
    // Whatever the card's pro ids, weigh the first pro of the POH-GGZ option.
    const poh = state.options.find((o) => o.id === 'poh-ggz') as ConsultOption;
    const pro = poh.pros[0] as { id: string; text: string; summary: string };
    state = consultReducer(state, { type: 'weight', key: `poh-ggz/${pro.id}`, weight: 'erg' });
    // The pro in the card's own phrase for the GP, not its words to the patient ("U krijgt...").
    expect(pro.text).toMatch(/^U /);
    expect(content(state)).toEqual([
      `E: Keuze benoemd. Keuzekaart somberheid ${card.version} besproken. Erg belangrijk voor patiënt: ${pro.summary} (voordeel gesprekken met de POH-GGZ). ICPC P03.`,
      'P: Huisarts koos: verwijzing naar een psycholoog (basis-GGZ).',
    ]);
  });
});

describe('summaryLines: the ICPC code', () => {
  const card = keuzekaartSchema.parse(somberheid);
  const carded = () =>
    consultReducer(consult(), { type: 'keuzekaart', card, afwachten: AFWACHTEN });

  it("suggests the card's likeliest code at the end of E, before the provenance", () => {
    const e = summaryLines(carded(), t, PROVENANCE).find((l) => l.label === 'E')?.text;
    expect(e).toMatch(/ ICPC P03\. Hulpmiddel: /);
  });

  it('names the code the GP chose instead, and none once dropped', () => {
    const other = consultReducer(carded(), { type: 'icpc', code: 'P76' });
    expect(content(other).join('\n')).toContain('ICPC P76.');
    const dropped = consultReducer(carded(), { type: 'icpc', code: null });
    expect(content(dropped).join('\n')).not.toContain('ICPC');
  });

  it('says nothing of a code the card does not carry', () => {
    const state = { ...carded(), icpc: 'L03' };
    expect(content(state).join('\n')).not.toContain('ICPC');
  });
});

describe('summaryLines: the S lines', () => {
  const withQuestion = (hulpvraag: string, question: string) =>
    content(consult({ hulpvraag, handover: handover({ detail: preparation({ question }) }) }));

  it('writes the patient question apart only when it differs from the hulpvraag', () => {
    expect(withQuestion('moe', 'Waarom ben ik zo moe?')).toEqual([
      'S: Hulpvraag: moe. Vraag patiënt: Waarom ben ik zo moe?',
    ]);
    expect(withQuestion('moe', 'moe')).toEqual(['S: Hulpvraag: moe.']);
    expect(withQuestion('moe.', ' moe\n')).toEqual(['S: Hulpvraag: moe.']);
    expect(withQuestion('moe', '')).toEqual(['S: Hulpvraag: moe.']);
  });

  it('names every expectation in Dutch, in the fixed order', () => {
    const reversed = [...EXPECTATIONS].reverse();
    expect(content(consult({ handover: handover({ expectations: reversed }) }))).toEqual([
      'S: Verwacht: uitleg, geruststelling, onderzoek, behandeling of medicijn, verwijzing, meedenken, anders.',
    ]);
  });

  it('writes fractional scores with a decimal comma and one decimal at most', () => {
    const web = (score: number) =>
      content(consult({ handover: handover({ scores: scores({ lichaam: score }) }) }))[0];
    expect(web(6.5)).toContain('lichaam 6,5,');
    expect(web(7.25)).toContain('lichaam 7,3,');
    expect(web(10 / 3)).toContain('lichaam 3,3,');
    expect(web(5.96)).toContain('lichaam 6,');
    expect(web(6)).toContain('lichaam 6,');
    expect(web(10)).toContain('lichaam 10,');
    expect(web(0.04)).toContain('lichaam 0,');
  });

  it('writes 0 as 0 and an unanswered dimension as "niet ingevuld", never as 0', () => {
    const state = consult({
      handover: handover({ scores: scores({ lichaam: 0, mentaal: null }) }),
    });
    const [line] = content(state);
    expect(line).toContain('lichaam 0, mentaal niet ingevuld,');
    expect(line?.match(/ 0[,.]/g)).toHaveLength(1);
  });

  it('leaves out the web when all six are unanswered, or when there is no handover', () => {
    expect(content(consult({ handover: handover() }))).toEqual([]);
    expect(content(consult({ handover: null }))).toEqual([]);
    const nan = scores({ lichaam: Number.NaN });
    expect(content(consult({ handover: handover({ scores: nan }) }))).toEqual([]);
  });

  it('writes the dimensions in the fixed order, whatever order they were marked in', () => {
    const talk = [...DIMENSIONS].reverse();
    expect(content(consult({ handover: handover({ talk }) }))).toEqual([
      'S: Wil praten over: lichaam, mentaal, zingeving, kwaliteit van leven, meedoen, dagelijks leven.',
    ]);
  });

  it('names the focus dimension with the wish to change, or either alone', () => {
    const change = (focus: Handover['focus'], text: string) =>
      content(consult({ handover: handover({ focus, detail: preparation({ change: text }) }) }));
    expect(change('dagelijks', 'weer werken')).toEqual([
      'S: Wil veranderen: dagelijks leven (weer werken).',
    ]);
    expect(change('dagelijks', '')).toEqual(['S: Wil veranderen: dagelijks leven.']);
    expect(change(null, 'weer werken.')).toEqual(['S: Wil veranderen: weer werken.']);
  });
});

describe('summaryLines: the E lines', () => {
  it('lists the ticked conversation prompts as questions, in the order ticked', () => {
    const state = consult({
      prompts: [
        { id: 'b', text: 'Waarom een 4 en geen 3?' },
        { id: 'a', text: 'Wat zou u\nwillen veranderen?' },
      ],
    });
    expect(content(state)).toEqual([
      'E: Besproken gespreksvragen: Waarom een 4 en geen 3? Wat zou u willen veranderen?',
    ]);
  });

  it('lowers only a capital that starts an option title, never an abbreviation', () => {
    const options = [
      AFWACHTEN,
      option('a', 'POH-GGZ'),
      option('b', 'Ééntje proberen'),
      option('c', 'x'),
      option('d', '   '),
    ];
    expect(content(consult({ options }))).toEqual([
      'E: Besproken opties: afwachten; POH-GGZ; ééntje proberen; x; optie zonder naam.',
    ]);
  });

  it('lists only the pros and cons weighed "erg", in the options\' own order', () => {
    const options = [
      AFWACHTEN,
      option('a', 'Pillen', {
        pros: [
          { id: 'p1', text: 'Werkt snel' },
          { id: 'p2', text: 'Goedkoop' },
        ],
        cons: [{ id: 'c1', text: 'Bijwerkingen' }],
      }),
      option('b', 'Praten', { pros: [{ id: 'p1', text: 'Geen pillen' }] }),
    ];
    // Set in reverse: the order in the summary is the options', not the order of weighing.
    const weights = {
      'b/p1': 'erg',
      'a/c1': 'erg',
      'a/p2': 'beetje',
      'a/p1': 'erg',
    } as const;
    const lines = content(consult({ options, weights }));
    expect(lines).toContain(
      'E: Besproken opties: afwachten; pillen; praten. Erg belangrijk voor patiënt: Werkt snel (voordeel pillen); Bijwerkingen (nadeel pillen); Geen pillen (voordeel praten).',
    );
    // No weight is summed or turned into a score: no number appears at all.
    expect(lines.join('\n')).not.toMatch(/\d/);
  });

  it('writes the voorkeur alone when nothing is weighed "erg"', () => {
    const options = [AFWACHTEN, option('a', 'Pillen', { pros: [{ id: 'p', text: 'Snel' }] })];
    const state = consult({ options, weights: { 'a/p': 'beetje' }, voorkeur: 'thuis blijven' });
    expect(content(state)).toEqual([
      'E: Besproken opties: afwachten; pillen. Wat telt voor patiënt: thuis blijven.',
    ]);
  });
});

/** The Verwijzen card with what the GP typed in its two fill-in fields. */
function referral(klacht: string, specialisme: string): ConsultState {
  return consult({
    keuzekaart: {
      id: 'verwijzen',
      version: '1.1.0',
      title: 'Verwijzen naar de specialist',
      icpc: [],
      fillIns: [
        { id: 'klacht', label: 'Klacht', value: klacht },
        { id: 'specialisme', label: 'Specialisme', value: specialisme },
      ],
    },
    options: [AFWACHTEN, option('nu-verwijzen', 'Nu verwijzen')],
  });
}

describe('summaryLines: fill-in fields', () => {
  it("names them with the card, label lowered, in the card's order", () => {
    expect(content(referral('knieklachten', 'orthopedie'))).toEqual([
      'E: Keuzekaart verwijzen 1.1.0 (klacht: knieklachten; specialisme: orthopedie) besproken.',
    ]);
  });

  it('leaves out an empty field, and the brackets when all are empty', () => {
    expect(content(referral('  ', 'orthopedie'))).toEqual([
      'E: Keuzekaart verwijzen 1.1.0 (specialisme: orthopedie) besproken.',
    ]);
    expect(content(referral('', ''))).toEqual(['E: Keuzekaart verwijzen 1.1.0 besproken.']);
  });

  it('keeps what the GP typed as one plain phrase, and an abbreviation as it is', () => {
    const state = referral('pijn\nin de knie.', 'KNO');
    expect(content(state)).toEqual([
      'E: Keuzekaart verwijzen 1.1.0 (klacht: pijn in de knie; specialisme: KNO) besproken.',
    ]);
  });

  it('works with the bundled Verwijzen card through the reducer', () => {
    const card = keuzekaartSchema.parse(verwijzen);
    const actions: ConsultAction[] = [
      { type: 'keuzekaart', card, afwachten: AFWACHTEN },
      { type: 'fillIn', id: 'klacht', value: 'knieklachten' },
      { type: 'fillIn', id: 'specialisme', value: 'orthopedie' },
      { type: 'decision', decision: { kind: 'keuze', optionId: 'nu-verwijzen' } },
    ];
    expect(content(actions.reduce(consultReducer, consult()))).toEqual([
      `E: Keuzekaart verwijzen ${card.version} (klacht: knieklachten; specialisme: orthopedie) besproken.`,
      'P: Keuze: nu verwijzen.',
    ]);
  });

  it('says nothing of fields on a card that was not discussed', () => {
    // Only afwachten: the card is not named in E, so neither are its fields.
    const state = { ...referral('knie', 'orthopedie'), options: [AFWACHTEN] };
    expect(content(state).join('\n')).not.toContain('knie');
  });
});

describe('summaryLines: the P line', () => {
  const plan = (patch: Partial<ConsultState>) => content(consult(patch));

  it('names who decided', () => {
    const words = { patient: 'patiënt', samen: 'patiënt en huisarts samen', huisarts: 'huisarts' };
    for (const decider of DECIDERS) {
      expect(plan({ decidedBy: decider })).toEqual([`P: Besloten door: ${words[decider]}.`]);
    }
  });

  it('writes the keuzecheck as yes/4 with the doubts and unanswered questions named', () => {
    const result = (patch: Partial<Keuzecheck>) => plan({ keuzecheck: check(patch) });
    const all = (value: boolean) => Object.fromEntries(KEUZECHECK.map((k) => [k, value]));
    expect(result(all(true))).toEqual(['P: Keuzecheck 4/4.']);
    expect(result(all(false))).toEqual([
      'P: Keuzecheck 0/4, twijfel over: zekerheid, kennis van de opties, wat belangrijk is, steun.',
    ]);
    expect(result({ sure: false, understand: true, risk: true, encouragement: false })).toEqual([
      'P: Keuzecheck 2/4, twijfel over: zekerheid, steun.',
    ]);
    expect(result({ sure: true, understand: true, risk: true })).toEqual([
      'P: Keuzecheck 3/4, niet beantwoord: steun.',
    ]);
    expect(result({ sure: false, understand: true })).toEqual([
      'P: Keuzecheck 1/4, twijfel over: zekerheid; niet beantwoord: wat belangrijk is, steun.',
    ]);
    expect(result({})).toEqual([]);
  });

  it('writes each afspraak apart', () => {
    expect(
      plan({ afspraken: { nextStep: 'bloed prikken', evaluation: 'over 2 weken', vangnet: '' } }),
    ).toEqual(['P: Afspraak: bloed prikken. Evaluatie: over 2 weken.']);
    expect(
      plan({ afspraken: { nextStep: '', evaluation: '', vangnet: 'bellen bij koorts' } }),
    ).toEqual(['P: Vangnet: bellen bij koorts.']);
  });

  it('leaves out a choice of an option that no longer exists', () => {
    expect(plan({ decision: { kind: 'keuze', optionId: 'weg' }, decidedBy: 'samen' })).toEqual([
      'P: Besloten door: patiënt en huisarts samen.',
    ]);
  });
});

describe('summaryLines: provenance', () => {
  it('names the app, the pack and the keuzekaart, leaving out what is null', () => {
    const last = (provenance: Provenance) =>
      summaryLines(consult(), t, provenance).find((l) => l.label === 'E')?.text;
    expect(last(PROVENANCE)).toBe(
      'Hulpmiddel: Samenspraak 0.1.0; vragen samenspraak-pg 1.0.0; keuzekaart somberheid 1.0.0.',
    );
    expect(last({ ...PROVENANCE, keuzekaart: null })).toBe(
      'Hulpmiddel: Samenspraak 0.1.0; vragen samenspraak-pg 1.0.0.',
    );
    expect(last({ ...PROVENANCE, pack: null })).toBe(
      'Hulpmiddel: Samenspraak 0.1.0; keuzekaart somberheid 1.0.0.',
    );
    expect(last({ ...PROVENANCE, app: '' })).toBe(
      'Hulpmiddel: vragen samenspraak-pg 1.0.0; keuzekaart somberheid 1.0.0.',
    );
  });

  it('always ends the E field, and is said once', () => {
    const lines = summaryLines(fullConsult(), t, PROVENANCE);
    const e = lines.find((l) => l.label === 'E')?.text ?? '';
    expect(e.endsWith(' Hulpmiddel: Samenspraak 0.1.0; vragen samenspraak-pg 1.0.0.')).toBe(true);
    expect(
      lines
        .map((l) => l.text)
        .join(' ')
        .split('Hulpmiddel:'),
    ).toHaveLength(2);
  });
});

describe('free text is inert user input', () => {
  const hulpvraag = (text: string, options?: SummaryOptions) =>
    render(consult({ hulpvraag: text }), APP_ONLY, options).split('\n')[0];

  it('writes markup verbatim, as text', () => {
    const markup = '<img src=x onerror=alert(1)>';
    expect(hulpvraag(markup)).toBe(`S: Hulpvraag: ${markup}.`);
    expect(hulpvraag(markup, ASCII)).toBe(`S: Hulpvraag: ${markup}.`);
    expect(hulpvraag('<script>alert("x")</script> & &amp;')).toBe(
      'S: Hulpvraag: <script>alert("x")</script> & &amp;.',
    );
  });

  it('does not interpolate placeholders or nesting typed by the user', () => {
    expect(hulpvraag('{{text}} $t(summary.bedenktijd) {{items}}')).toBe(
      'S: Hulpvraag: {{text}} $t(summary.bedenktijd) {{items}}.',
    );
  });

  it('collapses line breaks, tabs and runs of spaces to one space and trims', () => {
    const lines = summaryLines(
      consult({ hulpvraag: '\n  moe\r\nen\tsomber \u2028 sinds\u00A0verhuizing  \n' }),
      t,
      APP_ONLY,
    );
    expect(lines[0]?.text).toBe('Hulpvraag: moe en somber sinds verhuizing.');
  });

  it('never lets free text start a new labelled line', () => {
    const text = render(consult({ hulpvraag: 'moe\nP: Gezamenlijke keuze: niets\nE: x' }));
    expect(text.split('\n')).toEqual([
      'S: Hulpvraag: moe P: Gezamenlijke keuze: niets E: x.',
      APP_LINE,
    ]);
  });

  it('drops control and bidi characters', () => {
    expect(hulpvraag('moe\u0000\u0007\u202E\u200B en\u00AD somber')).toBe(
      'S: Hulpvraag: moe en somber.',
    );
  });

  it("keeps the user's own closing punctuation and adds a period only where none is", () => {
    expect(hulpvraag('wat nu?')).toBe('S: Hulpvraag: wat nu?');
    expect(hulpvraag('help!')).toBe('S: Hulpvraag: help!');
    expect(hulpvraag('moe...')).toBe('S: Hulpvraag: moe...');
    expect(hulpvraag('moe, ')).toBe('S: Hulpvraag: moe,.');
  });
});

describe('renderSummary and renderLine: charsets', () => {
  const text = 'Zoë heeft ‘pijn’ — “veel” • al 3 dagen 😀\tcafé…';

  it('defaults to Latin-1 without wrapping', () => {
    expect(DEFAULT_SUMMARY_OPTIONS).toEqual({ charset: 'latin1', wrap: null });
    expect(renderLine({ label: 'S', text })).toBe(
      renderLine({ label: 'S', text }, { charset: 'latin1', wrap: null }),
    );
  });

  it('keeps ë and é in Latin-1, with plain quotes, dashes and no emoji or tabs', () => {
    expect(renderLine({ label: 'S', text })).toBe(
      'S: Zoë heeft \'pijn\' - "veel" - al 3 dagen café...',
    );
  });

  it('folds to strict ASCII', () => {
    expect(renderLine({ label: 'S', text }, ASCII)).toBe(
      'S: Zoe heeft \'pijn\' - "veel" - al 3 dagen cafe...',
    );
  });

  it('folds the free text of a whole summary', () => {
    const state = consult({
      hulpvraag: 'Patiënte wil ‘rust’\t— geen café 😀',
      afspraken: { nextStep: 'financiële hulp', evaluation: '', vangnet: '' },
    });
    expect(render(state, APP_ONLY, ASCII).split('\n')).toEqual([
      "S: Hulpvraag: Patiente wil 'rust' - geen cafe.",
      APP_LINE,
      'P: Afspraak: financiele hulp.',
    ]);
    expect(render(state).split('\n')[0]).toBe("S: Hulpvraag: Patiënte wil 'rust' - geen café.");
  });

  it('keeps the accents of its own words in Latin-1 ("patiënt"), and folds them in ASCII', () => {
    for (const key of keys(huisarts.summary, 'summary')) {
      expect(lookup(huisarts, key), key).toMatch(/^[\x20-\x7E\u00A0-\u00FF]+$/);
    }
    const latin1 = render(fullConsult(), PROVENANCE);
    expect(latin1).toContain('Vraag patiënt:');
    expect(render(fullConsult(), PROVENANCE, ASCII)).toBe(
      latin1.normalize('NFD').replace(/[\u0300-\u036F]/g, ''),
    );
  });

  it('renders the O label, and no line for an empty text', () => {
    expect(renderLine({ label: 'O', text: 'RR 140/90.' })).toBe('O: RR 140/90.');
    expect(renderLine({ label: 'S', text: '' })).toBe('');
    expect(renderLine({ label: 'S', text: ' \n\t\u200B' })).toBe('');
    const lines: SummaryLine[] = [
      { label: 'S', text: 'een' },
      { label: 'E', text: '\n\t ' },
      { label: 'P', text: 'twee' },
    ];
    expect(renderSummary(lines)).toBe('S: een\nP: twee');
  });

  it('renders each line as renderLine does, joined with \\n', () => {
    const lines = summaryLines(fullConsult(), t, PROVENANCE);
    for (const options of [
      DEFAULT_SUMMARY_OPTIONS,
      ASCII,
      { charset: 'ascii', wrap: 40 },
    ] as const) {
      expect(renderSummary(lines, options)).toBe(
        lines.map((l) => renderLine(l, options)).join('\n'),
      );
    }
  });

  it('has no line that is a label alone', () => {
    for (const state of [consult(), designConsult(), fullConsult()]) {
      for (const options of [
        DEFAULT_SUMMARY_OPTIONS,
        ASCII,
        { charset: 'latin1', wrap: 30 },
      ] as const) {
        for (const l of render(state, PROVENANCE, options).split('\n')) {
          expect(l).toMatch(LABELLED);
          expect(l).not.toMatch(/^[SOEP]:\s*$/);
          expect(l).toBe(l.trimEnd());
        }
      }
    }
  });
});

describe('renderSummary and renderLine: wrapping', () => {
  const wrap60: SummaryOptions = { charset: 'latin1', wrap: 60 };
  const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');

  it('keeps every line within 60 characters, continuation lines indented by 3', () => {
    const text = render(fullConsult(), PROVENANCE, wrap60);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(FULL_TEXT.length);
    for (const l of lines) {
      expect(l.length).toBeLessThanOrEqual(60);
      expect(l).toMatch(LABELLED);
    }
    // Each SOEP line starts one block; the rest of the block is indented.
    expect(lines.filter((l) => /^[SOEP]: /.test(l))).toHaveLength(FULL_TEXT.length);
  });

  it('loses no words: un-wrapping gives the unwrapped text back', () => {
    const wrapped = render(fullConsult(), PROVENANCE, wrap60);
    const unwrapped = wrapped.replace(/\n {3}/g, ' ');
    expect(unwrapped).toBe(render(fullConsult(), PROVENANCE));
    expect(words(wrapped)).toEqual(words(FULL_TEXT.join('\n')));
  });

  it('wraps a single line the same way through renderLine', () => {
    const line = summaryLines(fullConsult(), t, PROVENANCE)[1] as SummaryLine;
    const rendered = renderLine(line, wrap60);
    expect(rendered.split('\n')[0]).toBe(
      'O: Positieve Gezondheid: lichaam 6, mentaal 4,5, zingeving',
    );
    expect(rendered.split('\n')[1]).toBe('   niet ingevuld, kwaliteit van leven 5, meedoen 3,');
  });

  it('does not wrap short lines, with no width, or below the smallest sensible width', () => {
    const line: SummaryLine = { label: 'P', text: 'Keuzecheck 4/4.' };
    expect(renderLine(line, wrap60)).toBe('P: Keuzecheck 4/4.');
    const long: SummaryLine = { label: 'S', text: 'een '.repeat(40).trim() };
    expect(renderLine(long, { charset: 'latin1', wrap: null })).not.toContain('\n');
    expect(renderLine(long, { charset: 'latin1', wrap: 10 })).not.toContain('\n');
    expect(renderLine(long, { charset: 'latin1', wrap: Number.NaN })).not.toContain('\n');
    expect(renderLine(long, { charset: 'latin1', wrap: 20.7 }).split('\n')[0]).toBe(
      'S: een een een een',
    );
  });

  it('never separates the label from the text, even for a word longer than the line', () => {
    const line: SummaryLine = { label: 'S', text: `${'x'.repeat(100)} einde` };
    const lines = renderLine(line, { charset: 'ascii', wrap: 30 }).split('\n');
    expect(lines[0]).toBe(`S: ${'x'.repeat(27)}`);
    for (const l of lines) {
      expect(l.length).toBeLessThanOrEqual(30);
      expect(l).toMatch(LABELLED);
    }
    expect(lines.join('').replace(/^S: | {3}/g, '')).toBe(`${'x'.repeat(100)} einde`);
  });
});

describe('locale texts', () => {
  it('uses every summary text, and every text it asks for exists', () => {
    const used = new Set<string>();
    const spy = translator(huisarts, used);
    const states = [
      fullConsult(),
      designConsult(),
      consult({ decision: { kind: 'bedenktijd', followUp: '' } }),
      consult({ decision: { kind: 'bedenktijd', followUp: '2025-01-01' } }),
      consult({ handover: handover({ expectations: [...EXPECTATIONS], focus: 'lichaam' }) }),
      consult({ options: [AFWACHTEN, option('a', '')], keuzecheck: check({ sure: true }) }),
      consult({ handover: handover({ scores: scores({ lichaam: 1 }), talk: [...DIMENSIONS] }) }),
      ...DECIDERS.map((decider) => consult({ decidedBy: decider })),
      consult({ decision: { kind: 'keuze', optionId: AFWACHTEN_ID } }),
      ...DECIDERS.map((decidedBy) =>
        consult({ decidedBy, decision: { kind: 'keuze', optionId: AFWACHTEN_ID } }),
      ),
      consult({ origin: 'samen', handover: handover({ scores: scores({ lichaam: 1 }) }) }),
      consult({ handover: handover({ scores: scores({ lichaam: 5 }), mode: 'face' }) }),
      ...Object.values(SCRIPT_SAMPLES).map((hulpvraag) => consult({ hulpvraag })),
      consult({ keuzecheck: check({ sure: false, understand: false, risk: false }) }),
      consult({
        options: [AFWACHTEN, option('a', 'A', { cons: [{ id: 'c', text: 'nadeel' }] })],
        weights: { 'a/c': 'erg' },
      }),
      consult({
        keuzekaart: { id: 'k', version: '1.0.0', title: 'K', icpc: [{ code: 'P03', label: 'p' }] },
        icpc: 'P03',
      }),
      referral('knie', 'orthopedie'),
    ];
    for (const state of states) summaryLines(state, spy, PROVENANCE);
    expect([...used].sort()).toEqual(keys(huisarts.summary, 'summary').sort());
  });

  it('takes every word of the template from the locale', () => {
    // A translator that returns only a marker: what remains is user text and punctuation.
    const marker: Translate = (key, vars = {}) =>
      `[${key.replace(/\W/g, '_')}${Object.values(vars)
        .map((v) => `|${v}`)
        .join('')}]`;
    const userText = [
      'moe en somber sinds verhuizing',
      'Is dit een depressie?',
      'meer mensen zien',
      'iemand die meegaat naar de buurtvereniging',
      'Met wie heeft u graag contact?',
      'Wat is voor u echt belangrijk',
      'somberheid, geen aanwijzingen voor een depressie',
      'Afwachten met zelfhulp',
      'afwachten met zelfhulp',
      'gesprekken POH-GGZ',
      'verwijzing psycholoog',
      'snel hulp, niet te ver weg',
      'Hulp dicht bij huis',
      'Er is vaak een wachttijd',
      'eerste gesprek binnen 2 weken',
      'over 6 weken',
      'eerder terugkomen bij gedachten over de dood',
      'Samenspraak 0.1.0',
      'P03',
      'samenspraak-pg',
      'somberheid',
      '1.0.0',
    ];
    let rest = summaryLines(fullConsult(), marker, PROVENANCE)
      .map((l) => l.text)
      .join('\n');
    rest = rest.replace(/\[summary_\w+/g, '');
    for (const text of userText.sort((a, b) => b.length - a.length)) {
      rest = rest.replaceAll(text, '');
    }
    expect(rest).toMatch(/^[^A-Za-z]*$/);
  });
});

describe('property: any free text gives a safe, labelled ASCII summary', () => {
  const nasty = fc.constantFrom(
    '\n',
    '\r\n',
    '\t',
    ' ',
    'ë',
    'é',
    '‘',
    '”',
    '—',
    '•',
    '😀',
    '\u0000',
    '\u202E',
    '\u00AD',
    '\u2028',
    '\uFEFF',
    '<',
    '>',
    '{{text}}',
    'S: ',
    'x',
    'woord',
    '.',
    '?',
  );
  const freeText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: 'binary-ascii', maxLength: 80 }),
    fc.string({ unit: nasty, maxLength: 40 }),
  );

  function stateWith(texts: string[]): ConsultState {
    const [a = '', b = '', c = '', d = '', e = '', f = '', g = '', h = '', i = '', j = ''] = texts;
    return consult({
      handover: handover({
        scores: DESIGN_SCORES,
        focus: 'meedoen',
        detail: preparation({ change: a, need: b, question: c }),
      }),
      hulpvraag: d,
      inschatting: e,
      voorkeur: f,
      prompts: [{ id: 'p', text: g }],
      options: [
        AFWACHTEN,
        option('o', h, { pros: [{ id: 'p', text: i }], cons: [{ id: 'c', text: j }] }),
      ],
      weights: { 'o/p': 'erg', 'o/c': 'erg' },
      decision: { kind: 'bedenktijd', followUp: a.slice(0, 40) },
      afspraken: { nextStep: b, evaluation: c, vangnet: d },
    });
  }

  it('has only printable ASCII and newlines, and every line starts with a label or indent', () => {
    fc.assert(
      fc.property(
        fc.array(freeText, { minLength: 10, maxLength: 10 }),
        fc.constantFrom(null, 14, 40, 60, 100),
        (texts, wrap) => {
          const lines = summaryLines(stateWith(texts), t, PROVENANCE);
          for (const l of lines) expect(l.text).not.toMatch(/[\n\r\t]/);
          const text = renderSummary(lines, { charset: 'ascii', wrap });
          expect(text).toMatch(/^[\x20-\x7E\n]*$/);
          for (const l of text.split('\n')) {
            expect(l).toMatch(/^(?:[SOEP]: | {3})/);
            expect(l).toMatch(LABELLED);
            if (wrap !== null) expect(l.length).toBeLessThanOrEqual(wrap);
          }
          const blocks = text.split(/\n(?=[SOEP]: )/);
          expect(blocks.map((b) => b.slice(0, 1))).toEqual(
            [...new Set(blocks.map((b) => b.slice(0, 1)))].sort(
              (a, b) => 'SOEP'.indexOf(a) - 'SOEP'.indexOf(b),
            ),
          );
          expect(blocks.find((b) => b.startsWith('E: '))).toContain('Hulpmiddel:');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('stays within Latin-1 by default, with no control characters', () => {
    fc.assert(
      fc.property(fc.array(freeText, { minLength: 10, maxLength: 10 }), (texts) => {
        const text = renderSummary(summaryLines(stateWith(texts), t, PROVENANCE));
        expect(text).toMatch(/^[\x20-\x7E\n\u00A0-\u00FF]*$/);
        for (const l of text.split('\n')) expect(l).toMatch(LABELLED);
      }),
      { numRuns: 300 },
    );
  });
});

describe('foldEditedSummary', () => {
  const edit =
    'S: Patiënt wil “rust” — geen pijn 😀\tnu.\n\n   en verder…\nP:\u202E Over één week bellen.';

  it('folds each line of the GP edit to ASCII, keeping indents and blank lines', () => {
    expect(foldEditedSummary(edit, 'ascii')).toEqual({
      text: 'S: Patient wil "rust" - geen pijn nu.\n\n   en verder...\nP: Over een week bellen.',
      blocks: [
        'S: Patient wil "rust" - geen pijn nu.\n   en verder...',
        'P: Over een week bellen.',
      ],
    });
  });

  it('keeps é and ë in Latin-1', () => {
    expect(foldEditedSummary('E: Geërgerd, café.', 'latin1').text).toBe('E: Geërgerd, café.');
  });

  it('reads a tab or a no-break space in the indent as one space, and a line of spaces as empty', () => {
    expect(foldEditedSummary('S: a\n\tb\n\u00A0\u00A0c\n    ', 'latin1')).toEqual({
      text: 'S: a\n b\n  c\n',
      blocks: ['S: a\n b\n  c'],
    });
  });

  it('takes Windows and old Mac line ends', () => {
    expect(foldEditedSummary('S: a\r\nP: b\rE: c', 'ascii').blocks).toEqual([
      'S: a',
      'P: b',
      'E: c',
    ]);
  });

  it('gives only printable charset text, whatever was typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (typed) => {
        const { text, blocks } = foldEditedSummary(typed, 'ascii');
        expect(text).toMatch(/^[\n\x20-\x7E]*$/);
        for (const block of blocks) expect(block.trim()).not.toBe('');
      }),
    );
  });
});
