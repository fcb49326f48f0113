import { screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  type ConsultState,
  consultReducer,
  initialConsult,
  SUMMARY_MAX,
} from '../../src/domain/consult';
import { SamenvattingStep } from '../../src/ui/consult/SamenvattingStep';
import { AFWACHTEN, renderStep } from './consultsteps';

function renderSummary(start?: ConsultState) {
  const seen = renderStep(
    (props) => <SamenvattingStep {...props} startedAt={0} onFinish={async () => undefined} />,
    start,
  );
  const box = screen.getByRole('textbox', { name: 'Samenvatting (aan te passen)' });
  const blocks = () => [...document.querySelectorAll('.summary-line')].map((el) => el.textContent);
  return { seen, box: box as HTMLTextAreaElement, blocks };
}

/** The charset and the wrap width sit under "Instellingen", closed at first. */
async function openSettings() {
  await userEvent.click(screen.getByText('Instellingen'));
}

const withQuestion = () =>
  consultReducer(initialConsult(AFWACHTEN), {
    type: 'text',
    field: 'hulpvraag',
    value: 'Moe sinds de verhuizing.',
  });

const planned = () =>
  [
    {
      type: 'text',
      field: 'hulpvraag',
      value: 'Moe en somber sinds de verhuizing naar een andere wijk.',
    },
    { type: 'decision', decision: { kind: 'keuze', optionId: AFWACHTEN.id } },
    { type: 'afspraken', field: 'vangnet', value: 'eerder bellen als het slechter gaat' },
  ].reduce(
    (state, action) => consultReducer(state, action as Parameters<typeof consultReducer>[1]),
    initialConsult(AFWACHTEN),
  );

describe('copying for the HIS', () => {
  afterEach(() => vi.restoreAllMocks());

  it('copies each field without its letter, and everything with the letters', async () => {
    const copied: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text) => {
      copied.push(text);
    });
    const { box } = renderSummary(planned());
    await userEvent.click(screen.getByRole('button', { name: /^Kopieer S\b/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Kopieer P\b/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Kopieer alles/ }));
    expect(copied[0]).toBe('Hulpvraag: Moe en somber sinds de verhuizing naar een andere wijk.');
    expect(copied[1]).toBe('Keuze: afwachten. Vangnet: eerder bellen als het slechter gaat.');
    expect(copied[2]).toBe(box.value);
    expect(copied[2]?.split('\n').map((line) => line.slice(0, 3))).toEqual(['S: ', 'P: ']);
    await waitFor(() => expect(screen.getAllByText('Gekopieerd')).toHaveLength(3));
  });

  it('copies a wrapped field as plain lines, without the indent under the letter', async () => {
    const copied: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text) => {
      copied.push(text);
    });
    renderSummary(planned());
    await openSettings();
    await userEvent.fill(screen.getByRole('spinbutton', { name: 'Regelbreedte' }), '40');
    await userEvent.keyboard('{Tab}');
    await waitFor(() =>
      expect(document.querySelector('.summary-line')?.textContent).toContain('\n   '),
    );
    await userEvent.click(screen.getByRole('button', { name: /^Kopieer S\b/ }));
    const lines = (copied[0] ?? '').split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(40);
      expect(line).toBe(line.trim());
    }
    expect(lines.join(' ')).toBe(
      'Hulpvraag: Moe en somber sinds de verhuizing naar een andere wijk.',
    );
  });
});

describe('the version line', () => {
  it('is off by default, and ends E when the GP turns it on', async () => {
    const { box } = renderSummary(withQuestion());
    expect(box.value).toBe('S: Hulpvraag: Moe sinds de verhuizing.');
    await openSettings();
    await userEvent.click(screen.getByRole('checkbox', { name: /^Versieregel/ }));
    await waitFor(() => expect(box.value).toContain('E: Hulpmiddel: Samenspraak'));
  });
});

describe('one key per copy', () => {
  afterEach(() => vi.restoreAllMocks());
  const copies = () => {
    const copied: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text) => {
      copied.push(text);
    });
    return copied;
  };

  it('"Kopieer volgende veld" copies S, then P, then S again, each without its letter', async () => {
    const copied = copies();
    renderSummary(planned());
    const next = () => screen.getByRole('button', { name: /^Kopieer het volgende veld/ });
    expect(next().getAttribute('aria-label')).toBe(
      'Kopieer het volgende veld, S, zonder de letter S',
    );
    await userEvent.click(next());
    await waitFor(() => expect(next().getAttribute('aria-label')).toContain(', P,'));
    expect(await screen.findByText('S gekopieerd')).toBeTruthy();
    await userEvent.click(next());
    await waitFor(() => expect(next().getAttribute('aria-label')).toContain(', S,'));
    expect(copied).toEqual([
      'Hulpvraag: Moe en somber sinds de verhuizing naar een andere wijk.',
      'Keuze: afwachten. Vangnet: eerder bellen als het slechter gaat.',
    ]);
  });

  it('"V" copies the next field and "A" everything, from the step but not from a field', async () => {
    const copied = copies();
    const { box } = renderSummary(planned());
    screen.getByRole('heading', { name: 'Samenvatting' }).focus();
    await userEvent.keyboard('v');
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toMatch(/^Hulpvraag: /);
    await userEvent.keyboard('a');
    await waitFor(() => expect(copied).toHaveLength(2));
    expect(copied[1]).toBe(box.value);
    // In the text box the letters are text, not keys.
    box.focus();
    await userEvent.keyboard('va');
    expect(copied).toHaveLength(2);
    expect(box.value).toContain('va');
  });

  it('shows the key beside each copy button it presses', () => {
    renderSummary(planned());
    const all = screen.getByRole('button', { name: /^Kopieer alles/ });
    expect(all.getAttribute('aria-keyshortcuts')).toBe('A');
    expect(all.querySelector('.key-hint')?.textContent).toBe('A');
  });
});

