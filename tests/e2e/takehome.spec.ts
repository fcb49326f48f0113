import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { encodeConsultcode } from '../../src/domain/consultcode';
import {
  app,
  consultHeading,
  expectNoAxeViolations,
  heading,
  openConsult,
  PREPARED_CODE,
  PREPARED_HANDOVER,
  startBlank,
  storedRecords,
  toStep,
} from './fixtures';

const sheetOf = (page: Page) => page.frameLocator('iframe.print-frame');

const LINDE = { name: 'Huisartsenpraktijk De Linde', telephone: '020 123 45 67' };
/** The card as it ships: its words may be reworded, the sheet must carry them as they are. */
const somberheid: {
  options: { title: string; pros: { text: string }[]; cons: { text: string }[] }[];
  vangnet: string;
} = JSON.parse(
  readFileSync(new URL('../../content/keuzekaarten/somberheid.json', import.meta.url), 'utf8'),
);
const CARD_TITLES = somberheid.options.map((o) => o.title);

/**
 * A short consult: PREPARED_CODE, the Sombere gevoelens keuzekaart, POH-GGZ chosen together
 * (which fills in the card's vangnet), a next step, and the take-home sheet opened.
 */
async function sheetAfterChoice(page: Page, code = PREPARED_CODE) {
  await openConsult(page);
  const ui = app(page);
  await ui.getByRole('textbox', { name: 'Consultcode' }).fill(code);
  await page.keyboard.press('Enter');
  await ui.getByLabel('Hulpvraag').fill('Moe en somber sinds de verhuizing.');
  await ui.getByRole('checkbox', { name: 'Ik heb gezegd dat er een keuze is' }).check();
  await page.keyboard.press('Alt+3');
  await ui.getByLabel('Keuzekaart', { exact: true }).selectOption({ label: 'Sombere gevoelens' });
  await page.keyboard.press('Alt+5');
  await ui.getByRole('radio', { name: 'Gesprekken met de POH-GGZ' }).check();
  await ui.getByRole('radio', { name: 'Samen' }).check();
  await ui.getByLabel('Volgende stap', { exact: true }).fill('Eerste gesprek binnen 2 weken.');
  await page.keyboard.press('Alt+6');
  await expect(heading(ui, 'Samenvatting')).toBeVisible();
  await ui.getByRole('button', { name: 'Consult afronden en bewaren' }).click();
  await expect(ui.getByText(/^Bewaard in de geschiedenis om/)).toBeVisible();
  await ui.getByRole('button', { name: 'Uitdraai voor de patiënt' }).click();
  const sheet = sheetOf(page);
  await expect(sheet.getByRole('heading', { name: 'Uw gesprek met de huisarts' })).toBeVisible();
  return sheet;
}

/** Type the practice into "Praktijkgegevens" and save it with Enter. */
async function fillPractice(page: Page, name: string, telephone: string, valid = true) {
  const practice = app(page).getByRole('group', { name: 'Praktijkgegevens' });
  await practice.getByLabel('Naam van de praktijk').fill(name);
  await practice.getByLabel('Telefoonnummer van de praktijk').fill(telephone);
  await page.keyboard.press('Enter');
  if (valid && name !== '') {
    await expect(practice.getByRole('status')).toHaveText(
      'Opgeslagen. De praktijkgegevens staan nu op de uitdraai.',
    );
  }
}

/** The print preview with the whole sheet in view: the frame as tall as its document. */
async function screenshotPreview(page: Page, path: string) {
  const frame = app(page).locator('iframe.print-frame');
  const height = await frame.evaluate(
    (el: HTMLIFrameElement) => el.contentDocument?.documentElement.scrollHeight ?? 0,
  );
  await frame.evaluate((el: HTMLIFrameElement, h) => {
    el.style.height = `${h + 20}px`;
  }, height);
  await app(page).locator('.print-preview').screenshot({ path });
}

test('the practice set beside the preview is on the sheet, with every option, the worse row and the vangnet', async ({
  page,
}, testInfo) => {
  const sheet = await sheetAfterChoice(page);
  // No practice set: nothing for it on the sheet.
  await expect(sheet.locator('.takehome-practice')).toHaveCount(0);
  await expect(sheet.getByText('Telefoon', { exact: false })).toHaveCount(0);

  await fillPractice(page, LINDE.name, LINDE.telephone);
  await expect(sheet.locator('.takehome-practice')).toHaveText(
    `${LINDE.name}Telefoon: ${LINDE.telephone}`,
  );

  // Every option with its pros and cons, in the card's order; the chosen one marked in words.
  const options = sheet.locator('.takehome-option');
  await expect(options.locator('h3')).toHaveText([
    CARD_TITLES[0] as string,
    `${CARD_TITLES[1]} Gekozen`,
    ...CARD_TITLES.slice(2),
  ]);
  for (const option of await options.all()) {
    await expect(option.getByRole('heading', { name: 'Voordelen', level: 4 })).toBeVisible();
    await expect(option.getByRole('heading', { name: 'Nadelen', level: 4 })).toBeVisible();
  }
  for (const [i, option] of somberheid.options.entries()) {
    await expect(options.nth(i).getByRole('listitem')).toHaveText(
      [...option.pros, ...option.cons].map((p) => p.text),
    );
  }
  // The card's row on getting worse, and the vangnet as the GP's words.
  const worse = sheet.locator('section', {
    has: page.getByRole('heading', { name: 'Wat als het slechter gaat?' }),
  });
  await expect(worse.getByText('Neem contact op met de praktijk.', { exact: false })).toHaveCount(
    1,
  );
  await expect(worse.locator('p.takehome-gp')).toHaveText(
    `Uw huisarts schreef: ${somberheid.vangnet}`,
  );
  const afspraken = sheet.locator('section', {
    has: page.getByRole('heading', { name: 'Wat we afspraken' }),
  });
  await expect(afspraken.getByText('Uw huisarts schreef:')).toBeVisible();
  await expect(afspraken.getByText('Volgende stap: Eerste gesprek binnen 2 weken.')).toBeVisible();
  await expectNoAxeViolations(page, 'take-home sheet with the practice');
  await screenshotPreview(page, testInfo.outputPath('print-preview.png'));
});

