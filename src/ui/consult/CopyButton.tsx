import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n';

export interface CopyButtonProps {
  text: string;
  /** The button's visible text. */
  children: string;
  /** A longer accessible name, e.g. "Kopieer regel 2 (E)". */
  label?: string;
}

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Copies plain text to the clipboard. `writeText` runs inside the click, as browsers require;
 * where the clipboard is refused, the text is shown selected so Ctrl+C still works.
 */
export function CopyButton({ text, children, label }: CopyButtonProps) {
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');
  const fallback = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
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
    done.then(
      () => setState('copied'),
      () => setState('manual'),
    );
  };
  return (
    <span class="copy">
      <button type="button" aria-label={label} onClick={copy}>
        {children}
      </button>
      <span class="copy-status" role="status">
        {state === 'copied' ? t('consult.copy.done') : ''}
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
