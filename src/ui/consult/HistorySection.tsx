import { useState } from 'preact/hooks';
import { isRetentionDays, RETENTION } from '../../domain/retention';
import { ConfirmButton } from '../ConfirmButton';
import { dutchDate } from '../format';
import { useI18n } from '../i18n';
import { CopyButton } from './CopyButton';
import { consultName } from './consultname';
import type { History } from './useHistory';

/**
 * Finished consults of the last days, newest first: read the summary again, copy it again, or
 * delete it. Also the retention period, the next purge, and whether storage is persistent.
 */
export function HistorySection({ history }: { history: History }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const { retention, nextPurge } = history;
  return (
    <section class="history" aria-labelledby="history-title">
      <h3 id="history-title">{t('consult.history.title')}</h3>
      {history.entries.length === 0 ? (
        <p>{t('consult.history.none')}</p>
      ) : (
        <ul class="history-list">
          {history.entries.map((entry) => {
            const label = consultName(entry.state, t);
            const shown = open === entry.key;
            return (
              <li key={entry.key}>
                <span>
                  {t('consult.history.item', {
                    time: dutchDate.longWithTime(entry.startedAt),
                    label,
                  })}
                </span>
                <span class="inline">
                  <button
                    type="button"
                    aria-expanded={shown}
                    aria-controls={`history-${entry.key}`}
                    onClick={() => setOpen(shown ? null : entry.key)}
                  >
                    {shown ? t('consult.history.hide') : t('consult.history.show')}
                  </button>
                  <CopyButton
                    text={entry.summary}
                    label={t('consult.history.copyLabel', { label })}
                  >
                    {t('consult.history.copy')}
                  </CopyButton>
                  <button
                    type="button"
                    aria-label={t('consult.history.removeLabel', { label })}
                    onClick={() => void history.remove(entry.key)}
                  >
                    {t('consult.history.remove')}
                  </button>
                </span>
                {shown && (
                  <pre class="summary-text" id={`history-${entry.key}`}>
                    {entry.summary}
                  </pre>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {history.more && (
        <button type="button" onClick={() => void history.loadMore()}>
          {t('consult.history.more')}
        </button>
      )}
      {history.entries.length > 0 && (
        <ConfirmButton
          label={t('consult.history.clear')}
          question={t('consult.history.confirm')}
          // Whether the intervisie tally goes too: it outlives the history unless asked.
          choices={[false, true].map((alsoTally) => ({
            label: t(alsoTally ? 'consult.history.alsoTally' : 'consult.history.clearYes'),
            onChoose: () => void history.clear(alsoTally),
          }))}
          cancel={t('consult.history.clearNo')}
        />
      )}
      {retention && (
        <RetentionForm days={retention.days} nextPurge={nextPurge} onSave={history.setRetention} />
      )}
      {history.persistence !== 'unknown' && (
        <p class="field-hint">{t(`consult.history.persistence.${history.persistence}`)}</p>
      )}
    </section>
  );
}

/**
 * The retention period. A value that is not 1 to 90 whole days is refused with a message, and
 * the field goes back to the period in force: it never shows a number that is not used.
 */
function RetentionForm(props: {
  days: number;
  nextPurge: number | null;
  onSave: (days: number) => Promise<void>;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="retention"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input = e.currentTarget.elements.namedItem('retention') as HTMLInputElement;
        // An empty field reads as 0, which is refused like any other value outside 1 to 90.
        const days = Number(input.value);
        if (!isRetentionDays(days)) {
          input.value = String(props.days);
          setError(
            t('consult.history.retentionInvalid', {
              min: RETENTION.min,
              max: RETENTION.max,
              count: props.days,
            }),
          );
          return;
        }
        setError(null);
        props.onSave(days).catch(() => {
          input.value = String(props.days);
          setError(t('consult.history.retentionFailed', { count: props.days }));
        });
      }}
    >
      <label class="field-label" for="retention">
        {t('consult.history.retention')}
      </label>
      <div class="inline">
        <input
          id="retention"
          name="retention"
          type="number"
          inputMode="numeric"
          min={RETENTION.min}
          max={RETENTION.max}
          step={1}
          defaultValue={String(props.days)}
          key={props.days}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'retention-error retention-hint' : 'retention-hint'}
        />
        <button type="submit">{t('consult.history.retentionSave')}</button>
      </div>
      {error && (
        <p id="retention-error" class="field-error" role="alert">
          {error}
        </p>
      )}
      <p id="retention-hint" class="field-hint">
        {t('consult.history.retentionHint', {
          count: props.days,
          min: RETENTION.min,
          max: RETENTION.max,
        })}{' '}
        {props.nextPurge !== null &&
          t('consult.history.nextPurge', { date: dutchDate.long(props.nextPurge) })}
      </p>
    </form>
  );
}
