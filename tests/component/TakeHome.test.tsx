import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import somberheid from '../../content/keuzekaarten/somberheid.json';
import verwijzen from '../../content/keuzekaarten/verwijzen.json';
import arPack from '../../content/packs/samenspraak-pg.ar.json';
import enPack from '../../content/packs/samenspraak-pg.en.json';
import nlPack from '../../content/packs/samenspraak-pg.nl.json';
import ar from '../../locales/ar.json';
import en from '../../locales/en.json';
import nl from '../../locales/nl.json';
import {
  type ConsultAction,
  type ConsultState,
  consultReducer,
  initialConsult,
} from '../../src/domain/consult';
import { type ContentPack, contentPackSchema } from '../../src/domain/contentpack';
import { type Keuzekaart, keuzekaartSchema } from '../../src/domain/keuzekaart';
import type { Practice } from '../../src/domain/practice';
import { sheetContent, sheetLanguage } from '../../src/domain/takehome';
import { createI18n } from '../../src/i18n';
import { TakeHome } from '../../src/ui/consult/TakeHome';
import { I18nProvider } from '../../src/ui/i18n';
import { AFWACHTEN } from '../fixtures/consult';
import vertaald from '../fixtures/keuzekaart-vertaald.json';

const CARD: Keuzekaart = keuzekaartSchema.parse(somberheid);
const PACKS: Record<string, ContentPack> = {
  nl: contentPackSchema.parse(nlPack),
  en: contentPackSchema.parse(enPack),
  ar: contentPackSchema.parse(arPack),
};
const PRACTICE: Practice = { name: 'Huisartsenpraktijk De Linde', telephone: '020 123 45 67' };

// The card as it ships: the sheet carries its words as they are.
const CARD_TITLES = CARD.options.map((o) => o.title);
const WORSE_ANSWER = CARD.rows?.find((r) => r.id === 'slechter')?.answers['poh-ggz'] ?? '';
const GP_WROTE = 'Uw huisarts schreef:';

const HANDOVER = {
  pack: { id: 'samenspraak-pg', version: '1.0.0' },
  scores: { lichaam: 6, mentaal: 4, zingeving: 10, kwaliteit: 7, meedoen: 3, dagelijks: 5 },
  talk: ['meedoen' as const],
  focus: 'meedoen' as const,
  expectations: [],
  locale: null,
  mode: null,
  detail: null,
};

const consult = (...actions: ConsultAction[]): ConsultState =>
  actions.reduce(consultReducer, initialConsult(AFWACHTEN));

/** The Sombere gevoelens card with POH-GGZ chosen, a next step and the card's vangnet. */
const chosen = (...more: ConsultAction[]) =>
  consult(
    { type: 'open', origin: 'code', handover: HANDOVER },
    { type: 'keuzekaart', card: CARD, afwachten: AFWACHTEN },
    { type: 'decision', decision: { kind: 'keuze', optionId: 'poh-ggz' } },
    { type: 'afspraken', field: 'nextStep', value: 'Eerste gesprek binnen 2 weken.' },
    { type: 'afspraken', field: 'vangnet', value: CARD.vangnet ?? '' },
    ...more,
  );

/**
 * The sheet as the print preview renders it: the translator holds the patient's language and
 * is set to the sheet's (`sheetLanguage`), with the pack in the sheet's language.
 */
function renderSheet(
  state: ConsultState,
  options: { patient?: string; card?: Keuzekaart | null; practice?: Practice | null } = {},
) {
  const { patient = 'nl', card = CARD, practice = null } = options;
  const i18n = createI18n(nl);
  i18n.add('en', en);
  i18n.add('ar', ar);
  const lang = sheetLanguage(patient, state, card);
  i18n.setLanguage(lang);
  const pack = PACKS[lang];
  if (!pack) throw new Error(`no pack for ${lang}`);
  render(
    <I18nProvider i18n={i18n}>
      <TakeHome
        state={state}
        pack={pack}
        date={Date.UTC(2026, 11, 1, 9)}
        content={sheetContent(state, card, lang)}
        practice={practice}
        patientLang={patient}
      />
    </I18nProvider>,
  );
  const sheet = document.querySelector('article.takehome');
  if (!(sheet instanceof HTMLElement)) throw new Error('no sheet');
  return sheet;
}

/** The options as the sheet lists them, each as its title heading and the block around it. */
function optionBlocks(sheet: HTMLElement) {
  return [...sheet.querySelectorAll<HTMLElement>('.takehome-option')].map((block) => ({
    block,
    title: block.querySelector('h3')?.textContent ?? '',
  }));
}

