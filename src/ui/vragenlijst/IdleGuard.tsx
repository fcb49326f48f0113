import { useEffect, useRef, useState } from 'preact/hooks';
import { type IdlePhase, idlePhase, warningMs } from '../../domain/idle';
import { useT } from '../i18n';

export interface IdleGuardProps {
  /** Seconds without activity before everything is wiped. */
  seconds: number;
  /** Only a preparation in progress needs guarding. */
  armed: boolean;
  /** Wipes everything: at the timeout, or at once when someone else says so. */
  onExpire: () => void;
  /** The warning shows or goes: the flow behind it is hidden meanwhile, not just dimmed. */
  onWarning: (warning: boolean) => void;
}

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel'] as const;

/** Wipes a forgotten preparation on a shared tablet, after a visible countdown. */
export function IdleGuard({ seconds, armed, onExpire, onWarning }: IdleGuardProps) {
  const t = useT();
  const [phase, setPhase] = useState<IdlePhase>({ phase: 'active' });
  const last = useRef(Date.now());
  const dialog = useRef<HTMLDialogElement>(null);
  const expire = useRef(onExpire);
  expire.current = onExpire;
  const warned = useRef(onWarning);
  warned.current = onWarning;

  useEffect(() => {
    if (!armed) return;
    last.current = Date.now();
    const touch = () => {
      last.current = Date.now();
    };
    // Capture on the document: taps inside the shadow root reach it retargeted to the host.
    for (const type of ACTIVITY)
      document.addEventListener(type, touch, { capture: true, passive: true });
    const totalMs = seconds * 1000;
    const timer = setInterval(() => {
      const next = idlePhase(Date.now() - last.current, totalMs, warningMs(totalMs));
      setPhase(next);
      if (next.phase === 'expired') {
        last.current = Date.now();
        expire.current();
      }
    }, 1000);
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, touch, { capture: true });
      setPhase({ phase: 'active' });
    };
  }, [armed, seconds]);

  const warning = phase.phase === 'warning';
  useEffect(() => {
    warned.current(warning);
    const el = dialog.current;
    if (!el) return;
    if (warning && !el.open) el.showModal();
    if (!warning && el.open) el.close();
  }, [warning]);

  const stay = () => {
    last.current = Date.now();
    setPhase({ phase: 'active' });
  };

  return (
    <dialog ref={dialog} class="idle" aria-labelledby="idle-title" onCancel={stay}>
      <h2 id="idle-title">{t('patient.idle.title')}</h2>
      <p aria-live="polite">
        {t('patient.idle.body', {
          count: phase.phase === 'warning' ? phase.secondsLeft : seconds,
        })}
      </p>
      <p>{t('patient.idle.hidden')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={stay}>
          {t('patient.idle.stay')}
        </button>
        <button
          type="button"
          onClick={() => {
            last.current = Date.now();
            expire.current();
          }}
        >
          {t('patient.idle.restart')}
        </button>
      </div>
    </dialog>
  );
}
