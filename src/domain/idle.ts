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
