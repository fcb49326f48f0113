import { useMemo } from 'preact/hooks';
import type { Handover, Preparation } from '../../domain/preparation';
import { useT } from '../i18n';
import { StepHeading } from '../StepHeading';
import { QrCode, qrPath } from './QrCode';

export interface Handoff {
  code: string;
  payload: string;
  handover: Handover & { detail: Preparation };
}

export interface KlaarStepProps {
  handoff: Handoff;
  onChange: () => void;
  onNextPatient: () => void;
}

/** Step 5: the consultcode large, the QR with everything, and the wipe for the next patient. */
export function KlaarStep({ handoff, onChange, onNextPatient }: KlaarStepProps) {
  const t = useT();
  const { detail } = handoff.handover;
  const hasText = [detail.change, detail.need, detail.question].some((s) => s.trim() !== '');
  // The QR is drawn here, inside the try: a payload that does not fit must leave the code usable.
  const qr = useMemo(() => {
    try {
      return <QrCode path={qrPath(handoff.payload)} label={t('patient.done.qrLabel')} />;
    } catch {
      return <p class="notice">{t('patient.done.qrError')}</p>;
    }
  }, [handoff.payload, t]);
  return (
    <section class="step" aria-labelledby="klaar-title">
      <StepHeading id="klaar-title">{t('patient.done.title')}</StepHeading>
      <div class="handoff">
        <div class="handoff-code">
          <h3 id="code-label">{t('patient.done.codeLabel')}</h3>
          <p class="consultcode" data-testid="consultcode">
            {handoff.code}
          </p>
          <p>{t('patient.done.codeHelp')}</p>
          {hasText && <p class="notice">{t('patient.done.noText')}</p>}
        </div>
        <div class="handoff-qr">
          {qr}
          <p>{t('patient.done.qrHelp')}</p>
        </div>
      </div>
      <div class="actions">
        <button type="button" onClick={onChange}>
          {t('patient.done.change')}
        </button>
        <button type="button" class="primary" aria-describedby="next-help" onClick={onNextPatient}>
          {t('patient.done.next')}
        </button>
      </div>
      <p class="field-hint" id="next-help">
        {t('patient.done.nextHelp')}
      </p>
    </section>
  );
}
