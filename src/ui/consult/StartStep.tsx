import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsultOrigin } from '../../domain/consult';
import {
  CONSULTCODE_VERSION,
  type ConsultcodeError,
  consultcodeProgress,
  decodeConsultcode,
} from '../../domain/consultcode';
import type { ContentPack } from '../../domain/contentpack';
import type { Handover } from '../../domain/preparation';
import { mayBecomePayload, typedPayload } from '../../domain/typedpayload';
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
          onScan={(handover) => props.onOpen('qr', handover)}
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
  /** A QR payload typed in by a keyboard-mode scanner: the whole preparation, as a webcam scan. */
  onScan: (handover: Handover) => void;
}

/**
 * A keyboard-mode scanner types a payload in well under this between keys; once typing pauses
 * this long, a scan that ended with no key (neither Enter nor Tab) is read. The pause also keeps
 * a start of the payload that happens to decode from opening before the rest arrives.
 */
const SCAN_QUIET_MS = 300;
/** A payload still short of its end this long after the last key: the scan broke off. */
const SCAN_GIVE_UP_MS = 2000;

type ScanProblem = 'invalid' | 'unfinished' | 'unknown-version';

const loadScanReader = () => import('../../domain/scannedpayload');

function CodeEntry({ focus, onFocused, onOpen, onScan }: CodeEntryProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [scanProblem, setScanProblem] = useState<ScanProblem | null>(null);
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

  // A scanner's payload: read when it ends (Enter, Tab, or a pause), never judged as a code.
  const payload = typedPayload(text);
  const latest = useRef('');
  latest.current = text;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const opened = useRef(false);
  useEffect(() => () => clearTimeout(timer.current), []);
  const readScan = async (scanned: string, ending: 'key' | 'pause' | 'give-up') => {
    clearTimeout(timer.current);
    const { readScannedPayload } = await loadScanReader();
    // More keys came while the reader loaded: the scan goes on.
    if (opened.current || typedPayload(latest.current) !== scanned) return;
    const read = readScannedPayload(scanned);
    // At a pause only a whole payload opens: a slow scanner may go on, and clearing the field
    // mid-scan would turn the rest into a wrong code. Anything else waits for the longer quiet.
    if (read.kind !== 'ok' && ending === 'pause') {
      timer.current = setTimeout(() => void readScan(scanned, 'give-up'), SCAN_GIVE_UP_MS);
      return;
    }
    // The payload leaves the field whatever it held: opened, or refused so a new scan starts clean.
    setText('');
    latest.current = '';
    if (input.current) input.current.value = '';
    if (read.kind === 'ok') {
      opened.current = true;
      onScan(read.handover);
    } else setScanProblem(read.kind);
  };

  let message: string;
  let invalid = false;
  if (payload !== null) message = t('consult.start.code.scanReading');
  else if (scanProblem !== null && text === '') {
    message = t(`consult.start.code.${SCAN_PROBLEM_KEYS[scanProblem]}`);
    invalid = true;
  } else {
    const result = decodeConsultcode(text);
    const progress = consultcodeProgress(text);
    // While typing, only say what is already certain; the full verdict comes on Enter or at length.
    const complete = progress.count >= progress.expected;
    // A code of an older layout opens too; saying so explains its ten or eleven characters.
    if (result.ok)
      message =
        result.version === CONSULTCODE_VERSION
          ? t('consult.start.code.ok')
          : t('consult.start.code.okOlder', { count: progress.count });
    else if (result.error.kind === 'empty') message = t('consult.start.code.empty');
    // The first keys of a scanner's payload are no wrong code: it has only begun typing.
    else if (
      (!progress.validSoFar || complete || submitted) &&
      (submitted || !mayBecomePayload(text))
    ) {
      message = codeMessage(t, result.error);
      invalid = true;
    } else
      message = t('consult.start.code.progress', { count: progress.expected - progress.count });
  }

  const open = () => {
    if (payload !== null) return void readScan(payload, 'key');
    setSubmitted(true);
    const result = decodeConsultcode(text);
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
              const value = e.currentTarget.value;
              latest.current = value;
              setText(value);
              setSubmitted(false);
              setScanProblem(null);
              clearTimeout(timer.current);
              const scanned = typedPayload(value);
              if (scanned !== null) {
                void loadScanReader();
                timer.current = setTimeout(() => void readScan(scanned, 'pause'), SCAN_QUIET_MS);
              }
            }}
            onKeyDown={(e) => {
              // A scanner that ends with Tab: read the payload before focus leaves the field.
              if (e.key === 'Tab' && payload !== null) {
                e.preventDefault();
                void readScan(payload, 'key');
              }
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

const SCAN_PROBLEM_KEYS: Record<ScanProblem, string> = {
  invalid: 'scanInvalid',
  unfinished: 'scanUnfinished',
  'unknown-version': 'scanUnknownVersion',
};

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
