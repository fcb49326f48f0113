import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import huisarts from '../../../locales/huisarts/nl.json';
import intervisieTexts from '../../../locales/intervisie/nl.json';
import nl from '../../../locales/nl.json';
import { exportQuarter } from '../../domain/intervisie/export';
import {
  type IntervisieFile,
  type ReadError,
  readIntervisieFile,
} from '../../domain/intervisie/intervisiefile';
import { type Merged, mergeFiles } from '../../domain/intervisie/merge';
import { byQuarter, EXPORT_MINIMUM, type MonthTally, TOTAL } from '../../domain/intervisie/tally';
import { createI18n } from '../../i18n';
import type { ConsultStorage } from '../../storage/consultdrafts';
import { type TallyStore, tallyStore } from '../../storage/tally';
import { ConfirmButton } from '../ConfirmButton';
import { downloadJson } from '../download';
import type { WidgetError } from '../element';
import { sheet } from '../element';
import { I18nProvider, useI18n } from '../i18n';
import css from '../styles/intervisie.css?inline';
import { useAdoptedSheet } from '../useAdoptedSheet';
import { type Column, Figures } from './Figures';

export interface IntervisieProps {
  /** Opened lazily by the element, as for the consult. */
  storage: Promise<ConsultStorage>;
  onError?: (error: WidgetError) => void;
}

// The page's styles come with its code and join the element's sheets only while it is shown.
const styles = sheet(css);

/** `<samenspraak-consult mode="intervisie">`: the GP's own counts, the export and the merge. */
export function Intervisie(props: IntervisieProps) {
  const i18n = useMemo(() => createI18n({ ...nl, ...huisarts, ...intervisieTexts }), []);
  return (
    <I18nProvider i18n={i18n}>
      <IntervisiePage {...props} />
    </I18nProvider>
  );
}

const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric' });
function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return monthName.format(new Date(year ?? 2000, (m ?? 1) - 1, 1));
}

function IntervisiePage({ storage }: IntervisieProps) {
  const { t } = useI18n();
  const root = useRef<HTMLElement>(null);
  const [opened, setOpened] = useState<{ storage: ConsultStorage; tally: TallyStore } | null>(null);
  const [months, setMonths] = useState<MonthTally[] | null>(null);
  const [counting, setCounting] = useState<boolean | null>(null);
  const [failed, setFailed] = useState(false);

  useAdoptedSheet(root, styles);

  useEffect(() => {
    void storage.then(async (s) => {
      const tally = tallyStore(s.connection);
      setOpened({ storage: s, tally });
      setMonths(await tally.months().catch(() => []));
      setCounting(await tally.counting().catch(() => true));
    });
  }, [storage]);

  const reload = async () => {
    if (opened) setMonths(await opened.tally.months().catch(() => []));
  };

  return (
    <section class="app consult intervisie" lang="nl" aria-label={t('intervisie.label')} ref={root}>
      <h2 class="no-print">{t('intervisie.title')}</h2>
      <p class="no-print">{t('intervisie.intro')}</p>
      {opened?.storage.connection.kind === 'memory' && (
        <p class="notice no-print">{t('intervisie.memory')}</p>
      )}
      {failed && (
        <p class="notice no-print" role="alert">
          {t('intervisie.counted.failed')}
        </p>
      )}
      {months === null ? (
        <p class="loading">{t('intervisie.loading')}</p>
      ) : (
        <>
          <OwnMonths months={months} />
          <ExportSection months={months} />
        </>
      )}
      <MergeSection />
      {opened && counting !== null && (
        <Counted
          counting={counting}
          onCounting={async (on) => {
            try {
              await opened.tally.setCounting(on);
              setCounting(on);
              setFailed(false);
            } catch {
              setFailed(true);
            }
          }}
          onClear={async () => {
            try {
              await opened.tally.clear();
              setFailed(false);
              await reload();
            } catch {
              setFailed(true);
            }
          }}
        />
      )}
    </section>
  );
}

