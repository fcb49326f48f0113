import { useEffect, useState } from 'preact/hooks';
import type { Handoff } from '../../domain/handoff';
import { useT } from '../i18n';
import { StepHeading } from '../StepHeading';
import { QrCode } from './QrCode';
import type { QrPath } from './qrgenerator';
import { loadQrGenerator } from './qrloader';

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
  // The QR generator loads with this step. A payload that does not fit must leave the code usable.
  const [qr, setQr] = useState<QrPath | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    setQr(null);
    void loadQrGenerator()
      .then(({ qrPath }) => qrPath(handoff.payload))
      .then(
        (path) => live && setQr(path),
        () => live && setQr('failed'),
      );
    return () => {
      live = false;
    };
  }, [handoff.payload]);
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
          {qr === 'failed' ? (
            <p class="notice">{t('patient.done.qrError')}</p>
          ) : qr ? (
            <QrCode path={qr} label={t('patient.done.qrLabel')} />
          ) : (
            <p class="loading">{t('common.loading')}</p>
          )}
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
