import { EXPECTATIONS } from '../../domain/dimensions';
import { TEXT_LIMITS } from '../../domain/preparation';
import type { VragenlijstAction, VragenlijstState } from '../../domain/vragenlijst';
import { useT } from '../i18n';
import { LimitedText } from '../LimitedText';
import { ExpectationIcon } from '../pictograms/expectations';
import { LeesVoor } from '../readaloud/ReadAloud';
import { StepHeading } from '../StepHeading';

export interface VraagStepProps {
  state: VragenlijstState;
  dispatch: (action: VragenlijstAction) => void;
}

/** Step 4: what the patient expects from the GP, as chips, and their question in their words. */
export function VraagStep({ state, dispatch }: VraagStepProps) {
  const t = useT();
  const prep = state.preparation;
  return (
    <section class="step" aria-labelledby="vraag-title">
      <StepHeading id="vraag-title">{t('patient.question.title')}</StepHeading>
      {/* Heard: chips that each light up when tapped show it to the eye. */}
      <p class="visually-hidden">{t('patient.question.intro')}</p>
      <LeesVoor />
      <fieldset class="chips">
        {/* The heading asks it already: heard with the group, not shown twice. */}
        <legend class="visually-hidden">{t('patient.question.legend')}</legend>
        {EXPECTATIONS.map((expectation) => (
          <label class="chip" key={expectation}>
            <input
              type="checkbox"
              checked={prep.expectations.includes(expectation)}
              onChange={(e) =>
                dispatch({ type: 'expectation', expectation, on: e.currentTarget.checked })
              }
            />
            <span>
              <ExpectationIcon id={expectation} />
              {t(`expectations.${expectation}`)}
            </span>
          </label>
        ))}
      </fieldset>
      <LimitedText
        id="vraag-text"
        label={t('patient.question.text')}
        hint={t('common.optional')}
        value={prep.question}
        max={TEXT_LIMITS.question}
        rows={4}
        onChange={(value) => dispatch({ type: 'text', field: 'question', value })}
      />
    </section>
  );
}
