import { expect, type Locator, type Page, test } from '@playwright/test';
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
  await expect(problems.getByRole('listitem')).toHaveText([
    'De keuzevraag is leeg.',
    'De bron is leeg.',
    'De licentie is leeg.',
    'De titel van optie 1 is leeg.',
    'De uitleg bij optie 1 is leeg.',
    'De uitleg bij optie 2 is leeg.',
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
  await tabTo(page, ui.getByRole('button', { name: 'Voordeel toevoegen' }).first(), 200);
  await page.keyboard.press('Enter');
  await typeInto(page, ui.locator('#option-0-pros-0-text'), 'U wordt sterker.');
  await tabTo(page, ui.getByRole('button', { name: 'Getal toevoegen' }).first(), 200);
  await page.keyboard.press('Enter');
  await typeInto(page, ui.locator('#option-0-numbers-0-count'), '30');
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
  await expect(ui.getByRole('status')).toHaveText('Opgeslagen: Knieklachten, versie 1.0.0.');
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
  await expect(ui.getByRole('status')).toContainText('versie 1.0.0');
  await ui.getByRole('button', { name: /^Bewerken: Verwijzen.*kopie/ }).click();
  await ui.locator('#card-question').fill('Gaat u naar de specialist?');
  await ui.getByRole('button', { name: 'Opslaan' }).click();
  await expect(ui.getByRole('status')).toContainText('versie 1.1.0');
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
