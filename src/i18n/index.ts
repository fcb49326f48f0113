import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import languageList from '../../locales/languages.json';
import { localeLoader, type Resources } from './locales';

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

export type { Resources };

/**
 * One i18next instance per widget, so two widgets on one page never share a language by accident.
 * Dutch is bundled and always available; it is also the fallback for a missing key. The patient
 * widget passes locales/nl.json; the consult adds the Dutch-only GP texts of locales/huisarts/.
 */
export function createI18n(nl: Resources): I18n {
  const instance = i18next.createInstance();
  // With resources given and initAsync off, init completes synchronously.
  void instance.init({
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    resources: { nl: { translation: nl } },
    interpolation: { escapeValue: false }, // Preact escapes all text; i18next must not double it.
    // Said outright, so i18next skips guessing for every key whether it is a path or a sentence
    // (a regular expression per call, a tenth of the first screen's script on a slow tablet).
    keySeparator: '.',
    nsSeparator: false,
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Load a locale when needed and switch to it. Resolves false when the locale cannot load. */
export async function switchLocale(instance: I18n, code: string): Promise<boolean> {
  if (!isLocale(code)) return false;
  if (!instance.hasResourceBundle(code, 'translation')) {
    const load = localeLoader(code);
    if (!load) return false;
    try {
      instance.addResourceBundle(code, 'translation', await load());
    } catch {
      return false;
    }
  }
  await instance.changeLanguage(code);
  return true;
}

/** Start loading a locale without switching to it (while the patient reads the first screen). */
export function prefetchLocale(code: string): void {
  void localeLoader(code)?.().catch(() => undefined);
}

export type { I18n, TFunction };
