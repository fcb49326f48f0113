/**
 * The idle timeout of a shared tablet: after `totalMs` without activity the preparation is wiped,
 * and for the last `warnMs` a countdown gives the patient the chance to stay.
 */
export type IdlePhase =
  | { phase: 'active' }
  | { phase: 'warning'; secondsLeft: number }
  | { phase: 'expired' };

export function idlePhase(elapsedMs: number, totalMs: number, warnMs: number): IdlePhase {
  if (elapsedMs >= totalMs) return { phase: 'expired' };
  if (elapsedMs >= totalMs - warnMs) {
    return { phase: 'warning', secondsLeft: Math.ceil((totalMs - elapsedMs) / 1000) };
  }
  return { phase: 'active' };
}

/** The countdown is a quarter of the timeout, between 10 and 30 seconds. */
export function warningMs(totalMs: number): number {
  return Math.min(30_000, Math.max(10_000, Math.round(totalMs / 4)));
}

/**
 * Whether a saved draft may be resumed. On a shared tablet (`kiosk`) a draft older than the idle
 * timeout belongs to a patient who walked away: the idle wipe would have removed it had the page
 * stayed open, so a reload must not bring it back either. A personal device always resumes.
 */
export function mayResumeDraft(
  savedAt: number,
  now: number,
  settings: { kiosk: boolean; idleSeconds: number },
): boolean {
  return !settings.kiosk || now - savedAt <= settings.idleSeconds * 1000;
}
