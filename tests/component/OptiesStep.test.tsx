import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import verwijzen from '../../content/keuzekaarten/verwijzen.json';
import { OPTION_TEXT_MAX } from '../../src/domain/consult';
import { consultStateSchema } from '../../src/domain/consultschema';
import { type Keuzekaart, keuzekaartSchema } from '../../src/domain/keuzekaart';
import { type ImportOutcome, OptiesStep, type SaveMode } from '../../src/ui/consult/OptiesStep';
import { AFWACHTEN, renderStep } from './consultsteps';

const VERWIJZEN: Keuzekaart = keuzekaartSchema.parse(verwijzen);

type OnSave = (card: Keuzekaart, mode: SaveMode, file: string) => Promise<ImportOutcome>;

function renderOpties(
  onImport: (file: File) => Promise<ImportOutcome> = async () => ({ ok: true, title: 'Kaart' }),
  cards: Keuzekaart[] = [],
  onSave: OnSave = async (card) => ({ ok: true, title: card.title }),
  today = '2026-12-03',
) {
  return renderStep((props) => (
    <OptiesStep
      {...props}
      cards={cards}
      afwachten={AFWACHTEN}
      onImport={onImport}
      onSave={onSave}
      onKeepAsCard={async () => true}
      today={today}
    />
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
        '‘kaart.json’ is niet geïmporteerd. De keuzekaart is niet bewaard: deze browser kon niet opslaan. Probeer het nog eens. Er is niets veranderd.',
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });
});

