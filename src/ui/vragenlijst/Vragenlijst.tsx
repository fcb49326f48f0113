import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PackResult } from '../../content/packs';
import type { Handoff } from '../../domain/handoff';
import {
  PATIENT_STEPS,
  type PatientStep,
  type VragenlijstAction,
  type VragenlijstState,
} from '../../domain/vragenlijst';
import { type I18n, LANGUAGES, languageOf, prefetchLocale, switchLocale } from '../../i18n';
import type { PatientStorage } from '../../storage/patientdraft';
import type { VragenlijstAttributes as VragenlijstSettings } from '../attributes';
import type { WidgetError } from '../element';
import { I18nProvider, useI18n, useT } from '../i18n';
import { StepFocus } from '../StepHeading';
import { afterPaint } from '../schedule';
import { useStorageReports } from '../useStorageReports';
import { IdleGuard } from './IdleGuard';
import { ResumeScreen } from './ResumeScreen';
import { usePatientDraft } from './usePatientDraft';
import { Welkom } from './Welkom';

type Steps = typeof import('./steps');
/** Silences read-aloud without loading it (it lives with the steps). */
const hush = () => {
  globalThis.speechSynthesis?.cancel();
};
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
  /** The page was opened with a phone link that could not be read. */
  badLink?: boolean;
}

export function Vragenlijst(props: VragenlijstProps) {
  return (
    <I18nProvider i18n={props.i18n}>
      <VragenlijstFlow {...props} />
    </I18nProvider>
  );
}

