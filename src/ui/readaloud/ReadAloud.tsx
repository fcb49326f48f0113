import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { speak, speaking, stop, subscribe, voice } from './speech';

/** Whether there is a voice for the screen's language; follows late-arriving voices. */
export function useReadAloud(): boolean {
  const { lang } = useI18n();
  const [, redraw] = useState(0);
  useEffect(() => subscribe(() => redraw((n) => n + 1)), []);
  return voice(lang) !== null;
}

/**
 * "Lees voor": reads `texts()` aloud and becomes "Stop" while it speaks. Renders nothing without
 * a voice. `small`: the one beside a single question.
 */
export function LeesVoor({ texts, small }: { texts: () => string[]; small?: boolean }) {
  const { t, lang } = useI18n();
  const me = useRef({}).current;
  const available = useReadAloud();
  const on = speaking(me);
  // Unmounting (another step, a wipe) silences what this button started.
  useEffect(
    () => () => {
      if (speaking(me)) stop();
    },
    [me],
  );
  if (!available) return null;
  const label = t(on ? 'readAloud.stop' : small ? 'readAloud.question' : 'readAloud.step');
  return (
    <button
      type="button"
      class={small ? 'link-button read-aloud is-small' : 'read-aloud'}
      aria-pressed={on}
      aria-label={small || on ? label : undefined}
      onClick={() => (on ? stop() : speak(me, texts(), lang))}
    >
      {on ? t('readAloud.stopShort') : small ? '🔊' : t('readAloud.step')}
    </button>
  );
}
