import { render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { LimitedText } from '../../src/ui/LimitedText';
import { PatientTexts } from './i18n';

function Harness({ start, max }: { start: string; max: number }) {
  const [value, setValue] = useState(start);
  return (
    <PatientTexts>
      <LimitedText id="vraag" label="Uw vraag" value={value} max={max} onChange={setValue} />
    </PatientTexts>
  );
}

describe('LimitedText', () => {
  it.each([
    [9, 'Deze tekst is te lang. Er past nog 1 letter bij. Maak de tekst korter.'],
    [7, 'Deze tekst is te lang. Er passen nog 3 letters bij. Maak de tekst korter.'],
    [10, 'Deze tekst is te lang. Er past niets meer bij. Maak de tekst korter.'],
  ])('with %i of 10 used, refuses more and says how much still fits', async (used, message) => {
    render(<Harness start={'a'.repeat(used)} max={10} />);
    const field = screen.getByRole('textbox', { name: 'Uw vraag' }) as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(used, used);
    // One paste of five characters: more than fits, so all of it is refused.
    document.execCommand('insertText', false, 'bcdef');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(message));
    expect(field.value).toBe('a'.repeat(used));
  });

  it('shows the count only from 80 % of the limit, and names it in the description then', () => {
    const { unmount } = render(<Harness start="abcdefg" max={10} />);
    expect(screen.queryByText(/van 10 letters/)).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Uw vraag' }).hasAttribute('aria-describedby')).toBe(
      false,
    );
    unmount();
    render(<Harness start="abcdefgh" max={10} />);
    expect(screen.getByText('8 van 10 letters')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Uw vraag' }).getAttribute('aria-describedby')).toBe(
      'vraag-count',
    );
  });
});
