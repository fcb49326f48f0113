import { expect, type Page, test } from '@playwright/test';
import { app, expectNoAxeViolations, heading, startBlank, tabTo, toStep } from './fixtures';

/** A consult without preparation, on Opties with the card Verwijzen chosen. */
async function verwijzenOnOpties(page: Page) {
  await startBlank(page);
  const ui = app(page);
  await toStep(page, 'Opties');
  await ui
    .getByLabel('Keuzekaart', { exact: true })
    .selectOption({ label: 'Verwijzen naar de specialist' });
  return ui;
}

/**
 * A referral: the GP picks the Verwijzen card and types the complaint and the specialty, by
 * keyboard only; the summary names both beside the card, and a reload keeps them.
 */

test('by keyboard: Verwijzen with klacht and specialisme, named in the summary', async ({
  page,
}) => {
  await startBlank(page);
  const ui = app(page);
  await toStep(page, 'Opties');
  const picker = ui.getByLabel('Keuzekaart', { exact: true });
  await tabTo(page, picker);
  // Sorted by title: Lage rugpijn, Praten over zorg…, Sombere gevoelens, Verwijzen…
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveValue('verwijzen');

  const klacht = ui.getByRole('textbox', { name: 'Klacht', exact: true });
  const specialisme = ui.getByRole('textbox', { name: 'Specialisme', exact: true });
  // The fields come right after the card list: one Tab away.
  await page.keyboard.press('Tab');
  await expect(klacht).toBeFocused();
  await page.keyboard.type('knieklachten');
  await page.keyboard.press('Tab');
  await expect(specialisme).toBeFocused();
  await page.keyboard.type('orthopedie');
  await expectNoAxeViolations(page, 'opties with fill-in fields');

  // A restored draft brings them back.
  await page.reload();
  await expect(heading(ui, 'Opties')).toBeVisible();
  await expect(klacht).toHaveValue('knieklachten');
  await expect(specialisme).toHaveValue('orthopedie');

  await page.keyboard.press('Alt+6');
  await expect(heading(ui, 'Samenvatting')).toBeFocused();
  await expect(ui.getByLabel('Samenvatting (aan te passen)')).toHaveValue(
    /^E: Keuzekaart verwijzen \d+\.\d+\.\d+ \(klacht: knieklachten; specialisme: orthopedie\) besproken\.$/m,
  );
});

test('a fill-in field refuses a paste past its limit, visibly, and keeps what was typed', async ({
  page,
}) => {
  const ui = await verwijzenOnOpties(page);
  const klacht = ui.getByRole('textbox', { name: 'Klacht', exact: true });
  await klacht.fill('knie');
  await klacht.press('End');
  await page.keyboard.insertText('x'.repeat(100));
  await expect(ui.getByRole('alert')).toContainText('te lang');
  await expect(klacht).toHaveValue('knie');
  await expect(klacht).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'opties with a refused fill-in');
});

test('the take-home sheet names klacht and specialisme beside the chosen option', async ({
  page,
}) => {
  const ui = await verwijzenOnOpties(page);
  await ui.getByRole('textbox', { name: 'Klacht', exact: true }).fill('knieklachten');
  await ui.getByRole('textbox', { name: 'Specialisme', exact: true }).fill('orthopedie');
  await toStep(page, 'Keuze');
  await ui.getByRole('radio', { name: 'Nu verwijzen' }).check();
  await toStep(page, 'Samenvatting');
  await ui.getByRole('button', { name: 'Uitdraai voor de patiënt' }).click();

  const sheet = page.frameLocator('iframe.print-frame');
  const choice = sheet.getByRole('heading', { name: 'Wat we samen kozen' }).locator('xpath=..');
  await expect(choice).toContainText('Nu verwijzen');
  await expect(choice.getByText('Uw huisarts schreef:')).toBeVisible();
  await expect(choice.getByRole('listitem')).toHaveText([
    'Klacht: knieklachten',
    'Specialisme: orthopedie',
  ]);
  await expectNoAxeViolations(page, 'take-home sheet with fill-in fields');

  // Another choice without a chosen option: the fields leave the sheet with it.
  await toStep(page, 'Keuze');
  await ui.getByRole('radio', { name: 'Bedenktijd' }).check();
  await toStep(page, 'Samenvatting');
  await ui.getByRole('button', { name: 'Uitdraai voor de patiënt' }).click();
  await expect(sheet.getByRole('heading', { name: 'Wat we samen kozen' })).toBeVisible();
  await expect(sheet.locator('article')).not.toContainText('knieklachten');
});
