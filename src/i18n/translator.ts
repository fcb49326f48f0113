/**
 * A small translator for the locale files (i18next's JSON v4 format: nested keys, `{{name}}`
 * placeholders, plural forms as `key_one` / `key_other`, and `key_zero` for a count of 0).
 * It replaces i18next, whose set-up and per-call option handling were a third of a slow
 * tablet's first screen, and 15 kB of the bundle.
 */

/** A translation bundle: nested keys to strings, as in locales/*.json. */
export type Resources = Record<string, unknown>;

/** Placeholder values, and `count` to choose a plural form. */
export type TOptions = Readonly<Record<string, unknown>>;

/** Translate a dotted key; a key not found comes back as itself, so a gap is visible. */
export type TFunction = (key: string, options?: TOptions) => string;

/** One widget's translations and its current language. */
export interface I18n {
  /** The language shown now. */
  readonly language: string;
  /** Translate in the current language, then in the fallback language. */
  readonly t: TFunction;
  /** A translator fixed to one language, whatever is chosen later. */
  fixedT(language: string): TFunction;
  /** Whether the texts of a language are loaded. */
  has(language: string): boolean;
  /** Add (or replace) the texts of a language. */
  add(language: string, resources: Resources): void;
  /** Show another language; its texts must be loaded. Listeners hear of the change. */
  setLanguage(language: string): void;
  /** Hear of language changes; returns the function that stops it. */
  onLanguage(listener: (language: string) => void): () => void;
}

const rules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of a count in a language. */
export function pluralForm(language: string, count: number): Intl.LDMLPluralRule {
  // Dutch and English need no Intl: the first Intl.PluralRules costs tens of milliseconds on a
  // slow tablet, and these two have the one rule "1 is one, the rest is other" for whole numbers.
  if ((language === 'nl' || language === 'en') && Number.isInteger(count)) {
    return count === 1 ? 'one' : 'other';
  }
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return rule.select(count);
}

/** The string at a dotted path, or undefined (also when the path ends at a branch). */
function textAt(tree: Resources, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Resources)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function find(tree: Resources, language: string, key: string, count: unknown): string | undefined {
  if (typeof count !== 'number') return textAt(tree, key);
  return (
    (count === 0 ? textAt(tree, `${key}_zero`) : undefined) ??
    textAt(tree, `${key}_${pluralForm(language, count)}`) ??
    textAt(tree, `${key}_other`) ??
    textAt(tree, key)
  );
}

/**
 * Fill in `{{name}}` placeholders in one pass: a value is never read as a template itself, so
 * text the GP typed cannot pull in other values. A placeholder without a value stays as it is.
 */
export function interpolate(text: string, options?: TOptions): string {
  if (!options || !text.includes('{{')) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = Object.hasOwn(options, name) ? options[name] : undefined;
    if (value === undefined) return whole;
    return value === null ? '' : String(value);
  });
}

/**
 * A translator with the fallback language's texts loaded, showing that language. Each widget
 * makes its own, so two widgets on one page never share a language by accident.
 */
export function createTranslator(fallback: string, resources: Resources): I18n {
  const bundles = new Map<string, Resources>([[fallback, resources]]);
  const listeners = new Set<(language: string) => void>();
  let language = fallback;

  const fixedT =
    (lang: string): TFunction =>
    (key, options) => {
      const count = options?.count;
      const own = bundles.get(lang);
      const text =
        (own && find(own, lang, key, count)) ??
        (lang === fallback ? undefined : find(resources, fallback, key, count));
      return text === undefined ? key : interpolate(text, options);
    };

  return {
    get language() {
      return language;
    },
    t: (key, options) => fixedT(language)(key, options),
    fixedT,
    has: (lang) => bundles.has(lang),
    add: (lang, texts) => {
      bundles.set(lang, texts);
    },
    setLanguage(next) {
      if (!bundles.has(next)) throw new Error(`no texts loaded for "${next}"`);
      if (next === language) return;
      language = next;
      for (const listener of listeners) listener(next);
    },
    onLanguage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
