import { useState } from 'preact/hooks';
import { type ConsultOption, TEXT_MAX } from '../../domain/consult';
import { formatScore } from '../format';
import { useI18n } from '../i18n';
import { LimitedText } from '../LimitedText';
import { StepHeading } from '../StepHeading';
import type { StepProps } from './VerwachtingenStep';

/**
 * Step 3: what weighs for the patient. First their own words; then per option one group of its
 * pros and cons, each ticked when it weighs heavily ("erg belangrijk"), linked to their web.
 * Deliberately no total and no ordering of options: a score that picks an option would make this
 * a medical device, and would take the decision away from the conversation.
 */
export function VoorkeurStep({ pack, state, dispatch }: StepProps) {
  const { t, lang } = useI18n();
  const scores = state.handover?.scores;
  const dimLabel = (id: string) => pack.dimensions.find((d) => d.id === id)?.label ?? id;
  const web = (option: ConsultOption) =>
    option.dimensions.map((d) => {
      const score = scores?.[d];
      return score === null || score === undefined
        ? dimLabel(d)
        : `${dimLabel(d)} (${formatScore(score, lang)})`;
    });
  return (
    <section class="step" aria-labelledby="voorkeur-title">
      <StepHeading id="voorkeur-title">{t('consult.voorkeur.title')}</StepHeading>
      <p>{t('consult.voorkeur.intro')}</p>
      {/* The patient's own words first: often all a GP notes here. */}
      <LimitedText
        id="voorkeur-note"
        label={t('consult.voorkeur.note')}
        value={state.voorkeur}
        max={TEXT_MAX}
        onChange={(value) => dispatch({ type: 'text', field: 'voorkeur', value })}
      />
      <p class="field-hint">{t('consult.voorkeur.keys')}</p>
      <div class="weigh">
        {state.options.map((option) => (
          <WeighOption
            key={option.id}
            option={option}
            web={web(option)}
            weights={state.weights}
            onWeigh={(key, heavy) =>
              dispatch({ type: 'weight', key, weight: heavy ? 'erg' : null })
            }
          />
        ))}
      </div>
    </section>
  );
}

interface WeighOptionProps {
  option: ConsultOption;
  /** The web dimensions the option touches, with the patient's scores. */
  web: string[];
  weights: StepProps['state']['weights'];
  onWeigh: (key: string, heavy: boolean) => void;
}

/**
 * One option's pros and cons as one group, one Tab stop: the arrow keys move between the points,
 * Space ticks one. Without this, every point was a group of its own and cost its own Tabs.
 */
function WeighOption({ option, web, weights, onWeigh }: WeighOptionProps) {
  const { t } = useI18n();
  const [active, setActive] = useState(0);
  const items = [
    ...option.pros.map((p) => ({ ...p, side: 'pros' as const })),
    ...option.cons.map((c) => ({ ...c, side: 'cons' as const })),
  ].filter((item) => item.text.trim() !== '');
  const current = Math.min(active, items.length - 1);
  const move = (e: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
    let next: number | undefined;
    if (step !== undefined) next = (current + step + items.length) % items.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    if (next === undefined) return;
    e.preventDefault();
    setActive(next);
    const group = e.currentTarget as HTMLElement;
    group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[next]?.focus();
  };
  const titleId = `weigh-${option.id}`;
  return (
    <section class="weigh-option" aria-labelledby={titleId}>
      <h3 id={titleId}>{option.title}</h3>
      {web.length > 0 && (
        <p class="field-hint">
          {t('consult.voorkeur.web')}: {web.join(', ')}
        </p>
      )}
      {items.length > 0 && (
        <fieldset class="weight" onKeyDown={move}>
          <legend>{t('consult.voorkeur.heavy', { option: option.title })}</legend>
          {items.map((item, i) => {
            const key = `${option.id}/${item.id}`;
            return (
              <label class="toggle" key={key}>
                <input
                  type="checkbox"
                  tabIndex={i === current ? 0 : -1}
                  checked={weights[key] === 'erg'}
                  onFocus={() => setActive(i)}
                  onChange={(e) => onWeigh(key, e.currentTarget.checked)}
                />
                <span>
                  <span class="side">
                    {t(item.side === 'pros' ? 'consult.voorkeur.pro' : 'consult.voorkeur.con')}:
                  </span>{' '}
                  {item.text}
                </span>
              </label>
            );
          })}
        </fieldset>
      )}
    </section>
  );
}
