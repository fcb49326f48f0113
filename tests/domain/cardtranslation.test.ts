import { describe, expect, it } from 'vitest';
import somberheid from '../../content/keuzekaarten/somberheid.json';
import summaryTexts from '../../locales/summary/nl.json';
import { draftTranslation, localizeCard, translationFor } from '../../src/domain/cardtranslation';
import {
  type ConsultAction,
  type ConsultState,
  consultReducer,
  initialConsult,
} from '../../src/domain/consult';
import { type Keuzekaart, keuzekaartSchema } from '../../src/domain/keuzekaart';
import { renderSummary, summaryLines } from '../../src/domain/summary';
import { sheetKeepsDutch, sheetLanguage, sheetOptions, worseRow } from '../../src/domain/takehome';
import { createI18n } from '../../src/i18n';
import { AFWACHTEN } from '../fixtures/consult';
import vertaald from '../fixtures/keuzekaart-vertaald.json';

const CARD: Keuzekaart = keuzekaartSchema.parse(vertaald);
const SOMBER: Keuzekaart = keuzekaartSchema.parse(somberheid);
const EN = vertaald.translations.en;
const TR = vertaald.translations.tr;

const option = (card: Keuzekaart, id: string) => {
  const found = card.options.find((o) => o.id === id);
  if (!found) throw new Error(`no option ${id}`);
  return found;
};
const consult = (card: Keuzekaart, ...actions: ConsultAction[]): ConsultState =>
  [{ type: 'keuzekaart', card, afwachten: AFWACHTEN } as ConsultAction, ...actions].reduce(
    consultReducer,
    initialConsult(AFWACHTEN),
  );
/** The fixture card with other translations, parsed as an import would. */
const withTranslations = (translations: Record<string, unknown>): Keuzekaart =>
  keuzekaartSchema.parse({ ...vertaald, translations });

describe('the fixture card', () => {
  it('parses, with translations in English, Turkish and French', () => {
    expect(Object.keys(CARD.translations ?? {})).toEqual(['en', 'tr', 'fr']);
  });
});

describe('translationFor', () => {
  it('finds the exact language, else a regional one, never the card’s own', () => {
    expect(translationFor(CARD, 'en')?.lang).toBe('en');
    expect(translationFor(CARD, 'nl')).toBeNull();
    expect(translationFor(CARD, 'ar')).toBeNull();
    const regional = withTranslations({ 'en-GB': EN, 'en-US': EN });
    expect(translationFor(regional, 'en')?.lang).toBe('en-GB');
    // A translation under the card's own code is never used over the card itself.
    const own = withTranslations({ nl: EN });
    expect(translationFor(own, 'nl')).toBeNull();
    expect(localizeCard(own, 'nl').title).toEqual({
      text: CARD.title,
      lang: 'nl',
      original: CARD.title,
    });
  });

  it('never reads a key from the prototype', () => {
    expect(translationFor(CARD, 'constructor')).toBeNull();
    expect(translationFor(CARD, '__proto__')).toBeNull();
    expect(localizeCard(CARD, 'toString').translation).toBeNull();
  });

  it('names a draft for the GP, with what it needs; a reviewed one is no draft', () => {
    expect(draftTranslation(CARD, 'tr')).toEqual({
      lang: 'tr',
      review: { status: 'draft', needs: 'een moedertaalspreker' },
    });
    expect(draftTranslation(CARD, 'en')).toBeNull();
    expect(draftTranslation(CARD, 'ar')).toBeNull();
    expect(draftTranslation(SOMBER, 'en')).toBeNull();
  });
});

