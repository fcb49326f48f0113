import { readFileSync } from 'node:fs';
import { type Download, expect, type Locator, type Page, test } from '@playwright/test';
import { parseLibraryIndexText } from '../../src/domain/cardlibrary';
import { app, expectNoAxeViolations, startBlank, tabTo, toStep } from './fixtures';

// A whole card typed by keyboard, then used in a consult: more than the usual 30 s.
test.describe.configure({ timeout: 90_000 });

/** Tab to a field, as a keyboard user does, and type into it. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field, 200);
  await page.keyboard.type(text);
}

test('a card made by keyboard: all problems at once, each fixed from its link, previewed, saved and used in a consult', async ({
  page,
}) => {
  await page.goto('/beheer.html');
  const ui = app(page);
  const create = ui.getByRole('button', { name: 'Nieuwe keuzekaart' });
  await expect(create).toBeVisible();
  await expectNoAxeViolations(page, 'beheer list');
  await tabTo(page, create);
  await page.keyboard.press('Enter');
  // The form opens at its title.
  await expect(ui.getByLabel('Titel', { exact: true }).first()).toBeFocused();
  await page.keyboard.type('Knieklachten');
  await tabTo(page, ui.getByRole('button', { name: 'Opslaan' }), 200);
  await page.keyboard.press('Enter');

  const problems = ui.locator('.card-problems');
  await expect(problems.getByRole('heading')).toBeFocused();
  // In the order of the form, top to bottom: the options come before the source.
  await expect(problems.getByRole('listitem')).toHaveText([
    'De keuzevraag is leeg.',
    'De titel van optie 1 is leeg.',
    'De uitleg bij optie 1 is leeg.',
    'De uitleg bij optie 2 is leeg.',
    'De bron is leeg.',
    'De licentie is leeg.',
  ]);
  expect(await problems.textContent()).not.toMatch(/options|\[\d\]|Invalid|expected/);
  await expectNoAxeViolations(page, 'beheer form with problems');

  // A problem's link moves focus to its field; a fixed problem leaves the list.
  await tabTo(page, problems.getByRole('button', { name: 'De titel van optie 1 is leeg.' }));
  await page.keyboard.press('Enter');
  await expect(ui.locator('#option-0-title')).toBeFocused();
  await page.keyboard.type('Fysiotherapie');
  await expect(problems.getByRole('listitem')).toHaveCount(5);

  await typeInto(page, ui.locator('#card-question'), 'Wat gaan we doen aan uw knie?');
  await typeInto(page, ui.locator('#option-0-description'), 'Oefenen met een fysiotherapeut.');
  // An add button puts focus on the new field, so typing goes on at once.
  await tabTo(page, ui.getByRole('button', { name: 'Voordeel toevoegen' }).first(), 200);
  await page.keyboard.press('Enter');
  await expect(ui.locator('#option-0-pros-0-text')).toBeFocused();
  await page.keyboard.type('U wordt sterker.');
  await tabTo(page, ui.getByRole('button', { name: 'Getal toevoegen' }).first(), 200);
  await page.keyboard.press('Enter');
  await expect(ui.locator('#option-0-numbers-0-count')).toBeFocused();
  await page.keyboard.type('30');
  await typeInto(page, ui.locator('#option-0-numbers-0-text'), 'hebben na 3 maanden minder pijn');
  await typeInto(page, ui.locator('#option-1-description'), 'U wacht af hoe het gaat.');
  await typeInto(page, ui.locator('#card-source'), 'NHG-Standaard Traumatische knieklachten');
  await typeInto(page, ui.locator('#card-licence'), 'Alle rechten voorbehouden');
  await expect(problems).toHaveCount(0);

  // The preview is the patient's grid, numbers in words beside the people.
  const preview = ui.getByRole('region', {
    name: 'De opties naast elkaar, zoals de patiënt ze ziet',
  });
  await expect(preview.getByRole('columnheader', { name: 'Fysiotherapie' })).toBeVisible();
  await expect(preview).toContainText('U wordt sterker.');
  await expect(preview).toContainText('30 van de 100 mensen hebben na 3 maanden minder pijn');

  await tabTo(page, ui.getByRole('button', { name: 'Opslaan' }), 200);
  await page.keyboard.press('Enter');
  await expect(ui.getByRole('status').filter({ hasText: 'Opgeslagen:' })).toHaveText(
    'Opgeslagen: Knieklachten, versie 1.0.0.',
  );
  const row = ui.getByRole('row', { name: /Knieklachten/ });
  await expect(row).toContainText('Eigen kaart');

  // The consult on this computer offers it.
  await startBlank(page);
  await toStep(page, 'Opties');
  const picker = app(page).getByLabel('Keuzekaart', { exact: true });
  await picker.selectOption({ label: 'Knieklachten' });
  await expect(app(page).locator('.options-grid')).toContainText('Fysiotherapie');
});

test('an edited card gets a new version; the earlier one stays readable', async ({ page }) => {
  await page.goto('/beheer.html');
  const ui = app(page);
  await ui.getByRole('button', { name: /^Kopiëren: Verwijzen/ }).click();
  await ui.getByRole('button', { name: 'Opslaan' }).click();
  await expect(ui.getByRole('status').filter({ hasText: 'versie 1.0.0' })).toBeVisible();
  await ui.getByRole('button', { name: /^Bewerken: Verwijzen.*kopie/ }).click();
  await ui.locator('#card-question').fill('Gaat u naar de specialist?');
  await ui.getByRole('button', { name: 'Opslaan' }).click();
  await expect(ui.getByRole('status').filter({ hasText: 'versie 1.1.0' })).toBeVisible();
  await ui.getByRole('button', { name: /^Eerdere versies: Verwijzen.*kopie/ }).click();
  await expect(ui.getByText(/^Versie 1\.0\.0, gepubliceerd/)).toBeVisible();
  await expectNoAxeViolations(page, 'beheer versions');
});

test('what was typed survives a reload as a concept; looking at a card and going back makes none', async ({
  page,
}) => {
  await page.goto('/beheer.html');
  const ui = app(page);
  const concepts = ui.getByRole('region', { name: 'Concepten' });

  // Open a copy, change nothing, go back: no concept.
  await ui.getByRole('button', { name: /^Kopiëren: Verwijzen/ }).click();
  await expect(ui.locator('#card-question')).toBeVisible();
  await page.waitForTimeout(600); // past the pause after which a draft is written
  await ui.getByRole('button', { name: 'Terug naar de lijst' }).first().click();
  await expect(ui.getByRole('button', { name: 'Nieuwe keuzekaart' })).toBeVisible();
  await expect(concepts).toHaveCount(0);

  // Typing, a pause, then the tab reloads: the concept is there, with what was typed.
  await ui.getByRole('button', { name: 'Nieuwe keuzekaart' }).click();
  await ui.getByLabel('Titel', { exact: true }).first().fill('Schouderklachten');
  await page.waitForTimeout(800); // a pause in typing writes the draft
  await page.reload();
  await expect(concepts).toContainText('Schouderklachten');
  await concepts.getByRole('button', { name: 'Verder bewerken: Schouderklachten' }).click();
  await expect(ui.getByLabel('Titel', { exact: true }).first()).toHaveValue('Schouderklachten');
});

test('exported as a library in one browser, imported in another: the same card, and a taken id asks first', async ({
  browser,
  page,
}) => {
  await page.goto('/beheer.html');
  const ui = app(page);
  await ui.getByRole('button', { name: /^Kopiëren: Verwijzen/ }).click();
  await ui.getByRole('button', { name: 'Opslaan' }).click();
  await expect(ui.getByRole('status').filter({ hasText: 'versie 1.0.0' })).toBeVisible();

  // One click gives the folder's files: the index and one file per own card.
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  const exportLibrary = ui.getByRole('button', { name: 'Bibliotheek exporteren' });
  await exportLibrary.focus();
  await page.keyboard.press('Enter');
  await expect(
    ui.getByRole('status').filter({ hasText: 'keuzekaarten.json en 1 kaart staan' }),
  ).toBeVisible();
  // The button is still there: focus stays on it, and the status is only announced.
  await expect(exportLibrary).toBeFocused();
  await expect.poll(() => downloads.length).toBe(2);
  const files = new Map<string, string>();
  for (const download of downloads) {
    files.set(download.suggestedFilename(), readFileSync((await download.path()) ?? '', 'utf8'));
  }
  const index = parseLibraryIndexText(files.get('keuzekaarten.json') ?? '');
  if (!index.ok) throw new Error(`the exported index is refused: ${index.reason}`);
  const [entry] = index.index.cards;
  expect(index.index.cards).toHaveLength(1);
  expect(entry?.version).toBe('1.0.0');
  const cardText = files.get(entry?.file ?? '');
  expect(JSON.parse(cardText ?? '{}')).toMatchObject({
    id: entry?.id,
    version: '1.0.0',
    title: expect.stringMatching(/^Verwijzen.*kopie/),
  });
  await expectNoAxeViolations(page, 'beheer after the export');

  // Another computer: nothing shared but the file.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto('/beheer.html');
  const there = app(second);
  const picker = there.getByLabel('Eigen keuzekaart importeren (JSON)');
  const file = {
    name: entry?.file ?? '',
    mimeType: 'application/json',
    buffer: Buffer.from(cardText ?? ''),
  };
  await picker.setInputFiles(file);
  await expect(there.getByText(/Keuzekaart ‘Verwijzen.*kopie.*’ is geïmporteerd\./)).toBeVisible();
  const row = there.getByRole('row', { name: /Verwijzen.*kopie/ });
  await expect(row).toContainText('Eigen kaart');
  await expect(row).toContainText('1.0.0');

  // The same file again: its id is taken now, so it asks, and "Beide houden" keeps a copy.
  await picker.setInputFiles(file);
  await expect(
    there.getByRole('group', { name: /dezelfde naam-id als uw eigen kaart/ }),
  ).toBeVisible();
  await expectNoAxeViolations(second, 'beheer import question');
  await there.getByRole('button', { name: 'Beide houden' }).click();
  await expect(there.getByRole('row', { name: /Verwijzen.*kopie/ })).toHaveCount(2);
  await other.close();
});

test("a translation's review is set in the form, and a translation can come off the card", async ({
  page,
}) => {
  await page.goto('/beheer.html');
  const ui = app(page);
  await ui
    .getByLabel('Eigen keuzekaart importeren (JSON)')
    .setInputFiles(new URL('../fixtures/keuzekaart-vertaald.json', import.meta.url).pathname);
  await expect(ui.getByText('Keuzekaart ‘Slecht slapen’ is geïmporteerd.')).toBeVisible();
  await ui.getByRole('button', { name: 'Bewerken: Slecht slapen' }).click();

  const turkish = ui.getByRole('group', { name: 'Vertaling ‘tr’' });
  await expect(turkish.getByRole('radio', { name: /^Concept/ })).toBeChecked();
  await expect(turkish.getByLabel('Wat is er nog nodig?')).toHaveValue('een moedertaalspreker');
  await turkish
    .getByRole('radio', { name: 'Gelezen door een moedertaalspreker', exact: true })
    .check();
  await turkish.getByLabel('Wat is er nog nodig?').fill('');
  await ui.getByRole('button', { name: 'Vertaling ‘fr’ van de kaart halen' }).click();
  await expect(ui.getByRole('group', { name: 'Vertaling ‘fr’' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'beheer translations');
  await ui.getByRole('button', { name: 'Opslaan' }).click();
  await expect(ui.getByRole('status').filter({ hasText: 'versie 1.1.0' })).toBeVisible();

  const exportCard = ui.getByRole('button', { name: 'Exporteren: Slecht slapen' });
  await exportCard.focus();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  await expect(ui.getByRole('status').filter({ hasText: 'staat in uw downloads' })).toBeVisible();
  await expect(exportCard).toBeFocused();
  const card = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'));
  expect(card.translations.tr.review).toEqual({ status: 'reviewed' });
  expect(card.translations.en.review).toEqual({ status: 'reviewed' });
  expect(card.translations.fr).toBeUndefined();
  // The texts themselves are kept as the file had them.
  expect(card.translations.tr.title).toBeTruthy();
});

test('on a phone the form fits the screen, and a new option takes focus where it is inserted', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/beheer.html');
  const ui = app(page);
  await ui.getByRole('button', { name: 'Nieuwe keuzekaart' }).click();
  await expect(ui.getByLabel('Titel', { exact: true }).first()).toBeFocused();
  // The preview's wide grid scrolls in its own box; the page does not scroll sideways.
  const size = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  expect(size.scroll).toBeLessThanOrEqual(size.width);
  await expect(ui.getByRole('heading', { name: 'Nieuwe keuzekaart' })).toBeInViewport({ ratio: 1 });

  // The new option goes before Afwachten, and its title has focus.
  await tabTo(page, ui.getByRole('button', { name: 'Optie toevoegen' }), 200);
  await page.keyboard.press('Enter');
  await expect(ui.locator('#option-1-title')).toBeFocused();
  await page.keyboard.type('Pijnstillers');
  const options = ui
    .getByRole('region', { name: 'Opties' })
    .getByRole('group', { name: /^Optie \d/ });
  await expect(options).toHaveText([/^Optie 1/, /^Optie 2: Pijnstillers/, /^Optie 3.*afwachten/]);
  await expectNoAxeViolations(page, 'beheer form on a phone');
});