describe('the options on the take-home sheet', () => {
  it('lists every option with its pros and cons, in the card order, the chosen one marked', () => {
    const sheet = renderSheet(chosen());
    const blocks = optionBlocks(sheet);
    expect(blocks.map((b) => b.title)).toEqual([
      CARD_TITLES[0],
      `${CARD_TITLES[1]} Gekozen`,
      ...CARD_TITLES.slice(2),
    ]);
    for (const [i, option] of CARD.options.entries()) {
      const block = within(blocks[i]?.block as HTMLElement);
      expect(block.getByText(option.description)).toBeTruthy();
      const [pros, cons] = ['Voordelen', 'Nadelen'].map((side) =>
        within(block.getByRole('heading', { name: side, level: 4 }).parentElement as HTMLElement)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      );
      expect(pros).toEqual(option.pros.map((p) => p.text));
      expect(cons).toEqual(option.cons.map((c) => c.text));
    }
    // One mark, in words; no option is otherwise set apart.
    expect(within(sheet).getAllByText('Gekozen')).toHaveLength(1);
    expect(new Set(blocks.map((b) => b.block.className))).toEqual(new Set(['takehome-option']));
    expect(sheet.textContent).not.toMatch(/aanbevolen|beste keuze|score/i);
    expect(within(sheet).getByRole('heading', { name: 'Wat we samen kozen' })).toBeTruthy();
  });

  it('carries the card row on getting worse and the vangnet, the vangnet as the GP wrote it', () => {
    const sheet = renderSheet(chosen());
    const heading = within(sheet).getByRole('heading', { name: 'Wat als het slechter gaat?' });
    const section = within(heading.parentElement as HTMLElement);
    // All three options answer the same: said once.
    expect(section.getAllByText(WORSE_ANSWER)).toHaveLength(1);
    const vangnet = section.getByText(GP_WROTE, { exact: false }).parentElement;
    expect(vangnet?.textContent).toBe(`${GP_WROTE} ${CARD.vangnet}`);
  });

  it('shows the worse row for each option while nothing is chosen', () => {
    const differs: Keuzekaart = {
      ...CARD,
      rows: [
        {
          id: 'slechter',
          question: 'Wat als het slechter gaat?',
          answers: { 'afwachten-zelfhulp': 'Bel de praktijk.', psycholoog: 'Bel de psycholoog.' },
        },
      ],
    };
    const sheet = renderSheet(
      consult({ type: 'keuzekaart', card: differs, afwachten: AFWACHTEN }),
      { card: differs },
    );
    const heading = within(sheet).getByRole('heading', { name: 'Wat als het slechter gaat?' });
    const answers = [...(heading.parentElement?.querySelectorAll('p') ?? [])].map(
      (p) => p.textContent,
    );
    expect(answers).toEqual([
      `${CARD_TITLES[0]}: Bel de praktijk.`,
      `${CARD_TITLES[2]}: Bel de psycholoog.`,
    ]);
  });
});

describe('the practice on the take-home sheet', () => {
  it('shows the practice name and telephone when they are set', () => {
    const sheet = renderSheet(chosen(), { practice: PRACTICE });
    const block = sheet.querySelector('.takehome-practice');
    expect(block?.textContent).toBe('Huisartsenpraktijk De LindeTelefoon: 020 123 45 67');
    // The number reads left to right whatever the sheet's direction.
    expect(
      within(block as HTMLElement)
        .getByText('020 123 45 67')
        .getAttribute('dir'),
    ).toBe('ltr');
  });

  it('shows nothing for it without a setting, not even a placeholder', () => {
    const sheet = renderSheet(chosen());
    expect(sheet.querySelector('.takehome-practice')).toBeNull();
    expect(sheet.textContent).not.toMatch(/Telefoon|praktijk:/);
    expect(sheet.textContent).not.toContain('Huisartsenpraktijk');
  });
});

