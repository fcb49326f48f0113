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

/** What is read: the texts on screen, in their order (buttons and hidden text left out). */
const READ = 'h2, h3, p, legend, label, li';

/**
 * "Lees voor": reads its step (heading, explanation, questions, scale ends, choices) aloud, or
 * with `small` the one question it sits beside; becomes "Stop" while it speaks. Renders nothing
 * without a voice. Reading the screen itself keeps the steps free of text lists.
 */
export function LeesVoor({ small }: { small?: boolean }) {
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
      onClick={(e) => {
        if (on) return stop();
        const scope = e.currentTarget.closest(small ? '.slider, .faces' : 'section');
        const found = scope ? [...scope.querySelectorAll<HTMLElement>(READ)] : [];
        speak(
          me,
          found.map((el) => (el.textContent ?? '').trim()),
          lang,
        );
      }}
    >
      {on ? t('readAloud.stopShort') : small ? '🔊' : t('readAloud.step')}
    </button>
  );
}
