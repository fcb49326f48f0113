import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTranslator, interpolate, pluralForm } from '../../src/i18n/translator';

const nl = {
  greeting: 'Hallo {{name}}',
  nested: { deeper: { text: 'diep' } },
  answered_zero: 'Nog niets ingevuld',
  answered_one: 'Eén vraag ingevuld',
  answered_other: '{{count}} vragen ingevuld',
  only: 'Alleen in het Nederlands',
  days_one: '{{count}} dag',
  days_other: '{{count}} dagen',
};
const en = { greeting: 'Hello {{name}}', nested: { deeper: { text: 'deep' } } };
const ar = {
  days_one: 'يوم واحد',
  days_two: 'يومان',
  days_few: '{{count}} أيام',
  days_other: '{{count}} يوم',
};

describe('translator', () => {
  it('finds dotted keys and fills in placeholders', () => {
    const i18n = createTranslator('nl', nl);
    expect(i18n.t('nested.deeper.text')).toBe('diep');
    expect(i18n.t('greeting', { name: 'Fatima' })).toBe('Hallo Fatima');
  });

  it('gives a missing key, or a key that names a branch, back as itself', () => {
    const i18n = createTranslator('nl', nl);
    expect(i18n.t('no.such.key')).toBe('no.such.key');
    expect(i18n.t('nested.deeper')).toBe('nested.deeper');
    expect(i18n.t('greeting.more')).toBe('greeting.more');
  });

  it('chooses the plural form by count, and the zero form for 0 where there is one', () => {
    const t = createTranslator('nl', nl).t;
    expect(t('answered', { count: 0 })).toBe('Nog niets ingevuld');
    expect(t('answered', { count: 1 })).toBe('Eén vraag ingevuld');
    expect(t('answered', { count: 7 })).toBe('7 vragen ingevuld');
    expect(t('days', { count: 0 })).toBe('0 dagen');
    expect(t('days', { count: 1.5 })).toBe('1.5 dagen');
  });

  it('uses the plural rules of the language, falling back to the other form', () => {
    const i18n = createTranslator('nl', nl);
    i18n.add('ar', ar);
    const t = i18n.fixedT('ar');
    expect(t('days', { count: 1 })).toBe('يوم واحد');
    expect(t('days', { count: 2 })).toBe('يومان');
    expect(t('days', { count: 3 })).toBe('3 أيام');
    // Arabic says "many" for 11; this text has no such form, so "other" stands in.
    expect(t('days', { count: 11 })).toBe('11 يوم');
    expect(pluralForm('ar', 11)).toBe('many');
    expect(pluralForm('pl', 5)).toBe('many');
    expect(pluralForm('nl', 1)).toBe('one');
    expect(pluralForm('en', 2)).toBe('other');
  });

  it('falls back to the fallback language, key by key', () => {
    const i18n = createTranslator('nl', nl);
    i18n.add('en', en);
    i18n.setLanguage('en');
    expect(i18n.t('greeting', { name: 'Ali' })).toBe('Hello Ali');
    expect(i18n.t('only')).toBe('Alleen in het Nederlands');
    expect(i18n.t('answered', { count: 2 })).toBe('2 vragen ingevuld');
  });

  it('keeps a fixed translator on its language when the widget switches', () => {
    const i18n = createTranslator('nl', nl);
    i18n.add('en', en);
    const dutch = i18n.fixedT('nl');
    i18n.setLanguage('en');
    expect(dutch('nested.deeper.text')).toBe('diep');
    expect(i18n.t('nested.deeper.text')).toBe('deep');
  });

  it('tells listeners of a real change only, and stops when asked', () => {
    const i18n = createTranslator('nl', nl);
    i18n.add('en', en);
    const heard: string[] = [];
    const stop = i18n.onLanguage((lang) => heard.push(lang));
    i18n.setLanguage('en');
    i18n.setLanguage('en');
    i18n.setLanguage('nl');
    stop();
    i18n.setLanguage('en');
    expect(heard).toEqual(['en', 'nl']);
    expect(i18n.language).toBe('en');
  });

  it('refuses a language whose texts are not loaded, and stays where it was', () => {
    const i18n = createTranslator('nl', nl);
    expect(i18n.has('en')).toBe(false);
    expect(() => i18n.setLanguage('en')).toThrow(/no texts/);
    expect(i18n.language).toBe('nl');
  });
});

describe('interpolate', () => {
  it('leaves a placeholder without a value as it is, and empties one set to null', () => {
    expect(interpolate('a {{x}} b')).toBe('a {{x}} b');
    expect(interpolate('a {{x}} b', { y: 1 })).toBe('a {{x}} b');
    expect(interpolate('a {{x}} b', { x: null })).toBe('a  b');
    expect(interpolate('a {{ x }} b', { x: 0 })).toBe('a 0 b');
    // Inherited names are not values.
    expect(interpolate('{{toString}}', {})).toBe('{{toString}}');
  });

  it('never reads a value as a template', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (value, other) => {
        const out = interpolate('[{{a}}|{{b}}]', { a: value, b: other });
        expect(out).toBe(`[${value}|${other}]`);
      }),
    );
    expect(interpolate('{{a}}', { a: '{{b}}', b: 'geheim' })).toBe('{{b}}');
    expect(interpolate('{{a}}', { a: '$&$1' })).toBe('$&$1');
  });
});