describe("the GP's own words", () => {
  it('are marked as written by the GP: afspraken, own options and own pros', () => {
    const sheet = renderSheet(
      chosen(
        {
          type: 'addOption',
          option: {
            id: 'eigen-1',
            title: 'Hardlopen in een groep',
            description: 'Twee keer per week met de loopgroep.',
            pros: [{ id: 'eigen-1-voor', text: 'Buiten, met anderen.' }],
            cons: [],
            dimensions: [],
            afwachten: false,
          },
        },
        {
          type: 'proCon',
          optionId: 'poh-ggz',
          side: 'pros',
          items: [
            ...(CARD.options[1]?.pros ?? []).map(({ id, text }) => ({ id, text })),
            { id: 'poh-ggz-eigen', text: 'De POH-GGZ zit in dezelfde praktijk.' },
          ],
        },
      ),
    );
    const blocks = optionBlocks(sheet);
    // The own option after the card's, introduced as the GP's, as a whole.
    expect(blocks.map((b) => b.title)).toEqual([
      CARD_TITLES[0],
      `${CARD_TITLES[1]} Gekozen`,
      ...CARD_TITLES.slice(2),
      'Hardlopen in een groep',
    ]);
    const own = blocks[CARD_TITLES.length]?.block as HTMLElement;
    expect(own.firstElementChild?.textContent).toBe(GP_WROTE);
    expect(within(own).getAllByText(GP_WROTE)).toHaveLength(1);
    // In a card's option, only the point the GP added.
    const poh = within(blocks[1]?.block as HTMLElement);
    expect(poh.getAllByText(GP_WROTE, { exact: false })).toHaveLength(1);
    expect(poh.getByText('De POH-GGZ zit in dezelfde praktijk.').parentElement?.textContent).toBe(
      `${GP_WROTE} De POH-GGZ zit in dezelfde praktijk.`,
    );
    expect(within(blocks[0]?.block as HTMLElement).queryByText(GP_WROTE, { exact: false })).toBe(
      null,
    );
    // The afspraken as the GP typed them.
    const afspraken = within(sheet).getByRole('heading', { name: 'Wat we afspraken' })
      .parentElement as HTMLElement;
    expect(within(afspraken).getByText(GP_WROTE)).toBeTruthy();
    expect(
      within(afspraken).getByText('Volgende stap: Eerste gesprek binnen 2 weken.'),
    ).toBeTruthy();
  });

  it("marks a card option's text the GP changed, and only that text", () => {
    const sheet = renderSheet(
      chosen({
        type: 'updateOption',
        optionId: 'psycholoog',
        patch: { title: 'Naar de psycholoog' },
      }),
    );
    const block = optionBlocks(sheet)[2];
    expect(block?.title).toBe(`${GP_WROTE} Naar de psycholoog`);
    expect(within(block?.block as HTMLElement).getAllByText(GP_WROTE)).toHaveLength(1);
    expect(block?.block.className).toBe('takehome-option');
  });
});

