import { useRef } from 'preact/hooks';
import {
  afspraakParts,
  DECIDERS,
  KEUZECHECK,
  keuzecheckResult,
  TEXT_MAX,
  toggleAfspraak,
} from '../../domain/consult';
import { useI18n } from '../i18n';
import { LimitedText } from '../LimitedText';
import { StepHeading } from '../StepHeading';
import { KeyHint, useStepKeys } from './stepkeys';
import type { StepProps } from './VerwachtingenStep';

/** Quick afspraken: each group holds one choice at most; a choice adds its words to the next step. */
const QUICK_AFSPRAKEN = [
  ['week1', 'weeks2', 'weeks4', 'weeks6'],
  ['phone', 'office'],
  ['poh'],
  ['patientCalls'],
] as const;

type QuickAfspraak = (typeof QUICK_AFSPRAKEN)[number][number];

export interface KeuzeProps extends Omit<StepProps, 'pack'> {
  /** The keuzekaart's safety net, to fill an empty vangnet when an option is chosen. */
  vangnet?: string | null;
}

/** Step 4 (decision talk): the joint choice or bedenktijd, who decided, keuzecheck, afspraken. */
export function KeuzeStep({ state, dispatch, vangnet }: KeuzeProps) {
  const { t } = useI18n();
  const decision = state.decision;
  const phrase = (quick: QuickAfspraak) => t(`consult.keuze.quick.${quick}`);
  const parts = afspraakParts(state.afspraken.nextStep);
  const toggle = (group: readonly QuickAfspraak[], quick: QuickAfspraak) => {
    const value = toggleAfspraak(state.afspraken.nextStep, phrase(quick), group.map(phrase));
    dispatch({ type: 'afspraken', field: 'nextStep', value });
  };
  const choose = (optionId: string) => {
    dispatch({ type: 'decision', decision: { kind: 'keuze', optionId } });
    // The card's own safety net, where it has one; the GP's own words are never replaced.
    if (vangnet && state.afspraken.vangnet.trim() === '') {
      dispatch({ type: 'afspraken', field: 'vangnet', value: vangnet });
    }
  };
  const bedenktijd = () =>
    dispatch({ type: 'decision', decision: { kind: 'bedenktijd', followUp: '' } });
  const allYes = () => {
    for (const item of KEUZECHECK) dispatch({ type: 'keuzecheck', item, value: true });
  };
  const check = keuzecheckResult(state.keuzecheck);
  // Only 4/4 is free of doubt: a question not yet asked counts too.
  const open = KEUZECHECK.filter((item) => state.keuzecheck[item] === null);

  // One key per choice made in every consult: 1-9 an option, then bedenktijd, who, keuzecheck.
  const optionKey = (i: number) => (i < 9 ? String(i + 1) : null);
  const key = (name: string) => t(`consult.keuze.keys.${name}`);
  const section = useRef<HTMLElement>(null);
  useStepKeys(section, {
    ...Object.fromEntries(
      state.options.flatMap((o, i) => {
        const k = optionKey(i);
        return k ? [[k, () => choose(o.id)]] : [];
      }),
    ),
    [key('bedenktijd').toLowerCase()]: bedenktijd,
    ...Object.fromEntries(
      DECIDERS.map((decider) => [
        key(decider).toLowerCase(),
        () => dispatch({ type: 'decidedBy', decider }),
      ]),
    ),
    [key('allYes').toLowerCase()]: allYes,
  });
  return (
    <section class="step" aria-labelledby="keuze-title" ref={section}>
      <StepHeading id="keuze-title">{t('consult.keuze.title')}</StepHeading>
      <fieldset class="choices">
        <legend>{t('consult.keuze.decision')}</legend>
        {state.options.map((option, i) => {
          const k = optionKey(i);
          return (
            <label class="choice" key={option.id}>
              <input
                type="radio"
                name="decision"
                aria-keyshortcuts={k ?? undefined}
                checked={decision?.kind === 'keuze' && decision.optionId === option.id}
                onChange={() => choose(option.id)}
              />
              <span>{option.title}</span>
              {k && <KeyHint keyName={k} />}
            </label>
          );
        })}
        <label class="choice">
          <input
            type="radio"
            name="decision"
            aria-keyshortcuts={key('bedenktijd')}
            checked={decision?.kind === 'bedenktijd'}
            onChange={bedenktijd}
          />
          <span>{t('consult.keuze.bedenktijd')}</span>
          <KeyHint keyName={key('bedenktijd')} />
        </label>
      </fieldset>
      {decision?.kind === 'bedenktijd' && (
        <div class="field">
          <label class="field-label" for="followup">
            {t('consult.keuze.followUp')}
          </label>
          <input
            id="followup"
            type="date"
            value={decision.followUp}
            onInput={(e) =>
              dispatch({
                type: 'decision',
                decision: { kind: 'bedenktijd', followUp: e.currentTarget.value },
              })
            }
          />
        </div>
      )}
      <fieldset class="choices is-row">
        <legend>{t('consult.keuze.decidedBy')}</legend>
        {DECIDERS.map((decider) => (
          <label class="choice" key={decider}>
            <input
              type="radio"
              name="decidedBy"
              aria-keyshortcuts={key(decider)}
              checked={state.decidedBy === decider}
              onChange={() => dispatch({ type: 'decidedBy', decider })}
            />
            <span>{t(`consult.keuze.deciders.${decider}`)}</span>
            <KeyHint keyName={key(decider)} />
          </label>
        ))}
      </fieldset>
      <section aria-labelledby="check-title">
        <h3 id="check-title">{t('consult.keuze.check')}</h3>
        <p class="field-hint">{t('consult.keuze.checkIntro')}</p>
        <button type="button" aria-keyshortcuts={key('allYes')} onClick={allYes}>
          {t('consult.keuze.allYes')} <KeyHint keyName={key('allYes')} />
        </button>
        {KEUZECHECK.map((item) => (
          <fieldset class="yesno" key={item}>
            <legend>{t(`consult.keuze.questions.${item}`)}</legend>
            {([true, false] as const).map((value) => (
              <label class="choice" key={String(value)}>
                <input
                  type="radio"
                  name={`check-${item}`}
                  checked={state.keuzecheck[item] === value}
                  onChange={() => dispatch({ type: 'keuzecheck', item, value })}
                />
                <span>{t(value ? 'consult.keuze.yes' : 'consult.keuze.no')}</span>
              </label>
            ))}
          </fieldset>
        ))}
        {check.answered > 0 && (
          <p class="check-result" role="status">
            <strong>{t('consult.keuze.result', { yes: check.yes })}</strong>{' '}
            {check.doubts.length > 0 &&
              t('consult.keuze.doubt', {
                items: check.doubts.map((d) => t(`consult.keuze.short.${d}`)).join(', '),
              })}{' '}
            {open.length > 0 &&
              t('consult.keuze.open', {
                items: open.map((d) => t(`consult.keuze.short.${d}`)).join(', '),
              })}
            {!check.doubt && t('consult.keuze.noDoubt')}
          </p>
        )}
      </section>
      <section aria-labelledby="afspraken-title">
        <h3 id="afspraken-title">{t('consult.keuze.afspraken')}</h3>
        <fieldset class="quick">
          <legend>{t('consult.keuze.quickLabel')}</legend>
          {QUICK_AFSPRAKEN.map((group) =>
            group.map((quick) => (
              <button
                type="button"
                key={quick}
                class="quick-choice"
                aria-pressed={parts.includes(phrase(quick)) ? 'true' : 'false'}
                onClick={() => toggle(group, quick)}
              >
                {phrase(quick)}
              </button>
            )),
          )}
        </fieldset>
        {(['nextStep', 'evaluation', 'vangnet'] as const).map((field) => (
          <LimitedText
            key={field}
            id={`afspraak-${field}`}
            label={t(`consult.keuze.${field}`)}
            value={state.afspraken[field]}
            max={TEXT_MAX}
            rows={2}
            onChange={(value) => dispatch({ type: 'afspraken', field, value })}
          />
        ))}
      </section>
    </section>
  );
}
