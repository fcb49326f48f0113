import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { app, expectNoAxeViolations, startBlank, tabTo, toStep } from './fixtures';

// Twenty-six consults finished through the page, then the intervisie page: more than 30 s.
test.describe.configure({ timeout: 180_000 });

const MARKER = 'ZQXMARKER';
const NOVEMBER = new Date('2026-11-10T09:00:00Z');
const DECEMBER = new Date('2026-12-03T09:00:00Z');

/** The consults counted in the tally, read from the page's IndexedDB. */
async function tallied(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('samenspraak');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains('tally')) return 0;
    const months = await new Promise<{ counts: Record<string, number> }[]>((resolve) => {
      const request = db.transaction('tally').objectStore('tally').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return months.reduce((n, m) => n + (m.counts.consults ?? 0), 0);
  });
}

/** Finish a consult without preparation, the marker in its hulpvraag; with a choice named or not. */
async function finishConsult(page: Page, n: number, choice: boolean) {
  const before = await tallied(page).catch(() => 0);
  await startBlank(page);
  const ui = app(page);
  await ui.getByLabel('Hulpvraag').fill(`${MARKER} ${n} moe sinds de verhuizing`);
  if (choice) await ui.getByRole('button', { name: /Er is een keuze/ }).click();
  await toStep(page, 'Samenvatting');
  await ui.getByRole('button', { name: 'Consult afronden en bewaren' }).click();
  await expect(ui.getByText(/^Bewaard in de geschiedenis om/)).toBeVisible();
  // The tally is written just after the history: wait for it before the next page load.
  await expect.poll(() => tallied(page)).toBe(before + 1);
}

const intervisie = (page: Page) => app(page).locator('.intervisie');

test('consults over two months: the GP view, an export without free text, a merge with a broken file, the hand-out, and the tally after the purge', async ({
  page,
}) => {
  await page.clock.install({ time: NOVEMBER });
  for (let i = 0; i < 13; i++) await finishConsult(page, i, i % 2 === 0);
  await page.clock.setSystemTime(DECEMBER);
  for (let i = 13; i < 26; i++) await finishConsult(page, i, i % 2 === 0);

  // The GP's own months, each chart with its table.
  await page.goto('/intervisie.html');
  const ui = intervisie(page);
  await expect(ui.getByRole('heading', { name: 'Uw maanden' })).toBeVisible();
  await expect(ui.getByText('2 maanden geteld.')).toBeVisible();
  const choices = ui.getByRole('figure', { name: 'Keuze benoemd' }).first();
  await expect(choices.locator('svg.chart-svg rect.chart-bar')).toHaveCount(2);
  await expect(choices.getByRole('row', { name: /november 2026/ })).toContainText('7 van 13');
  await expect(choices.getByRole('row', { name: /december 2026/ })).toContainText('6 van 13');
  await expect(
    ui.getByRole('heading', { name: 'Vragen voor de intervisie' }).first(),
  ).toBeVisible();
  await expect(
    ui.getByText('Bij welk soort klacht noemt u het vaakst geen keuze?').first(),
  ).toBeVisible();
  await expect(page.getByText(MARKER)).toHaveCount(0);

  // Export the quarter, by keyboard.
  const exportButton = ui.getByRole('button', { name: 'Exporteer intervisiebestand' });
  await tabTo(page, ui.getByLabel('Schuilnaam (mag leeg blijven)'), 200);
  await page.keyboard.type('Huisarts A');
  await tabTo(page, exportButton);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('intervisie-2026-Q4.json');
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  const file = JSON.parse(text);
  expect(file).toMatchObject({
    format: 'samenspraak-intervisie',
    version: 1,
    period: { from: '2026-10', to: '2026-12' },
    pseudonym: 'Huisarts A',
    gps: 1,
  });
  expect(file.counts).toMatchObject({ consults: 26, 'choice:yes': 13, 'choice:no': 13 });
  // No free text, no code, no day.
  expect(text).not.toContain(MARKER);
  expect(text).not.toMatch(/verhuizing|hulpvraag|moe/i);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/);
  expect(text).not.toMatch(/\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3,4}\b/);
  await expect(
    ui.getByText('Het bestand intervisie-2026-Q4.json is klaargezet om te bewaren.'),
  ).toBeVisible();

  // The chair merges three files: two GPs' and one broken, chosen by keyboard.
  const second = { ...file, pseudonym: 'Huisarts B' };
  await tabTo(page, ui.getByLabel('Intervisiebestanden kiezen'));
  const choosing = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  const chooser = await choosing;
  await chooser.setFiles([
    { name: 'huisarts-a.json', mimeType: 'application/json', buffer: Buffer.from(text) },
    {
      name: 'huisarts-b.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(second)),
    },
    { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 200)) },
  ]);
  await expect(ui.getByText('2 bestanden gelezen.')).toBeVisible();
  await expect(ui.getByText('Geweigerd: kapot.json. Dit is geen leesbaar bestand.')).toBeVisible();
  await expect(ui.getByText(/huisarts-a\.json|huisarts-b\.json/)).toHaveCount(0);
  const handout = ui.locator('.handout');
  await expect(
    handout.getByText('2 huisartsen, oktober 2026 tot en met december 2026.'),
  ).toBeVisible();
  await expect(handout.getByText('Deelnemers: Huisarts A, Huisarts B.')).toBeVisible();
  const groupChoices = handout.getByRole('figure', { name: 'Keuze benoemd' });
  await expect(groupChoices.getByRole('row', { name: /Groep/ })).toContainText('26 van 52');
  await expect(groupChoices.getByRole('row', { name: /Groep/ })).toContainText('50%');
  await expectNoAxeViolations(page, 'intervisie with a merge');

  // The hand-out prints alone, on A4.
  await page.emulateMedia({ media: 'print' });
  await expect(handout).toBeVisible();
  await expect(groupChoices).toBeVisible();
  await expect(ui.getByRole('heading', { name: 'Exporteer intervisiebestand' })).toBeHidden();
  await expect(ui.getByRole('heading', { name: 'Uw maanden' })).toBeHidden();
  await expect(ui.getByLabel('Intervisiebestanden kiezen')).toBeHidden();
  await expect(handout.getByRole('button', { name: 'Hand-out afdrukken' })).toBeHidden();
  await expect(page.locator('.page-header')).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // A4 is 210 × 297 mm: 595 × 842 points.
  const box = pdf.toString('latin1').match(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/);
  expect(Math.round(Number(box?.[1]))).toBe(595);
  expect(Math.round(Number(box?.[2]))).toBe(842);
  await page.emulateMedia({ media: 'screen' });

  // Past the retention period the consults are purged; the tally stays.
  await page.clock.setSystemTime(new Date('2027-01-20T09:00:00Z'));
  await page.goto('/consult.html');
  await expect(app(page).getByText('Nog geen afgeronde consulten.')).toBeVisible();
  await page.goto('/intervisie.html');
  await expect(intervisie(page).getByText('2 maanden geteld.')).toBeVisible();
});

