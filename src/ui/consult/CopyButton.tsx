import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { KeyHint } from './stepkeys';

export interface CopyButtonProps {
  text: string;
  /** The button's visible text. */
  children: string;
  /** A longer accessible name, e.g. "Kopieer regel 2 (E)". */
  label?: string;
  /** The single key that presses this button, shown beside its text. */
  keyName?: string;
  /** What the status says once copied; "Gekopieerd" by default. */
  doneText?: string;
  /** Called once the clipboard holds the text. */
  onCopied?: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** How long "Gekopieerd" stays: long enough to see, gone before the next copy. */
const DONE_MS = 4000;

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Copies plain text to the clipboard. `writeText` runs inside the click, as browsers require;
 * where the clipboard is refused, the text is shown selected so Ctrl+C still works.
 */
export function CopyButton(props: CopyButtonProps) {
  const { text, children, label, keyName, doneText, onCopied, buttonRef } = props;
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');
  // The text of the copy just made, for the status: the button may already name the next one.
  const [done, setDone] = useState('');
  const fallback = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state === 'copied') {
      const timer = setTimeout(() => setState('idle'), DONE_MS);
      return () => clearTimeout(timer);
    }
    if (state !== 'manual') return;
    fallback.current?.focus();
    fallback.current?.select();
  }, [state]);
  const copy = () => {
    const done = navigator.clipboard?.writeText(text);
    if (!done) {
      setState('manual');
      return;
    }
    const status = doneText ?? t('consult.copy.done');
    done.then(
      () => {
        setDone(status);
        setState('copied');
        onCopied?.();
      },
      () => setState('manual'),
    );
  };
  return (
    <span class="copy">
      <button
        type="button"
        ref={buttonRef}
        aria-label={label}
        aria-keyshortcuts={keyName}
        onClick={copy}
      >
        {children}
        {keyName && <KeyHint keyName={keyName} />}
      </button>
      <span class="copy-status" role="status">
        {state === 'copied' ? done : ''}
      </span>
      {state === 'manual' && (
        <span class="copy-manual">
          <span class="field-error">{t('consult.copy.manual')}</span>
          <textarea
            ref={fallback}
            aria-label={t('consult.copy.manualLabel')}
            readOnly
            rows={Math.min(8, text.split('\n').length)}
            value={text}
          />
        </span>
      )}
    </span>
  );
}