describe('localizeCard', () => {
  it('gives every text of a full translation in that language, with the card’s own beside it', () => {
    const card = localizeCard(CARD, 'en');
    expect(card.translation).toEqual({ lang: 'en', review: { status: 'reviewed' } });
    expect(card.title).toEqual({ text: EN.title, lang: 'en', original: CARD.title });
    expect(card.question.text).toBe(EN.question);
    const training = card.options.find((o) => o.id === 'slaaptraining');
    expect(training?.title).toEqual({
      text: EN.options.slaaptraining.title,
      lang: 'en',
      original: option(CARD, 'slaaptraining').title,
    });
    expect(training?.pros.map((p) => [p.id, p.text, p.lang])).toEqual([
      ['slaaptraining-voor-1', EN.options.slaaptraining.pros['slaaptraining-voor-1'], 'en'],
      ['slaaptraining-voor-2', EN.options.slaaptraining.pros['slaaptraining-voor-2'], 'en'],
    ]);
    expect(card.rows[0]?.question.text).toBe('What if it gets worse?');
    expect(card.rows[0]?.answers.slaapmiddel?.text).toBe(EN.rows.slechter.answers.slaapmiddel);
  });

  it('falls back per text: what the translation leaves out stays Dutch, marked as Dutch', () => {
    const card = localizeCard(CARD, 'tr');
    const pill = card.options.find((o) => o.id === 'slaapmiddel');
    const dutch = option(CARD, 'slaapmiddel');
    expect(pill?.title).toEqual({
      text: TR.options.slaapmiddel.title,
      lang: 'tr',
      original: dutch.title,
    });
    // Turkish has no description and no second con for this option.
    expect(pill?.description).toEqual({
      text: dutch.description,
      lang: 'nl',
      original: dutch.description,
    });
    expect(pill?.cons.map((c) => c.lang)).toEqual(['tr', 'nl']);
    expect(pill?.cons[1]?.text).toBe(dutch.cons[1]?.text);
  });

  it('ignores ids the card does not have', () => {
    const card = withTranslations({
      en: {
        review: { status: 'draft' },
        options: {
          'bestaat-niet': { title: 'Does not exist' },
          slaapmiddel: { pros: { 'geen-punt': 'No such point' }, title: 'A pill' },
        },
        rows: {
          'geen-rij': { question: 'No such row' },
          slechter: { answers: { 'geen-optie': 'For no option' } },
        },
      },
    });
    const local = localizeCard(card, 'en');
    expect(local.options.map((o) => o.id)).toEqual(CARD.options.map((o) => o.id));
    expect(local.options.map((o) => o.title.text)).toEqual([
      option(CARD, 'afwachten-slaapadvies').title,
      option(CARD, 'slaaptraining').title,
      'A pill',
    ]);
    expect(local.options[2]?.pros.map((p) => p.text)).toEqual(
      option(CARD, 'slaapmiddel').pros.map((p) => p.text),
    );
    expect(local.rows.map((r) => r.id)).toEqual(['slechter']);
    expect(local.rows[0]?.question.lang).toBe('nl');
    expect(Object.keys(local.rows[0]?.answers ?? {})).toEqual(
      Object.keys(CARD.rows?.[0]?.answers ?? {}),
    );
  });

  it('an empty translation gives the card’s own texts', () => {
    const card = withTranslations({ en: { review: { status: 'draft' } } });
    const local = localizeCard(card, 'en');
    expect(local.translation?.lang).toBe('en');
    const texts = [
      local.title,
      local.question,
      ...local.options.flatMap((o) => [o.title, o.description, ...o.pros, ...o.cons]),
      ...local.rows.flatMap((r) => [r.question, ...Object.values(r.answers)]),
    ];
    expect(texts.every((t) => t.lang === 'nl' && t.text === t.original)).toBe(true);
  });

  it('a language without translation gives the card as it is', () => {
    for (const [card, lang] of [
      [CARD, 'ar'],
      [CARD, 'nl'],
      [SOMBER, 'en'],
    ] as const) {
      const local = localizeCard(card, lang);
      expect(local.translation).toBeNull();
      expect(local.lang).toBe(lang);
      expect(local.title).toEqual({ text: card.title, lang: card.lang, original: card.title });
      expect(local.options.map((o) => o.title.text)).toEqual(card.options.map((o) => o.title));
    }
  });

  it('translates numbers by position, and ignores a surplus one', () => {
    type Loose = Record<string, unknown>;
    const data = structuredClone(vertaald) as unknown as {
      options: Loose[];
      translations: Record<string, { options: Record<string, Loose> }>;
    };
    (data.options[1] as Loose).numbers = [
      { count: 40, text: 'slapen beter na de training' },
      { count: 20, text: 'stoppen met de training' },
    ];
    (data.translations.en?.options.slaaptraining as Loose).numbers = [
      'sleep better after the training',
    ];
    (data.translations.tr?.options.slaaptraining as Loose).numbers = [
      'eğitimden sonra daha iyi uyur',
      'eğitimi bırakır',
      'fazladan',
    ];
    const card = keuzekaartSchema.parse(data);
    const en = localizeCard(card, 'en').options[1]?.numbers;
    expect(en?.map((n) => [n.count, n.text.text, n.text.lang])).toEqual([
      [40, 'sleep better after the training', 'en'],
      [20, 'stoppen met de training', 'nl'],
    ]);
    expect(localizeCard(card, 'tr').options[1]?.numbers).toHaveLength(2);
  });

  it('leaves the card itself as it was', () => {
    const before = structuredClone(CARD);
    localizeCard(CARD, 'en');
    localizeCard(CARD, 'tr');
    expect(CARD).toEqual(before);
  });
});

