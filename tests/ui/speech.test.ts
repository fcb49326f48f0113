import { afterEach, describe, expect, it, vi } from 'vitest';
import { speak, speaking, stop, voice, voiceFor } from '../../src/ui/readaloud/speech';

const v = (lang: string, localService = false) =>
  ({ lang, localService, name: lang }) as SpeechSynthesisVoice;

describe('voiceFor', () => {
  it('takes a voice whose language starts with the code, on-device first', () => {
    const voices = [v('en-GB'), v('nl-BE'), v('nl-NL', true)];
    expect(voiceFor(voices, 'nl')?.lang).toBe('nl-NL');
    expect(voiceFor(voices, 'en')?.lang).toBe('en-GB');
  });
  it('has none for a language without a voice', () => {
    expect(voiceFor([v('en-GB')], 'ar')).toBeNull();
    expect(voiceFor([], 'nl')).toBeNull();
  });
});

describe('speech', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is unavailable without speechSynthesis', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    expect(voice('nl')).toBeNull();
  });

  it('speaks the texts in order with the voice language, and stop() cancels', () => {
    const said: string[] = [];
    const cancel = vi.fn();
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [v('nl-NL')],
      speak: (u: { text: string; lang: string }) => said.push(`${u.lang}:${u.text}`),
      cancel,
    });
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        lang = '';
        constructor(public text: string) {}
      },
    );
    const me = {};
    speak(me, ['Kop', '', 'Vraag'], 'nl');
    expect(said).toEqual(['nl-NL:Kop', 'nl-NL:Vraag']);
    expect(speaking(me)).toBe(true);
    stop();
    expect(cancel).toHaveBeenCalled();
    expect(speaking(me)).toBe(false);
  });
});
