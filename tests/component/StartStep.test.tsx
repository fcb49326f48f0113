import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ContentPack } from '../../src/domain/contentpack';
import { checkPair, encodeDigits, formatGroups } from '../../src/domain/crockford';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import { encodeQrPayload, type QrHandover } from '../../src/domain/qrpayload';
import { StartStep } from '../../src/ui/consult/StartStep';
import { PACK } from './consultsteps';
import { ConsultTexts } from './i18n';

/** A twelve-symbol code with any field values, valid check symbols included (layout: src/domain/consultcode.ts). */
function rawCode(fields: {
  version?: number;
  pack?: number;
  scores?: number[];
  focus?: number;
  mode?: number;
}) {
  const { version = 3, pack = 1, focus = 7, mode = 0 } = fields;
  let value = version * 8 + pack;
  for (const s of fields.scores ?? [5, 5, 5, 5, 5, 5]) value = value * 16 + s;
  // talk 0, focus, expectations 0, language 1 (nl), mode.
  value = ((value * 64 * 8 + focus) * 128 * 8 + 1) * 4 + mode;
  const data = encodeDigits(value, 10);
  return formatGroups(data + checkPair(data));
}

/** The example patient of docs/architecture.md, as version 3 (nl, quick) writes it. */
const CODE = 'SCHT-KC2J-24G*';

const SCANNED: QrHandover = {
  pack: DEFAULT_PACK,
  scores: { lichaam: 6, mentaal: 4, zingeving: 7, kwaliteit: 5, meedoen: 3, dagelijks: 6 },
  talk: ['meedoen'],
  focus: null,
  expectations: ['uitleg'],
  locale: 'nl',
  mode: 'quick',
  detail: {
    pack: DEFAULT_PACK,
    locale: 'nl',
    mode: 'quick',
    answers: {},
    talk: ['meedoen'],
    focus: null,
    change: '',
    need: '',
    expectations: ['uitleg'],
    question: 'Moe.',
  },
};

function renderStart(focusCode = 0, pack: ContentPack | null = null) {
  const onOpen = vi.fn();
  render(
    <ConsultTexts>
      <StartStep
        pack={pack}
        drafts={[]}
        currentId={null}
        onOpen={onOpen}
        onOpenDraft={() => {}}
        onRemoveDraft={() => {}}
        history={null}
        focusCode={focusCode}
        onCodeFocused={() => {}}
      />
    </ConsultTexts>,
  );
  const field = screen.getByRole('textbox', { name: 'Consultcode' });
  const status = () => document.getElementById('consultcode-status')?.textContent ?? '';
  return { field, status, onOpen };
}

async function typeCode(field: HTMLElement, text: string, enter = false) {
  await userEvent.fill(field, text);
  if (enter) await userEvent.keyboard('{Enter}');
}

describe('focus on the consultcode field', () => {
  it('is there at once, so the first key typed goes into the code', async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    const { field } = renderStart(1);
    expect(document.activeElement).toBe(field);
    await userEvent.keyboard('9cht');
    expect((field as HTMLInputElement).value).toBe('9cht');
  });

  it('is never taken from an element of the host page that has it', () => {
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    const { field } = renderStart(1);
    expect(document.activeElement).toBe(outside);
    outside.remove();
    expect(field).not.toBe(document.activeElement);
  });
});