describe('the take-home sheet with a translated card', () => {
  it('is in the patient’s language, with the card’s texts translated', () => {
    const state = consult(CARD);
    expect(sheetLanguage('en', state, CARD)).toBe('en');
    expect(sheetLanguage('tr', state, CARD)).toBe('tr');
    const options = sheetOptions(state, CARD, 'en');
    expect(options.map((o) => o.title.text)).toEqual([
      EN.options['afwachten-slaapadvies'].title,
      EN.options.slaaptraining.title,
      EN.options.slaapmiddel.title,
    ]);
    const texts = options.flatMap((o) => [o.title, o.description, ...o.pros, ...o.cons]);
    expect(texts.every((t) => t?.lang === 'en' && !t.byGp)).toBe(true);
    // The sheet in Dutch gives the card's own words.
    expect(sheetOptions(state, CARD, 'nl').map((o) => o.title.text)).toEqual(
      CARD.options.map((o) => o.title),
    );
  });

  it('keeps what the GP typed or changed as typed, marked as the GP’s', () => {
    const training = option(CARD, 'slaaptraining');
    const state = consult(
      CARD,
      { type: 'updateOption', optionId: 'slaaptraining', patch: { title: 'Slaaptraining online' } },
      {
        type: 'proCon',
        optionId: 'slaaptraining',
        side: 'pros',
        items: [
          { id: 'slaaptraining-voor-1', text: 'Helpt ook later nog.' },
          training.pros[1] as { id: string; text: string },
          { id: 'eigen', text: 'Kan thuis.' },
        ],
      },
      {
        type: 'addOption',
        option: { ...AFWACHTEN, id: 'eigen-optie', title: 'Fysiotherapie', afwachten: false },
      },
    );
    const options = sheetOptions(state, CARD, 'en');
    const mine = options.find((o) => o.id === 'slaaptraining');
    expect(mine?.title).toEqual({ text: 'Slaaptraining online', lang: 'nl', byGp: true });
    // Its description the GP left alone: translated.
    expect(mine?.description).toEqual({
      text: EN.options.slaaptraining.description,
      lang: 'en',
      byGp: false,
    });
    expect(mine?.pros).toEqual([
      { text: 'Helpt ook later nog.', lang: 'nl', byGp: true },
      { text: EN.options.slaaptraining.pros['slaaptraining-voor-2'], lang: 'en', byGp: false },
      { text: 'Kan thuis.', lang: 'nl', byGp: true },
    ]);
    const own = options.find((o) => o.id === 'eigen-optie');
    expect(own?.byGp).toBe(true);
    expect(own?.title).toEqual({ text: 'Fysiotherapie', lang: 'nl', byGp: true });
    // Still the patient's language: the card speaks it; the GP's words stay Dutch.
    expect(sheetLanguage('en', state, CARD)).toBe('en');
    expect(sheetKeepsDutch('en', state, CARD)).toEqual({ byGp: true, byCard: false });
  });

  it('a card point the GP moved is still the card’s, by its words', () => {
    const training = option(CARD, 'slaaptraining');
    const state = consult(CARD, {
      type: 'proCon',
      optionId: 'slaaptraining',
      side: 'pros',
      items: [...training.pros].reverse(),
    });
    expect(sheetOptions(state, CARD, 'en')[1]?.pros.map((p) => p.text)).toEqual([
      EN.options.slaaptraining.pros['slaaptraining-voor-2'],
      EN.options.slaaptraining.pros['slaaptraining-voor-1'],
    ]);
  });

  it('the worse row follows the translation, and a chosen option’s answer only', () => {
    const state = consult(CARD, {
      type: 'decision',
      decision: { kind: 'keuze', optionId: 'slaapmiddel' },
    });
    expect(worseRow(state, CARD, 'tr')).toEqual({
      question: { text: TR.rows.slechter.question, lang: 'tr', byGp: false },
      answers: [
        {
          option: null,
          answer: { text: TR.rows.slechter.answers.slaapmiddel, lang: 'tr', byGp: false },
        },
      ],
    });
    const open = worseRow(consult(CARD), CARD, 'en');
    expect(open?.answers.map((a) => a.option?.text ?? null)).toEqual([
      EN.options['afwachten-slaapadvies'].title,
      EN.options.slaaptraining.title,
      EN.options.slaapmiddel.title,
    ]);
  });

  it('a partial translation: the sheet in that language, the rest in the card’s words', () => {
    const state = consult(CARD);
    expect(sheetLanguage('tr', state, CARD)).toBe('tr');
    expect(sheetKeepsDutch('tr', state, CARD)).toEqual({ byGp: false, byCard: true });
    expect(sheetKeepsDutch('en', state, CARD)).toEqual({ byGp: false, byCard: false });
  });

  it('an empty translation, or one with no text on the sheet, leaves the sheet Dutch', () => {
    const empty = withTranslations({ en: { review: { status: 'draft' } } });
    expect(sheetLanguage('en', consult(empty), empty)).toBe('nl');
    // Only the card's title and question, which the sheet does not show.
    const titleOnly = withTranslations({
      en: { review: { status: 'reviewed' }, title: EN.title, question: EN.question },
    });
    expect(sheetLanguage('en', consult(titleOnly), titleOnly)).toBe('nl');
    expect(sheetKeepsDutch('en', consult(titleOnly), titleOnly)).toEqual({
      byGp: false,
      byCard: false,
    });
  });

  it('a translation in a language the patient side does not have changes nothing', () => {
    const state = consult(CARD);
    expect(sheetLanguage('ar', state, CARD)).toBe('nl');
    expect(sheetOptions(state, CARD, 'ar')).toEqual(sheetOptions(state, CARD));
    const frenchOnly = withTranslations({ fr: vertaald.translations.fr });
    expect(sheetLanguage('en', consult(frenchOnly), frenchOnly)).toBe('nl');
    expect(sheetOptions(consult(frenchOnly), frenchOnly, 'en')).toEqual(
      sheetOptions(consult(frenchOnly), frenchOnly, 'nl'),
    );
  });

  it('a Dutch patient gets the Dutch card, translations or not', () => {
    expect(sheetLanguage('nl', consult(CARD), CARD)).toBe('nl');
    expect(sheetKeepsDutch('nl', consult(CARD), CARD)).toEqual({ byGp: false, byCard: false });
  });
});

