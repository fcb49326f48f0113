import type { ConsultAction, ConsultState } from '../../domain/consult';
import { promptDimensions, TEXT_MAX } from '../../domain/consult';
import type { ContentPack } from '../../domain/contentpack';
import { dimensionPrompts, followUpPrompts, type Prompt } from '../../domain/prompts';
import { formatScore } from '../format';
import { useI18n } from '../i18n';
import { LimitedText } from '../LimitedText';
import { StepHeading } from '../StepHeading';
import { ScoreTable } from '../spiderweb/ScoreTable';
import { SpiderWebChart } from '../spiderweb/SpiderWebChart';

export interface StepProps {
  pack: ContentPack;
  state: ConsultState;
  dispatch: (action: ConsultAction) => void;
}

/** Step 1 (team talk): the patient's preparation at a glance, prompts, hulpvraag, the choice. */
export function VerwachtingenStep({ pack, state, dispatch }: StepProps) {
  const { t, lang } = useI18n();
  const handover = state.handover;
  const detail = handover?.detail ?? null;
  const label = (id: string) => pack.dimensions.find((d) => d.id === id)?.label ?? id;
  const list = (items: string[]) =>
    items.length ? items.join(', ') : t('consult.verwachtingen.nothing');
  const used = new Set(state.prompts.map((p) => p.id));
  const promptBox = (prompt: Prompt) => (
    <label class="toggle prompt" key={prompt.id}>
      <input
        type="checkbox"
        checked={used.has(prompt.id)}
        onChange={(e) => dispatch({ type: 'prompt', prompt, used: e.currentTarget.checked })}
      />
      <span>{prompt.text}</span>
    </label>
  );
  return (
    <section class="step" aria-labelledby="verwachtingen-title">
      <StepHeading id="verwachtingen-title">{t('consult.verwachtingen.title')}</StepHeading>
      {!handover && <p class="notice">{t('consult.verwachtingen.none')}</p>}
      {handover && (
        <div class="glance">
          <figure class="glance-web">
            <SpiderWebChart axes={pack.dimensions} scores={handover.scores} talk={handover.talk} />
            <ScoreTable
              caption={t('consult.web.caption')}
              dimensions={pack.dimensions}
              scores={handover.scores}
              talk={handover.talk}
              focus={handover.focus}
            />
          </figure>
          <div class="glance-text">
            <h3>{t('consult.verwachtingen.patient')}</h3>
            {state.origin === 'code' && (
              <p class="field-hint">{t('consult.verwachtingen.fromCode')}</p>
            )}
            <dl class="facts">
              <dt>{t('consult.verwachtingen.talk')}</dt>
              <dd>{list(handover.talk.map(label))}</dd>
              <dt>{t('consult.verwachtingen.focus')}</dt>
              <dd>{handover.focus ? label(handover.focus) : t('consult.verwachtingen.nothing')}</dd>
              {detail?.change && (
                <>
                  <dt>{t('consult.verwachtingen.change')}</dt>
                  <dd class="patient-words">{detail.change}</dd>
                </>
              )}
              {detail?.need && (
                <>
                  <dt>{t('consult.verwachtingen.need')}</dt>
                  <dd class="patient-words">{detail.need}</dd>
                </>
              )}
              <dt>{t('consult.verwachtingen.expectations')}</dt>
              <dd>{list(handover.expectations.map((e) => t(`expectations.${e}`)))}</dd>
              {detail?.question && (
                <>
                  <dt>{t('consult.verwachtingen.question')}</dt>
                  <dd class="patient-words">{detail.question}</dd>
                </>
              )}
            </dl>
          </div>
        </div>
      )}
      <section aria-labelledby="prompts-title">
        <h3 id="prompts-title">{t('consult.verwachtingen.prompts')}</h3>
        <p class="field-hint">{t('consult.verwachtingen.promptsIntro')}</p>
        {promptDimensions(handover).length === 0 && <p>{t('consult.verwachtingen.promptsNone')}</p>}
        {promptDimensions(handover).map((dimension) => {
          const score = handover?.scores[dimension] ?? null;
          return (
            <fieldset class="prompts" key={dimension}>
              <legend>
                {label(dimension)}
                {score !== null && ` (${formatScore(score, lang)})`}
              </legend>
              {dimensionPrompts(pack, dimension, score).map(promptBox)}
            </fieldset>
          );
        })}
        <fieldset class="prompts">
          <legend>{t('consult.verwachtingen.followUp')}</legend>
          {followUpPrompts(pack).map(promptBox)}
        </fieldset>
      </section>
      <LimitedText
        id="hulpvraag"
        label={t('consult.verwachtingen.hulpvraag')}
        value={state.hulpvraag}
        max={TEXT_MAX}
        onChange={(value) => dispatch({ type: 'text', field: 'hulpvraag', value })}
      />
      <LimitedText
        id="inschatting"
        label={t('consult.verwachtingen.inschatting')}
        value={state.inschatting}
        max={TEXT_MAX}
        onChange={(value) => dispatch({ type: 'text', field: 'inschatting', value })}
      />
      <section class="choice-statement" aria-labelledby="choice-title">
        <h3 id="choice-title">{t('consult.verwachtingen.choice')}</h3>
        <p class="statement">{t('consult.verwachtingen.choiceText')}</p>
        <label class="toggle">
          <input
            type="checkbox"
            checked={state.choiceStated}
            onChange={(e) => dispatch({ type: 'choiceStated', value: e.currentTarget.checked })}
          />
          <span>{t('consult.verwachtingen.choiceStated')}</span>
        </label>
      </section>
    </section>
  );
}
