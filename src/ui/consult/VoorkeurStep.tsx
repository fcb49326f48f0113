import { TEXT_MAX, WEIGHTS } from '../../domain/consult';
import { formatScore } from '../format';
import { useI18n } from '../i18n';
import { LimitedText } from '../LimitedText';
import { StepHeading } from '../StepHeading';
import type { StepProps } from './VerwachtingenStep';

/**
 * Step 3: what weighs for the patient, per pro and con, linked to their web. Deliberately no
 * total and no ordering of options: a score that picks an option would make this a medical
 * device, and would take the decision away from the conversation.
 */
export function VoorkeurStep({ pack, state, dispatch }: StepProps) {
  const { t, lang } = useI18n();
  const scores = state.handover?.scores;
  const dimLabel = (id: string) => pack.dimensions.find((d) => d.id === id)?.label ?? id;
  return (
    <section class="step" aria-labelledby="voorkeur-title">
      <StepHeading id="voorkeur-title">{t('consult.voorkeur.title')}</StepHeading>
      <p>{t('consult.voorkeur.intro')}</p>
      <div class="weigh">
        {state.options.map((option) => {
          const items = [
            ...option.pros.map((p) => ({ ...p, side: 'pros' as const })),
            ...option.cons.map((c) => ({ ...c, side: 'cons' as const })),
          ].filter((item) => item.text.trim() !== '');
          const web = option.dimensions.map((d) => {
            const score = scores?.[d];
            return score === null || score === undefined
              ? dimLabel(d)
              : `${dimLabel(d)} (${formatScore(score, lang)})`;
          });
          return (
            <section class="weigh-option" key={option.id} aria-labelledby={`weigh-${option.id}`}>
              <h3 id={`weigh-${option.id}`}>{option.title}</h3>
              {web.length > 0 && (
                <p class="field-hint">
                  {t('consult.voorkeur.web')}: {web.join(', ')}
                </p>
              )}
              {items.map((item) => {
                const key = `${option.id}/${item.id}`;
                return (
                  <fieldset class="weight" key={key}>
                    <legend>
                      <span class="side">
                        {t(item.side === 'pros' ? 'consult.voorkeur.pro' : 'consult.voorkeur.con')}:
                      </span>{' '}
                      {item.text}
                    </legend>
                    <div class="segmented">
                      {WEIGHTS.map((weight) => (
                        <label key={weight}>
                          <input
                            type="radio"
                            name={`weight-${key}`}
                            checked={state.weights[key] === weight}
                            onChange={() => dispatch({ type: 'weight', key, weight })}
                          />
                          <span>{t(`consult.voorkeur.weights.${weight}`)}</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                );
              })}
            </section>
          );
        })}
      </div>
      <LimitedText
        id="voorkeur-note"
        label={t('consult.voorkeur.note')}
        value={state.voorkeur}
        max={TEXT_MAX}
        onChange={(value) => dispatch({ type: 'text', field: 'voorkeur', value })}
      />
    </section>
  );
}
