import type { ContentPack } from '../../domain/contentpack';
import { TEXT_LIMITS } from '../../domain/preparation';
import type { VragenlijstAction, VragenlijstState } from '../../domain/vragenlijst';
import { useT } from '../i18n';
import { LimitedText } from '../LimitedText';
import { DimensionIcon } from '../pictograms/dimensions';
import { LeesVoor } from '../readaloud/ReadAloud';
import { StepHeading } from '../StepHeading';

export interface FocusStepProps {
  pack: ContentPack;
  state: VragenlijstState;
  dispatch: (action: VragenlijstAction) => void;
}

/** Step 3: the one dimension that matters most, what to change, and what is needed for it. */
export function FocusStep({ pack, state, dispatch }: FocusStepProps) {
  const t = useT();
  const prep = state.preparation;
  const optional = t('common.optional');
  return (
    <section class="step" aria-labelledby="focus-title">
      <StepHeading id="focus-title">{t('patient.focus.title')}</StepHeading>
      <LeesVoor />
      <fieldset class="choices is-grid">
        {/* Round buttons say "one of these"; the heading says what for. Heard, not shown. */}
        <legend class="visually-hidden">{t('patient.focus.intro')}</legend>
        {pack.dimensions.map((dim) => (
          <label class="choice" key={dim.id}>
            <input
              type="radio"
              name="focus"
              value={dim.id}
              checked={prep.focus === dim.id}
              onChange={() => dispatch({ type: 'focus', dimension: dim.id })}
            />
            <DimensionIcon id={dim.id} />
            <span>
              {dim.everyday ?? dim.label}
              {/* The official name is heard, as with the sliders, not shown a third time. */}
              {dim.everyday && <span class="visually-hidden"> ({dim.label})</span>}
            </span>
          </label>
        ))}
        <label class="choice">
          <input
            type="radio"
            name="focus"
            value=""
            checked={prep.focus === null}
            onChange={() => dispatch({ type: 'focus', dimension: null })}
          />
          <span>{t('patient.focus.none')}</span>
        </label>
      </fieldset>
      <LimitedText
        id="focus-change"
        label={t('patient.focus.change')}
        hint={optional}
        value={prep.change}
        max={TEXT_LIMITS.change}
        onChange={(value) => dispatch({ type: 'text', field: 'change', value })}
      />
      <LimitedText
        id="focus-need"
        label={t('patient.focus.need')}
        hint={optional}
        value={prep.need}
        max={TEXT_LIMITS.need}
        onChange={(value) => dispatch({ type: 'text', field: 'need', value })}
      />
    </section>
  );
}
