import { expect, test } from '@playwright/test';
import { dimensionName, expectNoAxeViolations } from './fixtures';

test('"Dit heeft u ingevuld" reads every answer in words, and leads back to change one', async ({
  page,
}) => {
  await page.goto('/patient.html');
  const ui = page.locator('samenspraak-vragenlijst');
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await ui.getByRole('slider', { name: dimensionName('Meedoen') }).focus();
  await page.keyboard.press('ArrowLeft');
  await ui.getByRole('checkbox', { name: 'Bespreken (Meedoen)' }).check();
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('radio', { name: 'Meedoen' }).check();
  await ui.getByLabel('Wat wilt u veranderen?').fill('Meer mensen zien.');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('checkbox', { name: 'Uitleg' }).check();
  await ui.getByLabel('Uw vraag', { exact: true }).fill('Ik ben moe.');
  await ui.getByRole('button', { name: 'Verder' }).click();

  const overview = ui.locator('section.overview');
  await expect(ui.getByRole('heading', { name: 'Dit heeft u ingevuld' })).toBeVisible();
  // As a screen reader hears it: "4 van 10" where the eye reads "4/10".
  await expect(overview).toMatchAriaSnapshot(`
    - list:
      - listitem: "Uw lichaam: niet ingevuld"
      - listitem: "Uw gevoel: niet ingevuld"
      - listitem: "Waar u voor leeft: niet ingevuld"
      - listitem: "Uw plezier: niet ingevuld"
      - listitem: "Met anderen: 4 van 10 · Bespreken"
      - listitem: "Uw dagelijkse dingen: niet ingevuld"
    - list:
      - listitem: Met anderen
      - listitem: Meer mensen zien.
    - list:
      - listitem: Uitleg
      - listitem: Ik ben moe.
  `);
  await expect(overview.getByText('Met anderen: 4/10')).toBeVisible();
  await expectNoAxeViolations(page, 'the overview');

  // Back to the question, changed, and forward again: the overview shows the change.
  await overview.getByRole('button', { name: 'Veranderen: Uw vraag' }).click();
  await ui.getByLabel('Uw vraag', { exact: true }).fill('Ik ben erg moe.');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(overview.getByText('Ik ben erg moe.')).toBeVisible();
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(ui.getByRole('heading', { name: 'Dank u wel!' })).toBeVisible();
  // "Iets veranderen" on Klaar comes back here, where every answer is in view.
  await ui.getByRole('button', { name: 'Iets veranderen' }).click();
  await expect(ui.getByRole('heading', { name: 'Dit heeft u ingevuld' })).toBeVisible();
});
