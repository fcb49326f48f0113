import { writeFileSync } from 'node:fs';
import { chromium, expect, type Page, test } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/browser.mjs';
import {
  app,
  expectNoAxeViolations,
  heading,
  openConsult,
  openWithCode,
  PREPARED_CODE,
  PREPARED_QR,
  PREPARED_TABLE,
  scoreTable,
  startBlank,
  tabTo,
  toStep,
  writeQrFrame,
} from './fixtures';

test('the start screen passes axe', async ({ page }) => {
  await openConsult(page);
  await expectNoAxeViolations(page, 'start');
});

test('the first key typed goes into the consultcode, on opening and after "Nieuw consult"', async ({
  page,
}) => {
  await openConsult(page);
  const ui = app(page);
  const field = ui.getByRole('textbox', { name: 'Consultcode' });
  await expect(field).toBeFocused();
  await page.keyboard.type(PREPARED_CODE);
  await page.keyboard.press('Enter');
  await expect(heading(ui, 'Verwachtingen')).toBeFocused();
  await ui.getByRole('button', { name: 'Nieuw consult' }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
  await page.keyboard.type('9C');
  await expect(field).toHaveValue('9C');
});

test('the consult opens a patient code and shows the same scores and topics', async ({ page }) => {
  await openConsult(page);
  const ui = app(page);
  const field = ui.getByRole('textbox', { name: 'Consultcode' });
  // Typed as a GP might: lower case, spaces for hyphens.
  await field.fill(PREPARED_CODE.toLowerCase().replaceAll('-', ' '));
  await expect(ui.getByText('De code klopt. Druk op Enter om te openen.')).toBeVisible();
  await field.press('Enter');

  await expect(heading(ui, 'Verwachtingen')).toBeFocused();
  expect(await scoreTable(ui)).toEqual(PREPARED_TABLE);
  await expect(
    ui.getByText('De eigen woorden van de patiënt staan niet in de code', { exact: false }),
  ).toBeVisible();
  // A few prompts for the dimensions the patient marked, each naming its dimension, with the
  // score filled in; the rest wait behind "Meer gespreksvragen".
  const open = ui.locator('fieldset.prompts').first().getByRole('checkbox');
  expect(await open.count()).toBeLessThanOrEqual(3);
  await expect(
    ui.getByRole('checkbox', { name: 'Meedoen: Wat maakt dat het een 3 is en geen 2?' }),
  ).toBeVisible();
  const more = ui.getByText('Meer gespreksvragen', { exact: true });
  const followUp = ui.getByRole('group', { name: 'Vervolgvragen' });
  await expect(followUp).toBeHidden();
  await more.click();
  await expect(followUp).toBeVisible();
});

test('"Er is een keuze" states the choice and opens Opties', async ({ page }) => {
  await openWithCode(page);
  const ui = app(page);
  await tabTo(page, ui.getByRole('button', { name: 'Er is een keuze: naar Opties' }));
  await page.keyboard.press('Enter');
  await expect(heading(ui, 'Opties')).toBeFocused();
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Alt+2');
  await expect(
    ui.getByRole('checkbox', { name: 'Ik heb gezegd dat er een keuze is' }),
  ).toBeChecked();
});

test('Verwachtingen with a preparation passes axe', async ({ page }) => {
  await openWithCode(page);
  await expect(app(page).locator('table.scores')).toBeVisible();
  await expectNoAxeViolations(page, 'verwachtingen');
});

// PREPARED_CODE as versions 2 and 1 wrote it: eleven characters, or ten with one check symbol.
for (const [version, code] of [
  [2, 'HCJK-KAJJ-22D'],
  [1, '9CJK-KAJJ-2Q'],
] as const) {
  test(`a code of the older version ${version} (${code.length - 2} characters) still opens, and the page says so`, async ({
    page,
  }) => {
    await openConsult(page);
    const ui = app(page);
    const field = ui.getByRole('textbox', { name: 'Consultcode' });
    await field.fill(code.slice(0, -1));
    await expect(ui.getByText('Nog 1 teken.')).toBeVisible();
    await field.fill(code);
    await expect(
      ui.getByText(
        `De code klopt. Hij komt uit een oudere versie van Samenspraak, met ${code.length - 2} tekens.`,
        { exact: false },
      ),
    ).toBeVisible();
    await expectNoAxeViolations(page, `start with a version ${version} code`);
    await field.press('Enter');
    await expect(heading(ui, 'Verwachtingen')).toBeFocused();
    expect(await scoreTable(ui)).toEqual(PREPARED_TABLE);
  });
}

test('a mistyped code gets a clear Dutch message and the typed text stays', async ({ page }) => {
  await openConsult(page);
  const ui = app(page);
  const field = ui.getByRole('textbox', { name: 'Consultcode' });
  // Swap two neighbouring characters: the check symbol must catch it.
  const code = PREPARED_CODE;
  const swapped = `${code.slice(0, 1)}${code.slice(2, 3)}${code.slice(1, 2)}${code.slice(3)}`;
  expect(swapped).not.toBe(code);
  await field.fill(swapped);
  await field.press('Enter');
  await expect(
    ui.getByText('De controleletter klopt niet — kijk de code nog eens na.'),
  ).toBeVisible();
  await expect(field).toHaveValue(swapped);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(heading(ui, 'Start')).toBeVisible();
  await expectNoAxeViolations(page, 'start with an error');
});

test('while typing a code, the field says how many characters are missing or which is wrong', async ({
  page,
}) => {
  await openConsult(page);
  const ui = app(page);
  const field = ui.getByRole('textbox', { name: 'Consultcode' });
  // Twelve characters: eight typed, four to go.
  await field.fill(PREPARED_CODE.slice(0, 9));
  await expect(ui.getByText('Nog 4 tekens.')).toBeVisible();
  await field.fill(`${PREPARED_CODE.slice(0, 5)}U${PREPARED_CODE.slice(6)}`);
  await expect(ui.getByText('hoort niet in een consultcode', { exact: false })).toBeVisible();
});

// A whole consult by keyboard alone, one step per test. Each test reaches its step by the
// shortcuts, does everything on it by keyboard, reloads once to prove the step is restored, and
// then goes on to the next step by keyboard from the reloaded page.

test('by keyboard: start without preparation, fill Verwachtingen, kept across a reload', async ({
  page,
}) => {
  await openConsult(page);
  const ui = app(page);
  await tabTo(page, ui.getByRole('button', { name: 'Start zonder voorbereiding' }));
  await page.keyboard.press('Enter');
  await expect(heading(ui, 'Verwachtingen')).toBeFocused();
  await tabTo(page, ui.getByLabel('Hulpvraag'));
  // The first words key by key (letters and a space reach the field, no shortcut takes them),
  // the rest as one insertion: per-key typing of whole sentences only costs time.
  await page.keyboard.type('Moe en');
  await page.keyboard.insertText(' somber sinds de verhuizing.');
  await tabTo(page, ui.getByRole('checkbox', { name: 'Ik heb gezegd dat er een keuze is' }));
  await page.keyboard.press('Space');
  await expectNoAxeViolations(page, 'verwachtingen, blank');
  await page.reload();
  await expect(ui.getByLabel('Hulpvraag')).toHaveValue('Moe en somber sinds de verhuizing.');
  await expect(
    ui.getByRole('checkbox', { name: 'Ik heb gezegd dat er een keuze is' }),
  ).toBeChecked();

  // After a reload nothing in the widget has focus: Tab into it, then use the shortcut.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Alt+PageDown');
  await expect(heading(ui, 'Opties')).toBeFocused();
});

test('by keyboard: Opties, a keuzekaart chosen with the arrow keys, kept across a reload', async ({
  page,
}) => {
  await startBlank(page);
  const ui = app(page);
  await page.keyboard.press('Alt+PageDown');
  await expect(heading(ui, 'Opties')).toBeFocused();
  await tabTo(page, ui.getByLabel('Keuzekaart', { exact: true }));
  // The cards are sorted by title: Lage rugpijn, Praten over zorg…, Sombere gevoelens.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  const grid = ui.locator('table.options-grid');
  await expect(grid.getByRole('columnheader', { name: 'Gesprekken met de POH-GGZ' })).toBeVisible();
  await expect(grid.getByRole('columnheader')).toHaveText([
    'Afwachten met zelfhulp',
    'Gesprekken met de POH-GGZ',
    'Verwijzing naar een psycholoog (basis-GGZ)',
    'Een medicijn tegen depressie (antidepressivum)',
  ]);
  await expect(
    ui.getByText('Voorbeeld: controleer deze keuzekaart', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'opties');
  await page.reload();
  await expect(grid.getByRole('columnheader', { name: 'Gesprekken met de POH-GGZ' })).toBeVisible();

  await page.keyboard.press('Tab');
  await page.keyboard.press('Alt+PageDown');
  await expect(heading(ui, 'Voorkeur')).toBeFocused();
});

/** A blank consult with the Sombere gevoelens keuzekaart chosen (by mouse: not what is tested). */
async function withSomberheid(page: Page) {
  await startBlank(page);
  await toStep(page, 'Opties');
  await app(page)
    .getByLabel('Keuzekaart', { exact: true })
    .selectOption({ label: 'Sombere gevoelens' });
}

test('by keyboard: Voorkeur, the note first, one Tab stop per option, kept across a reload', async ({
  page,
}) => {
  await withSomberheid(page);
  const ui = app(page);
  await toStep(page, 'Voorkeur');
  // The patient's own words are the first field; each option's points are one group after it.
  await page.keyboard.press('Tab');
  await expect(
    ui.getByRole('textbox', { name: 'Wat vindt de patiënt het belangrijkst?' }),
  ).toBeFocused();
  const groups = ui.getByRole('group', { name: /^Erg belangrijk bij / });
  await expect(groups).toHaveCount(4);
  await page.keyboard.press('Tab');
  const first = groups.first().getByRole('checkbox');
  await expect(first.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(first.nth(1)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first.nth(1)).toBeChecked();
  // One Tab leaves the group for the next option's group.
  await page.keyboard.press('Tab');
  await expect(groups.nth(1).getByRole('checkbox').first()).toBeFocused();
  // No score, no ranking: the page never names a best option.
  await expect(ui.getByText(/aanbevolen|beste keuze|score/i)).toHaveCount(0);
  await expectNoAxeViolations(page, 'voorkeur');
  await page.reload();
  await expect(groups.first().getByRole('checkbox').nth(1)).toBeChecked();

  await page.keyboard.press('Tab');
  await page.keyboard.press('Alt+PageDown');
  await expect(heading(ui, 'Keuze')).toBeFocused();
});

test('by keyboard: Keuze, the option, who decided and the keuzecheck, kept across a reload', async ({
  page,
}) => {
  await withSomberheid(page);
  const ui = app(page);
  await toStep(page, 'Keuze');
  await tabTo(page, ui.getByRole('radio', { name: 'Afwachten met zelfhulp' }));
  await page.keyboard.press('ArrowDown'); // Gesprekken met de POH-GGZ
  await expect(ui.getByRole('radio', { name: 'Gesprekken met de POH-GGZ' })).toBeChecked();
  await tabTo(page, ui.getByRole('radio', { name: 'De patiënt' }));
  await page.keyboard.press('ArrowRight'); // Samen
  await expect(ui.getByRole('radio', { name: 'Samen' })).toBeChecked();
  for (const question of [
    'Weet u zeker wat voor u de beste keuze is?',
    'Kent u de voordelen en nadelen van elke mogelijkheid?',
    'Weet u welke voordelen en nadelen voor u het belangrijkst zijn?',
    'Heeft u genoeg steun en advies om te kiezen?',
  ]) {
    const yes = ui.getByRole('group', { name: question }).getByRole('radio', { name: 'Ja' });
    await tabTo(page, yes);
    await page.keyboard.press('Space');
    await expect(yes).toBeChecked();
  }
  await expect(ui.getByText('Keuzecheck 4/4')).toBeVisible();
  await expect(ui.getByText('Geen twijfel.')).toBeVisible();
  await tabTo(page, ui.getByLabel('Volgende stap', { exact: true }));
  await page.keyboard.type('Eerste gesprek');
  await page.keyboard.insertText(' POH-GGZ binnen 2 weken.');
  await expectNoAxeViolations(page, 'keuze');
  await page.reload();
  await expect(heading(ui, 'Keuze')).toBeVisible();
  await expect(ui.getByRole('radio', { name: 'Gesprekken met de POH-GGZ' })).toBeChecked();
  await expect(ui.getByRole('radio', { name: 'Samen' })).toBeChecked();
  await expect(ui.getByText('Keuzecheck 4/4')).toBeVisible();
  await expect(ui.getByLabel('Volgende stap', { exact: true })).toHaveValue(
    'Eerste gesprek POH-GGZ binnen 2 weken.',
  );
});

test('doubt in the keuzecheck is shown, and bedenktijd asks for a follow-up', async ({ page }) => {
  await openConsult(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await page.keyboard.press('Alt+5');
  await expect(heading(ui, 'Keuze')).toBeFocused();
  await ui.getByRole('radio', { name: 'Bedenktijd' }).check();
  await expect(ui.getByLabel('Vervolgmoment')).toBeVisible();
  await ui
    .getByRole('group', { name: 'Heeft u genoeg steun en advies om te kiezen?' })
    .getByRole('radio', { name: 'Nee' })
    .check();
  await expect(ui.getByText('Keuzecheck 0/4')).toBeVisible();
  await expect(ui.getByText('Twijfel over: steun.')).toBeVisible();
});

/** A blank consult on Opties, where a keuzekaart file can be imported. */
async function atOpties(page: Page) {
  await startBlank(page);
  await toStep(page, 'Opties');
  return app(page).getByLabel('Keuzekaart', { exact: true });
}

test('an invalid keuzekaart file is refused with the wrong field in Dutch, and nothing changes', async ({
  page,
}, testInfo) => {
  const picker = await atOpties(page);
  const ui = app(page);
  const before = await picker.locator('option').allTextContents();
  const bad = testInfo.outputPath('kapot.json');
  writeFileSync(
    bad,
    JSON.stringify({
      id: 'kapot',
      version: '1.0.0',
      lang: 'nl',
      title: 'Kapot',
      question: 'Wat doen we?',
      source: 'test',
      licence: 'test',
      publishedAt: '2026-01-01',
      reviewBy: '2027-01-01',
      example: true,
      options: [
        {
          id: 'a',
          title: 'A',
          description: 'a',
          pros: [],
          cons: [],
          dimensions: [],
          afwachten: true,
        },
        {
          id: 'b',
          title: 'B',
          description: 'b',
          pros: [{ id: 'p', text: '' }],
          cons: [],
          dimensions: [],
        },
      ],
    }),
  );
  await ui.getByLabel('Eigen keuzekaart importeren (JSON)').setInputFiles(bad);
  await expect(ui.getByText('‘kapot.json’ is niet geïmporteerd.', { exact: false })).toBeVisible();
  await expect(
    ui.getByRole('listitem').filter({ hasText: 'Optie 2, voordeel 1 is leeg.' }),
  ).toBeVisible();
  await expect(picker.locator('option')).toHaveText(before);
});

test('a valid keuzekaart file is imported and is still there after a reload', async ({
  page,
}, testInfo) => {
  const picker = await atOpties(page);
  const ui = app(page);
  const good = testInfo.outputPath('eigen.json');
  writeFileSync(
    good,
    JSON.stringify({
      id: 'eigen-kaart',
      version: '1.0.0',
      lang: 'nl',
      title: 'Onze eigen kaart',
      question: 'Wat doen we?',
      source: 'Praktijk',
      licence: 'intern',
      publishedAt: '2026-01-01',
      reviewBy: '2027-01-01',
      example: false,
      options: [
        {
          id: 'a',
          title: 'Afwachten',
          description: 'a',
          pros: [],
          cons: [],
          dimensions: [],
          afwachten: true,
        },
        { id: 'b', title: 'Doen', description: 'b', pros: [], cons: [], dimensions: ['lichaam'] },
      ],
    }),
  );
  await ui.getByLabel('Eigen keuzekaart importeren (JSON)').setInputFiles(good);
  await expect(ui.getByText('Keuzekaart ‘Onze eigen kaart’ is geïmporteerd.')).toBeVisible();
  await page.reload();
  await expect(picker.locator('option', { hasText: 'Onze eigen kaart' })).toHaveCount(1);
});

test('QR scanning with no camera says so and leaves the code field as a way back', async ({
  page,
}) => {
  await openConsult(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Scan de QR-code' }).click();
  await expect(ui.getByText('Er is geen camera gevonden.', { exact: false })).toBeVisible();
  await expect(ui.getByRole('textbox', { name: 'Consultcode' })).toBeEnabled();
  await expect(ui.getByRole('button', { name: 'Scan de QR-code' })).toBeVisible();
});

test('QR scanning with the camera refused says so', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await openConsult(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Scan de QR-code' }).click();
  await expect(ui.getByText('De camera mag niet worden gebruikt.', { exact: false })).toBeVisible();
});

test('QR scanning with a webcam that sees the patient QR opens the whole preparation', async ({
  baseURL,
}, testInfo) => {
  // Chromium's fake camera shows one frame: the patient's QR code, drawn as the tablet draws it.
  const frame = testInfo.outputPath('qr.y4m');
  writeQrFrame(PREPARED_QR, frame);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${frame}`,
    ],
  });
  try {
    const gp = await (await browser.newContext({ baseURL })).newPage();
    await openConsult(gp);
    const ui = app(gp);
    await ui.getByRole('button', { name: 'Scan de QR-code' }).click();
    await expect(heading(ui, 'Verwachtingen')).toBeVisible();
    expect(await scoreTable(ui)).toEqual(PREPARED_TABLE);
    // The QR carries the patient's own words, which a code cannot.
    await expect(ui.getByText('Ik ben moe sinds de verhuizing.')).toBeVisible();
    await expect(ui.getByText('Meer mensen zien.')).toBeVisible();
  } finally {
    await browser.close();
  }
});

test('several consults in progress are listed and reopened', async ({ page }) => {
  await openConsult(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await ui.getByLabel('Hulpvraag').fill('Rugpijn na tillen.');
  await ui.getByRole('button', { name: 'Nieuw consult' }).click();
  await expect(heading(ui, 'Start')).toBeVisible();
  await expect(ui.getByText('Rugpijn na tillen.', { exact: false })).toBeVisible();
  await ui.getByRole('button', { name: 'Openen' }).last().click();
  await expect(ui.getByLabel('Hulpvraag')).toHaveValue('Rugpijn na tillen.');
});

test('two tabs on one consult: neither silently overwrites the other', async ({ context }) => {
  const first = await context.newPage();
  await openConsult(first);
  await app(first).getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await app(first).getByLabel('Hulpvraag').fill('Eerste versie.');
  const second = await context.newPage();
  await second.goto('/consult.html');
  await expect(app(second).getByLabel('Hulpvraag')).toHaveValue('Eerste versie.');
  await app(second).getByLabel('Hulpvraag').fill('Tweede tab.');
  await expect(app(second).getByText('Opgeslagen')).toBeVisible();
  await app(first).getByLabel('Hulpvraag').fill('Eerste tab, later.');
  await expect(
    app(first).getByText('Dit consult is in een ander tabblad gewijzigd.', { exact: false }),
  ).toBeVisible();
});

test('a reload right after typing keeps what was typed', async ({ page }) => {
  await openConsult(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await ui.getByLabel('Hulpvraag').fill('Eerst.');
  await expect(ui.getByText('Opgeslagen')).toBeVisible();
  await ui
    .getByLabel('Mijn inschatting (beleid van de huisarts)')
    .fill('Zo snel als een tab sluit.');
  await page.reload();
  await expect(ui.getByLabel('Mijn inschatting (beleid van de huisarts)')).toHaveValue(
    'Zo snel als een tab sluit.',
  );
});

test('the next patient opens a new consult; the one that was open stays as it was', async ({
  page,
}) => {
  await openWithCode(page);
  const ui = app(page);
  await ui.getByLabel('Hulpvraag').fill('Eerste patiënt.');
  await expect(ui.getByText('Opgeslagen', { exact: true })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await ui.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await expect(ui.getByLabel('Hulpvraag')).toHaveValue('');
  await expect(ui.locator('table.scores')).toHaveCount(0);
  await page.keyboard.press('Alt+1');
  const drafts = ui.getByRole('region', { name: 'Lopende consulten' });
  await drafts.getByRole('button', { name: /Openen: .*Eerste patiënt\./ }).click();
  await expect(ui.getByLabel('Hulpvraag')).toHaveValue('Eerste patiënt.');
  // The first consult still has its preparation.
  expect(await scoreTable(ui)).toEqual(PREPARED_TABLE);
});
