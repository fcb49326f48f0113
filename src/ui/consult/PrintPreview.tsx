import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import nl from '../../../locales/nl.json';
import type { ConsultState } from '../../domain/consult';
import type { ContentPack } from '../../domain/contentpack';
import { createI18n, type I18n, LANGUAGES, languageOf, switchLocale } from '../../i18n';
import { I18nProvider, useT } from '../i18n';
import printCss from '../styles/print.css?inline';
import spiderwebCss from '../styles/spiderweb.css?inline';
import { TakeHome } from './TakeHome';

export interface PrintPreviewProps {
  state: ConsultState;
  date: number;
}

/**
 * The take-home sheet as a document of its own, in an iframe: shadow DOM styles do not reach a
 * print, so the sheet carries its own (constructed) stylesheets and prints alone. It is built
 * with DOM calls only, so it stays within the page's strict CSP.
 */
export function PrintPreview({ state, date }: PrintPreviewProps) {
  const t = useT();
  const frame = useRef<HTMLIFrameElement>(null);
  // The patient's language where the QR brought it; a consultcode does not carry it.
  const [locale, setLocale] = useState(state.handover?.detail?.locale ?? 'nl');
  const [ready, setReady] = useState<{ i18n: I18n; pack: ContentPack } | null>(null);

  useEffect(() => {
    let live = true;
    const i18n = createI18n(nl);
    void Promise.all([
      switchLocale(i18n, locale),
      import('../../content/packs').then((packs) => packs.loadBundledPack(locale)),
    ]).then(([, pack]) => {
      if (live && pack.ok) setReady({ i18n, pack: pack.pack });
    });
    return () => {
      live = false;
    };
  }, [locale]);

  useEffect(() => {
    const doc = frame.current?.contentDocument;
    const view = frame.current?.contentWindow;
    if (!doc || !view || !ready) return;
    doc.documentElement.lang = ready.i18n.language;
    doc.documentElement.dir = languageOf(ready.i18n.language).dir;
    doc.title = ready.i18n.t('takehome.title');
    // A sheet must be constructed by the document's own window to be adopted there.
    const Sheet = (view as unknown as typeof globalThis).CSSStyleSheet;
    const sheets = [printCss, spiderwebCss].map((css) => {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      return sheet;
    });
    doc.adoptedStyleSheets = sheets;
    render(
      <I18nProvider i18n={ready.i18n}>
        <TakeHome state={state} pack={ready.pack} date={date} />
      </I18nProvider>,
      doc.body,
    );
  }, [ready, state, date]);

  useEffect(() => {
    const body = frame.current?.contentDocument?.body;
    return () => {
      if (body) render(null, body);
    };
  }, []);

  return (
    <div class="print-preview">
      <label class="field-label" for="takehome-locale">
        {t('consult.takehome.language')}
      </label>
      <select
        id="takehome-locale"
        value={locale}
        onChange={(e) => setLocale(e.currentTarget.value)}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
      <iframe ref={frame} title={t('consult.takehome.preview')} class="print-frame" />
      <button
        type="button"
        class="primary"
        disabled={!ready}
        onClick={() => frame.current?.contentWindow?.print()}
      >
        {t('consult.takehome.print')}
      </button>
    </div>
  );
}
