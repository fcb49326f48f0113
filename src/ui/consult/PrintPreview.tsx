import type { Ref } from 'preact';
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import nl from '../../../locales/nl.json';
import type { ConsultState } from '../../domain/consult';
import type { ContentPack } from '../../domain/contentpack';
import type { Keuzekaart } from '../../domain/keuzekaart';
import {
  checkPractice,
  type NameProblem,
  PRACTICE_NAME_MAX,
  type Practice,
  TELEPHONE_DIGITS,
  type TelephoneProblem,
} from '../../domain/practice';
import { createI18n, LANGUAGES, languageOf, switchLocale } from '../../i18n';
import type { SettingsStore } from '../../storage/settings';
import { I18nProvider, useT } from '../i18n';
import printCss from '../styles/print.css?inline';
import spiderwebCss from '../styles/spiderweb.css?inline';
import { loadSheet } from './sheetloader';
import { TakeHome } from './TakeHome';
import { usePractice } from './usePractice';

/** What the sheet needs from the consult page besides the consult itself. */
export interface TakeHomeSources {
  /** The keuzekaarten the page has (bundled and imported), to find the consult's card. */
  cards?: readonly Keuzekaart[];
  /** Where the practice's name and telephone are kept; without it they last for this page. */
  settings?: SettingsStore | null;
}

export interface PrintPreviewProps extends TakeHomeSources {
  state: ConsultState;
  date: number;
}

/**
 * The take-home sheet as a document of its own, in an iframe: shadow DOM styles do not reach a
 * print, so the sheet carries its own (constructed) stylesheets and prints alone. It is built
 * with DOM calls only, so it stays within the page's strict CSP.
 */
export function PrintPreview({ state, date, cards = [], settings }: PrintPreviewProps) {
  const t = useT();
  const frame = useRef<HTMLIFrameElement>(null);
  // The patient's language, from the QR or a version 3 code; an older code does not carry it.
  const [locale, setLocale] = useState(
    state.handover?.detail?.locale ?? state.handover?.locale ?? 'nl',
  );
  // What the sheet says comes with the preview, not with the consult (`sheetloader.ts`).
  const [sheet, setSheet] = useState<Awaited<ReturnType<typeof loadSheet>> | null>(null);
  useEffect(() => {
    let live = true;
    void loadSheet().then((module) => live && setSheet(module));
    return () => {
      live = false;
    };
  }, []);
  const card = useMemo(
    () => sheet?.cardOf(state.keuzekaart, cards) ?? null,
    [sheet, state.keuzekaart, cards],
  );
  // Dutch throughout where the card or the GP's words are Dutch only (`sheetLanguage`).
  const lang = sheet ? sheet.sheetLanguage(locale, state, card) : null;
  // For the GP only: a draft translation is used, and the sheet never says it is one.
  const draft = sheet && card && lang === locale ? sheet.draftTranslation(card, locale) : null;
  const keeps = sheet?.sheetKeepsDutch(locale, state, card) ?? { byGp: false, byCard: false };
  const hints = [
    lang !== null && lang !== locale && 'takehome-in-dutch',
    draft && 'takehome-draft',
    keeps.byGp && 'takehome-keeps-gp',
    keeps.byCard && 'takehome-keeps-card',
  ].filter(Boolean);
  const { practice, save } = usePractice(settings);
  const [i18n] = useState(() => createI18n(nl));
  const [ready, setReady] = useState<{ locale: string; lang: string; pack: ContentPack } | null>(
    null,
  );

  useEffect(() => {
    if (lang === null) return;
    let live = true;
    void Promise.all([
      switchLocale(i18n, locale),
      import('../../content/packs').then((packs) => packs.loadBundledPack(lang)),
    ]).then(([, pack]) => {
      if (!live || !pack.ok) return;
      // The patient's texts are loaded now, for the line that says the sheet is in Dutch.
      if (i18n.has(lang)) i18n.setLanguage(lang);
      setReady({ locale, lang: i18n.language, pack: pack.pack });
    });
    return () => {
      live = false;
    };
  }, [i18n, locale, lang]);

  useEffect(() => {
    const doc = frame.current?.contentDocument;
    const view = frame.current?.contentWindow;
    if (!doc || !view || !ready || !sheet) return;
    doc.documentElement.lang = ready.lang;
    doc.documentElement.dir = languageOf(ready.lang).dir;
    doc.title = i18n.fixedT(ready.lang)('takehome.title');
    // A sheet must be constructed by the document's own window to be adopted there.
    const Sheet = (view as unknown as typeof globalThis).CSSStyleSheet;
    const sheets = [printCss, spiderwebCss].map((css) => {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      return sheet;
    });
    doc.adoptedStyleSheets = sheets;
    render(
      <I18nProvider i18n={i18n}>
        <TakeHome
          state={state}
          pack={ready.pack}
          date={date}
          content={sheet.sheetContent(state, card, ready.lang)}
          practice={practice}
          patientLang={ready.locale}
        />
      </I18nProvider>,
      doc.body,
    );
  }, [i18n, ready, sheet, state, date, card, practice]);

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
        aria-describedby={hints.length > 0 ? hints.join(' ') : undefined}
        onChange={(e) => setLocale(e.currentTarget.value)}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
      {lang !== null && lang !== locale && (
        <p id="takehome-in-dutch" class="field-hint">
          {t('consult.takehome.inDutch')}
        </p>
      )}
      {draft && (
        <p id="takehome-draft" class="field-hint">
          {t('consult.takehome.draft', { language: languageName(draft.lang) })}
          {draft.review.needs && (
            <> {t('consult.takehome.draftNeeds', { needs: draft.review.needs })}</>
          )}
        </p>
      )}
      {keeps.byGp && (
        <p id="takehome-keeps-gp" class="field-hint">
          {t('consult.takehome.keepsGp')}
        </p>
      )}
      {keeps.byCard && (
        <p id="takehome-keeps-card" class="field-hint">
          {t('consult.takehome.keepsCard')}
        </p>
      )}
      <iframe ref={frame} title={t('consult.takehome.preview')} class="print-frame" />
      <button
        type="button"
        class="primary"
        disabled={!ready}
        onClick={() => frame.current?.contentWindow?.print()}
      >
        {t('consult.takehome.print')}
      </button>
      <PracticeForm practice={practice} onSave={save} />
    </div>
  );
}

