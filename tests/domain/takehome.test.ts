import { describe, expect, it } from 'vitest';
import lageRugpijn from '../../content/keuzekaarten/lage-rugpijn.json';
import somberheid from '../../content/keuzekaarten/somberheid.json';
import verwijzen from '../../content/keuzekaarten/verwijzen.json';
import {
  type ConsultAction,
  type ConsultState,
  consultReducer,
  initialConsult,
} from '../../src/domain/consult';
import { type Keuzekaart, keuzekaartSchema } from '../../src/domain/keuzekaart';
import {
  cardOf,
  sheetFillIns,
  sheetKeepsDutch,
  sheetLanguage,
  sheetOptions,
  worseRow,
} from '../../src/domain/takehome';
import { AFWACHTEN } from '../fixtures/consult';
import vertaald from '../fixtures/keuzekaart-vertaald.json';

const SOMBER: Keuzekaart = keuzekaartSchema.parse(somberheid);
const RUG: Keuzekaart = keuzekaartSchema.parse(lageRugpijn);
const VERWIJZEN: Keuzekaart = keuzekaartSchema.parse(verwijzen);

const consult = (...actions: ConsultAction[]): ConsultState =>
  actions.reduce(consultReducer, initialConsult(AFWACHTEN));
const withCard = (card: Keuzekaart, ...more: ConsultAction[]) =>
  consult({ type: 'keuzekaart', card, afwachten: AFWACHTEN }, ...more);

describe('the card of a take-home sheet', () => {
  it('is the card with the id and the version the consult used', () => {
    const state = withCard(SOMBER);
    expect(cardOf(state.keuzekaart, [RUG, SOMBER])).toBe(SOMBER);
    expect(cardOf(state.keuzekaart, [{ ...SOMBER, version: '9.0.0' }])).toBeNull();
    expect(cardOf(null, [SOMBER])).toBeNull();
  });

  it('gives the row on getting worse, or on when to call sooner', () => {
    expect(worseRow(withCard(SOMBER), SOMBER)?.question.text).toBe('Wat als het slechter gaat?');
    expect(worseRow(withCard(RUG), RUG)?.question.text).toBe(
      RUG.rows?.find((r) => r.id === 'eerder-bellen')?.question,
    );
    const none: Keuzekaart = { ...SOMBER, rows: [] };
    expect(worseRow(withCard(none), none)).toBeNull();
  });
});

describe('whose words each option text is', () => {
  it("keeps the card's words as the card's and marks what the GP changed", () => {
    const state = withCard(SOMBER, {
      type: 'updateOption',
      optionId: 'psycholoog',
      patch: { title: 'Naar de psycholoog' },
    });
    const options = sheetOptions(state, SOMBER);
    expect(options.map((o) => o.title.byGp)).toEqual([false, false, true, false]);
    expect(options.flatMap((o) => [o.description, ...o.pros, ...o.cons]).some((t) => t?.byGp)).toBe(
      false,
    );
  });

  it("treats the app's afwachten text as nobody's words, and typed options as the GP's", () => {
    const state = consult({
      type: 'addOption',
      option: { ...AFWACHTEN, id: 'eigen', title: 'Fysiotherapie', afwachten: false },
    });
    const [afwachten, own] = sheetOptions(state, null);
    expect(afwachten?.title.byGp).toBe(false);
    expect(own?.title.byGp).toBe(true);
  });
});

describe('the language of a take-home sheet', () => {
  it('is Dutch for a Dutch card, and for anything the GP typed', () => {
    expect(sheetLanguage('en', withCard(SOMBER), SOMBER)).toBe('nl');
    expect(
      sheetLanguage(
        'ar',
        consult({ type: 'afspraken', field: 'nextStep', value: 'Over twee weken terug.' }),
        null,
      ),
    ).toBe('nl');
  });

  it("is the patient's where everything on it is in that language", () => {
    expect(sheetLanguage('en', consult(), null)).toBe('en');
    const english: Keuzekaart = { ...SOMBER, lang: 'en' };
    expect(sheetLanguage('en', withCard(english), english)).toBe('en');
    expect(sheetLanguage('ar', withCard(english), english)).toBe('nl');
  });
});

describe('the fill-in fields on a take-home sheet', () => {
  const typed = (card: Keuzekaart, ...more: ConsultAction[]) =>
    withCard(
      card,
      { type: 'fillIn', id: 'klacht', value: ' knieklachten ' },
      { type: 'fillIn', id: 'specialisme', value: 'orthopedie' },
      ...more,
    );
  const choose = (optionId: string): ConsultAction => ({
    type: 'decision',
    decision: { kind: 'keuze', optionId },
  });

  it('go beside the chosen option: the card’s label, the GP’s words', () => {
    expect(sheetFillIns(typed(VERWIJZEN, choose('nu-verwijzen')), VERWIJZEN)).toEqual([
      {
        label: { text: 'Klacht', lang: 'nl', byGp: false },
        value: { text: 'knieklachten', lang: 'nl', byGp: true },
      },
      {
        label: { text: 'Specialisme', lang: 'nl', byGp: false },
        value: { text: 'orthopedie', lang: 'nl', byGp: true },
      },
    ]);
  });

  it('leave out an empty field, and are not there while nothing is chosen', () => {
    const one = withCard(VERWIJZEN, { type: 'fillIn', id: 'specialisme', value: 'cardiologie' });
    expect(sheetFillIns(one, VERWIJZEN).map((f) => f.value.text)).toEqual([]);
    expect(sheetFillIns(consultReducer(one, choose('later-verwijzen')), VERWIJZEN)).toEqual([
      {
        label: { text: 'Specialisme', lang: 'nl', byGp: false },
        value: { text: 'cardiologie', lang: 'nl', byGp: true },
      },
    ]);
    const bedenktijd = typed(VERWIJZEN, {
      type: 'decision',
      decision: { kind: 'bedenktijd', followUp: '2027-01-15' },
    });
    expect(sheetFillIns(bedenktijd, VERWIJZEN)).toEqual([]);
    // Another card chosen after typing: it has no fields, and the typed ones are gone.
    const other = typed(
      VERWIJZEN,
      { type: 'keuzekaart', card: SOMBER, afwachten: AFWACHTEN },
      choose('poh-ggz'),
    );
    expect(sheetFillIns(other, SOMBER)).toEqual([]);
  });

  it('stay Dutch on a translated sheet, and the GP is told so', () => {
    const card = keuzekaartSchema.parse({ ...vertaald, fillIns: VERWIJZEN.fillIns });
    const state = typed(card, choose('slaaptraining'));
    expect(sheetLanguage('en', state, card)).toBe('en');
    expect(sheetKeepsDutch('en', state, card)).toEqual({ byGp: true, byCard: true });
    // Without them, the English translation has every text on this sheet.
    const without = withCard(card, choose('slaaptraining'));
    expect(sheetKeepsDutch('en', without, card)).toEqual({ byGp: false, byCard: false });
  });
});