/** The questions for the meeting: a block beside the figures, not a landmark (it shows twice). */
function Questions({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <div class="questions">
      <h3 id={id}>{t('intervisie.questions.title')}</h3>
      <ol aria-labelledby={id}>
        <li>{t('intervisie.questions.q1')}</li>
        <li>{t('intervisie.questions.q2')}</li>
        <li>{t('intervisie.questions.q3')}</li>
      </ol>
    </div>
  );
}

function OwnMonths({ months }: { months: MonthTally[] }) {
  const { t } = useI18n();
  const columns: Column[] = months.map((m) => ({ label: monthLabel(m.month), counts: m.counts }));
  return (
    <section class="own no-print" aria-labelledby="own-title">
      <h3 id="own-title">{t('intervisie.own.title')}</h3>
      {months.length === 0 ? (
        <p>{t('intervisie.own.none')}</p>
      ) : (
        <>
          <p>{t('intervisie.own.months', { count: months.length })}</p>
          <div class="figures-with-questions">
            <Figures id="own" columns={columns} periodLabel={t('intervisie.charts.month')} />
            <Questions id="own-questions" />
          </div>
        </>
      )}
    </section>
  );
}

function ExportSection({ months }: { months: MonthTally[] }) {
  const { t } = useI18n();
  const quarters = byQuarter(months);
  const [quarter, setQuarter] = useState(quarters[0]?.quarter ?? '');
  const [pseudonym, setPseudonym] = useState('');
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const chosen = quarters.find((q) => q.quarter === quarter) ?? quarters[0];
  const count = chosen?.counts[TOTAL] ?? 0;
  return (
    <section class="export no-print" aria-labelledby="export-title">
      <h3 id="export-title">{t('intervisie.export.title')}</h3>
      <p>{t('intervisie.export.intro')}</p>
      {!chosen ? (
        <p>{t('intervisie.export.none')}</p>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const result = exportQuarter(months, chosen.quarter, pseudonym);
            if (!result.ok) {
              setMessage({
                text:
                  result.reason === 'too-few'
                    ? t('intervisie.export.tooFew', {
                        count: result.count,
                        minimum: EXPORT_MINIMUM,
                      })
                    : t('intervisie.export.pseudonymInvalid'),
                alert: true,
              });
              return;
            }
            const name = `intervisie-${chosen.quarter}.json`;
            downloadJson(result.file, name);
            setMessage({ text: t('intervisie.export.done', { name }), alert: false });
          }}
        >
          <label class="field-label" for="export-quarter">
            {t('intervisie.export.quarter')}
          </label>
          <select
            id="export-quarter"
            value={chosen.quarter}
            onChange={(e) => {
              setQuarter(e.currentTarget.value);
              setMessage(null);
            }}
          >
            {quarters.map((q) => {
              const [year, n] = q.quarter.split('-Q');
              return (
                <option key={q.quarter} value={q.quarter}>
                  {t('intervisie.export.quarterName', {
                    year,
                    q: n,
                    count: q.counts[TOTAL] ?? 0,
                  })}
                </option>
              );
            })}
          </select>
          {count < EXPORT_MINIMUM && (
            <p class="field-hint">
              {t('intervisie.export.tooFew', { count, minimum: EXPORT_MINIMUM })}
            </p>
          )}
          <label class="field-label" for="export-pseudonym">
            {t('intervisie.export.pseudonym')}
          </label>
          <input
            id="export-pseudonym"
            type="text"
            maxLength={30}
            autocomplete="off"
            aria-describedby="export-pseudonym-hint"
            value={pseudonym}
            onInput={(e) => setPseudonym(e.currentTarget.value)}
          />
          <p class="field-hint" id="export-pseudonym-hint">
            {t('intervisie.export.pseudonymHint')}
          </p>
          <div class="actions">
            <button type="submit" class="primary">
              {t('intervisie.export.button')}
            </button>
          </div>
        </form>
      )}
      <div role="status">{message && !message.alert && <p>{message.text}</p>}</div>
      {message?.alert && (
        <p class="notice" role="alert">
          {message.text}
        </p>
      )}
    </section>
  );
}

type Refused = { name: string; reason: ReadError | 'unreadable' };

