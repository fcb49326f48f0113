import { useState } from 'preact/hooks';
import { useT } from './i18n';

export interface LimitedTextProps {
  id: string;
  label: string;
  value: string;
  max: number;
  rows?: number;
  hint?: string;
  onChange: (value: string) => void;
}

/**
 * A textarea with a visible limit. Input that would go over the limit is refused whole, with a
 * message, instead of being cut off in silence the way `maxlength` cuts a paste.
 */
export function LimitedText({ id, label, value, max, rows = 3, hint, onChange }: LimitedTextProps) {
  const t = useT();
  const [refused, setRefused] = useState(false);
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : '', countId, refused ? errorId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={refused ? 'true' : undefined}
        onBeforeInput={(e) => {
          const el = e.currentTarget;
          const inserted = e.data ?? e.dataTransfer?.getData('text/plain') ?? '';
          const removed = el.selectionEnd - el.selectionStart;
          if (value.length - removed + inserted.length > max) {
            e.preventDefault();
            setRefused(true);
          }
        }}
        onInput={(e) => {
          const next = e.currentTarget.value;
          if (next.length > max) {
            // Some input paths (autocorrect, IME) skip beforeinput: put the text back as it was.
            e.currentTarget.value = value;
            setRefused(true);
            return;
          }
          setRefused(false);
          onChange(next);
        }}
      />
      <p class="field-count" id={countId}>
        {t('patient.text.count', { count: value.length, max })}
      </p>
      {refused && (
        <p class="field-error" id={errorId} role="alert">
          {t('patient.text.tooLong', { left: max - value.length })}
        </p>
      )}
    </div>
  );
}
