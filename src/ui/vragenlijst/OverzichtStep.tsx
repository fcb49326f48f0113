import type { ContentPack } from '../../domain/contentpack';
import { EXPECTATIONS } from '../../domain/dimensions';
import { nearestFace, scoresFor } from '../../domain/scoring';
import type { PatientStep, VragenlijstAction, VragenlijstState } from '../../domain/vragenlijst';
import { formatScore } from '../format';
import { useI18n } from '../i18n';
import { LeesVoor } from '../readaloud/ReadAloud';
import { StepHeading } from '../StepHeading';

export interface OverzichtStepProps {
  pack: ContentPack;
  state: VragenlijstState;
  dispatch: (action: VragenlijstAction) => void;
}

/**
 * "Dit heeft u ingevuld", before Klaar: every answer in words, as a list a screen reader reads
 * in order, with a way back to the step that holds it. Nothing here can be changed in place.
 */
/** "7/10" to read at a glance, "7 van 10" to hear. */
function Score({ value }: { value: string }) {
  const t = useI18n().t;
  return (
    <>
      <span aria-hidden="true">{t('patient.web.valueShort', { value })}</span>
      <span class="visually-hidden">{t('patient.web.valueText', { value })}</span>
    </>
  );
}

export function OverzichtStep({ pack, state, dispatch }: OverzichtStepProps) {
  const { t, lang } = useI18n();
  const prep = state.preparation;
  const scores = scoresFor(pack, prep.mode, prep.answers);
  const focus = pack.dimensions.find((d) => d.id === prep.focus);
  const name = (d: ContentPack['dimensions'][number]) => d.everyday ?? d.label;
  const back = (step: PatientStep, what: string) => (
    <button
      type="button"
      aria-label={`${t('patient.overview.change')}: ${what}`}
      onClick={() => dispatch({ type: 'step', step })}
    >
      {t('patient.overview.change')}
    </button>
  );
  const expectations = EXPECTATIONS.filter((e) => prep.expectations.includes(e));
  return (
    <section class="step overview" aria-labelledby="overzicht-title">
      <StepHeading id="overzicht-title">{t('patient.overview.title')}</StepHeading>
      <LeesVoor />
      {/* Heard: the "Veranderen" under each list asks it to the eye. */}
      <p class="visually-hidden">{t('patient.overview.intro')}</p>

      <h3>{t('patient.steps.spinnenweb')}</h3>
      <ul>
        {pack.dimensions.map((d) => {
          const score = scores[d.id];
          return (
            <li key={d.id}>
              {name(d)}:{' '}
              {score === null ? (
                t('patient.overview.empty')
              ) : prep.mode === 'face' ? (
                t(`patient.face.${nearestFace(score)}`)
              ) : (
                <Score value={formatScore(score, lang)} />
              )}
              {prep.talk.includes(d.id) && <> · {t('patient.web.talk')}</>}
            </li>
          );
        })}
      </ul>
      {back('spinnenweb', t('patient.steps.spinnenweb'))}

      <h3>{t('patient.steps.belangrijk')}</h3>
      <ul>
        <li>{focus ? name(focus) : t('patient.focus.none')}</li>
        {prep.change && <li>{prep.change}</li>}
        {prep.need && <li>{prep.need}</li>}
      </ul>
      {back('belangrijk', t('patient.steps.belangrijk'))}

      <h3>{t('patient.steps.vraag')}</h3>
      <ul>
        {expectations.length === 0 && !prep.question && <li>{t('patient.overview.empty')}</li>}
        {expectations.map((e) => (
          <li key={e}>{t(`expectations.${e}`)}</li>
        ))}
        {prep.question && <li>{prep.question}</li>}
      </ul>
      {back('vraag', t('patient.steps.vraag'))}
    </section>
  );
}
