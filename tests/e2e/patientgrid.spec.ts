import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { Keuzekaart } from '../../src/domain/keuzekaart';
import { app, expectNoAxeViolations, startBlank, tabTo, toStep } from './fixtures';

// The GP's laptop: the full-screen grid must be readable, headers in view, at 1366×768.
const VIEWPORT = { width: 1366, height: 768 };
test.use({ viewport: VIEWPORT });

const SHOW = 'Laat zien aan patiënt';

const bundled = (name: string): Keuzekaart =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../content/keuzekaarten/${name}.json`), 'utf8'),
  );

const VERWIJZEN = bundled('verwijzen');

/**
 * No bundled card has four options (each has three, afwachten included), so the four-column case
 * is the verwijzen card as it ships with one option more, imported as a practice would: the
 * bundled texts, and a fourth option with as many pros, cons and answers.
 */
const FOUR: Keuzekaart = {
  ...VERWIJZEN,
  id: 'verwijzen-overleg',
  title: 'Verwijzen, of eerst overleg met de specialist',
  options: [
    ...VERWIJZEN.options.slice(0, 2),
    {
      id: 'overleg',
      title: 'Eerst overleg met de specialist',
      description:
        'De huisarts vraagt een specialist om mee te kijken, zonder dat u naar het ziekenhuis gaat. Met dat advies kijkt u samen verder.',
      pros: [
        { id: 'overleg-voor-1', text: 'U hoeft niet naar het ziekenhuis.' },
        { id: 'overleg-voor-2', text: 'Vaak is er binnen een paar dagen een advies.' },
        {
          id: 'overleg-voor-3',
          text: 'U blijft bij uw eigen huisarts, die u en uw situatie kent.',
        },
      ],
      cons: [
        { id: 'overleg-tegen-1', text: 'De specialist ziet en onderzoekt u niet zelf.' },
        { id: 'overleg-tegen-2', text: 'Soms is daarna toch een verwijzing nodig.' },
        { id: 'overleg-tegen-3', text: 'Niet elke klacht past bij zo’n overleg.' },
      ],
      dimensions: ['lichaam'],
    },
    ...VERWIJZEN.options.slice(2),
  ],
  rows: (VERWIJZEN.rows ?? []).map((row) => ({
    ...row,
    answers: {
      ...row.answers,
      overleg: {
        'hoe-lang': 'Meestal een paar dagen tot een week, tot het advies er is.',
        'zelf-doen': 'Terugkomen of bellen om het advies samen te bespreken.',
        kosten: 'Vraag uw zorgverzekeraar of het overleg onder het eigen risico valt.',
      }[row.id] as string,
    },
  })),
};

/** A blank consult on Opties, with `card` imported from a file and chosen. */
async function withImported(page: Page, card: Keuzekaart): Promise<void> {
  await startBlank(page);
  await toStep(page, 'Opties');
  const ui = app(page);
  await ui.getByLabel('Eigen keuzekaart importeren (JSON)').setInputFiles({
    name: 'kaart.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(card)),
  });
  await expect(ui.getByText(`Keuzekaart ‘${card.title}’ is geïmporteerd.`)).toBeVisible();
  await ui.getByLabel('Keuzekaart', { exact: true }).selectOption({ label: card.title });
}

/** Scroll the full-screen grid to its end by keyboard, as the GP would, and wait until it is there. */
async function scrollToEnd(page: Page, region: Locator): Promise<void> {
  await expect(region).toBeFocused();
  await page.keyboard.press('End');
  await expect
    .poll(() => region.evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop))
    .toBeLessThanOrEqual(1);
}

/** The header lies inside the viewport and nothing covers its middle (the sticky header is on top). */
async function expectInView(header: Locator): Promise<void> {
  const box = await header.boundingBox();
  expect(box, 'a bounding box').not.toBeNull();
  if (!box) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
  const onTop = await header.evaluate((th) => {
    const r = th.getBoundingClientRect();
    const root = th.getRootNode() as Document | ShadowRoot;
    const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && th.contains(hit);
  });
  expect(onTop, `${await header.textContent()} is not covered`).toBe(true);
}

test('Opties: the card list, then the grid, then the disclaimer, the source and the import, on screen and by Tab', async ({
  page,
}) => {
  await startBlank(page);
  await toStep(page, 'Opties');
  const ui = app(page);
  const picker = ui.getByLabel('Keuzekaart', { exact: true });
  await tabTo(page, picker);
  await picker.selectOption({ label: VERWIJZEN.title });
  const show = ui.getByRole('button', { name: SHOW });
  const grid = ui.locator('table.options-grid');
  const disclaimer = ui.getByText('Voorbeeld: controleer deze keuzekaart', { exact: false });
  const source = ui.getByText(VERWIJZEN.source);
  const importField = ui.getByLabel('Eigen keuzekaart importeren (JSON)');
  await expect(disclaimer).toBeVisible();
  // The card's fill-in fields belong to the choice of card: right after the list.
  const klacht = ui.getByRole('textbox', { name: 'Klacht', exact: true });
  const specialisme = ui.getByRole('textbox', { name: 'Specialisme', exact: true });
  const order = [picker, klacht, specialisme, show, grid, disclaimer, source, importField];

  // On screen, top to bottom.
  const tops: number[] = [];
  for (const part of order) tops.push((await part.boundingBox())?.y ?? Number.NaN);
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  // In the document, which is the Tab order (no positive tabindex).
  const handles = await Promise.all(order.map((part) => part.elementHandle()));
  const inDocumentOrder = await page.evaluate(
    (elements) =>
      elements.every(
        (el, i) =>
          i === 0 ||
          ((elements[i - 1] as Element).compareDocumentPosition(el as Element) &
            Node.DOCUMENT_POSITION_FOLLOWING) !==
            0,
      ),
    handles,
  );
  expect(inDocumentOrder).toBe(true);
  // By Tab: from the card list its fill-in fields, then the button, then (past the grid and the
  // source, which hold nothing to focus) the import.
  await page.keyboard.press('Tab');
  await expect(klacht).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(specialisme).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(show).toBeFocused();
  await expect(show).toHaveAttribute('aria-keyshortcuts', 'Alt+L');
  await expect(show).toContainText('Alt+L');
  await page.keyboard.press('Tab');
  await expect(importField).toBeFocused();
});

/** The four-option card chosen, then Alt+L with focus on the card list, as the GP would. */
async function showFour(page: Page) {
  await withImported(page, FOUR);
  const ui = app(page);
  await ui.getByLabel('Keuzekaart', { exact: true }).focus();
  await page.keyboard.press('Alt+L');
  const dialog = ui.getByRole('dialog', { name: FOUR.question });
  await expect(dialog).toBeVisible();
  return { show: ui.getByRole('button', { name: SHOW }), dialog };
}

test('Alt+L shows a four-option card full screen: a column per option, pros and cons for each, in large type', async ({
  page,
}) => {
  const { dialog } = await showFour(page);
  expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, ...VIEWPORT });

  // Every option a column, in the card's order; afwachten is one of them.
  await expect(dialog.getByRole('columnheader')).toHaveText(FOUR.options.map((o) => o.title));
  const afwachten = FOUR.options.find((o) => o.afwachten);
  expect(afwachten?.title).toBe('(Nog) niet verwijzen');
  await expect(dialog.getByRole('columnheader', { name: afwachten?.title })).toBeVisible();

  // The rows as the dialog shows them: each row header with the points or text of every column.
  const shown = await dialog.locator('tbody').evaluate((body) =>
    [...body.querySelectorAll('tr')].map((tr) => ({
      row: tr.querySelector('th')?.textContent ?? '',
      cells: [...tr.querySelectorAll('td')].map((td) => {
        const points = [...td.querySelectorAll('li')].map((li) => li.textContent ?? '');
        return points.length ? points : (td.textContent ?? '');
      }),
    })),
  );
  const texts = (side: 'pros' | 'cons') => FOUR.options.map((o) => o[side].map((p) => p.text));
  expect(shown).toEqual([
    { row: 'Wat is het?', cells: FOUR.options.map((o) => o.description) },
    // Pros and cons for every option, as lists alike.
    { row: 'Voordelen', cells: texts('pros') },
    { row: 'Nadelen', cells: texts('cons') },
    // The card's questions as rows.
    ...(FOUR.rows ?? []).map((r) => ({
      row: r.question,
      cells: FOUR.options.map((o) => r.answers[o.id]),
    })),
  ]);
  for (const option of FOUR.options) {
    expect(option.pros.length, option.title).toBeGreaterThan(0);
    expect(option.cons.length, option.title).toBeGreaterThan(0);
  }

  // Large type, the same for every option; no column in a style of its own.
  const type = await dialog.evaluate((box) => {
    const px = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
    const cells = [...box.querySelectorAll('tbody td')];
    return {
      body: [...new Set(cells.map(px))],
      heads: [...new Set([...box.querySelectorAll('thead th')].map(px))],
      looks: new Set(cells.map((td) => `${td.className}|${getComputedStyle(td).backgroundColor}`))
        .size,
    };
  });
  expect(type.body).toHaveLength(1);
  expect(type.body[0]).toBeGreaterThanOrEqual(22);
  expect(type.heads).toHaveLength(1);
  expect(type.heads[0]).toBeGreaterThan(type.body[0] ?? 0);
  expect(type.looks).toBe(1);
  // Nothing ranked or recommended.
  await expect(dialog.getByText(/aanbevolen|beste keuze|advies van/i)).toHaveCount(0);

  await expectNoAxeViolations(page, 'the full-screen grid');
});

test('the four-option grid scrolls with its headers in view, and Escape goes back to the button', async ({
  page,
}) => {
  const { show, dialog } = await showFour(page);
  const headers = dialog.getByRole('columnheader');
  await expect(headers).toHaveCount(FOUR.options.length);
  const region = dialog.getByRole('region', { name: 'Alle keuzes naast elkaar' });
  const size = await region.evaluate((el) => ({
    scroll: el.scrollHeight,
    client: el.clientHeight,
  }));
  test.info().annotations.push({
    type: 'grid height',
    description: `four options: ${size.scroll} px of grid in a ${size.client} px region`,
  });
  for (const header of await headers.all()) await expectInView(header);
  await scrollToEnd(page, region);
  for (const header of await headers.all()) await expectInView(header);
  const last = (FOUR.rows ?? []).at(-1)?.question ?? 'Nadelen';
  const lastRow = await dialog.getByRole('rowheader', { name: last }).boundingBox();
  expect((lastRow?.y ?? 0) + (lastRow?.height ?? 0)).toBeLessThanOrEqual(VIEWPORT.height);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(show).toBeFocused();
});

test('every bundled card full screen keeps its headers in view at the end, and "Sluiten" closes it', async ({
  page,
}) => {
  await startBlank(page);
  await toStep(page, 'Opties');
  const ui = app(page);
  const picker = ui.getByLabel('Keuzekaart', { exact: true });
  const show = ui.getByRole('button', { name: SHOW });
  for (const name of [
    'lage-rugpijn',
    'proactieve-zorgplanning',
    'proactieve-zorgplanning-gesprek',
    'somberheid',
    'verwijzen',
  ]) {
    const card = bundled(name);
    await picker.selectOption({ label: card.title });
    await show.click();
    const dialog = ui.getByRole('dialog', { name: card.question });
    await expect(dialog).toBeVisible();
    const headers = dialog.getByRole('columnheader');
    await expect(headers).toHaveText(card.options.map((o) => o.title));
    const region = dialog.getByRole('region', { name: 'Alle keuzes naast elkaar' });
    const height = await region.evaluate((el) => el.scrollHeight);
    test.info().annotations.push({ type: 'grid height', description: `${name}: ${height} px` });
    await scrollToEnd(page, region);
    for (const header of await headers.all()) await expectInView(header);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect(dialog).toBeHidden();
    await expect(show).toBeFocused();
  }
});
