import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsultOrigin } from '../../domain/consult';
import {
  type ConsultcodeError,
  consultcodeProgress,
  decodeConsultcode,
} from '../../domain/consultcode';
import type { ContentPack } from '../../domain/contentpack';
import type { Handover } from '../../domain/preparation';
import type { ConsultRecord } from '../../storage/consultdrafts';
import { dutchDate, quoteCharacter } from '../format';
import { useI18n } from '../i18n';
import { StepHeading } from '../StepHeading';
import { consultName } from './consultname';
import { QrScanner } from './QrScanner';

export interface StartStepProps {
  pack: ContentPack | null;
  drafts: readonly ConsultRecord[];
  currentId: string | null;
  onOpen: (origin: ConsultOrigin, handover: Handover | null) => void;
  onOpenDraft: (id: string) => void;
  onRemoveDraft: (id: string) => void;
  /** The history of finished consults; it loads with the later steps. */
  history: ComponentChildren;
  /** Non-zero: put focus in the consultcode field, then call onCodeFocused. */
  focusCode: number;
  /** The focus request is used up: a later visit to this step (Alt+1) keeps focus on its title. */
  onCodeFocused: () => void;
}

/** Step 0: four ways in, and the consults still in progress. */
export function StartStep(props: StartStepProps) {
  const { t } = useI18n();
  // The web to fill in together loads on demand: the start screen does not need it.
  const [samen, setSamen] = useState<typeof import('./SamenInvullen') | null>(null);
  return (
    <section class="step" aria-labelledby="start-title">
      <StepHeading id="start-title">{t('consult.start.title')}</StepHeading>
      <p>{t('consult.start.intro')}</p>
      <div class="ways">
        <CodeEntry
          focus={props.focusCode}
          onFocused={props.onCodeFocused}
          onOpen={(handover) => props.onOpen('code', handover)}
        />
        <section class="way" aria-labelledby="way-qr">
          <h3 id="way-qr">{t('consult.start.qr.title')}</h3>
          <QrScanner onScan={(handover) => props.onOpen('qr', handover)} />
        </section>
        <section class="way" aria-labelledby="way-samen">
          <h3 id="way-samen">{t('consult.start.samen.title')}</h3>
          <p>{t('consult.start.samen.intro')}</p>
          {!samen && (
            <button
              type="button"
              onClick={() => void import('./SamenInvullen').then((module) => setSamen(module))}
            >
              {t('consult.start.samen.start')}
            </button>
          )}
        </section>
        <section class="way" aria-labelledby="way-blanco">
          <h3 id="way-blanco">{t('consult.start.blanco.title')}</h3>
          <button type="button" onClick={() => props.onOpen('blanco', null)}>
            {t('consult.start.blanco.start')}
          </button>
        </section>
      </div>
      {samen && props.pack && (
        <samen.SamenInvullen
          pack={props.pack}
          onDone={(handover) => props.onOpen('samen', handover)}
        />
      )}
      <Drafts {...props} />
      {props.history}
    </section>
  );
}

function codeMessage(t: ReturnType<typeof useI18n>['t'], error: ConsultcodeError): string {
  switch (error.kind) {
    case 'empty':
      return t('consult.start.code.empty');
    case 'invalid-character':
      return t('consult.start.code.invalidCharacter', {
        char: quoteCharacter(error.character),
        position: error.position,
      });
    case 'too-short':
      return t('consult.start.code.tooShort', { count: error.actual, expected: error.expected });
    case 'too-long':
      return t('consult.start.code.tooLong', { count: error.actual, expected: error.expected });
    case 'check-mismatch':
      return t('consult.start.code.checkMismatch');
    case 'unknown-version':
      return t('consult.start.code.unknownVersion', { version: error.version });
    case 'out-of-range':
      return t('consult.start.code.outOfRange', { field: error.field });
  }
}

interface CodeEntryProps {
  focus: number;
  onFocused: () => void;
  onOpen: (handover: Handover) => void;
}

function CodeEntry({ focus, onFocused, onOpen }: CodeEntryProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // The first key the GP types goes into the code. Never taken from the host page: only when
  // nothing there has focus, or focus is already in the consult.
  useEffect(() => {
    if (focus === 0) return;
    const active = document.activeElement;
    const root = input.current?.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : null;
    if (active === null || active === document.body || active === host) input.current?.focus();
    onFocused();
  }, [focus, onFocused]);
  const [submitted, setSubmitted] = useState(false);
  const result = decodeConsultcode(text);
  const progress = consultcodeProgress(text);
  // While typing, only say what is already certain; the full verdict comes on Enter or at length.
  const complete = progress.count >= progress.expected;
  let message: string;
  let invalid = false;
  // A code of the older layout opens too; saying so explains its ten characters.
  if (result.ok)
    message = t(result.version === 1 ? 'consult.start.code.okOlder' : 'consult.start.code.ok');
  else if (result.error.kind === 'empty') message = t('consult.start.code.empty');
  else if (!progress.validSoFar || complete || submitted) {
    message = codeMessage(t, result.error);
    invalid = true;
  } else message = t('consult.start.code.progress', { count: progress.expected - progress.count });

  const open = () => {
    setSubmitted(true);
    if (result.ok) onOpen({ ...result.value, detail: null });
  };
  return (
    <section class="way" aria-labelledby="way-code">
      <h3 id="way-code">{t('consult.start.code.title')}</h3>
      <form
        class="code-form"
        onSubmit={(e) => {
          e.preventDefault();
          open();
        }}
      >
        <label class="field-label" for="consultcode">
          {t('consult.start.code.label')}
        </label>
        <div class="inline">
          <input
            ref={input}
            id="consultcode"
            type="text"
            class="code-input"
            value={text}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby="consultcode-status consultcode-note"
            onInput={(e) => {
              setText(e.currentTarget.value);
              setSubmitted(false);
            }}
          />
          <button type="submit" class="primary">
            {t('consult.start.code.open')}
          </button>
        </div>
        <p
          id="consultcode-status"
          class={invalid ? 'field-error' : 'field-hint'}
          aria-live="polite"
        >
          {message}
        </p>
        <p id="consultcode-note" class="field-hint">
          {t('consult.start.code.noText')}
        </p>
      </form>
    </section>
  );
}

function Drafts({ drafts, currentId, onOpenDraft, onRemoveDraft }: StartStepProps) {
  const { t } = useI18n();
  return (
    <section class="drafts" aria-labelledby="drafts-title">
      <h3 id="drafts-title">{t('consult.start.drafts.title')}</h3>
      {drafts.length === 0 ? (
        <p>{t('consult.start.drafts.none')}</p>
      ) : (
        <ul>
          {drafts.map((draft) => {
            const label = consultName(draft.state, t);
            const text = t('consult.start.drafts.item', {
              time: dutchDate.short(draft.createdAt),
              label,
            });
            return (
              <li key={draft.id}>
                <span>
                  {text} {draft.id === currentId && t('consult.start.drafts.current')}
                </span>
                {draft.id !== currentId && (
                  <span class="inline">
                    <button
                      type="button"
                      aria-label={`${t('consult.start.drafts.open')}: ${text}`}
                      onClick={() => onOpenDraft(draft.id)}
                    >
                      {t('consult.start.drafts.open')}
                    </button>
                    <button
                      type="button"
                      aria-label={`${t('consult.start.drafts.remove')}: ${text}`}
                      onClick={() => onRemoveDraft(draft.id)}
                    >
                      {t('consult.start.drafts.remove')}
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