test('counting can be switched off, the tally cleared, and Alles wissen asks whether to clear it too', async ({
  page,
}) => {
  await page.clock.install({ time: NOVEMBER });
  await finishConsult(page, 1, true);
  const ui = app(page);
  // Alles wissen keeps the tally unless asked.
  await page.keyboard.press('Alt+1');
  const history = ui.getByRole('region', { name: 'Geschiedenis' });
  await history.getByRole('button', { name: 'Alles wissen' }).click();
  await expect(
    history.getByRole('button', { name: 'Ja, en ook de telling voor intervisie' }),
  ).toBeVisible();
  await history.getByRole('button', { name: 'Ja, alles wissen' }).click();
  await expect(history.getByText('Nog geen afgeronde consulten.')).toBeVisible();
  expect(await tallied(page)).toBe(1);

  await page.goto('/intervisie.html');
  const page1 = intervisie(page);
  await expect(page1.getByText('1 maand geteld.')).toBeVisible();
  await expect(
    page1.getByText(
      'Exporteren kan vanaf 25 afgeronde consulten in het kwartaal. Dit kwartaal heeft er 1',
      { exact: false },
    ),
  ).toBeVisible();
  await expect(page1.getByText('welke keuzekaart is gebruikt, met de versie;')).toBeVisible();
  await expectNoAxeViolations(page, 'intervisie, one month');
  const toggle = page1.getByRole('checkbox', { name: 'Afgeronde consulten tellen' });
  await tabTo(page, toggle, 200);
  await page.keyboard.press('Space');
  await expect(page1.getByText('Het tellen staat uit.', { exact: false })).toBeVisible();

  // Switched off, a finished consult is not counted.
  await startBlank(page);
  await toStep(page, 'Samenvatting');
  await ui.getByRole('button', { name: 'Consult afronden en bewaren' }).click();
  await expect(ui.getByText(/^Bewaard in de geschiedenis om/)).toBeVisible();
  await page.waitForTimeout(500);
  expect(await tallied(page)).toBe(1);

  // Clearing the tally from the page, and from Alles wissen.
  await page.goto('/intervisie.html');
  // By keyboard: the question takes focus to "Annuleren", so Enter at once wipes nothing.
  const wipe = intervisie(page).getByRole('button', { name: 'Telling wissen' });
  await tabTo(page, wipe);
  await page.keyboard.press('Enter');
  await expect(intervisie(page).getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(intervisie(page).getByRole('button', { name: 'Ja, telling wissen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(wipe).toBeFocused();
  await expect(intervisie(page).getByText('Nog geen afgeronde consulten geteld.')).toBeVisible();
  await expect(intervisie(page).getByText('De telling is gewist.')).toBeVisible();
  await intervisie(page).getByRole('checkbox', { name: 'Afgeronde consulten tellen' }).check();
  await finishConsult(page, 2, false);
  await page.keyboard.press('Alt+1');
  await history.getByRole('button', { name: 'Alles wissen' }).click();
  await history.getByRole('button', { name: 'Ja, en ook de telling voor intervisie' }).click();
  await expect(history.getByText('Nog geen afgeronde consulten.')).toBeVisible();
  await expect.poll(() => tallied(page)).toBe(0);
});

test('the script-tag build counts a finished consult through samenspraak-tally.js, and sends mode="intervisie" to intervisie.html', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/embed/host.html');
  const ui = app(page);
  await ui.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await ui.getByLabel('Hulpvraag').fill(`${MARKER} in de host`);
  await toStep(page, 'Samenvatting');
  await ui.getByRole('button', { name: 'Consult afronden en bewaren' }).click();
  await expect(ui.getByText(/^Bewaard in de geschiedenis om/)).toBeVisible();
  await expect.poll(() => tallied(page)).toBe(1);
  expect(requests.some((url) => url.endsWith('/embed/samenspraak-tally.js'))).toBe(true);
  expect(requests.every((url) => url.startsWith(new URL(page.url()).origin))).toBe(true);

  await ui.evaluate((element) => element.setAttribute('mode', 'intervisie'));
  await expect(
    ui.getByText(
      'Dit staat niet in deze ingebouwde versie. Open daarvoor intervisie.html van Samenspraak.',
    ),
  ).toBeVisible();
});