function VragenlijstFlow(props: VragenlijstProps) {
  const { i18n, settings, storage, onHandover, onError, badLink } = props;
  const kiosk = settings?.kiosk ?? false;
  const { t, lang } = useI18n();
  const draft = usePatientDraft(storage, settings);
  const { state, connection } = draft;
  const [navigated, setNavigated] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [steps, setSteps] = useState<Steps | null>(null);
  const [pack, setPack] = useState<PackResult | null>(null);
  const [packAttempt, setPackAttempt] = useState(0);
  // The idle warning shows: the answers behind it are hidden from eyes and screen readers.
  const [away, setAway] = useState(false);
  // "Verder" in detailed mode with topics still open: how many, before moving on.
  const [openLeft, setOpenLeft] = useState<number[] | null>(null);
  const flow = useRef<HTMLDivElement>(null);
  const ready = settings !== null;

  useEffect(() => {
    let live = true;
    void loadSteps().then((m) => live && setSteps(m));
    // The other languages are fetched while the patient reads, not while the screen is built.
    const cancel = afterPaint(() => {
      for (const language of LANGUAGES) prefetchLocale(language.code);
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);

  // Keep the language of the screen and of the stored preparation the same.
  const locale = state.preparation.locale;
  useEffect(() => {
    if (locale !== lang) void switchLocale(i18n, locale);
  }, [locale, lang, i18n]);

  const reportError = useStorageReports(connection?.kind ?? null, draft.status, onError, 'answers');

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

  const { dispatch: dispatchDraft, wipe: wipeDraft } = draft;
  const dispatch = useCallback(
    (action: VragenlijstAction) => {
      if (action.type === 'step') setNavigated(true);
      dispatchDraft(action);
    },
    [dispatchDraft],
  );

  const wipe = useCallback(async () => {
    hush();
    await wipeDraft();
    if (kiosk) {
      // A new document once storage is wiped: no detached node or closure keeps the last
      // patient's words in this page's memory (tests/e2e/patient.spec.ts takes a heap snapshot).
      location.replace(location.href.split('#')[0] ?? location.href);
      return;
    }
    setNavigated(true);
    setAnnouncement(t('patient.wiped'));
  }, [wipeDraft, t, kiosk]);

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
  const step = state.step;
  const mode = state.preparation.mode;
  useEffect(() => setOpenLeft(null), [step, mode]);
  // Read-aloud stops with the step, and while the idle warning hides the answers.
  useEffect(hush, [step, away]);
  const onNext = () => {
    if (!next) return;
    if (step === 'spinnenweb' && mode === 'detailed' && steps && pack?.ok) {
      const open = steps.openTopics(pack.pack, mode, state.preparation.answers);
      if (open.length > 0) {
        setOpenLeft(open);
        return;
      }
    }
    go(next);
  };

  return (
    <section class="app" lang={lang} dir={dir} aria-label={t('patient.label')}>
      <div ref={flow} class={away ? 'flow is-away' : 'flow'} inert={away}>
        {!draft.pending && <StepNav current={state.step} />}
        {connection?.kind === 'memory' && <p class="notice">{t('storage.memory')}</p>}
        {draft.status === 'failed' && (
          <p class="notice" role="alert">
            {t('storage.failed')}
          </p>
        )}
        {badLink && state.step === 'welkom' && (
          <p class="notice" role="alert">
            {t('patient.phone.bad')}
          </p>
        )}
        {draft.outdated && (
          <p class="notice" role="alert">
            {t('storage.outdated')}
          </p>
        )}
        <StepFocus.Provider value={navigated ? 1 : 0}>
          {draft.pending ? (
            <ResumeScreen
              onResume={() => {
                setNavigated(true);
                draft.resume();
              }}
              onRestart={() => void wipe()}
            />
          ) : state.step === 'welkom' ? (
            <Welkom
              locale={locale}
              resumed={draft.resumed}
              mode={mode}
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
              klaarSeconds={settings?.klaarSeconds ?? 60}
              onRetryPack={() => setPackAttempt((n) => n + 1)}
              onWipe={() => void wipe()}
            />
          )}
        </StepFocus.Provider>
        {!draft.pending && state.step !== 'welkom' && state.step !== 'klaar' && (
          <div class="actions step-actions">
            {previous && (
              <button type="button" onClick={() => go(previous)}>
                {t('common.back')}
              </button>
            )}
            {next && (
              <button type="button" class="primary" onClick={onNext}>
                {t('common.next')}
              </button>
            )}
          </div>
        )}
        {openLeft && next && (
          <div class="notice open-topics" role="alert">
            <p>{t('patient.web.open', { count: openLeft.length })}</p>
            <div class="actions">
              <button
                type="button"
                class="primary"
                onClick={() => {
                  setNavigated(true);
                  dispatchDraft({ type: 'page', page: openLeft[0] ?? 0 });
                  setOpenLeft(null);
                  // The button goes with the notice: the keyboard lands on the open topic.
                  requestAnimationFrame(() =>
                    flow.current?.querySelector<HTMLElement>('fieldset.topic input')?.focus(),
                  );
                }}
              >
                {t('patient.web.openBack')}
              </button>
              <button type="button" onClick={() => go(next)}>
                {t('patient.web.openSkip')}
              </button>
            </div>
          </div>
        )}
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {kiosk && settings && (
        <IdleGuard
          seconds={settings.idleSeconds}
          armed={draft.touched}
          onExpire={() => void wipe()}
          onWarning={setAway}
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
  klaarSeconds: number;
  onRetryPack: () => void;
  onWipe: () => void;
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
    case 'overzicht':
      return <steps.OverzichtStep pack={pack.pack} state={state} dispatch={dispatch} />;
    case 'klaar':
      return handoff ? (
        <steps.KlaarStep
          handoff={handoff}
          seconds={props.klaarSeconds}
          onChange={() => dispatch({ type: 'step', step: 'overzicht' })}
          onWipe={props.onWipe}
        />
      ) : (
        <p class="loading">{t('common.loading')}</p>
      );
    default:
      return null;
  }
}

/**
 * Where the patient is: a bar per step, to see at a glance; "Stap 2 van 6" and the step names
 * for screen readers. No sentence on top: every step already opens with its heading.
 */
function StepNav({ current }: { current: PatientStep }) {
  const t = useT();
  const index = PATIENT_STEPS.indexOf(current);
  return (
    <nav
      class="stepnav"
      aria-label={t('common.step', { current: index + 1, total: PATIENT_STEPS.length })}
    >
      <ol>
        {PATIENT_STEPS.map((step, i) => (
          <li
            key={step}
            class={i < index ? 'is-done' : undefined}
            aria-current={step === current ? 'step' : undefined}
          >
            <span class="visually-hidden">{t(`patient.steps.${step}`)}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
