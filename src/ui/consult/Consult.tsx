import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { draftFromOptions } from '../../domain/carddraft';
import type { ConsultState } from '../../domain/consult';
import {
  AFWACHTEN_ID,
  CONSULT_STEPS,
  type ConsultOption,
  type ConsultStep,
} from '../../domain/consult';
import type { ContentPack } from '../../domain/contentpack';
import type { Keuzekaart } from '../../domain/keuzekaart';
import { DEFAULT_SUMMARY_SETTINGS } from '../../domain/summarysettings';
import type { I18n } from '../../i18n';
import type { ConsultStorage } from '../../storage/consultdrafts';
import { downloadJson } from '../download';
import type { WidgetError } from '../element';
import { localDay } from '../format';
import { I18nProvider, useI18n } from '../i18n';
import { StepFocus } from '../StepHeading';
import { useStorageReports } from '../useStorageReports';
import { loadFhir } from './fhirloader';
import { keuzekaartImport } from './keuzekaartimport';
import { StartStep } from './StartStep';
import { countFinished } from './tallyhook';
import { useCardLibrary } from './useCardLibrary';
import { type ConsultDraft, useConsultDraft } from './useConsultDraft';
import { useHistory } from './useHistory';

type Steps = typeof import('./steps');
const loadSteps = () => import('./steps');

/** A finished consult as saved: what the element's `samenspraak-summary` event is made from. */
export interface FinishedSummary {
  /** The summary as saved: the generated text, or the GP's edit of it. */
  text: string;
  /** The structured consult it was made from. */
  data: ConsultState;
}

export interface ConsultProps {
  i18n: I18n;
  /** Days finished consults are kept, from the host's attribute; null while it is parsed. */
  retentionDays: number | null;
  /** Called when a finished consult and its summary are saved. */
  onSummary?: (detail: FinishedSummary) => void;
  /** Called when something the host should know about goes wrong. */
  onError?: (error: WidgetError) => void;
  /** Opened lazily by the element: zod and idb are not needed for the first screen. */
  storage: Promise<ConsultStorage>;
  /**
   * The practice's keuzekaarten library index, from the host's `keuzekaarten` attribute; a
   * library set in the page wins over it.
   */
  keuzekaarten?: string | null;
}

export function Consult(props: ConsultProps) {
  return (
    <I18nProvider i18n={props.i18n}>
      <ConsultFlow {...props} />
    </I18nProvider>
  );
}

