import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import verwijzen from '../../content/keuzekaarten/verwijzen.json';
import { OPTION_TEXT_MAX } from '../../src/domain/consult';
import { consultStateSchema } from '../../src/domain/consultschema';
import { type Keuzekaart, keuzekaartSchema } from '../../src/domain/keuzekaart';
import { type ImportOutcome, OptiesStep } from '../../src/ui/consult/OptiesStep';
import { AFWACHTEN, renderStep } from './consultsteps';

const VERWIJZEN: Keuzekaart = keuzekaartSchema.parse(verwijzen);

function renderOpties(
  onImport: (file: File) => Promise<ImportOutcome> = async () => ({ ok: true, title: 'Kaart' }),
  cards: Keuzekaart[] = [],
) {
  return renderStep((props) => (
    <OptiesStep {...props} cards={cards} afwachten={AFWACHTEN} onImport={onImport} />
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

/** True when `a` comes before `b` in the document, which is the Tab order here (no tabindex > 0). */
function before(a: Element, b: Element): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

const SHOW = 'Laat zien aan patiënt';

describe('the Opties step', () => {
  it('puts the card list first, then the grid, then the disclaimer, the source and the import', async () => {
    renderOpties(undefined, [VERWIJZEN]);
    const picker = screen.getByRole('combobox', { name: 'Keuzekaart' });
    await userEvent.selectOptions(picker, 'Verwijzen naar de specialist');
    const grid = await screen.findByRole('table', { name: VERWIJZEN.question });
    const show = screen.getByRole('button', { name: SHOW });
    const disclaimer = screen.getByText(/^Voorbeeld: controleer deze keuzekaart/);
    const source = screen.getByText(VERWIJZEN.source);
    const importField = screen.getByLabelText('Eigen keuzekaart importeren (JSON)');
    const order = [picker, show, grid, disclaimer, source, importField];
    for (let i = 1; i < order.length; i++) {
      expect(before(order[i - 1] as Element, order[i] as Element), `${i}`).toBe(true);
    }
    // Nothing jumps the queue: no positive tabindex anywhere on the step.
    expect(
      document.querySelectorAll('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])'),
    ).toHaveLength(0);
  });

  it('offers "Laat zien aan patiënt" only once there is more than afwachten', async () => {
    renderOpties();
    expect(screen.queryByRole('button', { name: SHOW })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Optie toevoegen' }));
    const show = await screen.findByRole('button', { name: SHOW });
    expect(show.getAttribute('aria-keyshortcuts')).toBe('Alt+L');
    // The key is on the button for the eye too.
    expect(show.textContent).toContain('Alt+L');
  });
});

describe('"Laat zien aan patiënt"', () => {
  async function withCard() {
    renderOpties(undefined, [VERWIJZEN]);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Keuzekaart' }),
      'Verwijzen naar de specialist',
    );
    return screen.findByRole('button', { name: SHOW });
  }

  it("opens the options as columns, in the card's order, and Escape closes it to the button", async () => {
    const show = await withCard();
    await userEvent.click(show);
    const dialog = await screen.findByRole('dialog', { name: VERWIJZEN.question });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    const grid = within(dialog).getByRole('table');
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(VERWIJZEN.options.map((o) => o.title));
    const rows = within(grid)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(rows).toEqual([
      'Wat is het?',
      'Voordelen',
      'Nadelen',
      ...(VERWIJZEN.rows ?? []).map((r) => r.question),
    ]);
    // Every pro and con of every option, each in the same kind of list.
    for (const option of VERWIJZEN.options) {
      for (const point of [...option.pros, ...option.cons]) {
        expect(within(grid).getByText(point.text).tagName).toBe('LI');
      }
    }
    // The grid has focus, so the arrow keys scroll it at once.
    await waitFor(() => expect(document.activeElement?.classList).toContain('patient-grid-scroll'));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect((dialog as HTMLDialogElement).open).toBe(false));
    expect(document.activeElement).toBe(show);
  });

  it('opens with Alt+L from anywhere on the step, and closes with "Sluiten"', async () => {
    const show = await withCard();
    screen.getByRole('combobox', { name: 'Keuzekaart' }).focus();
    await userEvent.keyboard('{Alt>}l{/Alt}');
    const dialog = (await screen.findByRole('dialog')) as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    await waitFor(() => expect(dialog.open).toBe(false));
    expect(document.activeElement).toBe(show);
    // From the body too: just after a step was replaced, focus is nowhere.
    (document.activeElement as HTMLElement).blur();
    await userEvent.keyboard('{Alt>}l{/Alt}');
    await waitFor(() => expect(dialog.open).toBe(true));
  });

  it('shows own options the same way, with afwachten and nothing marked as best', async () => {
    renderOpties();
    await userEvent.click(screen.getByRole('button', { name: 'Optie toevoegen' }));
    await userEvent.click(await screen.findByRole('button', { name: SHOW }));
    const dialog = await screen.findByRole('dialog', { name: 'Wat kunt u kiezen?' });
    expect(
      within(dialog)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([AFWACHTEN.title, 'Nieuwe optie']);
    // What is not filled in yet says so, alike for every option: afwachten's pros and cons, and
    // the new option's description, pros and cons.
    expect(within(dialog).getAllByText('Nog niet ingevuld')).toHaveLength(5);
    expect(dialog.textContent).not.toMatch(/aanbevolen|beste|advies/i);
  });
});
