import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { app, expectNoAxeViolations, startBlank, toStep } from './fixtures';

// Several imports and a reload in one test: more than the usual 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const somberheid = JSON.parse(readFileSync('content/keuzekaarten/somberheid.json', 'utf8'));

async function atOpties(page: Page) {
  await startBlank(page);
  await toStep(page, 'Opties');
  return app(page).getByLabel('Keuzekaart', { exact: true });
}

async function importFile(page: Page, path: string, data: unknown) {
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  await app(page).getByLabel('Eigen keuzekaart importeren (JSON)').setInputFiles(path);
}

test('a broken file shows all its problems in Dutch, with no English and no JSON path', async ({
  page,
}, testInfo) => {
  const picker = await atOpties(page);
  const ui = app(page);
  const before = await picker.locator('option').allTextContents();
  const broken = structuredClone(somberheid);
  broken.title = '';
  broken.publishedAt = '2027-13-45';
  broken.version = '1.0';
  broken.options[1].cons[0].text = ' ';
  broken.options[2].id = broken.options[0].id;
  await importFile(page, testInfo.outputPath('kapot.json'), broken);
  const status = ui.locator('#import-status');
  await expect(status).toContainText('‘kapot.json’ is niet geïmporteerd.');
  const items = status.getByRole('listitem');
  await expect(items.filter({ hasText: 'De titel is leeg.' })).toHaveCount(1);
  await expect(
    items.filter({ hasText: 'De publicatiedatum bestaat niet (2027-13-45).' }),
  ).toHaveCount(1);
  await expect(items.filter({ hasText: 'Optie 2, nadeel 1 is leeg.' })).toHaveCount(1);
  await expect(
    items.filter({ hasText: 'Optie 3 heeft dezelfde naam-id als optie 1.' }),
  ).toHaveCount(1);
  await expect(items.filter({ hasText: 'Het versienummer heeft niet de vorm 1.0.0' })).toHaveCount(
    1,
  );
  const text = (await status.textContent()) ?? '';
  expect(text).not.toMatch(/\w\[\d+\]|Invalid|expected|options|publishedAt|must/);
  await expect(picker.locator('option')).toHaveText(before);
  await expectNoAxeViolations(page, 'import problems');
});

test('a card whose id exists asks; Annuleren, Beide houden and Vervangen each do what they say', async ({
  page,
}, testInfo) => {
  const picker = await atOpties(page);
  const ui = app(page);
  const own = { ...structuredClone(somberheid), title: 'Somberheid, onze versie', example: false };
  const file = testInfo.outputPath('somber.json');
  const question = ui.getByText(
    'In ‘somber.json’ staat een keuzekaart met dezelfde naam-id als de voorbeeldkaart',
    { exact: false },
  );

  // Annuleren: nothing changes, focus back on the file field.
  const before = await picker.locator('option').allTextContents();
  await importFile(page, file, own);
  await expect(question).toBeFocused();
  await expectNoAxeViolations(page, 'import question');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(ui.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ui.locator('#import-status')).toHaveText(
    '‘somber.json’ is niet geïmporteerd. Er is niets veranderd.',
  );
  await expect(ui.getByLabel('Eigen keuzekaart importeren (JSON)')).toBeFocused();
  await expect(picker.locator('option')).toHaveText(before);

  // Beide houden: the example stays, the new card comes in beside it as a copy.
  await importFile(page, file, own);
  await ui.getByRole('button', { name: 'Beide houden' }).click();
  await expect(ui.locator('#import-status')).toHaveText(
    'Keuzekaart ‘Somberheid, onze versie (kopie)’ is geïmporteerd.',
  );
  await expect(picker.locator('option', { hasText: somberheid.title })).toHaveCount(1);
  await expect(
    picker.locator('option', { hasText: 'Somberheid, onze versie (kopie)' }),
  ).toHaveCount(1);

  // Vervangen: the practice's card takes the example's place in the list, also after a reload.
  await importFile(page, file, own);
  await ui.getByRole('button', { name: 'Vervangen' }).click();
  await expect(ui.locator('#import-status')).toHaveText(
    'Keuzekaart ‘Somberheid, onze versie’ is geïmporteerd.',
  );
  await page.reload();
  await expect(picker.locator('option', { hasText: 'Somberheid, onze versie' })).toHaveCount(2);
  await expect(
    picker.locator('option', { hasText: somberheid.title, hasNotText: 'onze' }),
  ).toHaveCount(0);

  // Now the id is the practice's own card: the question says so.
  await toStep(page, 'Opties').catch(() => undefined);
  await importFile(page, file, { ...own, title: 'Derde versie' });
  await expect(
    ui.getByText('dezelfde naam-id als uw eigen kaart ‘Somberheid, onze versie’', { exact: false }),
  ).toBeFocused();
});