describe('a keuzekaart import with problems or a taken id', () => {
  const upload = async (name = 'eigen.json') => {
    const input = screen.getByLabelText('Eigen keuzekaart importeren (JSON)') as HTMLInputElement;
    await userEvent.upload(input, new File(['{}'], name, { type: 'application/json' }));
    return input;
  };

  it('lists every problem with the file name', async () => {
    renderOpties(async (file) => ({
      ok: false,
      file: file.name,
      error: {
        kind: 'invalid',
        problems: [
          {
            field: { kind: 'card', field: 'title' },
            fieldId: 'card-title',
            message: 'De titel ontbreekt.',
          },
          {
            field: { kind: 'point', option: 1, part: 'cons', index: 0, field: 'text' },
            fieldId: 'option-1-cons-0-text',
            message: 'Optie 2, nadeel 1 is leeg.',
          },
        ],
      },
    }));
    await upload('kapot.json');
    const status = document.getElementById('import-status') as HTMLElement;
    await waitFor(() =>
      expect(
        within(status)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['De titel ontbreekt.', 'Optie 2, nadeel 1 is leeg.']),
    );
    expect(status.textContent).toContain(
      '‘kapot.json’ is niet geïmporteerd. Er kloppen 2 dingen niet aan de keuzekaart: Er is niets veranderd.',
    );
  });

  const conflict =
    (bundled: boolean) =>
    async (file: File): Promise<ImportOutcome> => ({
      ok: 'conflict',
      file: file.name,
      card: VERWIJZEN,
      existing: { title: 'Verwijzen', bundled },
    });

  it('asks in the page, with focus on the question; each answer does what it says', async () => {
    const saved: [string, SaveMode][] = [];
    renderOpties(conflict(true), [VERWIJZEN], async (card, mode) => {
      saved.push([card.id, mode]);
      return { ok: true, title: mode === 'keep' ? `${card.title} (kopie)` : card.title };
    });
    const input = await upload();
    const question = await screen.findByText(
      'In ‘eigen.json’ staat een keuzekaart met dezelfde naam-id als de voorbeeldkaart ‘Verwijzen’. Wat wilt u doen?',
    );
    await waitFor(() => expect(document.activeElement).toBe(question));
    expect(screen.getByRole('group', { name: question.textContent ?? '' })).toBeTruthy();
    // Keyboard only: Tab to "Beide houden", Enter.
    await userEvent.keyboard('{Tab}{Tab}{Enter}');
    await waitFor(() =>
      expect(document.getElementById('import-status')?.textContent).toBe(
        `Keuzekaart ‘${VERWIJZEN.title} (kopie)’ is geïmporteerd.`,
      ),
    );
    expect(saved).toEqual([[VERWIJZEN.id, 'keep']]);
    expect(screen.queryByRole('button', { name: 'Vervangen' })).toBeNull();
    expect(document.activeElement).toBe(input);

    await upload();
    await userEvent.click(await screen.findByRole('button', { name: 'Vervangen' }));
    await waitFor(() =>
      expect(saved).toEqual([
        [VERWIJZEN.id, 'keep'],
        [VERWIJZEN.id, 'replace'],
      ]),
    );
  });

  it('Annuleren and Escape store nothing and say so', async () => {
    const saved: SaveMode[] = [];
    renderOpties(conflict(false), [VERWIJZEN], async (card, mode) => {
      saved.push(mode);
      return { ok: true, title: card.title };
    });
    const input = await upload('kaart.json');
    await screen.findByText(/als uw eigen kaart ‘Verwijzen’/);
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(document.getElementById('import-status')?.textContent).toBe(
      '‘kaart.json’ is niet geïmporteerd. Er is niets veranderd.',
    );
    expect(document.activeElement).toBe(input);
    await upload('kaart.json');
    // Escape is heard inside the question: wait until focus has moved there.
    const question = await screen.findByText(/als uw eigen kaart ‘Verwijzen’/);
    await waitFor(() => expect(document.activeElement).toBe(question));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Annuleren' })).toBeNull());
    expect(saved).toEqual([]);
  });

  it('a save that fails after the question says so', async () => {
    renderOpties(conflict(false), [VERWIJZEN], () => Promise.reject(new Error('quota')));
    await upload('kaart.json');
    await userEvent.click(await screen.findByRole('button', { name: 'Vervangen' }));
    await waitFor(() =>
      expect(document.getElementById('import-status')?.textContent).toContain(
        'De keuzekaart is niet bewaard: deze browser kon niet opslaan.',
      ),
    );
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

describe("the card's fill-in fields", () => {
  const OTHER: Keuzekaart = {
    ...VERWIJZEN,
    id: 'ander',
    title: 'Andere kaart',
    fillIns: undefined,
  };

  async function withVerwijzen() {
    const seen = renderOpties(undefined, [VERWIJZEN, OTHER]);
    const picker = screen.getByRole('combobox', { name: 'Keuzekaart' });
    await userEvent.selectOptions(picker, 'Verwijzen naar de specialist');
    const klacht = (await screen.findByRole('textbox', { name: 'Klacht' })) as HTMLInputElement;
    const specialisme = screen.getByRole('textbox', { name: 'Specialisme' }) as HTMLInputElement;
    return { seen, picker, klacht, specialisme };
  }

  const values = (seen: ReturnType<typeof renderOpties>) =>
    Object.fromEntries((seen.state?.keuzekaart?.fillIns ?? []).map((f) => [f.id, f.value]));

  it('show only for a card that has them, right after the card list and before the grid', async () => {
    const { picker, klacht } = await withVerwijzen();
    expect(screen.getByRole('group', { name: 'Vul in bij deze keuzekaart' })).toBeTruthy();
    const order = [picker, klacht, screen.getByRole('table', { name: VERWIJZEN.question })];
    for (let i = 1; i < order.length; i++) {
      expect(before(order[i - 1] as Element, order[i] as Element), `${i}`).toBe(true);
    }
    await userEvent.selectOptions(picker, 'Andere kaart');
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Klacht' })).toBeNull());
  });

  it('take what the GP types, by keyboard, into the consult', async () => {
    const { seen, klacht, specialisme } = await withVerwijzen();
    klacht.focus();
    await userEvent.keyboard('knieklachten');
    await userEvent.tab();
    expect(document.activeElement).toBe(specialisme);
    await userEvent.keyboard('orthopedie');
    await waitFor(() =>
      expect(values(seen)).toEqual({ klacht: 'knieklachten', specialisme: 'orthopedie' }),
    );
  });

  it('refuse a paste past the limit visibly, and keep what was typed', async () => {
    const { seen, klacht } = await withVerwijzen();
    await userEvent.fill(klacht, 'knie');
    paste(klacht, 'x'.repeat(200));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/te lang/));
    expect(klacht.value).toBe('knie');
    expect(klacht.getAttribute('aria-invalid')).toBe('true');
    expect(values(seen).klacht).toBe('knie');
    expect(consultStateSchema.safeParse(seen.state).success).toBe(true);
  });

  it('are empty again after another card and back', async () => {
    const { seen, picker, klacht } = await withVerwijzen();
    await userEvent.fill(klacht, 'knie');
    await userEvent.selectOptions(picker, 'Andere kaart');
    await userEvent.selectOptions(picker, 'Verwijzen naar de specialist');
    const again = (await screen.findByRole('textbox', { name: 'Klacht' })) as HTMLInputElement;
    expect(again.value).toBe('');
    expect(values(seen)).toEqual({ klacht: '', specialisme: '' });
  });
});

describe('the card source', () => {
  it('names who wrote the card, who read it and any conflicts of interest', async () => {
    renderOpties(undefined, [VERWIJZEN]);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Keuzekaart' }),
      'Verwijzen naar de specialist',
    );
    expect(await screen.findByText('Gemaakt door: Samenspraak-project (voorbeeld)')).toBeTruthy();
    expect(screen.getByText('Gelezen door: Nog niet gelezen door een huisarts')).toBeTruthy();
    expect(screen.getByText('Belangenverstrengeling: Geen bekend.')).toBeTruthy();
  });
});
