import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, preparePatient } from './fixtures';

const app = (page: Page) => page.locator('samenspraak-consult');
const heading = (ui: Locator, name: string) => ui.getByRole('heading', { name, exact: true });
const DAY = 24 * 60 * 60 * 1000;

/** From the start screen: open `code` (or start blank), choose POH-GGZ together, 4/4. */
async function consultToChoice(page: Page, code: string | null, hulpvraag: string) {
  const ui = app(page);
  if (code) {
    await ui.getByRole('textbox', { name: 'Consultcode' }).fill(code);
    await page.keyboard.press('Enter');
  } else {
    await ui.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  }
  await ui.getByLabel('Hulpvraag').fill(hulpvraag);
  await ui.getByRole('checkbox', { name: 'Ik heb gezegd dat er een keuze is' }).check();
  await page.keyboard.press('Alt+3');
  await ui.getByLabel('Keuzekaart', { exact: true }).selectOption({ label: 'Sombere gevoelens' });
  await page.keyboard.press('Alt+5');
  await ui.getByRole('radio', { name: 'Gesprekken met de POH-GGZ' }).check();
  await ui.getByRole('radio', { name: 'Samen' }).check();
  for (const group of await ui.locator('fieldset.yesno').all()) {
    await group.getByRole('radio', { name: 'Ja' }).check();
  }
  await ui.getByLabel('Volgende stap', { exact: true }).fill('Eerste gesprek binnen 2 weken.');
  await page.keyboard.press('Alt+6');
  await expect(heading(ui, 'Samenvatting')).toBeVisible();
}