describe('the consultcode field', () => {
  it('asks for a code while empty, and counts down what is left, in the singular for one', async () => {
    const { field, status } = renderStart();
    expect(status()).toBe('Typ de code van de patiënt, bijvoorbeeld SCHT-KYJJ-25B2.');
    await typeCode(field, 'SCHT-KC2');
    expect(status()).toBe('Nog 5 tekens.');
    await typeCode(field, 'SCHT-KC2J-24G');
    expect(status()).toBe('Nog 1 teken.');
  });

  it('counts down to eleven or ten characters for a code of an older version', async () => {
    const { field, status } = renderStart();
    await typeCode(field, 'HCHT-KC2J-2F');
    expect(status()).toBe('Nog 1 teken.');
    await typeCode(field, '9CHT-KC2J-2');
    expect(status()).toBe('Nog 1 teken.');
  });

  it('opens a valid code on Enter, with the language and the mode it carries', async () => {
    const { field, status, onOpen } = renderStart();
    await typeCode(field, CODE.toLowerCase().replaceAll('-', ' '), true);
    expect(status()).toBe('De code klopt. Druk op Enter om te openen.');
    expect(onOpen).toHaveBeenCalledWith(
      'code',
      expect.objectContaining({ focus: 'meedoen', locale: 'nl', mode: 'quick', detail: null }),
    );
  });

  it('opens a face-mode code with the scores the web showed', async () => {
    const { field, onOpen } = renderStart();
    await typeCode(field, rawCode({ mode: 2, scores: [0, 1, 2, 3, 4, 15] }), true);
    expect(onOpen).toHaveBeenCalledWith(
      'code',
      expect.objectContaining({
        mode: 'face',
        scores: expect.objectContaining({ lichaam: 0, mentaal: 2.5, zingeving: 5, kwaliteit: 7.5 }),
      }),
    );
  });

  it.each([
    ['version 2', 'hcht kc2j 2f8', 11],
    ['version 1', '9cht kc2j 2m', 10],
  ])(
    'opens a code of %s, says where it comes from, and brings no language or mode',
    async (_, typed, length) => {
      const { field, status, onOpen } = renderStart();
      await typeCode(field, typed, true);
      expect(status()).toBe(
        `De code klopt. Hij komt uit een oudere versie van Samenspraak, met ${length} tekens. Druk op Enter om te openen.`,
      );
      expect(field.getAttribute('aria-invalid')).toBeNull();
      expect(onOpen).toHaveBeenCalledWith(
        'code',
        expect.objectContaining({ focus: 'meedoen', locale: null, mode: null }),
      );
    },
  );

  it.each([
    ['a short code, on Enter', 'SCHT-KC2J', true, 'De code is te kort: 8 van de 12 tekens.'],
    [
      'a short code of version 2, on Enter',
      'HCHT-KC2J-2',
      true,
      'De code is te kort: 9 van de 11 tekens.',
    ],
    [
      'a short code of version 1, on Enter',
      '9CHT-KC2J',
      true,
      'De code is te kort: 8 van de 10 tekens.',
    ],
    [
      'a long code',
      `${CODE}0`,
      false,
      'De code is te lang: 13 tekens, een consultcode heeft er 12.',
    ],
    ['a typo', 'SCHT-KC2J-24G~', false, 'De controleletter klopt niet — kijk de code nog eens na.'],
    [
      'two typos',
      'SCHT-KD2J-24GZ',
      false,
      'De controleletter klopt niet — kijk de code nog eens na.',
    ],
    [
      'a code of another version',
      rawCode({ version: 0 }),
      false,
      'Deze code komt uit een andere versie van Samenspraak (versie 0). Scan de QR-code of vul samen in.',
    ],
    [
      'a score that cannot be',
      rawCode({ scores: [5, 11, 5, 5, 5, 5] }),
      false,
      'De code bevat een waarde die niet kan (score:mentaal). Kijk de code nog eens na.',
    ],
    [
      'a face that cannot be',
      rawCode({ mode: 2, scores: [5, 4, 4, 4, 4, 4] }),
      false,
      'De code bevat een waarde die niet kan (score:lichaam). Kijk de code nog eens na.',
    ],
    [
      'a letter that is no code symbol',
      'SCHT-#C2J-24G*',
      false,
      'Het teken ‘\u2068#\u2069’ op plek 6 hoort niet in een consultcode.',
    ],
  ])('says what is wrong with %s, and keeps the text', async (_, typed, enter, message) => {
    const { field, status, onOpen } = renderStart();
    await typeCode(field, typed, enter);
    expect(status()).toBe(message);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((field as HTMLInputElement).value).toBe(typed);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('names an invisible bidi control by its code point, so the message reads the right way', async () => {
    const { field, status } = renderStart();
    await typeCode(field, 'SCHT\u202EKC2J');
    expect(status()).toBe('Het teken ‘U+202E’ op plek 5 hoort niet in een consultcode.');
    // The message holds no control that could turn the rest of it around.
    expect(status()).not.toMatch(/[\u202A-\u202E\u2066-\u2067]/);
  });
});

describe('samen invullen', () => {
  it('keeps focus in the consult when its button gives way to the web', async () => {
    renderStart(0, PACK);
    await userEvent.click(screen.getByRole('button', { name: 'Samen invullen' }));
    // The web's own heading, not the "Samen invullen" way it was opened from.
    await expect.poll(() => document.activeElement?.id).toBe('samen-title');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.getAttribute('type')).toBe('range');
  });
});

describe('a keyboard-mode QR scanner typing into the consultcode field', () => {
  it('opens the whole preparation on Enter, after what the GP typed before, and empties the field', async () => {
    const { field, status, onOpen } = renderStart(1);
    const payload = encodeQrPayload(SCANNED);
    await userEvent.keyboard(`9c${payload.toLowerCase()}`);
    expect(status()).toBe('Een QR-code wordt ingelezen…');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(onOpen).toHaveBeenCalledOnce());
    expect(onOpen).toHaveBeenCalledWith(
      'qr',
      expect.objectContaining({ detail: expect.objectContaining({ question: 'Moe.' }) }),
    );
    expect((field as HTMLInputElement).value).toBe('');
  });
});
