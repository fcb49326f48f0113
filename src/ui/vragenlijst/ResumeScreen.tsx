import { useT } from '../i18n';
import { StepHeading } from '../StepHeading';

export interface ResumeScreenProps {
  onResume: () => void;
  onRestart: () => void;
}

/**
 * A shared tablet reopened on a recent draft: a neutral choice that shows none of its answers, so
 * the next patient cannot reload their way into the last one's.
 */
export function ResumeScreen({ onResume, onRestart }: ResumeScreenProps) {
  const t = useT();
  return (
    <section class="step" aria-labelledby="resume-title">
      <StepHeading id="resume-title">{t('patient.resume.title')}</StepHeading>
      <p class="lead">{t('patient.resume.body')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onResume}>
          {t('patient.resume.continue')}
        </button>
        <button type="button" onClick={onRestart}>
          {t('patient.resume.restart')}
        </button>
      </div>
    </section>
  );
}
