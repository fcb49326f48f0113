import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
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

const withQuestion = () =>
  consultReducer(initialConsult(AFWACHTEN), {
    type: 'text',
    field: 'hulpvraag',
    value: 'Moe sinds de verhuizing.',
  });

describe('the edited summary', () => {
  it('goes to the HIS folded to ASCII, line by line, like the generated text', async () => {
    const { box, blocks } = renderSummary(withQuestion());
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tekenset' }), 'ascii');
    await userEvent.fill(
      box,
      'S: Patiënt wil “rust” — geen pijn 😀\tnu.\nP: Over één week bellen.',
    );
    await waitFor(() =>
      expect(blocks()).toEqual([
        'S: Patient wil "rust" - geen pijn ? nu.',
        'P: Over een week bellen.',
      ]),
    );
    // What is on screen stays as the GP typed it.
    expect(box.value).toBe('S: Patiënt wil “rust” — geen pijn 😀\tnu.\nP: Over één week bellen.');
  });

  it('keeps é and ë in Latin-1, and folds what Latin-1 has not', async () => {
    const { box, blocks } = renderSummary(withQuestion());
    await userEvent.fill(box, 'E: Geërgerd, café — “even” ‘rust’ 😀.');
    await waitFor(() => expect(blocks()).toEqual(['E: Geërgerd, café - "even" \'rust\' ?.']));
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
