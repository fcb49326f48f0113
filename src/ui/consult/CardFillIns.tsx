import {
  type ConsultAction,
  type ConsultState,
  FILL_IN_MAX,
  type FillIn,
} from '../../domain/consult';
import { useI18n } from '../i18n';
import { TooLong } from '../LimitedText';
import { useLimit } from '../useLimit';

export interface CardFillInsProps {
  state: ConsultState;
  dispatch: (action: ConsultAction) => void;
}

/**
 * The chosen card's fill-in fields (the complaint and specialty of a referral), right after the
 * card picker: a few words the GP types, which the summary names beside the card. Nothing shows
 * for a card without them.
 */
export function CardFillIns({ state, dispatch }: CardFillInsProps) {
  const { t } = useI18n();
  const fields = state.keuzekaart?.fillIns ?? [];
  if (fields.length === 0) return null;
  return (
    <fieldset class="card-fillins">
      <legend>{t('consult.opties.fillIns')}</legend>
      {fields.map((field) => (
        <FillInField
          key={field.id}
          field={field}
          onChange={(value) => dispatch({ type: 'fillIn', id: field.id, value })}
        />
      ))}
    </fieldset>
  );
}

/** One field, held to its limit: input past it is refused whole with a message, never cut. */
function FillInField({ field, onChange }: { field: FillIn; onChange: (value: string) => void }) {
  const limit = useLimit<HTMLInputElement>(field.value, FILL_IN_MAX, onChange);
  const id = `fillin-${field.id}`;
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {field.label}
      </label>
      <input
        id={id}
        type="text"
        value={field.value}
        autocomplete="off"
        aria-invalid={limit.refused ? 'true' : undefined}
        aria-describedby={limit.refused ? errorId : undefined}
        onBeforeInput={limit.onBeforeInput}
        onInput={limit.onInput}
      />
      {limit.refused && <TooLong id={errorId} left={FILL_IN_MAX - field.value.length} />}
    </div>
  );
}
