import { useEffect, useRef } from 'preact/hooks';
import type { Autosaver } from '../storage/autosave';

/**
 * When the tab is hidden or closed, hand the newest state to storage at once. Effects run after
 * paint, so the state typed last may not be scheduled yet; and pagehide is the last moment a
 * closing tab runs code, so the write may not wait behind an earlier one.
 */
export function useFlushOnHide<T>(
  autosaver: Autosaver<T> | null,
  state: T,
  /** Whether this state is worth saving now (something was entered, nothing blocks it). */
  worthSaving: () => boolean,
): void {
  const latest = useRef(state);
  latest.current = state;
  const worth = useRef(worthSaving);
  worth.current = worthSaving;
  useEffect(() => {
    if (!autosaver) return;
    const flush = () => {
      if (worth.current()) autosaver.schedule(latest.current);
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
