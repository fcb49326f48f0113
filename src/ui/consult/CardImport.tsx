import { useEffect, useRef, useState } from 'preact/hooks';
import type { Keuzekaart } from '../../domain/keuzekaart';
import { useI18n } from '../i18n';
import type { ImportFailure, ImportOutcome, SaveMode } from './keuzekaartimport';

export interface CardImportProps {
  onImport: (file: File) => Promise<ImportOutcome>;
  /** Store a card the user chose to keep after a conflict. */
  onSave: (card: Keuzekaart, mode: SaveMode, file: string) => Promise<ImportOutcome>;
}

function importReason(t: ReturnType<typeof useI18n>['t'], error: ImportFailure): string {
  switch (error.kind) {
    case 'too-large':
      return t('consult.opties.importTooLarge', { size: `${Math.round(error.bytes / 1000)} kB` });
    case 'not-json':
      return t('consult.opties.importNotJson');
    case 'unreadable':
      return t('consult.opties.importUnreadable');
    case 'storage':
      return t('consult.opties.importStorage');
    case 'invalid':
      return t('consult.opties.importInvalid', { count: error.problems.length });
  }
}

type ImportStatus =
  | { kind: 'done'; text: string }
  | { kind: 'failed'; file: string; error: ImportFailure }
  | { kind: 'cancelled'; file: string };

/**
 * A practice's own keuzekaart from a JSON file; below the grid, it is seldom needed. A refused
 * file lists all its problems; a card whose id is taken waits for the GP's answer, in the page.
 */
export function CardImport({ onImport, onSave }: CardImportProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [conflict, setConflict] = useState<Extract<ImportOutcome, { ok: 'conflict' }> | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const question = useRef<HTMLLegendElement>(null);
  // The question takes focus when it appears, so a keyboard user is at its buttons.
  useEffect(() => {
    if (conflict) question.current?.focus();
  }, [conflict]);

  const show = (result: ImportOutcome, file: string) => {
    if (result.ok === 'conflict') {
      setStatus(null);
      setConflict(result);
      return;
    }
    setConflict(null);
    setStatus(
      result.ok
        ? { kind: 'done', text: t('consult.opties.imported', { title: result.title }) }
        : { kind: 'failed', file, error: result.error },
    );
  };
  const failed = (file: string) => (): ImportOutcome => ({
    ok: false,
    file,
    error: { kind: 'storage' },
  });
  const answer = async (mode: SaveMode | 'cancel') => {
    if (!conflict || busy) return;
    const { card, file } = conflict;
    if (mode === 'cancel') {
      setConflict(null);
      setStatus({ kind: 'cancelled', file });
    } else {
      setBusy(true);
      show(await onSave(card, mode, file).catch(failed(file)), file);
      setBusy(false);
    }
    // Back where the GP started: the file field, with the outcome read out from its status.
    input.current?.focus();
  };

  return (
    <div class="field card-import">
      <label class="field-label" for="keuzekaart-import">
        {t('consult.opties.import')}
      </label>
      <input
        ref={input}
        id="keuzekaart-import"
        type="file"
        accept="application/json,.json"
        aria-describedby="import-status"
        onChange={async (e) => {
          const field = e.currentTarget;
          const file = field.files?.[0];
          if (!file) return;
          const result = await onImport(file).catch(failed(file.name));
          field.value = '';
          show(result, file.name);
        }}
      />
      {conflict && (
        // Escape answers "Annuleren", as in a dialog; the question is part of the page.
        <fieldset
          class="import-conflict"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              void answer('cancel');
            }
          }}
        >
          <legend id="import-question" ref={question} tabIndex={-1}>
            {t(
              conflict.existing.bundled
                ? 'consult.opties.importConflictBundled'
                : 'consult.opties.importConflict',
              { file: conflict.file, title: conflict.existing.title },
            )}
          </legend>
          <p class="field-hint">
            {t(
              conflict.existing.bundled
                ? 'consult.opties.importConflictHintBundled'
                : 'consult.opties.importConflictHint',
            )}
          </p>
          <div class="inline">
            <button type="button" disabled={busy} onClick={() => void answer('replace')}>
              {t('consult.opties.importReplace')}
            </button>
            <button type="button" disabled={busy} onClick={() => void answer('keep')}>
              {t('consult.opties.importKeepBoth')}
            </button>
            <button type="button" disabled={busy} onClick={() => void answer('cancel')}>
              {t('consult.opties.importCancel')}
            </button>
          </div>
        </fieldset>
      )}
      <div
        id="import-status"
        class={status?.kind === 'failed' ? 'field-error' : 'field-hint'}
        role="status"
      >
        {status?.kind === 'done' && <p>{status.text}</p>}
        {status?.kind === 'cancelled' && (
          <p>{t('consult.opties.importCancelled', { file: status.file })}</p>
        )}
        {status?.kind === 'failed' && (
          <>
            <p>
              {t('consult.opties.importError', {
                file: status.file,
                reason: importReason(t, status.error),
              })}
            </p>
            {status.error.kind === 'invalid' && (
              <ul class="import-problems">
                {status.error.problems.map((problem) => (
                  <li key={`${problem.fieldId} ${problem.message}`}>{problem.message}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
