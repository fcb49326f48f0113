import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { OPTION_TEXT_MAX } from '../../src/domain/consult';
import { consultStateSchema } from '../../src/domain/consultschema';
import { type ImportOutcome, OptiesStep } from '../../src/ui/consult/OptiesStep';
import { AFWACHTEN, renderStep } from './consultsteps';

function renderOpties(
  onImport: (file: File) => Promise<ImportOutcome> = async () => ({ ok: true, title: 'Kaart' }),
) {
  return renderStep((props) => (
    <OptiesStep {...props} cards={[]} afwachten={AFWACHTEN} onImport={onImport} />
  ));
}

/** Paste the way a browser does: one insertion, through beforeinput. */
function paste(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  field.focus();
  field.select();
  document.execCommand('insertText', false, text);
}

describe('option fields', () => {
  it('refuse a 10,000-character paste into a title visibly, and keep the title', async () => {
    const seen = renderOpties();
    const title = screen.getByRole('textbox', { name: 'Naam van de optie' }) as HTMLInputElement;
    await userEvent.fill(title, 'Afwachten met zelfhulp');
    paste(title, 'x'.repeat(10_000));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/te lang/));
    expect(title.value).toBe('Afwachten met zelfhulp');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(seen.state?.options[0]?.title).toBe('Afwachten met zelfhulp');
    // The draft can always be read back.
    expect(consultStateSchema.safeParse(seen.state).success).toBe(true);
  });

  it('take text up to the limit exactly', async () => {
    const seen = renderOpties();
    const title = screen.getByRole('textbox', { name: 'Naam van de optie' }) as HTMLInputElement;
    paste(title, 't'.repeat(OPTION_TEXT_MAX.title));
    await waitFor(() => expect(seen.state?.options[0]?.title).toHaveLength(OPTION_TEXT_MAX.title));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuse an over-long description and pro alike', async () => {
    const seen = renderOpties();
    const description = screen.getByRole('textbox', { name: 'Wat houdt het in?' });
    paste(description as HTMLTextAreaElement, 'd'.repeat(OPTION_TEXT_MAX.description + 1));
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(1));
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Voordeel toevoegen' })[0] as HTMLElement,
    );
    const pro = screen.getByRole('textbox', { name: /Voordeel 1/ }) as HTMLInputElement;
    paste(pro, 'p'.repeat(OPTION_TEXT_MAX.proCon + 1));
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(pro.value).toBe('');
    expect(seen.state?.options[0]?.description).toBe(AFWACHTEN.description);
  });
});

describe('a keuzekaart import', () => {
  it('that storage refuses says so in Dutch, and leaves nothing unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    renderOpties(() => Promise.reject(new Error('QuotaExceededError')));
    const input = screen.getByLabelText('Eigen keuzekaart importeren (JSON)') as HTMLInputElement;
    await userEvent.upload(input, new File(['{}'], 'kaart.json', { type: 'application/json' }));
    await waitFor(() =>
      expect(document.getElementById('import-status')?.textContent).toBe(
        'De keuzekaart is niet bewaard: deze browser kon niet opslaan. Er is niets veranderd. Probeer het nog eens.',
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });
});
