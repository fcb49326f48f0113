import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { PackResult } from '../../content/packs';
import { DEFAULT_PACK } from '../../domain/packregistry';
import {
  initialVragenlijst,
  PATIENT_STEPS,
  type PatientStep,
  type VragenlijstAction,
  type VragenlijstState,
  vragenlijstReducer,
} from '../../domain/vragenlijst';
import {
  DEFAULT_LOCALE,
  type I18n,
  LANGUAGES,
  languageOf,
  prefetchLocale,
  switchLocale,
} from '../../i18n';
import { createAutosaver, type SaveStatus } from '../../storage/autosave';
import type { Connection } from '../../storage/database';
import type { PatientStorage } from '../../storage/patientdraft';
import type { VragenlijstAttributes as VragenlijstSettings } from '../attributes';
import type { WidgetError } from '../element';
import { I18nProvider, useI18n, useT } from '../i18n';
import { StepFocus } from '../StepHeading';
import { useAutosave } from '../useAutosave';
import { useStorageReports } from '../useStorageReports';
import { IdleGuard } from './IdleGuard';
import type { Handoff } from './KlaarStep';
import { Welkom } from './Welkom';

type Steps = typeof import('./steps');
const loadSteps = () => import('./steps');

export interface VragenlijstProps {
  i18n: I18n;
  /**
   * The host's settings, or null while their parser loads: the welcome screen does not wait for
   * it, and storage is read only once it is known whether this is a shared tablet.
   */
  settings: VragenlijstSettings | null;
  /** Storage, opened by the widget entry; IndexedDB or memory. */
  storage: Promise<PatientStorage>;
  /** Called when the patient reaches "Klaar", with the code and the QR payload. */
  onHandover?: (handoff: Handoff) => void;
  /** Called when something the host should know about goes wrong. */
  onError?: (error: WidgetError) => void;
}

type Action =
  | VragenlijstAction
  | { type: 'restore'; state: VragenlijstState }
  | { type: 'reset'; locale: string };

function reducer(state: VragenlijstState, action: Action): VragenlijstState {
  if (action.type === 'restore') return action.state;
  if (action.type === 'reset') return initialVragenlijst(DEFAULT_PACK, action.locale);
  return vragenlijstReducer(state, action);
}

export function Vragenlijst(props: VragenlijstProps) {
  return (
    <I18nProvider i18n={props.i18n}>
      <VragenlijstFlow {...props} />
    </I18nProvider>
  );
}

