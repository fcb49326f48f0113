import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

test('"Dit heeft u ingevuld" reads every answer in words, and leads back to change one', async ({
  page,
}) => {
  await page.goto('/patient.html');
  const ui = page.locator('samenspraak-vragenlijst');
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await ui.getByRole('slider', { name: 'Meedoen', exact: true }).focus();
  await page.keyboard.press('ArrowLeft');
  await ui.getByRole('checkbox', { name: 'Hierover praten (Meedoen)' }).check();
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('radio', { name: 'Meedoen' }).check();
  await ui.getByLabel('Wat wilt u veranderen?').fill('Meer mensen zien.');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('checkbox', { name: 'Uitleg' }).check();
  await ui.getByLabel('Uw vraag in uw eigen woorden').fill('Ik ben moe.');
  await ui.getByRole('button', { name: 'Verder' }).click();

  const overview = ui.locator('section.overview');
  await expect(ui.getByRole('heading', { name: 'Dit heeft u ingevuld' })).toBeVisible();
  await expect(overview.getByRole('listitem')).toHaveText([
    'Uw lichaam: niet ingevuld',
    'Hoe u zich voelt: niet ingevuld',
    'Wat uw leven zin geeft: niet ingevuld',
    'Hoe fijn uw leven is: niet ingevuld',
    'Meedoen met anderen: 4 van 10 · Hierover praten',
    'Uw dagelijkse dingen: niet ingevuld',
    'Meedoen met anderen',
    'Meer mensen zien.',
    'Uitleg',
    'Ik ben moe.',
  ]);
  await expectNoAxeViolations(page, 'the overview');

  // Back to the question, changed, and forward again: the overview shows the change.
  await overview.getByRole('button', { name: 'Veranderen: Uw vraag' }).click();
  await ui.getByLabel('Uw vraag in uw eigen woorden').fill('Ik ben erg moe.');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(overview.getByText('Ik ben erg moe.')).toBeVisible();
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(ui.getByRole('heading', { name: 'Klaar. Dank u wel!' })).toBeVisible();
  // "Iets veranderen" on Klaar comes back here, where every answer is in view.
  await ui.getByRole('button', { name: 'Iets veranderen' }).click();
  await expect(ui.getByRole('heading', { name: 'Dit heeft u ingevuld' })).toBeVisible();
});