describe('the ICPC code', () => {
  it("offers the card's codes and none; the choice goes into E", async () => {
    const card = {
      ...withQuestion(),
      keuzekaart: {
        id: 'somberheid',
        version: '1.0.0',
        title: 'Sombere gevoelens',
        icpc: [
          { code: 'P03', label: 'depressieve gevoelens' },
          { code: 'P76', label: 'depressie' },
        ],
      },
      icpc: 'P03',
    };
    const { box } = renderSummary(card);
    expect(box.value).toContain('E: ICPC P03.');
    expect(
      (screen.getByRole('radio', { name: 'P03 depressieve gevoelens' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: 'P76 depressie' }));
    await waitFor(() => expect(box.value).toContain('E: ICPC P76.'));
    await userEvent.click(screen.getByRole('radio', { name: 'Geen code' }));
    await waitFor(() => expect(box.value).not.toContain('ICPC'));
  });

  it('asks nothing without a card that carries codes', () => {
    renderSummary(withQuestion());
    expect(screen.queryByRole('group', { name: 'ICPC-code in E' })).toBeNull();
  });
});

describe('the edited summary', () => {
  it('goes to the HIS folded to ASCII, line by line, like the generated text', async () => {
    const { box, blocks } = renderSummary(withQuestion());
    await openSettings();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tekenset' }), 'ascii');
    await userEvent.fill(
      box,
      'S: Patiënt wil “rust” — geen pijn 😀\tnu.\nP: Over één week bellen.',
    );
    await waitFor(() =>
      expect(blocks()).toEqual([
        'S: Patient wil "rust" - geen pijn nu.',
        'P: Over een week bellen.',
      ]),
    );
    // What is on screen stays as the GP typed it.
    expect(box.value).toBe('S: Patiënt wil “rust” — geen pijn 😀\tnu.\nP: Over één week bellen.');
  });

  it('keeps é and ë in Latin-1, and folds what Latin-1 has not', async () => {
    const { box, blocks } = renderSummary(withQuestion());
    await userEvent.fill(box, 'E: Geërgerd, café — “even” ‘rust’ 😀.');
    await waitFor(() => expect(blocks()).toEqual(['E: Geërgerd, café - "even" \'rust\'.']));
  });

  it('keeps a wrapped field together as one block', async () => {
    const { box, blocks } = renderSummary(withQuestion());
    await userEvent.fill(box, 'S: Eerste regel\n   loopt hier door.\nP: Plan.');
    await waitFor(() =>
      expect(blocks()).toEqual(['S: Eerste regel\n   loopt hier door.', 'P: Plan.']),
    );
  });

  it('refuses a paste over the limit visibly, and keeps the text it had', async () => {
    const { box, seen } = renderSummary(withQuestion());
    await userEvent.fill(box, 'S: Mijn eigen versie.');
    await waitFor(() => expect(seen.state?.summaryEdit).toBe('S: Mijn eigen versie.'));
    box.focus();
    box.select();
    document.execCommand('insertText', false, 'x'.repeat(SUMMARY_MAX + 1));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/te lang/));
    expect(box.value).toBe('S: Mijn eigen versie.');
    expect(seen.state?.summaryEdit).toBe('S: Mijn eigen versie.');
    expect(
      seen.actions.some((a) => a.type === 'summaryEdit' && (a.value?.length ?? 0) > SUMMARY_MAX),
    ).toBe(false);
  });
});

describe('the wrap width', () => {
  it.each(['10', '201', '2.5', '-40'])(
    'refuses %s visibly and shows the width in force',
    async (typed) => {
      renderSummary(withQuestion());
      await openSettings();
      const field = screen.getByRole('spinbutton', { name: 'Regelbreedte' }) as HTMLInputElement;
      await userEvent.fill(field, '72');
      await userEvent.keyboard('{Tab}');
      await userEvent.fill(field, typed);
      await userEvent.keyboard('{Tab}');
      await waitFor(() =>
        expect(screen.getByRole('alert').textContent).toBe(
          'Kies een breedte van 40 tot 200 tekens, of laat het veld leeg. De tekst blijft afgebroken op 72 tekens.',
        ),
      );
      expect(field.value).toBe('72');
    },
  );

  it('takes an empty field as no wrapping', async () => {
    const { blocks } = renderSummary(withQuestion());
    await openSettings();
    const field = screen.getByRole('spinbutton', { name: 'Regelbreedte' }) as HTMLInputElement;
    await userEvent.fill(field, '');
    await userEvent.keyboard('{Tab}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(blocks().every((b) => !b?.includes('\n'))).toBe(true);
  });

  it('keeps what was typed when another setting re-renders the step before the field is left', async () => {
    const { blocks } = renderSummary(
      consultReducer(initialConsult(AFWACHTEN), {
        type: 'text',
        field: 'hulpvraag',
        value: 'Moe en somber sinds de verhuizing naar een andere wijk; de energie is weg.',
      }),
    );
    const charset = screen.getByRole('combobox', { name: 'Tekenset' }) as HTMLSelectElement;
    const field = screen.getByRole('spinbutton', { name: 'Regelbreedte' }) as HTMLInputElement;
    // The charset change and the typing land in one task; the re-render comes after both.
    charset.value = 'ascii';
    charset.dispatchEvent(new Event('change', { bubbles: true }));
    field.value = '40';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(field.value).toBe('40');
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(blocks().some((b) => b?.includes('\n'))).toBe(true));
    for (const line of blocks().join('\n').split('\n')) {
      expect(line.length).toBeLessThanOrEqual(40);
      expect(line).toMatch(/^[\x20-\x7e]*$/);
    }
  });
});
