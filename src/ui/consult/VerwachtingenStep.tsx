import { useRef } from 'preact/hooks';
import { checkLine } from '../../domain/checkline';
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
import { KeyHint, useStepKeys } from './stepkeys';

export interface StepProps {
  pack: ContentPack;
  state: ConsultState;
  dispatch: (action: ConsultAction) => void;
}

/** At most this many prompts stand open; the rest wait behind "Meer gespreksvragen". */
const FIRST_PROMPTS = 3;

export interface VerwachtingenProps extends StepProps {
  /** "Er is een keuze": the choice is stated and samen beslissen goes on in Opties. */
  onChoice?: () => void;
}

/**
 * Step 1 (team talk): what the patient said, first; then their web; a few prompts for what they
 * marked; the hulpvraag; and "er is een keuze", which opens Opties.
 */
export function VerwachtingenStep({ pack, state, dispatch, onChoice }: VerwachtingenProps) {
  const { t, lang } = useI18n();
  const handover = state.handover;
  const detail = handover?.detail ?? null;
  const label = (id: string) => pack.dimensions.find((d) => d.id === id)?.label ?? id;
  const list = (items: string[]) =>
    items.length ? items.join(', ') : t('consult.verwachtingen.nothing');
  const used = new Set(state.prompts.map((p) => p.id));
  // Each prompt names its dimension, on screen and in the summary ("Meedoen: wat maakt ...").
  const named = promptDimensions(handover).map((dimension) => ({
    dimension,
    prompts: dimensionPrompts(pack, dimension, handover?.scores[dimension] ?? null).map(
      (prompt) => ({ id: prompt.id, text: `${label(dimension)}: ${prompt.text}` }),
    ),
  }));
  // First the dimensions the patient marked, one prompt each; low scores alone come after.
  const marked = named.filter((n) => handover?.talk.includes(n.dimension));
  const first = (marked.length > 0 ? marked : named)
    .flatMap((n) => n.prompts.slice(0, 1))
    .slice(0, FIRST_PROMPTS);
  const shown = new Set(first.map((p) => p.id));
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
  const choiceKey = t('consult.verwachtingen.choiceKey');
  const section = useRef<HTMLElement>(null);
  useStepKeys(section, onChoice ? { [choiceKey.toLowerCase()]: onChoice } : {});
  // A code carries no free text: the patient's question is asked now, and typed in first.
  const fromCode = handover !== null && state.origin === 'code';
  const hulpvraag = (
    <LimitedText
      id="hulpvraag"
      label={t(
        fromCode ? 'consult.verwachtingen.hulpvraagFromCode' : 'consult.verwachtingen.hulpvraag',
      )}
      value={state.hulpvraag}
      max={TEXT_MAX}
      onChange={(value) => dispatch({ type: 'text', field: 'hulpvraag', value })}
    />
  );
  return (
    <section class="step" aria-labelledby="verwachtingen-title" ref={section}>
      <StepHeading id="verwachtingen-title">{t('consult.verwachtingen.title')}</StepHeading>
      {!handover && <p class="notice">{t('consult.verwachtingen.none')}</p>}
      {handover && (state.origin === 'code' || state.origin === 'qr') && (
        <p class="check-line">{checkLine(handover, t)}</p>
      )}
      {fromCode && (
        <>
          <p class="notice">{t('consult.verwachtingen.missing')}</p>
          {hulpvraag}
        </>
      )}
      {handover && (
        <div class="said">
          <h3>{t('consult.verwachtingen.patient')}</h3>
          {detail?.question && (
            <p class="said-question patient-words" lang={detail.locale}>
              {detail.question}
            </p>
          )}
          <dl class="facts said-facts">
            <dt>{t('consult.verwachtingen.expectations')}</dt>
            <dd>
              {handover.expectations.length === 0 ? (
                t('consult.verwachtingen.nothing')
              ) : (
                <ul class="chips">
                  {handover.expectations.map((e) => (
                    <li key={e}>{t(`expectations.${e}`)}</li>
                  ))}
                </ul>
              )}
            </dd>
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
          </dl>
        </div>
      )}
      {handover && (
        <figure class="glance-web">
          <SpiderWebChart axes={pack.dimensions} scores={handover.scores} talk={handover.talk} />
          <ScoreTable
            caption={t(
              handover.mode === 'face' ? 'consult.web.captionFace' : 'consult.web.caption',
            )}
            faces={handover.mode === 'face'}
            dimensions={pack.dimensions}
            scores={handover.scores}
            talk={handover.talk}
            focus={handover.focus}
          />
        </figure>
      )}
      {first.length > 0 && (
        <fieldset class="prompts">
          <legend>{t('consult.verwachtingen.prompts')}</legend>
          <p class="field-hint">{t('consult.verwachtingen.promptsIntro')}</p>
          {first.map(promptBox)}
        </fieldset>
      )}
      {!fromCode && hulpvraag}
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
        <div class="actions">
          {onChoice && (
            <button type="button" class="primary" aria-keyshortcuts={choiceKey} onClick={onChoice}>
              {t('consult.verwachtingen.choiceGo')} <KeyHint keyName={choiceKey} />
            </button>
          )}
          <label class="toggle">
            <input
              type="checkbox"
              checked={state.choiceStated}
              onChange={(e) => dispatch({ type: 'choiceStated', value: e.currentTarget.checked })}
            />
            <span>{t('consult.verwachtingen.choiceStated')}</span>
          </label>
        </div>
      </section>
      <details class="more-prompts">
        <summary>{t('consult.verwachtingen.morePrompts')}</summary>
        {named.length === 0 && <p>{t('consult.verwachtingen.promptsNone')}</p>}
        {named.map(({ dimension, prompts }) => {
          const rest = prompts.filter((p) => !shown.has(p.id));
          if (rest.length === 0) return null;
          const score = handover?.scores[dimension] ?? null;
          return (
            <fieldset class="prompts" key={dimension}>
              <legend>
                {label(dimension)}
                {score !== null && ` (${formatScore(score, lang)})`}
              </legend>
              {rest.map(promptBox)}
            </fieldset>
          );
        })}
        <fieldset class="prompts">
          <legend>{t('consult.verwachtingen.followUp')}</legend>
          {followUpPrompts(pack).map(promptBox)}
        </fieldset>
      </details>
    </section>
  );
}
