import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { type I18n, languageOf, type TFunction } from '../i18n';

interface I18nValue {
  i18n: I18n;
  t: TFunction;
  lang: string;
  dir: 'ltr' | 'rtl';
}

const I18nContext = createContext<I18nValue | null>(null);

/** Provides one widget's i18next instance; re-renders the tree when its language changes. */
export function I18nProvider({ i18n, children }: { i18n: I18n; children: ComponentChildren }) {
  const [lang, setLang] = useState(i18n.language);
  useEffect(() => {
    const stop = i18n.onLanguage(setLang);
    setLang(i18n.language);
    return stop;
  }, [i18n]);
  const value = useMemo(
    () => ({ i18n, t: i18n.fixedT(lang), lang, dir: languageOf(lang).dir }),
    [i18n, lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export function useT(): TFunction {
  return useI18n().t;
}
