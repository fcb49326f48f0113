/**
 * Read-aloud over the browser's own Web Speech API: nothing leaves the device. Kept tiny, as it
 * lands in the single-file embed. `null` from `voiceFor` means "unavailable": no button then.
 */

/** Only one reader speaks at a time: `owner` is the button that started it. */
let owner: object | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
const synth = (): SpeechSynthesis | undefined => globalThis.speechSynthesis;

/** A voice for the language (its code is a prefix of voice.lang), on-device voices first. */
export function voiceFor(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | null {
  const code = lang.toLowerCase().split('-')[0] ?? '';
  const fits = voices.filter((v) => v.lang.toLowerCase().startsWith(code));
  return fits.find((v) => v.localService) ?? fits[0] ?? null;
}

export const voice = (lang: string) => {
  const s = synth();
  return s ? voiceFor(s.getVoices(), lang) : null;
};

/** Calls back when the voices arrive (often after the first render) or the speaker changes. */
export function subscribe(listener: () => void): () => void {
  const s = synth();
  listeners.add(listener);
  s?.addEventListener?.('voiceschanged', listener);
  return () => {
    listeners.delete(listener);
    s?.removeEventListener?.('voiceschanged', listener);
  };
}

export const speaking = (who: object) => owner === who;

export function stop() {
  synth()?.cancel();
  owner = null;
  notify();
}

/** Speaks the texts in order; the last one's end frees the reader. */
export function speak(who: object, texts: readonly string[], lang: string) {
  stop();
  const s = synth();
  const v = voice(lang);
  if (!s || !v) return;
  owner = who;
  const said = texts.filter(Boolean);
  said.forEach((text, i) => {
    const u = new SpeechSynthesisUtterance(text);
    u.voice = v;
    u.lang = v.lang;
    if (i === said.length - 1)
      u.onend = u.onerror = () => {
        if (owner === who) {
          owner = null;
          notify();
        }
      };
    s.speak(u);
  });
  notify();
}