function ConsultFlow({ storage, retentionDays, onSummary, onError, keuzekaarten }: ConsultProps) {
  const { t } = useI18n();
  const [opened, setOpened] = useState<ConsultStorage | null>(null);
  const [outdated, setOutdated] = useState(false);
  const [pack, setPack] = useState<ContentPack | null>(null);
  const [steps, setSteps] = useState<Steps | null>(null);
  const [bundledCards, setBundledCards] = useState<Keuzekaart[]>([]);
  const [importedCards, setImportedCards] = useState<Keuzekaart[]>([]);
  // The library compares with the cards the page has: it waits until both lists are read.
  const [bundledRead, setBundledRead] = useState(false);
  const [importedRead, setImportedRead] = useState(false);
  // Counts the GP's moves between steps; each one puts focus on the step's heading (StepFocus).
  const [focusRequest, setFocusRequest] = useState(0);
  const requestStepFocus = () => setFocusRequest((n) => n + 1);
  // Non-zero while focus should go to the consultcode field: on opening, and "Nieuw consult".
  const [focusCode, setFocusCode] = useState(1);
  const codeFocused = useCallback(() => setFocusCode(0), []);

  const afwachten: ConsultOption = useMemo(
    () => ({
      id: AFWACHTEN_ID,
      title: t('consult.opties.afwachtenTitle'),
      description: t('consult.opties.afwachtenDescription'),
      pros: [],
      cons: [],
      dimensions: [],
      afwachten: true,
    }),
    [t],
  );

  useEffect(() => {
    void storage.then(setOpened);
    void loadSteps().then(setSteps);
    // The GP side is Dutch: the pack's Dutch labels and prompts.
    void import('../../content/packs')
      .then((packs) => packs.loadBundledPack('nl'))
      .then((result) => result.ok && setPack(result.pack));
    void import('../../content/keuzekaarten')
      .then((cards) => cards.loadBundledKeuzekaarten())
      .then(setBundledCards)
      .finally(() => setBundledRead(true));
  }, [storage]);

  // The HIS settings of the summary, kept between consults once the stored ones are read.
  const [summarySettings, setSummarySettings] = useState(DEFAULT_SUMMARY_SETTINGS);
  const summaryRead = useRef(false);
  useEffect(() => {
    if (!opened) return;
    void opened.settings
      .summary()
      .catch(() => DEFAULT_SUMMARY_SETTINGS)
      .then((stored) => {
        summaryRead.current = true;
        setSummarySettings(stored);
      });
  }, [opened]);
  useEffect(() => {
    if (summaryRead.current)
      void opened?.settings.setSummary(summarySettings).catch(() => undefined);
  }, [opened, summarySettings]);

  useEffect(() => {
    if (!opened) return;
    void opened.keuzekaarten
      .list()
      .then(setImportedCards)
      .catch(() => undefined)
      .finally(() => setImportedRead(true));
    return opened.connection.subscribe((event) => event === 'outdated' && setOutdated(true));
  }, [opened]);

  // The purge runs before any draft is read, so nothing past its retention is ever reopened.
  const consultRef = useRef<ConsultDraft | null>(null);
  const history = useHistory(retentionDays === null ? null : opened, retentionDays ?? 30, () =>
    consultRef.current?.reload(),
  );
  const consult = useConsultDraft(history.ready ? (opened?.drafts ?? null) : null, afwachten);
  consultRef.current = consult;
  const { state, dispatch } = consult;
  useStorageReports(opened?.connection.kind ?? null, consult.status, onError, 'consults');
  const startedAt = consult.startedAt ?? Date.now();

  const finish = async (summary: string) => {
    const saved = await consult.ensureSaved();
    if (!saved) throw new Error('the consult could not be saved');
    // Counted before, its counters in the intervisie tally are taken back when it is counted.
    const previous = await opened?.history.get(saved.startedAt, saved.id).catch(() => null);
    await history.save({ ...saved, finishedAt: Date.now(), summary, state });
    await consult.finished();
    if (opened) countFinished(opened.connection, saved, state, previous?.tallied ?? null);
    onSummary?.({ text: summary, data: state });
  };

  const exportFhir = async () => {
    const detail = state.handover?.detail;
    if (!detail) return;
    const { fhirBundleFor } = await loadFhir();
    // The export is Dutch like the record; the question ids are the same in every language.
    if (!pack) return;
    const bundle = fhirBundleFor(detail, pack, { authored: new Date(startedAt).toISOString() });
    downloadJson(
      bundle,
      `samenspraak-${new Date(startedAt).toISOString().slice(0, 10)}.json`,
      'application/fhir+json',
    );
  };

  // An imported card with the id of a bundled one replaces it: the practice's version wins.
  const cards = useMemo(() => {
    const imported = new Set(importedCards.map((c) => c.id));
    return [...bundledCards.filter((c) => !imported.has(c.id)), ...importedCards];
  }, [bundledCards, importedCards]);

  const library = useCardLibrary({
    settings: opened?.settings ?? null,
    store: opened?.keuzekaarten ?? null,
    attribute: keuzekaarten ?? null,
    cards: bundledRead && importedRead ? cards : null,
    reloadCards: async () => {
      if (opened) setImportedCards(await opened.keuzekaarten.list());
    },
    onError,
  });

  // The card this consult uses, in the version it recorded: a newer one the GP took from the
  // library while it was open does not change it.
  // The examples stay in it too: a consult that chose one keeps it when the practice's own
  // card with that id replaces it in the list.
  const withSuperseded = useMemo(
    () => [...cards, ...bundledCards, ...library.superseded],
    [cards, bundledCards, library.superseded],
  );
  const consultCard =
    withSuperseded.find(
      (c) => c.id === state.keuzekaart?.id && c.version === state.keuzekaart.version,
    ) ?? null;

  // The chosen card's safety net, in the GP's words, to fill the vangnet when an option is chosen.
  const vangnet = consultCard?.vangnet ?? null;

  const go = (step: ConsultStep) => {
    requestStepFocus();
    dispatch({ type: 'step', step });
  };
  const index = CONSULT_STEPS.indexOf(state.step);
  const previous = CONSULT_STEPS[index - 1];
  const next = CONSULT_STEPS[index + 1];

  // The shortcuts work while focus is in the consult, and while it is nowhere (on the body,
  // e.g. just after a step replaced the button that had it); never inside the host's own page.
  const root = useRef<HTMLElement>(null);
  const shortcuts = useRef<(e: KeyboardEvent) => void>(() => {});
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      const mine = root.current && e.composedPath().includes(root.current);
      if (mine || e.target === document.body) shortcuts.current(e);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
  shortcuts.current = (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    let target: ConsultStep | undefined;
    if (e.key === 'PageDown') target = next;
    else if (e.key === 'PageUp') target = previous;
    else if (/^[1-6]$/.test(e.key)) target = CONSULT_STEPS[Number(e.key) - 1];
    if (target) {
      e.preventDefault();
      go(target);
    }
  };

  const { onImport, onSave } = keuzekaartImport({
    cards,
    own: new Set(importedCards.map((c) => c.id)),
    copy: t('consult.opties.importCopy'),
    async store(card) {
      if (!opened) throw new Error('storage is not open');
      await opened.keuzekaarten.save(card);
      setImportedCards(await opened.keuzekaarten.list());
    },
  });

  // The options as the start of a card, for the editor: a draft the practice finishes there.
  const keepAsCard = async (): Promise<boolean> => {
    if (!opened) return false;
    const draft = draftFromOptions(state.options, localDay(new Date()), afwachten.title);
    await opened.keuzekaarten.saveDraft(`concept-${Date.now().toString(36)}`, draft, Date.now());
    return true;
  };

  const stepProps = pack ? { pack, state, dispatch } : null;
  let body = <p class="loading">{t('common.loading')}</p>;
  if (state.step === 'start') {
    body = (
      <StartStep
        pack={pack}
        drafts={consult.drafts}
        currentId={consult.id}
        onOpen={async (origin, handover) => {
          // A new patient never goes into the consult that is open: that one stays as it was.
          if (consult.id !== null || state.origin !== null) await consult.startNew();
          requestStepFocus();
          dispatch({ type: 'open', origin, handover });
        }}
        onOpenDraft={(id) => {
          const record = consult.drafts.find((d) => d.id === id);
          if (!record) return;
          requestStepFocus();
          consult.open(record);
        }}
        onRemoveDraft={(id) => void consult.remove(id)}
        history={steps && <steps.HistorySection history={history} />}
        focusCode={focusCode}
        onCodeFocused={codeFocused}
      />
    );
  } else if (steps && stepProps) {
    const S = steps;
    body = {
      verwachtingen: (
        <S.VerwachtingenStep
          {...stepProps}
          onChoice={() => {
            dispatch({ type: 'choiceStated', value: true });
            go('opties');
          }}
        />
      ),
      opties: (
        <S.OptiesStep
          {...stepProps}
          cards={cards}
          card={consultCard}
          library={library}
          afwachten={afwachten}
          onImport={onImport}
          onSave={onSave}
          onKeepAsCard={keepAsCard}
          today={localDay(new Date())}
        />
      ),
      voorkeur: <S.VoorkeurStep {...stepProps} />,
      keuze: <S.KeuzeStep {...stepProps} vangnet={vangnet} />,
      samenvatting: (
        <S.SamenvattingStep
          {...stepProps}
          startedAt={startedAt}
          onFinish={finish}
          onExportFhir={state.handover?.detail ? () => void exportFhir() : undefined}
          settings={summarySettings}
          onSettings={setSummarySettings}
          takeHome={{ cards: withSuperseded, settings: opened?.settings ?? null }}
        />
      ),
    }[state.step];
  }

  return (
    <section class="app consult" lang="nl" aria-label={t('consult.label')} ref={root}>
      <header class="consult-bar">
        <nav aria-label={t('consult.nav.label')} aria-describedby="shortcuts">
          <ol class="consult-steps">
            {CONSULT_STEPS.map((step, i) => (
              <li key={step}>
                <button
                  type="button"
                  aria-current={step === state.step ? 'step' : undefined}
                  aria-keyshortcuts={`Alt+${i + 1}`}
                  onClick={() => go(step)}
                >
                  <span class="step-number">{i + 1}</span> {t(`consult.steps.${step}`)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <div class="consult-meta">
          <p class="save-status" role="status">
            {t(`consult.save.status.${saveState(consult)}`)}
          </p>
          <button
            type="button"
            onClick={() => {
              void consult.startNew();
              setFocusCode((n) => n + 1);
            }}
          >
            {t('consult.nav.newConsult')}
          </button>
        </div>
        <p id="shortcuts" class="field-hint">
          {t('consult.nav.shortcuts')}
        </p>
      </header>
      {opened?.connection.kind === 'memory' && <p class="notice">{t('consult.save.memory')}</p>}
      {consult.status === 'failed' && (
        <p class="notice" role="alert">
          {t('consult.save.failed')}
        </p>
      )}
      {outdated && (
        <p class="notice" role="alert">
          {t('storage.outdated')}
        </p>
      )}
      {consult.otherTab && !consult.conflict && <p class="notice">{t('consult.save.otherTab')}</p>}
      {consult.conflict && (
        <div class="notice" role="alert">
          <p>
            {consult.conflict.kind === 'gone' ? t('consult.save.gone') : t('consult.save.conflict')}
          </p>
          <div class="actions">
            <button type="button" onClick={() => void consult.resolveConflict('theirs')}>
              {consult.conflict.kind === 'gone'
                ? t('consult.save.closeGone')
                : t('consult.save.loadTheirs')}
            </button>
            <button type="button" onClick={() => void consult.resolveConflict('mine')}>
              {t('consult.save.keepMine')}
            </button>
          </div>
        </div>
      )}
      <StepFocus.Provider value={focusRequest}>{body}</StepFocus.Provider>
      <div class="actions step-actions">
        {previous && (
          <button type="button" aria-keyshortcuts="Alt+PageUp" onClick={() => go(previous)}>
            {t('consult.nav.previous')}
          </button>
        )}
        {next && (
          <button
            type="button"
            class="primary"
            aria-keyshortcuts="Alt+PageDown"
            onClick={() => go(next)}
          >
            {t('consult.nav.next')}
          </button>
        )}
      </div>
    </section>
  );
}

/** What the save status line says: the last write failed, is under way, or went through. */
function saveState(consult: ConsultDraft): 'failed' | 'pending' | 'finished' | 'edited' | 'saved' {
  if (consult.status === 'failed' || consult.conflict) return 'failed';
  if (consult.status === 'pending') return 'pending';
  return consult.finishedHere || 'saved';
}
