import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import texts from '../../locales/cardcheck/nl.json';
import { checkKeuzekaart } from '../../src/domain/cardcheck';
import {
  addFillIn,
  addOption,
  addPoint,
  addRow,
  aYearLater,
  byReviewDate,
  cardFromDraft,
  completeNumbers,
  copyDraft,
  draftFromCard,
  draftFromOptions,
  emptyDraft,
  idFromTitle,
  isOverdue,
  moveOption,
  newCardId,
  nextVersion,
  removeOption,
  sameCard,
  updateOption,
} from '../../src/domain/cardedit';
import type { ConsultOption } from '../../src/domain/consult';
import { textId } from '../../src/domain/contentpack';
import { type Keuzekaart, keuzekaartSchema } from '../../src/domain/keuzekaart';
import { createI18n } from '../../src/i18n';
import { cardDraftSchema } from '../../src/storage/keuzekaarten';

const t = createI18n(texts).fixedT('nl');
const files = import.meta.glob<unknown>('../../content/keuzekaarten/*.json', {
  eager: true,
  import: 'default',
});
const bundled = Object.values(files).map((data) => keuzekaartSchema.parse(data));
const somberheid = bundled.find((c) => c.id === 'somberheid') as Keuzekaart;
const problems = (draft: ReturnType<typeof emptyDraft>) =>
  checkKeuzekaart(cardFromDraft(draft), t).map((p) => `${p.fieldId}: ${p.message}`);

describe('a card in the form and back', () => {
  it.each(bundled.map((c) => [c.id, c] as const))('%s reads back unchanged', (_id, card) => {
    const draft = draftFromCard(card);
    expect(cardDraftSchema.safeParse(draft).success).toBe(true);
    expect(keuzekaartSchema.parse(cardFromDraft(draft))).toEqual(card);
  });

  it('for any texts typed into a card: valid exactly when the checker finds nothing', () => {
    const typed = fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 20 }));
    fc.assert(
      fc.property(typed, typed, typed, typed, fc.string({ maxLength: 4 }), (a, b, c, d, n) => {
        let draft = draftFromCard(somberheid);
        draft = { ...draft, title: a, conflicts: b, authors: [c, ''] };
        draft = updateOption(draft, 1, (o) => ({
          ...o,
          numbers: [{ count: n, text: d }],
          pros: o.pros.map((p, i) => (i === 0 ? { ...p, summary: b } : p)),
        }));
        const data = cardFromDraft(draft);
        const valid = keuzekaartSchema.safeParse(data).success;
        expect(checkKeuzekaart(data, t).length === 0).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves empty optional texts out, keeps empty required ones to be named', () => {
    const draft = draftFromCard(somberheid);
    draft.vangnet = ' ';
    draft.options[0] = { ...draft.options[0], title: '' } as (typeof draft.options)[0];
    const data = cardFromDraft(draft);
    expect(data).not.toHaveProperty('vangnet');
    expect(problems(draft)).toEqual(['option-0-title: De titel van optie 1 is leeg.']);
  });

  it('names a number that is no whole number from 0 to 100', () => {
    const draft = updateOption(draftFromCard(somberheid), 0, (o) => ({
      ...o,
      numbers: [
        { count: 'dertig', text: 'voelen zich beter' },
        { count: '101', text: 'x' },
        { count: '30', text: 'voelen zich na 3 maanden beter' },
      ],
    }));
    expect(problems(draft)).toEqual([
      'option-0-numbers-0-count: Optie 1, getal 1: het aantal van de 100 moet een heel getal van 0 tot en met 100 zijn.',
      'option-0-numbers-1-count: Optie 1, getal 2: het aantal van de 100 moet een heel getal van 0 tot en met 100 zijn.',
    ]);
  });
});

describe('the numbers a preview shows', () => {
  it('only whole ones from 0 to 100 with words', () => {
    const option = {
      ...(draftFromCard(somberheid).options[0] as ReturnType<typeof draftFromCard>['options'][0]),
      numbers: [
        { count: ' 30 ', text: 'voelen zich beter' },
        { count: '101', text: 'te veel' },
        { count: 'dertig', text: 'geen getal' },
        { count: '5', text: '  ' },
        { count: '0', text: 'niemand' },
      ],
    };
    expect(completeNumbers(option)).toEqual([
      { count: 30, text: 'voelen zich beter' },
      { count: 0, text: 'niemand' },
    ]);
  });
});

describe('a new card', () => {
  it('starts with one option and afwachten, published today, reviewed in a year', () => {
    const draft = emptyDraft('2026-12-03', 'Afwachten');
    expect(draft.options.map((o) => [o.title, o.afwachten])).toEqual([
      ['', false],
      ['Afwachten', true],
    ]);
    expect([draft.publishedAt, draft.reviewBy]).toEqual(['2026-12-03', '2027-12-03']);
  });

  it('names every empty field at once, in the form’s words', () => {
    const draft = emptyDraft('2026-12-03', 'Afwachten');
    draft.id = 'nieuw';
    expect(problems(draft)).toEqual([
      'card-title: De titel is leeg.',
      'card-question: De keuzevraag is leeg.',
      'card-source: De bron is leeg.',
      'card-licence: De licentie is leeg.',
      'option-0-title: De titel van optie 1 is leeg.',
      'option-0-description: De uitleg bij optie 1 is leeg.',
      'option-1-description: De uitleg bij optie 2 is leeg.',
    ]);
  });

  it('gets an id from its title, free of the ids taken', () => {
    expect(idFromTitle('Knieklachten: wel of géén MRI?')).toBe('knieklachten-wel-of-geen-mri');
    expect(idFromTitle('???')).toBe('keuzekaart');
    expect(idFromTitle('x'.repeat(60))).toHaveLength(40);
    expect(newCardId('Somberheid', new Set(['somberheid', 'somberheid-2']))).toBe('somberheid-3');
    fc.assert(
      fc.property(fc.string(), (title) => textId.safeParse(newCardId(title, new Set())).success),
    );
  });
});

