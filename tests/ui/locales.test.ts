import { describe, expect, it } from 'vitest';
import huisarts from '../../locales/huisarts/nl.json';
import languages from '../../locales/languages.json';
import nl from '../../locales/nl.json';
import summary from '../../locales/summary/nl.json';
import { createI18n, LANGUAGES, switchLocale } from '../../src/i18n';

const locales = import.meta.glob<Record<string, unknown>>(
  ['../../locales/*.json', '!../../locales/languages.json'],
  { eager: true, import: 'default' },
);

/** Every key path to a string, e.g. `patient.web.title`. */
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  if (typeof tree !== 'object' || tree === null) return [`${prefix} (not text)`];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** i18next's plural suffixes: `key_one`, `key_other`, and `key_zero` for a count of 0. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const pluralBase = (key: string) => key.replace(PLURAL, '');

/**
 * The placeholders a text may use, whichever plural form it is: the union over its forms. A
 * form for exactly one may leave out {{count}}; `count` then counts as used.
 */
function placeholdersOf(tree: unknown, base: string): string[] {
  const forms = keys(tree).filter((k) => pluralBase(k) === base);
  const plural = forms.some((k) => PLURAL.test(k));
  const all = new Set(forms.flatMap((k) => placeholders(textAt(tree, k))));
  if (plural) all.add('count');
  return [...all].sort();
}

/** The {{placeholders}} in a text, sorted. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

function textAt(tree: unknown, path: string): string {
  const value = path
    .split('.')
    .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree);
  return String(value);
}

describe('locales', () => {
  it('names every language in its own language, with a file for each', () => {
    expect(LANGUAGES).toEqual(languages);
    for (const language of LANGUAGES) {
      expect(language.code).toMatch(/^[a-z]{2,3}$/);
      expect(['ltr', 'rtl']).toContain(language.dir);
      expect(Object.keys(locales)).toContain(`../../locales/${language.code}.json`);
    }
    expect(LANGUAGES.map((l) => l.name)).toEqual([
      'Nederlands',
      'English',
      'العربية',
      'Türkçe',
      'Polski',
      'Українська',
    ]);
  });

  it('translates every patient text, with the same placeholders', () => {
    // The review status is about the file, not a text: a draft says what it still needs.
    const texts = (tree: unknown) =>
      [...new Set(keys(tree).map(pluralBase))].filter((k) => !k.startsWith('review.')).sort();
    const dutch = texts(nl);
    for (const [file, tree] of Object.entries(locales)) {
      expect(texts(tree), file).toEqual(dutch);
      for (const key of dutch) {
        expect(placeholdersOf(tree, key), `${file}: ${key}`).toEqual(placeholdersOf(nl, key));
      }
    }
  });

  it('gives every counted text the plural forms its language needs, or one text for all', () => {
    for (const [file, tree] of [
      ...Object.entries(locales),
      ['huisarts/nl.json', huisarts] as const,
    ]) {
      const lang = file.match(/(\w+)\.json$/)?.[1] ?? 'nl';
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const forms = new Map<string, string[]>();
      for (const key of keys(tree)) {
        const form = PLURAL.exec(key)?.[1];
        if (form) forms.set(pluralBase(key), [...(forms.get(pluralBase(key)) ?? []), form]);
      }
      for (const [base, present] of forms) {
        for (const category of needed) expect(present, `${file}: ${base}`).toContain(category);
        // The "other" form is the one that says the number.
        expect(textAt(tree, `${base}_other`), `${file}: ${base}`).toContain('{{count}}');
      }
    }
  });

  it('keeps the GP texts apart from the patient texts, with no key in both', () => {
    const patientTop = Object.keys(nl);
    for (const top of [...Object.keys(huisarts), ...Object.keys(summary)]) {
      expect(patientTop).not.toContain(top);
    }
    for (const top of Object.keys(summary)) expect(Object.keys(huisarts)).not.toContain(top);
  });

  it("gives each of a consult step's choices its own single letter", () => {
    // Two choices on one letter would leave one of them unreachable by its key.
    const steps = Object.entries(huisarts.consult as Record<string, unknown>).flatMap(
      ([step, texts]) => {
        const letters = (texts as { keys?: unknown }).keys;
        return typeof letters === 'object' && letters !== null
          ? [[step, Object.values(letters) as string[]] as const]
          : [];
      },
    );
    expect(steps.map(([step]) => step)).toEqual(expect.arrayContaining(['keuze', 'samenvatting']));
    for (const [step, letters] of steps) {
      const values = letters.map((letter) => letter.toLowerCase());
      for (const letter of values) expect(letter, step).toMatch(/^[a-z]$/);
      expect(new Set(values).size, step).toBe(values.length);
    }
  });

  it('has no empty text', () => {
    for (const tree of [nl, huisarts, summary, ...Object.values(locales)]) {
      for (const key of keys(tree)) expect(textAt(tree, key).trim(), key).not.toBe('');
    }
  });

  it('switches one widget to English without touching another', async () => {
    const one = createI18n(nl);
    const two = createI18n(nl);
    expect(await switchLocale(one, 'en')).toBe(true);
    expect(one.t('patient.welcome.title')).toBe('Welcome');
    expect(two.t('patient.welcome.title')).toBe('Welkom');
    expect(await switchLocale(one, 'xx')).toBe(false);
    expect(one.language).toBe('en');
  });
});
