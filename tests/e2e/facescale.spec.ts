import { expect, type Page, test } from '@playwright/test';
import { app, expectNoAxeViolations, heading, openConsult, readQr, scoreTable } from './fixtures';

const patient = (page: Page) => page.locator('samenspraak-vragenlijst');

/** The faces chosen, by official dimension name, and what the web reads them as. */
const FACES: [string, string, string][] = [
  ['Lichaamsfuncties', 'Goed', '7,5'],
  ['Mentaal welbevinden', 'Slecht', '2,5'],
  ['Zingeving', 'Heel goed', '10'],
  ['Kwaliteit van leven', 'Gaat wel', '5'],
  ['Meedoen', 'Heel slecht', '0'],
  ['Dagelijks functioneren', 'Goed', '7,5'],
];

/** Patient.html in "Eenvoudig", every question answered with a face; ends on Klaar. */
async function answerWithFaces(page: Page): Promise<{ payload: string; code: string }> {
  const ui = patient(page);
  await page.goto('/patient.html');
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await ui.getByRole('radio', { name: 'Eenvoudig (met gezichtjes)' }).check();
  await expect(ui.getByRole('slider')).toHaveCount(0);
  await expect(ui.getByRole('radiogroup').or(ui.getByRole('group'))).not.toHaveCount(0);

  // The first by keyboard, as a radio group works: focus the first face, arrows move and choose.
  const [first, ...rest] = FACES;
  if (!first) throw new Error('no faces');
  const group = (name: string) => ui.getByRole('group', { name: new RegExp(name) });
  await group(first[0]).getByRole('radio', { name: 'Heel slecht', exact: true }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(group(first[0]).getByRole('radio', { name: first[1], exact: true })).toBeChecked();
  for (const [name, face] of rest)
    await group(name).getByRole('radio', { name: face, exact: true }).check();
  await expectNoAxeViolations(page, 'the face scale');

  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('button', { name: 'Verder' }).click();
  // The overview says the faces in words, not as numbers.
  await expect(heading(ui, 'Dit heeft u ingevuld')).toBeVisible();
  await expect(ui.getByRole('listitem').filter({ hasText: 'Met anderen' }).first()).toContainText(
    'Heel slecht',
  );
  await ui.getByRole('button', { name: 'Verder' }).click();
  const code = ((await ui.getByTestId('consultcode').textContent()) ?? '').trim();
  return { payload: await readQr(ui.getByRole('img', { name: /QR-code/ })), code };
}

/** The consult's score table says gezichtjesschaal, and each face as its 0–10 and its face. */
async function expectFaceTable(page: Page): Promise<void> {
  const ui = app(page);
  await expect(heading(ui, 'Verwachtingen')).toBeVisible();
  await expect(ui.locator('table.scores caption')).toContainText('gezichtjesschaal');
  const table = await scoreTable(ui);
  for (const [name, , score] of FACES) expect(table[name]).toContain(score);
  expect(table.Lichaamsfuncties).toContain('gezichtje 4 van 5');
}

test('the face scale: five native radios per question, each with a written name', async ({
  page,
}) => {
  await answerWithFaces(page);
});

test('faces reach the consult as gezichtjesschaal, never as measured scores, and the summary says so', async ({
  page,
}) => {
  const { payload } = await answerWithFaces(page);
  await openConsult(page);
  const ui = app(page);
  await ui.getByRole('textbox', { name: 'Consultcode' }).fill(payload);
  await page.keyboard.press('Enter');
  await expectFaceTable(page);
  await expectNoAxeViolations(page, 'verwachtingen with faces');

  await page.keyboard.press('Alt+6');
  await expect(heading(ui, 'Samenvatting')).toBeFocused();
  await expect(ui.getByText(/Positieve Gezondheid \(gezichtjesschaal/).first()).toBeVisible();
});

test('the twelve-symbol code, typed as the GP reads it off the tablet, brings the faces too', async ({
  page,
}) => {
  const { code } = await answerWithFaces(page);
  await openConsult(page);
  const ui = app(page);
  // Typed without its hyphens, as a GP does from a patient reading it out.
  await ui.getByRole('textbox', { name: 'Consultcode' }).pressSequentially(code.replace(/-/g, ''));
  await page.keyboard.press('Enter');
  await expectFaceTable(page);
});