/** Every translated text in a card's translations, to look for where it must not be. */
function translatedTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(translatedTexts);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'review' ? [] : translatedTexts(v),
    );
  }
  return [];
}

describe('the GP side stays Dutch', () => {
  const t = createI18n(summaryTexts).fixedT('nl');
  const { translations: _, ...bare } = vertaald;
  const PLAIN = keuzekaartSchema.parse(bare);
  const actions: ConsultAction[] = [
    { type: 'weight', key: 'slaaptraining/slaaptraining-voor-1', weight: 'erg' },
    { type: 'weight', key: 'slaapmiddel/slaapmiddel-tegen-1', weight: 'erg' },
    { type: 'decision', decision: { kind: 'keuze', optionId: 'slaaptraining' } },
    { type: 'decidedBy', decider: 'samen' },
    { type: 'afspraken', field: 'vangnet', value: CARD.vangnet ?? '' },
  ];
  const provenance = {
    app: 'Samenspraak 0.1.0',
    pack: null,
    keuzekaart: { id: CARD.id, version: CARD.version },
  };

  it('a translated card gives the consult, and so the SOEP summary, of the card without them', () => {
    const translated = consult(CARD, ...actions);
    expect(translated).toEqual(consult(PLAIN, ...actions));
    const text = renderSummary(summaryLines(translated, t, provenance));
    expect(text).toBe(renderSummary(summaryLines(consult(PLAIN, ...actions), t, provenance)));
    expect(text).toContain('Keuzekaart slecht-slapen 1.0.0 besproken.');
    expect(text).toContain('helpt vaak ook op lange duur');
    // No word of any translation, in the consult the GP sees and stores or in the summary.
    const foreign = translatedTexts(vertaald.translations);
    expect(foreign.length).toBeGreaterThan(30);
    const stored = JSON.stringify(translated);
    for (const words of foreign) {
      expect(text).not.toContain(words);
      expect(stored).not.toContain(words);
    }
  });
});