function MergeSection() {
  const { t } = useI18n();
  const [read, setRead] = useState<{ files: IntervisieFile[]; refused: Refused[] } | null>(null);
  const merged: Merged | null = read ? mergeFiles(read.files) : null;
  return (
    <section class="merge" aria-labelledby="merge-title">
      <h3 id="merge-title" class="no-print">
        {t('intervisie.merge.title')}
      </h3>
      <p class="no-print">{t('intervisie.merge.intro')}</p>
      <label class="field-label no-print" for="merge-files">
        {t('intervisie.merge.pick')}
      </label>
      <input
        id="merge-files"
        class="no-print"
        type="file"
        multiple
        accept=".json,application/json"
        onChange={async (e) => {
          const list = [...(e.currentTarget.files ?? [])];
          const files: IntervisieFile[] = [];
          const refused: Refused[] = [];
          for (const file of list) {
            const text = await file.text().catch(() => null);
            if (text === null) {
              refused.push({ name: file.name, reason: 'unreadable' });
              continue;
            }
            const result = readIntervisieFile(text, file.size);
            if (result.ok) files.push(result.file);
            else refused.push({ name: file.name, reason: result.error });
          }
          setRead({ files, refused });
        }}
      />
      <div role="status" class="no-print">
        {read && (
          <>
            <p>{t('intervisie.merge.read', { count: read.files.length })}</p>
            {read.files.length === 0 && <p>{t('intervisie.merge.noneValid')}</p>}
          </>
        )}
      </div>
      {read && read.refused.length > 0 && (
        <ul class="refused no-print">
          {read.refused.map((r) => (
            <li key={r.name}>
              {t('intervisie.merge.refused', {
                name: r.name,
                reason: t(`intervisie.merge.reasons.${r.reason}`),
              })}
            </li>
          ))}
        </ul>
      )}
      {merged && <Handout merged={merged} />}
    </section>
  );
}

function Handout({ merged }: { merged: Merged }) {
  const { t } = useI18n();
  const from = monthLabel(merged.period.from);
  const to = monthLabel(merged.period.to);
  return (
    <section class="handout" aria-labelledby="handout-title">
      <h3 id="handout-title">{t('intervisie.merge.handoutTitle')}</h3>
      <p>{t('intervisie.group.summary', { count: merged.gps, from, to })}</p>
      {merged.pseudonyms.length > 0 && (
        <p>{t('intervisie.group.pseudonyms', { names: merged.pseudonyms.join(', ') })}</p>
      )}
      <div class="actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t('intervisie.merge.print')}
        </button>
      </div>
      <div class="figures-with-questions">
        <Figures
          id="group"
          columns={[{ label: t('intervisie.group.column'), counts: merged.counts }]}
          periodLabel={t('intervisie.charts.period')}
        />
        <Questions id="group-questions" />
      </div>
    </section>
  );
}

function Counted(props: {
  counting: boolean;
  onCounting: (on: boolean) => Promise<void>;
  onClear: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [cleared, setCleared] = useState(false);
  const items = Object.keys(intervisieTexts.intervisie.counted.items);
  return (
    <section class="counted no-print" aria-labelledby="counted-title">
      <h3 id="counted-title">{t('intervisie.counted.title')}</h3>
      <p>{t('intervisie.counted.intro')}</p>
      <ul>
        {items.map((k) => (
          <li key={k}>{t(`intervisie.counted.items.${k}`)}</li>
        ))}
      </ul>
      <p>{t('intervisie.counted.never')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={props.counting}
          onChange={(e) => void props.onCounting(e.currentTarget.checked)}
        />{' '}
        {t('intervisie.counted.switch')}
      </label>
      {!props.counting && <p class="field-hint">{t('intervisie.counted.switchOff')}</p>}
      <div class="actions">
        <ConfirmButton
          label={t('intervisie.counted.clear')}
          question={t('intervisie.counted.clearConfirm')}
          choices={[
            {
              label: t('intervisie.counted.clearYes'),
              onChoose: () => {
                setCleared(true);
                void props.onClear();
              },
            },
          ]}
          cancel={t('intervisie.counted.clearNo')}
          onAsk={() => setCleared(false)}
        />
      </div>
      <div role="status">{cleared && <p>{t('intervisie.counted.cleared')}</p>}</div>
    </section>
  );
}