function VragenlijstFlow(props: VragenlijstProps) {
  const { i18n, settings, storage, onHandover, onError } = props;
  const startLocale = settings?.locale ?? DEFAULT_LOCALE;
  const kiosk = settings?.kiosk ?? false;
  const { t, lang } = useI18n();
  const [state, dispatchRaw] = useReducer(reducer, undefined, () =>
    initialVragenlijst(DEFAULT_PACK, startLocale),
  );
  const [connection, setConnection] = useState<Connection | null>(null);
  const [drafts, setDrafts] = useState<PatientStorage['drafts'] | null>(null);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('saved');
  const [outdated, setOutdated] = useState(false);
  const [resumed, setResumed] = useState(false);
  const [navigated, setNavigated] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [steps, setSteps] = useState<Steps | null>(null);
  const [pack, setPack] = useState<PackResult | null>(null);
  const [packAttempt, setPackAttempt] = useState(0);
  // Only what a patient entered is worth saving: a pristine welcome screen leaves no record.
  const touched = useRef(false);

  const autosaver = useMemo(
    () =>
      drafts &&
      createAutosaver((s: VragenlijstState) => drafts.save(s), {
        onStatus: (status) => setSaveStatus(status),
      }),
    [drafts],
  );

  useEffect(() => {
    let live = true;
    void loadSteps().then((m) => live && setSteps(m));
    for (const language of LANGUAGES) prefetchLocale(language.code);
    return () => {
      live = false;
    };
  }, []);

  // Open storage and resume a draft, unless a shared tablet's draft has gone stale. This waits
  // for the settings, but only once: later attribute changes never reload a draft.
  const ready = settings !== null;
  const startSettings = useRef(settings);
  startSettings.current ??= settings;
  useEffect(() => {
    const start = startSettings.current;
    if (!ready || !start) return;
    let live = true;
    void storage.then(async ({ connection: conn, drafts: store }) => {
      const draft = await store.load().catch(() => null);
      if (!live) return;
      const age = draft ? Date.now() - draft.savedAt : 0;
      const stale = draft !== null && start.kiosk && age > start.idleSeconds * 1000;
      if (stale) await store.wipe().catch(() => undefined);
      if (draft && !stale) {
        touched.current = true;
        dispatchRaw({ type: 'restore', state: draft.state });
        setResumed(true);
      } else if (!touched.current) {
        // The host's language, unless the patient already chose one.
        dispatchRaw({ type: 'reset', locale: start.locale });
      }
      setConnection(conn);
      setDrafts(store);
    });
    return () => {
      live = false;
    };
  }, [storage, ready]);

  useEffect(() => {
    if (!connection) return;
    return connection.subscribe((event) => event === 'outdated' && setOutdated(true));
  }, [connection]);

  // Keep the language of the screen and of the stored preparation the same.
  const locale = state.preparation.locale;
  useEffect(() => {
    if (locale !== lang) void switchLocale(i18n, locale);
  }, [locale, lang, i18n]);

  const reportError = useStorageReports(connection?.kind ?? null, saveStatus, onError, 'answers');

  // The host's own pack where it names one and it loads; Samenspraak's own otherwise.
  const packUrl = settings?.pack ?? null;
  useEffect(() => {
    if (!ready) return;
    let live = true;
    setPack(null);
    void import('../../content/packs').then(async (packs) => {
      const own = packUrl === null ? null : await packs.loadPackFrom(packUrl, locale);
      if (own && !own.ok) {
        const message = `samenspraak: the pack at "${packUrl}" could not be used (${own.reason}); using the built-in pack.`;
        console.warn(message);
        reportError({ kind: 'pack', message });
      }
      const result = own?.ok ? own : await packs.loadBundledPack(locale);
      if (live) setPack(result);
    });
    return () => {
      live = false;
    };
  }, [locale, packAttempt, ready, packUrl]);

  const dispatch = useCallback((action: VragenlijstAction) => {
    touched.current = true;
    if (action.type === 'step') setNavigated(true);
    dispatchRaw(action);
  }, []);

  useAutosave(autosaver, state, () => touched.current && !outdated, outdated);

  const wipe = useCallback(async () => {
    autosaver?.cancel();
    touched.current = false;
    await drafts?.wipe().catch(() => undefined);
    dispatchRaw({ type: 'reset', locale: startLocale });
    setResumed(false);
    setNavigated(true);
    setAnnouncement(t('patient.wiped'));
  }, [autosaver, drafts, t, startLocale]);

  const handoff: Handoff | null = useMemo(
    () =>
      state.step === 'klaar' && steps && pack?.ok
        ? steps.makeHandoff(state.preparation, pack.pack)
        : null,
    [state.step, state.preparation, steps, pack],
  );
  useEffect(() => {
    if (handoff) onHandover?.(handoff);
  }, [handoff, onHandover]);

  const stepIndex = PATIENT_STEPS.indexOf(state.step);
  const go = (step: PatientStep) => dispatch({ type: 'step', step });
  const next = PATIENT_STEPS[stepIndex + 1];
  const previous = PATIENT_STEPS[stepIndex - 1];
  const { dir } = languageOf(lang);

  return (
    <section class="app" lang={lang} dir={dir} aria-label={t('patient.label')}>
      <StepNav current={state.step} />
      {connection?.kind === 'memory' && <p class="notice">{t('storage.memory')}</p>}
      {saveStatus === 'failed' && (
        <p class="notice" role="alert">
          {t('storage.failed')}
        </p>
      )}
      {outdated && (
        <p class="notice" role="alert">
          {t('storage.outdated')}
        </p>
      )}
      <StepFocus.Provider value={navigated}>
        {state.step === 'welkom' ? (
          <Welkom
            locale={locale}
            resumed={resumed}
            onLocale={(code) => dispatch({ type: 'locale', locale: code })}
            onStart={() => go('spinnenweb')}
          />
        ) : (
          <StepBody
            steps={steps}
            pack={pack}
            state={state}
            handoff={handoff}
            dispatch={dispatch}
            onRetryPack={() => setPackAttempt((n) => n + 1)}
            onNextPatient={() => void wipe()}
          />
        )}
      </StepFocus.Provider>
      {state.step !== 'welkom' && state.step !== 'klaar' && (
        <div class="actions step-actions">
          {previous && (
            <button type="button" onClick={() => go(previous)}>
              {t('common.back')}
            </button>
          )}
          {next && (
            <button type="button" class="primary" onClick={() => go(next)}>
              {t('common.next')}
            </button>
          )}
        </div>
      )}
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {kiosk && settings && (
        <IdleGuard
          seconds={settings.idleSeconds}
          armed={touched.current}
          onExpire={() => void wipe()}
        />
      )}
    </section>
  );
}

function StepBody(props: {
  steps: Steps | null;
  pack: PackResult | null;
  state: VragenlijstState;
  handoff: Handoff | null;
  dispatch: (action: VragenlijstAction) => void;
  onRetryPack: () => void;
  onNextPatient: () => void;
}) {
  const { steps, pack, state, handoff, dispatch } = props;
  const t = useT();
  if (pack && !pack.ok) {
    return (
      <div class="notice" role="alert">
        <p>{t('patient.web.packError')}</p>
        <button type="button" onClick={props.onRetryPack}>
          {t('patient.web.retry')}
        </button>
      </div>
    );
  }
  if (!steps || !pack) return <p class="loading">{t('common.loading')}</p>;
  switch (state.step) {
    case 'spinnenweb':
      return <steps.WebStep pack={pack.pack} state={state} dispatch={dispatch} />;
    case 'belangrijk':
      return <steps.FocusStep pack={pack.pack} state={state} dispatch={dispatch} />;
    case 'vraag':
      return <steps.VraagStep state={state} dispatch={dispatch} />;
    case 'klaar':
      return handoff ? (
        <steps.KlaarStep
          handoff={handoff}
          onChange={() => dispatch({ type: 'step', step: 'vraag' })}
          onNextPatient={props.onNextPatient}
        />
      ) : (
        <p class="loading">{t('common.loading')}</p>
      );
    default:
      return null;
  }
}

/** Where the patient is: "Stap 2 van 5" and the step names, current one marked. */
function StepNav({ current }: { current: PatientStep }) {
  const t = useT();
  const index = PATIENT_STEPS.indexOf(current);
  return (
    <nav
      class="stepnav"
      aria-label={t('common.step', { current: index + 1, total: PATIENT_STEPS.length })}
    >
      <p class="stepnav-count">
        {t('common.step', { current: index + 1, total: PATIENT_STEPS.length })}
      </p>
      <ol>
        {PATIENT_STEPS.map((step, i) => (
          <li
            key={step}
            class={i < index ? 'is-done' : undefined}
            aria-current={step === current ? 'step' : undefined}
          >
            {t(`patient.steps.${step}`)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