describe('the language of the take-home sheet', () => {
  it.each([
    ['en', 'ltr', 'This sheet is in Dutch. You can ask someone to read it with you.'],
    ['ar', 'rtl', 'هذه الورقة باللغة الهولندية. يمكنك أن تطلب من شخص أن يقرأها معك.'],
  ])(
    'is Dutch throughout for a Dutch card, with one line in %s that says so',
    (patient, dir, note) => {
      const sheet = renderSheet(chosen(), { patient, practice: PRACTICE });
      expect(sheet.getAttribute('lang')).toBe('nl');
      expect(sheet.getAttribute('dir')).toBe('ltr');
      const first = sheet.firstElementChild as HTMLElement;
      expect(first.textContent).toBe(note);
      expect(first.getAttribute('lang')).toBe(patient);
      expect(first.getAttribute('dir')).toBe(dir);
      // Only that line: headings, the web's labels, the practice and the footer are Dutch.
      expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe(
        'Uw gesprek met de huisarts',
      );
      expect(within(sheet).getByRole('heading', { name: 'Wat we bespraken' })).toBeTruthy();
      const labels = [...sheet.querySelectorAll('svg .web-label')].map((l) => l.textContent);
      expect(labels.join(' ')).toContain('Meedoen');
      expect(labels.join(' ')).not.toMatch(/Participation/);
      expect(sheet.textContent).toContain('Telefoon: 020 123 45 67');
      expect(sheet.querySelectorAll('[lang]:not([lang="nl"])')).toHaveLength(1);
    },
  );

  it("is in the patient's language when nothing on it is Dutch only", () => {
    const sheet = renderSheet(
      consult(
        { type: 'open', origin: 'code', handover: HANDOVER },
        { type: 'decision', decision: { kind: 'bedenktijd', followUp: '2026-12-15' } },
      ),
      { patient: 'en', card: null },
    );
    expect(sheet.getAttribute('lang')).toBe('en');
    expect(sheet.querySelector('.takehome-note')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your talk with the GP');
    expect(sheet.textContent).toContain('Participation');
    expect(sheet.textContent).toContain('You take time to think.');
  });

  it('has no line about Dutch for a Dutch patient', () => {
    const sheet = renderSheet(chosen());
    expect(sheet.getAttribute('lang')).toBe('nl');
    expect(sheet.querySelector('.takehome-note')).toBeNull();
  });
});

describe('a translated keuzekaart on the take-home sheet', () => {
  const TRANSLATED: Keuzekaart = keuzekaartSchema.parse(vertaald);
  const EN = vertaald.translations.en;
  /** The card chosen, sleep training picked, its title changed by the GP, a next step. */
  const translatedConsult = (card: Keuzekaart) =>
    consult(
      { type: 'open', origin: 'code', handover: HANDOVER },
      { type: 'keuzekaart', card, afwachten: AFWACHTEN },
      { type: 'decision', decision: { kind: 'keuze', optionId: 'slaaptraining' } },
      { type: 'updateOption', optionId: 'slaapmiddel', patch: { title: 'Slaappil, heel kort' } },
      { type: 'afspraken', field: 'nextStep', value: 'Over 4 weken terug.' },
      { type: 'afspraken', field: 'vangnet', value: card.vangnet ?? '' },
    );

  it("is in the patient's language, the GP's words in Dutch, marked and labelled as Dutch", () => {
    const sheet = renderSheet(translatedConsult(TRANSLATED), { patient: 'en', card: TRANSLATED });
    expect(sheet.getAttribute('lang')).toBe('en');
    expect(sheet.querySelector('.takehome-note')).toBeNull();
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe(
      'Your talk with the GP',
    );
    const gpWrote = 'Your GP wrote:';
    expect(optionBlocks(sheet).map((b) => b.title)).toEqual([
      EN.options['afwachten-slaapadvies'].title,
      `${EN.options.slaaptraining.title} Chosen`,
      `${gpWrote} Slaappil, heel kort`,
    ]);
    const changed = within(sheet).getByText('Slaappil, heel kort');
    expect(changed.getAttribute('lang')).toBe('nl');
    // The texts the GP left alone are the translation's, in the sheet's own language.
    const pill = optionBlocks(sheet)[2]?.block as HTMLElement;
    expect(within(pill).getByText(EN.options.slaapmiddel.description).getAttribute('lang')).toBe(
      null,
    );
    expect(
      within(sheet).getByRole('heading', { name: 'What we chose together' }).parentElement
        ?.textContent,
    ).toContain(EN.options.slaaptraining.title);
    // The worse row in English; the vangnet and the next step as the GP typed them, in Dutch.
    const worse = within(sheet).getByRole('heading', { name: EN.rows.slechter.question })
      .parentElement as HTMLElement;
    expect(within(worse).getByText(EN.rows.slechter.answers.slaaptraining)).toBeTruthy();
    const vangnet = within(worse).getByText(TRANSLATED.vangnet ?? '');
    expect(vangnet.getAttribute('lang')).toBe('nl');
    expect(vangnet.parentElement?.textContent).toBe(`${gpWrote} ${TRANSLATED.vangnet}`);
    const next = within(sheet).getByText('Over 4 weken terug.');
    expect(next.getAttribute('lang')).toBe('nl');
    // Every Dutch text is labelled Dutch, and nothing else is labelled at all.
    const labelled = [...sheet.querySelectorAll('[lang]')].filter((el) => el !== sheet);
    expect(labelled.map((el) => [el.getAttribute('lang'), el.textContent])).toEqual([
      ['nl', 'Slaappil, heel kort'],
      ['nl', 'Over 4 weken terug.'],
      ['nl', TRANSLATED.vangnet],
    ]);
  });

  it('never shows the review status of the translation', () => {
    const draft = keuzekaartSchema.parse({
      ...vertaald,
      translations: { en: { ...EN, review: { status: 'draft', needs: 'een moedertaalspreker' } } },
    });
    const sheet = renderSheet(translatedConsult(draft), { patient: 'en', card: draft });
    expect(sheet.getAttribute('lang')).toBe('en');
    expect(sheet.textContent).not.toMatch(/draft|concept|review|moedertaal|native/i);
  });

  it('on an Arabic sheet, a Dutch text runs left to right', () => {
    const arabic = keuzekaartSchema.parse({
      ...vertaald,
      translations: {
        ar: {
          review: { status: 'draft' },
          options: { slaaptraining: { title: 'تدريب النوم' } },
        },
      },
    });
    const sheet = renderSheet(translatedConsult(arabic), { patient: 'ar', card: arabic });
    expect(sheet.getAttribute('lang')).toBe('ar');
    expect(sheet.getAttribute('dir')).toBe('rtl');
    expect(within(sheet).getAllByText('تدريب النوم')[0]?.getAttribute('lang')).toBe(null);
    // A card text the translation lacks, and the GP's words: Dutch, left to right.
    const untranslated = within(sheet).getByText(TRANSLATED.options[0]?.title ?? '');
    expect([untranslated.getAttribute('lang'), untranslated.getAttribute('dir')]).toEqual([
      'nl',
      'ltr',
    ]);
    const next = within(sheet).getByText('Over 4 weken terug.');
    expect([next.getAttribute('lang'), next.getAttribute('dir')]).toEqual(['nl', 'ltr']);
  });
});

describe('the fill-in fields on the take-home sheet', () => {
  const VERWIJZEN: Keuzekaart = keuzekaartSchema.parse(verwijzen);
  const referral = (card: Keuzekaart, optionId: string, ...more: ConsultAction[]) =>
    consult(
      { type: 'open', origin: 'code', handover: HANDOVER },
      { type: 'keuzekaart', card, afwachten: AFWACHTEN },
      { type: 'fillIn', id: 'klacht', value: 'knieklachten' },
      { type: 'fillIn', id: 'specialisme', value: 'orthopedie' },
      { type: 'decision', decision: { kind: 'keuze', optionId } },
      ...more,
    );
  const choice = (sheet: HTMLElement, name: string) =>
    within(within(sheet).getByRole('heading', { name }).parentElement as HTMLElement);

  it('stand beside the chosen option, in words, as the GP wrote them', () => {
    const sheet = renderSheet(referral(VERWIJZEN, 'nu-verwijzen'), { card: VERWIJZEN });
    const section = choice(sheet, 'Wat we samen kozen');
    expect(section.getByText('Nu verwijzen')).toBeTruthy();
    const list = section.getByText(GP_WROTE).parentElement as HTMLElement;
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Klacht: knieklachten', 'Specialisme: orthopedie']);
    // Only there: not in the options, and not as a code or an id.
    expect(sheet.textContent?.match(/knieklachten/g)).toHaveLength(1);
    expect(sheet.textContent).not.toMatch(/klacht:|specialisme:/);
  });

  it('are not on the sheet while no option is chosen', () => {
    const state = referral(VERWIJZEN, 'nu-verwijzen', {
      type: 'decision',
      decision: { kind: 'bedenktijd', followUp: '2027-01-15' },
    });
    const sheet = renderSheet(state, { card: VERWIJZEN });
    expect(sheet.textContent).not.toContain('knieklachten');
  });

  it('on an English sheet, the label and the words stay Dutch and say so', () => {
    const card = keuzekaartSchema.parse({ ...vertaald, fillIns: VERWIJZEN.fillIns });
    const sheet = renderSheet(referral(card, 'slaaptraining'), { patient: 'en', card });
    expect(sheet.getAttribute('lang')).toBe('en');
    const section = choice(sheet, 'What we chose together');
    const item = section.getByText('knieklachten').parentElement as HTMLElement;
    expect(item.textContent).toBe('Klacht: knieklachten');
    expect(
      [...item.querySelectorAll('[lang]')].map((el) => [el.getAttribute('lang'), el.textContent]),
    ).toEqual([
      ['nl', 'Klacht'],
      ['nl', 'knieklachten'],
    ]);
    expect(section.getByText('Your GP wrote:')).toBeTruthy();
  });
});

describe('pictograms on the take-home sheet', () => {
  it("stand beside each dimension's name, on the web and in the list, hidden from assistive tech", () => {
    const sheet = renderSheet(
      consult({
        type: 'open',
        origin: 'code',
        handover: { ...HANDOVER, talk: ['mentaal', 'meedoen'] },
      }),
    );
    // The web: one at each axis end.
    expect(sheet.querySelectorAll('svg.web svg.web-picto')).toHaveLength(6);
    // The list of what the patient wanted to talk about: a pictogram, then the name alone.
    const items = within(
      within(sheet).getByRole('heading', { name: 'Hier wilde u over praten' })
        .parentElement as HTMLElement,
    ).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Mentaal welbevinden', 'Meedoen']);
    for (const li of items) {
      const pictos = li.querySelectorAll('svg.picto');
      expect(pictos).toHaveLength(1);
      expect(pictos[0]?.getAttribute('aria-hidden')).toBe('true');
      expect(pictos[0]?.getAttribute('stroke')).toBe('currentColor');
    }
    for (const picto of sheet.querySelectorAll('svg.picto, svg.web-picto'))
      expect(picto.closest('[aria-hidden="true"]')).not.toBeNull();
  });
});