test.describe('with the clipboard allowed', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('patient code to summary: the clipboard holds exactly the summary', async ({ page }) => {
    const { code } = await preparePatient(page);
    await page.goto('/consult.html');
    await consultToChoice(page, code, 'Moe en somber sinds de verhuizing.');
    const ui = app(page);
    const text = ui.getByLabel('Samenvatting (aan te passen)');
    await expect(text).toHaveValue(
      [
        'S: Hulpvraag: Moe en somber sinds de verhuizing. Verwachting: uitleg, meedenken.',
        'S: Positieve Gezondheid (patient, 0-10): lichaamsfuncties 6, mentaal welbevinden 4, zingeving 10, kwaliteit van leven 7, meedoen 3, dagelijks functioneren 5. Wil praten over: mentaal welbevinden, meedoen. Wil veranderen: meedoen.',
        'E: Samen beslissen: keuze benoemd. Besproken opties: afwachten met zelfhulp; gesprekken met de POH-GGZ; verwijzing naar een psycholoog (basis-GGZ).',
        'P: Gezamenlijke keuze: gesprekken met de POH-GGZ. Besloten door: patient en huisarts samen. Keuzecheck 4/4. Afspraak: Eerste gesprek binnen 2 weken.',
        'E: Hulpmiddel: Samenspraak 0.1.0; vragen samenspraak-pg 1.0.0; keuzekaart somberheid 1.0.0.',
      ].join('\n'),
    );
    await expectNoAxeViolations(page, 'samenvatting');

    await ui.getByRole('button', { name: 'Kopieer alles' }).click();
    await expect(ui.getByText('Gekopieerd')).toBeVisible();
    const all = await page.evaluate(() => navigator.clipboard.readText());
    expect(all).toBe(await text.inputValue());

    await ui.getByRole('button', { name: 'Kopieer regel 4 (P)' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      (await text.inputValue()).split('\n')[3],
    );

    // Strict ASCII and a wrap width are settings, not edits.
    await ui.getByLabel('Tekenset').selectOption('ascii');
    await ui.getByLabel('Regelbreedte').fill('60');
    await ui.getByLabel('Regelbreedte').blur();
    for (const line of (await text.inputValue()).split('\n')) {
      expect(line.length).toBeLessThanOrEqual(60);
      expect(line).toMatch(/^([SOEP]: | {3})[\x20-\x7e]*$/);
    }
  });

  test('an edit is kept across a reload, and "terug naar gegenereerd" restores', async ({
    page,
  }) => {
    await page.goto('/consult.html');
    await consultToChoice(page, null, 'Rugpijn na tillen.');
    const ui = app(page);
    const text = ui.getByLabel('Samenvatting (aan te passen)');
    const generated = await text.inputValue();
    await text.fill(`${generated}\nO: Geen rode vlaggen.`);
    await expect(ui.getByText('U heeft de tekst aangepast.', { exact: false })).toBeVisible();
    // Without a preparation there are four generated lines; the GP's own O-line is the fifth.
    await expect(ui.getByRole('button', { name: 'Kopieer regel 5 (O)' })).toBeVisible();
    await page.reload();
    await expect(text).toHaveValue(`${generated}\nO: Geen rode vlaggen.`);
    await ui.getByRole('button', { name: 'Terug naar gegenereerd' }).click();
    await expect(text).toHaveValue(generated);
  });

  test('a finished consult is in the history after a reload, and can be copied again', async ({
    page,
  }) => {
    const summaries: { text: string; data: { hulpvraag: string } }[] = [];
    await page.exposeFunction('recordSummary', (detail: never) => summaries.push(detail));
    await page.addInitScript(() =>
      document.addEventListener('samenspraak-summary', (event) =>
        (window as unknown as { recordSummary: (d: unknown) => void }).recordSummary(
          (event as CustomEvent).detail,
        ),
      ),
    );
    await page.goto('/consult.html');
    await consultToChoice(page, null, 'Moe.');
    const ui = app(page);
    const text = await ui.getByLabel('Samenvatting (aan te passen)').inputValue();
    await ui.getByRole('button', { name: 'Consult afronden en bewaren' }).click();
    await expect(ui.getByText('Bewaard in de geschiedenis', { exact: false })).toBeVisible();
    await expect.poll(() => summaries.length).toBe(1);
    expect(summaries[0]?.text).toBe(text);
    expect(summaries[0]?.data.hulpvraag).toBe('Moe.');

    await page.reload();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Alt+1');
    const history = ui.getByRole('region', { name: 'Geschiedenis' });
    await expect(history.getByRole('listitem').filter({ hasText: 'Moe.' })).toBeVisible();
    // Finished is no longer in progress.
    await expect(ui.getByRole('region', { name: 'Lopende consulten' })).not.toContainText('Moe.');
    await history.getByRole('button', { name: 'Bekijken' }).click();
    await expect(history.locator('pre')).toHaveText(text);
    await history.getByRole('button', { name: 'Kopieer de samenvatting van Moe.' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await expectNoAxeViolations(page, 'start with history');

    await history.getByRole('button', { name: 'Alles wissen' }).click();
    await expect(history.getByText('Alle afgeronde consulten', { exact: false })).toBeVisible();
    await history.getByRole('button', { name: 'Annuleren' }).click();
    await expect(history.getByRole('listitem').filter({ hasText: 'Moe.' })).toBeVisible();
    await history.getByRole('button', { name: 'Alles wissen' }).click();
    await history.getByRole('button', { name: 'Ja, alles wissen' }).click();
    await expect(history.getByText('Nog geen afgeronde consulten.')).toBeVisible();
  });
});

test('a record older than the retention period is purged', async ({ page }) => {
  const start = new Date('2026-11-01T09:00:00Z');
  await page.clock.install({ time: start });
  await page.goto('/consult.html');
  await consultToChoice(page, null, 'Oude klacht.');
  const ui = app(page);
  await ui.getByRole('button', { name: 'Consult afronden en bewaren' }).click();
  await expect(ui.getByText('Bewaard in de geschiedenis', { exact: false })).toBeVisible();
  await page.keyboard.press('Alt+1');
  const history = ui.getByRole('region', { name: 'Geschiedenis' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Oude klacht.' })).toBeVisible();
  await expect(history.getByLabel('Bewaartermijn in dagen')).toHaveValue('30');
  await expect(history.getByText('Volgende opschoning: 2 november 2026.')).toBeVisible();

  // 29 days later it is still there; 31 days later the start-up purge removes it.
  await page.clock.setSystemTime(new Date(start.getTime() + 29 * DAY));
  await page.reload();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Alt+1');
  await expect(history.getByRole('listitem').filter({ hasText: 'Oude klacht.' })).toBeVisible();
  await page.clock.setSystemTime(new Date(start.getTime() + 31 * DAY));
  await page.reload();
  await expect(history.getByText('Nog geen afgeronde consulten.')).toBeVisible();
  // Nothing of that consult is left: not in the history, not as a consult in progress.
  await expect(ui.getByRole('region', { name: 'Lopende consulten' })).not.toContainText(
    'Oude klacht.',
  );
  await expect(ui.getByText('Oude klacht.', { exact: false })).toHaveCount(0);
});

test('a consult abandoned halfway is purged after the retention period too', async ({ page }) => {
  const start = new Date('2026-11-01T09:00:00Z');
  await page.clock.install({ time: start });
  await page.goto('/consult.html');
  const ui = app(page);
  await ui.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await ui.getByLabel('Hulpvraag').fill('Halverwege blijven liggen.');
  await expect(ui.getByText('Opgeslagen', { exact: true })).toBeVisible();
  await page.clock.setSystemTime(new Date(start.getTime() + 31 * DAY));
  await page.reload();
  await expect(heading(ui, 'Start')).toBeVisible();
  await expect(ui.getByRole('region', { name: 'Geschiedenis' })).toBeVisible();
  await expect(ui.getByText('Er zijn geen andere lopende consulten.')).toBeVisible();
  await expect(ui.getByText('Halverwege blijven liggen.', { exact: false })).toHaveCount(0);
});

test('a shorter retention purges at once', async ({ page }) => {
  const start = new Date('2026-11-01T09:00:00Z');
  await page.clock.install({ time: start });
  await page.goto('/consult.html');
  await consultToChoice(page, null, 'Week oud.');
  const ui = app(page);
  await ui.getByRole('button', { name: 'Consult afronden en bewaren' }).click();
  await expect(ui.getByText('Bewaard in de geschiedenis', { exact: false })).toBeVisible();
  await page.clock.setSystemTime(new Date(start.getTime() + 8 * DAY));
  await page.reload();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Alt+1');
  const history = ui.getByRole('region', { name: 'Geschiedenis' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Week oud.' })).toBeVisible();
  await history.getByLabel('Bewaartermijn in dagen').fill('7');
  await history.getByRole('button', { name: 'Opslaan' }).click();
  await expect(history.getByText('Nog geen afgeronde consulten.')).toBeVisible();
  await expect(history.getByText('blijven 7 dagen bewaard', { exact: false })).toBeVisible();
});

test('the take-home sheet renders with the web, in the language chosen', async ({ page }) => {
  await preparePatient(page);
  const payload = await page
    .locator('samenspraak-vragenlijst')
    .getByTestId('consultcode')
    .textContent();
  await page.goto('/consult.html');
  await consultToChoice(page, payload?.trim() ?? '', 'Moe.');
  const ui = app(page);
  await ui.getByRole('button', { name: 'Uitdraai voor de patiënt' }).click();
  const sheet = page.frameLocator('iframe.print-frame');
  await expect(sheet.getByRole('heading', { name: 'Uw gesprek met de huisarts' })).toBeVisible();
  await expect(sheet.locator('svg.web polygon.web-area')).toHaveCount(1);
  await expect(sheet.getByText('Gesprekken met de POH-GGZ').first()).toBeVisible();
  await expect(sheet.getByText('Volgende stap: Eerste gesprek binnen 2 weken.')).toBeVisible();
  await expectNoAxeViolations(page, 'take-home preview');
  await ui.getByLabel('Taal van de uitdraai').selectOption('en');
  await expect(sheet.getByRole('heading', { name: 'Your talk with the GP' })).toBeVisible();
  await expect(sheet.getByText('Participation').first()).toBeVisible();
  // It prints as a document of its own.
  await expect(ui.getByRole('button', { name: 'Afdrukken' })).toBeEnabled();
  await ui.getByRole('button', { name: 'Afdrukken' }).click();
});

test('markup typed as text stays text: steps, summary, history, take-home sheet', async ({
  page,
}) => {
  const hostile = '<img src=x onerror="document.title=1">"><script>document.title=2</script>';
  await page.goto('/consult.html');
  await consultToChoice(page, null, hostile);
  const ui = app(page);
  await expect(ui.getByLabel('Samenvatting (aan te passen)')).toHaveValue(
    new RegExp(`^S: Hulpvraag: ${hostile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );
  await ui.getByRole('button', { name: 'Consult afronden en bewaren' }).click();
  await ui.getByRole('button', { name: 'Uitdraai voor de patiënt' }).click();
  await page.keyboard.press('Alt+1');
  await ui
    .getByRole('region', { name: 'Geschiedenis' })
    .getByRole('button', { name: 'Bekijken' })
    .click();
  await expect(ui.getByRole('region', { name: 'Geschiedenis' }).locator('pre')).toContainText(
    hostile,
  );
  const injected = await ui.evaluate(
    (host) => host.shadowRoot?.querySelectorAll('img, script').length ?? -1,
  );
  expect(injected).toBe(0);
  expect(await page.title()).not.toMatch(/^[12]$/);
});

test('where the clipboard is refused, the text is shown selected for Ctrl+C', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
    });
  });
  await page.goto('/consult.html');
  await consultToChoice(page, null, 'Klembord dicht.');
  const ui = app(page);
  await ui.getByRole('button', { name: 'Kopieer alles' }).click();
  const fallback = ui.getByRole('textbox', { name: 'Tekst om te kopiëren' });
  await expect(fallback).toBeFocused();
  await expect(fallback).toHaveValue(
    await ui.getByLabel('Samenvatting (aan te passen)').inputValue(),
  );
  await expect(ui.getByText('druk op Ctrl+C', { exact: false })).toBeVisible();
  const selected = await fallback.evaluate(
    (el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart,
  );
  expect(selected).toBe((await fallback.inputValue()).length);
});
