import { useI18n } from '../i18n';
import { StepHeading } from '../StepHeading';
import type { StepProps } from './VerwachtingenStep';

/** Step 5: the SOEP summary (built in the summary issue). */
export function SamenvattingStep(_props: StepProps) {
  const { t } = useI18n();
  return (
    <section class="step" aria-labelledby="samenvatting-title">
      <StepHeading id="samenvatting-title">{t('consult.samenvatting.title')}</StepHeading>
    </section>
  );
}