/** A language's name in Dutch ("Engels"), or its code where the browser has no name for it. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['nl'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Praktijkgegevens": the practice's name and telephone for every sheet, or neither. */
function PracticeForm(props: {
  practice: Practice | null;
  onSave: (practice: Practice | null) => Promise<boolean>;
}) {
  const t = useT();
  const { practice } = props;
  const [name, setName] = useState(practice?.name ?? '');
  const [telephone, setTelephone] = useState(practice?.telephone ?? '');
  // The stored practice when it arrives, and as it was kept after saving (spaces tidied).
  useEffect(() => {
    setName(practice?.name ?? '');
    setTelephone(practice?.telephone ?? '');
  }, [practice]);
  const [problems, setProblems] = useState<{
    name: NameProblem | null;
    telephone: TelephoneProblem | null;
  }>({ name: null, telephone: null });
  const [outcome, setOutcome] = useState<'saved' | 'cleared' | 'failed' | null>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const telephoneField = useRef<HTMLInputElement>(null);

  const submit = async () => {
    setOutcome(null);
    const checked = checkPractice({ name, telephone });
    if (!checked.ok) {
      setProblems({ name: checked.name, telephone: checked.telephone });
      (checked.name ? nameField : telephoneField).current?.focus();
      return;
    }
    setProblems({ name: null, telephone: null });
    const stored = await props.onSave(checked.practice);
    setOutcome(stored ? (checked.practice ? 'saved' : 'cleared') : 'failed');
  };

  return (
    <form
      class="practice-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{t('consult.takehome.practice.legend')}</legend>
        <p id="practice-hint" class="field-hint">
          {t('consult.takehome.practice.hint')}
        </p>
        <PracticeField
          id="practice-name"
          label={t('consult.takehome.practice.name')}
          value={name}
          onInput={setName}
          fieldRef={nameField}
          error={
            problems.name &&
            t(`consult.takehome.practice.nameErrors.${problems.name}`, { max: PRACTICE_NAME_MAX })
          }
        />
        <PracticeField
          id="practice-telephone"
          label={t('consult.takehome.practice.telephone')}
          value={telephone}
          onInput={setTelephone}
          fieldRef={telephoneField}
          inputMode="tel"
          error={
            problems.telephone &&
            t(`consult.takehome.practice.telephoneErrors.${problems.telephone}`, TELEPHONE_DIGITS)
          }
        />
        <div class="actions">
          <button type="submit">{t('consult.takehome.practice.save')}</button>
        </div>
        <p role="status" class="field-hint">
          {outcome && outcome !== 'failed' && t(`consult.takehome.practice.${outcome}`)}
        </p>
        {outcome === 'failed' && (
          <p class="field-error" role="alert">
            {t('consult.takehome.practice.failed')}
          </p>
        )}
      </fieldset>
    </form>
  );
}

interface PracticeFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  fieldRef: Ref<HTMLInputElement>;
  inputMode?: 'tel';
  /** The problem in words, or null: shown under the field and read with it. */
  error: string | null;
}

/** One field of the practice form, described by the form's hint and by its own problem. */
function PracticeField({
  id,
  label,
  value,
  onInput,
  fieldRef,
  inputMode,
  error,
}: PracticeFieldProps) {
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <input
        ref={fieldRef}
        id={id}
        type="text"
        inputMode={inputMode}
        autocomplete="off"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error practice-hint` : 'practice-hint'}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
