import { useT } from './i18n';
import { useLimit } from './useLimit';

export interface LimitedTextProps {
  id: string;
  label: string;
  value: string;
  max: number;
  rows?: number;
  hint?: string;
  onChange: (value: string) => void;
}

/** The share of the limit from which the count shows. */
const NEAR_LIMIT = 0.8;

/**
 * A textarea with a visible limit. Input that would go over the limit is refused whole, with a
 * message, instead of being cut off in silence.
 */
export function LimitedText({ id, label, value, max, rows = 3, hint, onChange }: LimitedTextProps) {
  const t = useT();
  const { refused, onBeforeInput, onInput } = useLimit<HTMLTextAreaElement>(value, max, onChange);
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  // The count shows once the text nears its limit: "0 van 140 letters" on an empty field is
  // words to read for nothing. Refused input always says how much still fits.
  const nearLimit = value.length >= max * NEAR_LIMIT;
  const describedBy = [hint ? hintId : '', nearLimit ? countId : '', refused ? errorId : '']
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
        aria-describedby={describedBy || undefined}
        aria-invalid={refused ? 'true' : undefined}
        onBeforeInput={onBeforeInput}
        onInput={onInput}
      />
      {nearLimit && (
        <p class="field-count" id={countId}>
          {t('patient.text.count', { count: value.length, max })}
        </p>
      )}
      {refused && <TooLong id={errorId} left={max - value.length} />}
    </div>
  );
}

/** The message for refused input: how much still fits. */
export function TooLong({ id, left }: { id: string; left: number }) {
  const t = useT();
  return (
    <p class="field-error" id={id} role="alert">
      {t('patient.text.tooLong', { count: left })}
    </p>
  );
}
