import { useEffect, useRef, useState } from 'preact/hooks';
import type { Handoff } from '../../domain/handoff';
import { phoneFragment, phonePage } from '../../domain/phonelink';
import { useT } from '../i18n';
import { LeesVoor } from '../readaloud/ReadAloud';
import { StepHeading } from '../StepHeading';
import { ConsultCode } from './ConsultCode';
import { QrCode } from './QrCode';
import type { QrPath } from './qrgenerator';
import { loadQrGenerator } from './qrloader';

export interface KlaarStepProps {
  handoff: Handoff;
  /** Seconds left alone before the step wipes itself. */
  seconds: number;
  onChange: () => void;
  /** Wipe everything: the patient has the code, or the countdown ran out. */
  onWipe: () => void;
}

type Qr = QrPath | 'failed' | null;

/**
 * Step 5: what to do now, the consultcode large, the QR with everything, a second QR that takes
 * the code along on the patient's own phone, and the wipe: "Ik heb mijn code", or a countdown.
 */
export function KlaarStep({ handoff, seconds, onChange, onWipe }: KlaarStepProps) {
  const t = useT();
  const { detail } = handoff.handover;
  const hasText = [detail.change, detail.need, detail.question].some((s) => s.trim() !== '');
  // The QR generator loads with this step. A payload that does not fit must leave the code usable.
  const [qr, setQr] = useState<Qr>(null);
  const [phoneQr, setPhoneQr] = useState<Qr>(null);
  useEffect(() => {
    let live = true;
    setQr(null);
    setPhoneQr(null);
    const page = phonePage(location.href);
    void loadQrGenerator().then(
      (generator) => {
        const make = (draw: () => QrPath): Qr => {
          try {
            return draw();
          } catch {
            return 'failed';
          }
        };
        if (!live) return;
        setQr(make(() => generator.qrPath(handoff.payload)));
        setPhoneQr(make(() => generator.qrLinkPath(page, phoneFragment(handoff.payload))));
      },
      () => {
        if (!live) return;
        setQr('failed');
        setPhoneQr('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [handoff.payload]);

  const left = useCountdown(seconds, onWipe);
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  // Screen readers hear the countdown at its start and at 30 and 10 seconds, not every second.
  const milestone =
    left <= 10 ? Math.min(10, seconds) : left <= 30 ? Math.min(30, seconds) : seconds;

  return (
    <section class="step" aria-labelledby="klaar-title">
      <StepHeading id="klaar-title">{t('patient.done.title')}</StepHeading>
      <LeesVoor />
      {/* One line for both: the code and the QR carry the same answers. */}
      <h3 id="code-label">{t('patient.done.codeLabel')}</h3>
      <div class="handoff">
        <div class="handoff-code">
          <ConsultCode code={handoff.code} />
          {hasText && <p class="notice">{t('patient.done.noText')}</p>}
        </div>
        <div class="handoff-qr">
          <QrSlot qr={qr} label={t('patient.done.qrLabel')} error={t('patient.done.qrError')} />
        </div>
        {/* Closed until asked for: most patients show the code, and a second QR beside the
            first one raises the question which one to show. */}
        <details class="handoff-qr" data-testid="phone-qr">
          <summary>{t('patient.done.phoneTitle')}</summary>
          <QrSlot
            qr={phoneQr}
            label={t('patient.done.phoneLabel')}
            error={t('patient.done.phoneError')}
          />
          <p>{t('patient.done.phoneHelp')}</p>
        </details>
      </div>
      <div class="actions">
        <button type="button" class="primary" aria-describedby="have-help" onClick={onWipe}>
          {t('patient.done.have')}
        </button>
        <button type="button" onClick={onChange}>
          {t('patient.done.change')}
        </button>
        <button type="button" onClick={() => setAsking(true)} aria-expanded={asking}>
          {t('patient.done.next')}
        </button>
      </div>
      {/* Heard with the button; the countdown below says it for the eye. */}
      <p class="visually-hidden" id="have-help">
        {t('patient.done.haveHelp')}
      </p>
      {asking && (
        <div class="notice done-ask">
          <h3 id="ask-title" ref={question} tabIndex={-1}>
            {t('patient.done.askTitle')}
          </h3>
          <p>{t('patient.done.askBody')}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={onWipe}>
              {t('patient.done.askYes')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('patient.done.askNo')}
            </button>
          </div>
        </div>
      )}
      <p class="countdown" data-testid="klaar-countdown" aria-hidden="true">
        {t('patient.done.countdown', { count: left })}
      </p>
      <p class="visually-hidden" role="status">
        {t('patient.done.countdown', { count: milestone })}
      </p>
    </section>
  );
}

function QrSlot({ qr, label, error }: { qr: Qr; label: string; error: string }) {
  const t = useT();
  if (qr === 'failed') return <p class="notice">{error}</p>;
  if (qr) return <QrCode path={qr} label={label} />;
  return <p class="loading">{t('common.loading')}</p>;
}

/**
 * Seconds left before `onExpire`; a tap or key anywhere starts the count again, so the code is
 * not wiped while it is being shown or typed over.
 */
function useCountdown(seconds: number, onExpire: () => void): number {
  const [left, setLeft] = useState(seconds);
  const expire = useRef(onExpire);
  expire.current = onExpire;
  useEffect(() => {
    let start = Date.now();
    let done = false;
    const restart = () => {
      start = Date.now();
      setLeft(seconds);
    };
    document.addEventListener('pointerdown', restart, { capture: true, passive: true });
    document.addEventListener('keydown', restart, { capture: true, passive: true });
    const timer = setInterval(() => {
      const next = Math.max(0, seconds - Math.floor((Date.now() - start) / 1000));
      setLeft(next);
      if (next === 0 && !done) {
        done = true;
        expire.current();
      }
    }, 1000);
    return () => {
      clearInterval(timer);
      document.removeEventListener('pointerdown', restart, { capture: true });
      document.removeEventListener('keydown', restart, { capture: true });
    };
  }, [seconds]);
  return left;
}
