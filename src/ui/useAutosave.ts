import { useEffect, useRef } from 'preact/hooks';
import type { Autosaver } from '../storage/autosave';

/**
 * Autosave a state: each change goes to the autosaver (written within its delay), and when the
 * tab is hidden or closed, or the element leaves the page, what is pending is written at once.
 * Effects run after paint, so the state typed last may not have been handed over yet; pagehide
 * is the last moment a closing tab runs code, so that write may not wait behind an earlier one.
 */
export function useAutosave<T>(
  autosaver: Autosaver<T> | null,
  state: T,
  /** Whether this state is worth saving now (something was entered, nothing blocks it). */
  worthSaving: () => boolean,
  /** A value whose change is a reason to try again (e.g. a conflict resolved). */
  retry?: unknown,
): void {
  const latest = useRef(state);
  latest.current = state;
  const worth = useRef(worthSaving);
  worth.current = worthSaving;
  // The newest state handed to the autosaver: hiding a tab must not write it a second time.
  const handed = useRef<T | null>(null);

  // `retry` is in the list as a reason to run again, though the effect does not read it.
  useEffect(() => {
    if (!autosaver || !worth.current()) return;
    autosaver.schedule(state);
    handed.current = state;
  }, [state, autosaver, retry]);

  useEffect(() => {
    if (!autosaver) return;
    const flush = () => {
      if (worth.current() && latest.current !== handed.current) {
        autosaver.schedule(latest.current);
        handed.current = latest.current;
      }
      void autosaver.flushNow();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // The element is leaving the page (or storage changed): keep what was typed.
      flush();
    };
  }, [autosaver]);
}