test('the practice setting is checked, kept for the next consults, and holds only the practice', async ({
  page,
}) => {
  await startBlank(page);
  const ui = app(page);
  await toStep(page, 'Samenvatting');
  await ui.getByRole('button', { name: 'Uitdraai voor de patiënt' }).click();
  const practice = ui.getByRole('group', { name: 'Praktijkgegevens' });
  const telephone = practice.getByLabel('Telefoonnummer van de praktijk');
  await fillPractice(page, LINDE.name, '020 LINDE', false);
  await expect(telephone).toHaveAttribute('aria-invalid', 'true');
  await expect(telephone).toBeFocused();
  await expect(practice.getByText('Dit is geen telefoonnummer.', { exact: false })).toBeVisible();
  await expect(sheetOf(page).locator('.takehome-practice')).toHaveCount(0);
  await fillPractice(page, LINDE.name, LINDE.telephone);
  await expect(telephone).not.toHaveAttribute('aria-invalid');
  // Kept on this computer: the practice's name and number, nothing else.
  const records = await storedRecords(page);
  expect(records['samenspraak/settings']).toContainEqual(LINDE);

  await page.reload();
  // The consult comes back from storage where it was; the start screen shows until it does.
  await expect(consultHeading(page, 'Samenvatting')).toBeVisible();
  await ui.getByRole('button', { name: 'Uitdraai voor de patiënt' }).click();
  await expect(practice.getByLabel('Naam van de praktijk')).toHaveValue(LINDE.name);
  await expect(sheetOf(page).locator('.takehome-practice')).toContainText(LINDE.telephone);

  // Both fields empty: no practice on the sheet, and none kept.
  await fillPractice(page, '', '', false);
  await expect(practice.getByRole('status')).toHaveText(
    'Verwijderd. De uitdraai toont geen praktijkgegevens.',
  );
  await expect(sheetOf(page).locator('.takehome-practice')).toHaveCount(0);
  expect((await storedRecords(page))['samenspraak/settings']).not.toContainEqual(LINDE);
});

test('a Dutch card gives an English or Arabic patient a Dutch sheet, with one line in their language', async ({
  page,
}, testInfo) => {
  const sheet = await sheetAfterChoice(page);
  const ui = app(page);
  const language = ui.getByLabel('Taal van de uitdraai');
  await language.selectOption('en');
  const note = sheet.locator('.takehome-note');
  await expect(note).toHaveText('This sheet is in Dutch. You can ask someone to read it with you.');
  await expect(note).toHaveAttribute('lang', 'en');
  await expect(
    ui.getByText('De keuzekaart en wat u typte zijn alleen in het Nederlands.', { exact: false }),
  ).toBeVisible();
  // The rest is Dutch: headings, the options, the web's labels.
  await expect(sheet.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(sheet.locator('article')).toHaveAttribute('lang', 'nl');
  await expect(sheet.getByRole('heading', { name: 'Uw gesprek met de huisarts' })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Wat we bespraken' })).toBeVisible();
  await expect(sheet.locator('svg .web-label').filter({ hasText: 'Meedoen' })).toHaveCount(1);
  await expect(sheet.getByText('Participation')).toHaveCount(0);
  await expect(sheet.getByRole('heading', { name: 'Your talk with the GP' })).toHaveCount(0);

  await language.selectOption('ar');
  await expect(note).toHaveText('هذه الورقة باللغة الهولندية. يمكنك أن تطلب من شخص أن يقرأها معك.');
  await expect(note).toHaveAttribute('dir', 'rtl');
  await expect(note).toHaveAttribute('lang', 'ar');
  await expect(sheet.locator('article')).toHaveAttribute('dir', 'ltr');
  await expect(sheet.getByRole('heading', { name: 'Uw gesprek met de huisarts' })).toBeVisible();
  await expectNoAxeViolations(page, 'take-home sheet in Dutch for an Arabic patient');
  await screenshotPreview(page, testInfo.outputPath('print-preview-ar.png'));

  await language.selectOption('nl');
  await expect(note).toHaveCount(0);
});

test("a typed code brings the patient's language, so the sheet starts in it", async ({ page }) => {
  const turkish = encodeConsultcode({ ...PREPARED_HANDOVER, locale: 'tr' });
  const sheet = await sheetAfterChoice(page, turkish);
  await expect(app(page).getByLabel('Taal van de uitdraai')).toHaveValue('tr');
  // The card is Dutch only, so the sheet is Dutch with one line in Turkish.
  await expect(sheet.locator('.takehome-note')).toHaveAttribute('lang', 'tr');
});