describe('editing the options', () => {
  const start = () => emptyDraft('2026-12-03', 'Afwachten');

  it('adds an option before afwachten, up to six', () => {
    let draft = start();
    for (let i = 0; i < 10; i += 1) draft = addOption(draft);
    expect(draft.options).toHaveLength(6);
    expect(draft.options.at(-1)?.afwachten).toBe(true);
    expect(new Set(draft.options.map((o) => o.id)).size).toBe(6);
  });

  it('never removes afwachten; removing an option drops its answers in the rows', () => {
    let draft = addRow(start());
    const id = draft.options[0]?.id as string;
    draft = {
      ...draft,
      rows: draft.rows.map((r) => ({ ...r, answers: { [id]: 'ja', afwachten: 'nee' } })),
    };
    expect(removeOption(draft, 1)).toBe(draft);
    const after = removeOption(draft, 0);
    expect(after.options.map((o) => o.id)).toEqual(['afwachten']);
    expect(after.rows[0]?.answers).toEqual({ afwachten: 'nee' });
  });

  it('moves an option up and down, not past either end', () => {
    const draft = addOption(start());
    const ids = draft.options.map((o) => o.id);
    expect(moveOption(draft, 0, -1)).toBe(draft);
    expect(moveOption(draft, 2, 1)).toBe(draft);
    expect(moveOption(draft, 2, -1).options.map((o) => o.id)).toEqual([ids[0], ids[2], ids[1]]);
  });

  it('gives every new point, row and field an id of its own', () => {
    let draft = start();
    for (let i = 0; i < 10; i += 1) draft = addPoint(addPoint(draft, 0, 'pros'), 0, 'cons');
    draft = addFillIn(addFillIn(addRow(addRow(draft))));
    const option = draft.options[0];
    expect([option?.pros.length, option?.cons.length]).toEqual([8, 8]);
    const ids = [
      ...(option?.pros ?? []),
      ...(option?.cons ?? []),
      ...draft.rows,
      ...draft.fillIns,
    ].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('starting points', () => {
  it('a copy gets a new id on save, "(kopie)", version 1.0.0 and stays an example', () => {
    const copy = copyDraft(somberheid, 'kopie', '2026-12-03');
    expect([copy.id, copy.version, copy.example]).toEqual(['', '1.0.0', somberheid.example]);
    expect(copy.title).toBe(`${somberheid.title} (kopie)`);
    expect(copy.options).toEqual(draftFromCard(somberheid).options);
  });

  it('the options typed in a consult, afwachten kept once', () => {
    const typed: ConsultOption[] = [
      {
        id: 'optie-x',
        title: 'Fysiotherapie',
        description: 'Oefenen met een fysiotherapeut.',
        pros: [{ id: 'p', text: 'Sterker worden' }],
        cons: [{ id: 'c', text: 'Kost tijd' }],
        dimensions: ['lichaam'],
        afwachten: false,
      },
      {
        id: 'afw',
        title: 'Nog even afwachten',
        description: '',
        pros: [],
        cons: [],
        dimensions: [],
        afwachten: true,
      },
    ];
    const draft = draftFromOptions(typed, '2026-12-03', 'Afwachten');
    expect(draft.options.map((o) => [o.id, o.title, o.afwachten])).toEqual([
      ['optie-1', 'Fysiotherapie', false],
      ['afwachten', 'Nog even afwachten', true],
    ]);
    expect(draft.options[0]?.pros).toEqual([
      { id: 'optie-1-voor-1', text: 'Sterker worden', summary: '' },
    ]);
    const without = draftFromOptions(typed.slice(0, 1), '2026-12-03', 'Afwachten');
    expect(without.options.filter((o) => o.afwachten).map((o) => o.title)).toEqual(['Afwachten']);
  });
});

describe('versions and review dates', () => {
  it('an edited card goes up a minor version', () => {
    expect(nextVersion('1.0.0')).toBe('1.1.0');
    expect(nextVersion('1.9.3')).toBe('1.10.0');
    expect(nextVersion('rommel')).toBe('1.0.0');
  });

  it('an unchanged card is the same card whatever its version', () => {
    expect(sameCard(somberheid, { ...somberheid, version: '9.0.0' })).toBe(true);
    expect(sameCard(somberheid, { ...somberheid, title: 'Anders' })).toBe(false);
  });

  it('is overdue the day after its review date, and cards list by review date', () => {
    expect(isOverdue({ reviewBy: '2026-12-02' }, '2026-12-03')).toBe(true);
    expect(isOverdue({ reviewBy: '2026-12-03' }, '2026-12-03')).toBe(false);
    const cards = [
      { title: 'b', reviewBy: '2027-01-01' },
      { title: 'a', reviewBy: '2027-01-01' },
      { title: 'c', reviewBy: '2026-01-01' },
    ];
    expect(byReviewDate(cards).map((c) => c.title)).toEqual(['c', 'a', 'b']);
    expect(aYearLater('2028-02-29')).toBe('2029-03-01');
    expect(aYearLater('')).toBe('');
  });
});
