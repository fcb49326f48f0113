import { useEffect, useRef, useState } from 'preact/hooks';
import type { Practice } from '../../domain/practice';
import type { SettingsStore } from '../../storage/settings';

export interface PracticeSetting {
  /** The practice on the sheet, or null: then the sheet shows nothing for it. */
  practice: Practice | null;
  /** Use this practice (or none) from now on; resolves false when it could not be stored. */
  save(practice: Practice | null): Promise<boolean>;
}

/**
 * The practice's name and telephone, kept in the settings store between consults. Without a
 * store (no storage yet) it holds for this page only. A stored value that does not read back is
 * no practice.
 */
export function usePractice(settings: SettingsStore | null | undefined): PracticeSetting {
  const [practice, setPractice] = useState<Practice | null>(null);
  // Once the GP saved, a stored value that arrives late must not overwrite it.
  const saved = useRef(false);
  useEffect(() => {
    if (!settings) return;
    let live = true;
    void settings
      .practice()
      .catch(() => null)
      .then((stored) => {
        if (live && !saved.current) setPractice(stored);
      });
    return () => {
      live = false;
    };
  }, [settings]);
  const save = async (next: Practice | null) => {
    saved.current = true;
    setPractice(next);
    if (!settings) return false;
    try {
      await settings.setPractice(next);
      return true;
    } catch {
      return false;
    }
  };
  return { practice, save };
}
