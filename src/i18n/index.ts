import languageList from '../../locales/languages.json';
import { localeLoader } from './locales';
import { createTranslator, type I18n, type Resources } from './translator';

/** A language the patient can choose, named in its own language. */
export interface Language {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

// Bundled with the code and checked by a unit test: not a boundary where outside data comes in.
export const LANGUAGES = languageList as readonly Language[];

export const DEFAULT_LOCALE = 'nl';

export function isLocale(code: unknown): code is string {
  return typeof code === 'string' && LANGUAGES.some((l) => l.code === code);
}

export function languageOf(code: string): Language {
  return LANGUAGES.find((l) => l.code === code) ?? { code: 'nl', name: 'Nederlands', dir: 'ltr' };
}

/**
 * One translator per widget. Dutch is bundled and always available; it is also the fallback for a
 * missing key. The patient widget passes locales/nl.json; the consult adds the Dutch-only GP
 * texts of locales/huisarts/.
 */
export function createI18n(nl: Resources): I18n {
  return createTranslator(DEFAULT_LOCALE, nl);
}

/** Load a locale when needed and switch to it. Resolves false when the locale cannot load. */
export async function switchLocale(instance: I18n, code: string): Promise<boolean> {
  if (!isLocale(code)) return false;
  if (!instance.has(code)) {
    const load = localeLoader(code);
    if (!load) return false;
    try {
      instance.add(code, await load());
    } catch {
      return false;
    }
  }
  instance.setLanguage(code);
  return true;
}

/** Start loading a locale without switching to it (while the patient reads the first screen). */
export function prefetchLocale(code: string): void {
  void localeLoader(code)?.().catch(() => undefined);
}

export type { I18n, Resources, TFunction, TOptions } from './translator';
