import { expect, type Page, test } from '@playwright/test';
import {
  app,
  expectNoAxeViolations,
  heading,
  openConsult,
  PREPARED_CODE,
  startBlank,
  tabTo,
  toStep,
} from './fixtures';

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

/**
 * A blank consult with only a hulpvraag, finished and stored in the history. Enough for the
 * history and retention tests, which are about what is kept, not about what the summary says.
 */
async function finishBlank(page: Page, hulpvraag: string) {
  await startBlank(page);
  const ui = app(page);
  await ui.getByLabel('Hulpvraag').fill(hulpvraag);
  await toStep(page, 'Samenvatting');
  await ui.getByRole('button', { name: 'Consult afronden en bewaren' }).click();
  await expect(ui.getByText(/^Bewaard in de geschiedenis om/)).toBeVisible();
}

/** The summary of PREPARED_CODE with POH-GGZ chosen together, line by line. */
const PREPARED_FIELDS = {
  S: 'Hulpvraag: Moe en somber sinds de verhuizing. Verwacht: uitleg, meedenken. Wil praten over: mentaal, meedoen. Wil veranderen: meedoen.',
  O: 'Positieve Gezondheid: lichaam 6, mentaal 4, zingeving 10, kwaliteit van leven 7, meedoen 3, dagelijks leven 5.',
  // The card's likeliest ICPC code; the version line is a setting, off by default.
  E: 'Keuze benoemd. Keuzekaart somberheid 1.1.0 besproken. ICPC P03.',
  // The vangnet comes from the keuzekaart, filled in when the option was chosen.
  P: 'Samen besloten: gesprekken met de POH-GGZ. Keuzecheck 4/4. Afspraak: Eerste gesprek binnen 2 weken. Vangnet: eerder contact bij verergering of doodsgedachten (113).',
};
const PREPARED_SUMMARY = Object.entries(PREPARED_FIELDS)
  .map(([label, text]) => `${label}: ${text}`)
  .join('\n');

test.describe('with the clipboard allowed', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('patient code to summary: the summary says exactly what was prepared and chosen', async ({
    page,
  }) => {
    await openConsult(page);
    await consultToChoice(page, PREPARED_CODE, 'Moe en somber sinds de verhuizing.');
    await expect(app(page).getByLabel('Samenvatting (aan te passen)')).toHaveValue(
      PREPARED_SUMMARY,
    );
  });

  test('the summary step passes axe', async ({ page }) => {
    await openConsult(page);
    await consultToChoice(page, PREPARED_CODE, 'Moe en somber sinds de verhuizing.');
    await expectNoAxeViolations(page, 'samenvatting');
  });

  test('"Kopieer S", "Kopieer O", "Kopieer E" and "Kopieer P" copy the field without its letter; "Kopieer alles" with the letters', async ({
    page,
  }) => {
    await openConsult(page);
    await consultToChoice(page, PREPARED_CODE, 'Moe en somber sinds de verhuizing.');
    const ui = app(page);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    for (const [label, field] of Object.entries(PREPARED_FIELDS)) {
      const button = ui.getByRole('button', { name: new RegExp(`^Kopieer ${label}, zonder`) });
      await button.click();
      await expect(button.locator('xpath=following-sibling::*[@role="status"]')).toHaveText(
        'Gekopieerd',
      );
      expect(await clipboard()).toBe(field);
    }
    await ui.getByRole('button', { name: 'Kopieer alles', exact: false }).click();
    expect(await clipboard()).toBe(PREPARED_SUMMARY);
  });

  test('strict ASCII and a wrap width are settings, not edits', async ({ page }) => {
    await openConsult(page);
    await consultToChoice(page, PREPARED_CODE, 'Moe en somber sinds de verhuizing.');
    const ui = app(page);
    const text = ui.getByLabel('Samenvatting (aan te passen)');
    // Settings a GP rarely changes sit under "Instellingen", out of the Tab path.
    await expect(ui.getByLabel('Tekenset')).toBeHidden();
    await ui.getByText('Instellingen', { exact: true }).click();
    await ui.getByLabel('Tekenset').selectOption('ascii');
    await ui.getByLabel('Regelbreedte').fill('60');
    await ui.getByLabel('Regelbreedte').blur();
    await expect(text).not.toHaveValue(PREPARED_SUMMARY);
    await expect(ui.getByText('U heeft de tekst aangepast.', { exact: false })).toHaveCount(0);
    for (const line of (await text.inputValue()).split('\n')) {
      expect(line.length).toBeLessThanOrEqual(60);
      expect(line).toMatch(/^([SOEP]: | {3})[\x20-\x7e]*$/);
    }
    // Set once for the practice's HIS: still in force after a reload.
    const folded = await text.inputValue();
    await page.reload();
    await expect(text).toHaveValue(folded);
    await ui.getByText('Instellingen', { exact: true }).click();
    await expect(ui.getByLabel('Tekenset')).toHaveValue('ascii');
    await expect(ui.getByLabel('Regelbreedte')).toHaveValue('60');
  });

  test('an edit is kept across a reload, and "terug naar gegenereerd" restores', async ({
    page,
  }) => {
    await openConsult(page);
    await consultToChoice(page, null, 'Rugpijn na tillen.');
    const ui = app(page);
    const text = ui.getByLabel('Samenvatting (aan te passen)');
    const generated = await text.inputValue();
    await text.fill(`${generated}\nO: Geen rode vlaggen.`);
    await expect(ui.getByText('U heeft de tekst aangepast.', { exact: false })).toBeVisible();
    // The GP's own O field gets a copy button of its own.
    await expect(ui.getByRole('button', { name: /^Kopieer O, zonder/ })).toBeVisible();
    await page.reload();
    await expect(text).toHaveValue(`${generated}\nO: Geen rode vlaggen.`);
    await ui.getByRole('button', { name: 'Terug naar gegenereerd' }).click();
    await expect(text).toHaveValue(generated);
  });

  test('finishing stores the consult and sends samenspraak-summary with its text', async ({
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
    await openConsult(page);
    // The structured consult goes only to a host that asks for it.
    await page.locator('samenspraak-consult').evaluate((el) => el.setAttribute('emit-data', ''));
    await consultToChoice(page, null, 'Moe.');
    const ui = app(page);
    const text = await ui.getByLabel('Samenvatting (aan te passen)').inputValue();
    // The step's own key, B for "bewaren", from its heading: no ten Tabs down the step.
    await expect(heading(ui, 'Samenvatting')).toBeFocused();
    await page.keyboard.press('b');
    await expect(ui.getByText(/^Bewaard in de geschiedenis om/)).toBeVisible();
    await expect.poll(() => summaries.length).toBe(1);
    expect(summaries[0]?.text).toBe(text);
    expect(summaries[0]?.data.hulpvraag).toBe('Moe.');
  });

  test('a finished consult is in the history after a reload, and can be viewed and copied again', async ({
    page,
  }) => {
    await finishBlank(page, 'Moe.');
    const ui = app(page);
    const text = await ui.getByLabel('Samenvatting (aan te passen)').inputValue();
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
  });

  test('"Alles wissen" asks first: cancel keeps the history, confirm empties it', async ({
    page,
  }) => {
    await finishBlank(page, 'Moe.');
    const ui = app(page);
    await toStep(page, 'Start');
    const history = ui.getByRole('region', { name: 'Geschiedenis' });
    // By keyboard: the question takes focus to its safe answer, and gives it back after.
    const clear = history.getByRole('button', { name: 'Alles wissen' });
    await tabTo(page, clear);
    await page.keyboard.press('Enter');
    await expect(history.getByText('Alle afgeronde consulten', { exact: false })).toBeVisible();
    await expect(history.getByRole('button', { name: 'Annuleren' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(clear).toBeFocused();
    await expect(history.getByRole('listitem').filter({ hasText: 'Moe.' })).toBeVisible();
    await history.getByRole('button', { name: 'Alles wissen' }).click();
    await history.getByRole('button', { name: 'Ja, alles wissen' }).click();
    await expect(history.getByText('Nog geen afgeronde consulten.')).toBeVisible();
  });
});

const START = new Date('2026-11-01T09:00:00Z');

/** A consult finished on START, in the history, with the page clock at START. */
async function finishedOnStart(page: Page, hulpvraag: string) {
  await page.clock.install({ time: START });
  await finishBlank(page, hulpvraag);
}

/** Reload `days` after START, as the next morning's start-up would. */
async function reloadAfter(page: Page, days: number) {
  await page.clock.setSystemTime(new Date(START.getTime() + days * DAY));
  await page.reload();
}

test('a finished record shows its retention period and the next purge date', async ({ page }) => {
  await finishedOnStart(page, 'Oude klacht.');
  const ui = app(page);
  await page.keyboard.press('Alt+1');
  const history = ui.getByRole('region', { name: 'Geschiedenis' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Oude klacht.' })).toBeVisible();
  await expect(history.getByLabel('Bewaartermijn in dagen')).toHaveValue('30');
  await expect(history.getByText('Volgende opschoning: 2 november 2026.')).toBeVisible();
});

test('a record younger than the retention period is kept', async ({ page }) => {
  await finishedOnStart(page, 'Oude klacht.');
  await reloadAfter(page, 29);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Alt+1');
  const history = app(page).getByRole('region', { name: 'Geschiedenis' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Oude klacht.' })).toBeVisible();
});

test('a record older than the retention period is purged', async ({ page }) => {
  await finishedOnStart(page, 'Oude klacht.');
  await reloadAfter(page, 31);
  const ui = app(page);
  const history = ui.getByRole('region', { name: 'Geschiedenis' });
  await expect(history.getByText('Nog geen afgeronde consulten.')).toBeVisible();
  // Nothing of that consult is left: not in the history, not as a consult in progress.
  await expect(ui.getByRole('region', { name: 'Lopende consulten' })).not.toContainText(
    'Oude klacht.',
  );
  await expect(ui.getByText('Oude klacht.', { exact: false })).toHaveCount(0);
});

test('a consult abandoned halfway is purged after the retention period too', async ({ page }) => {
  await page.clock.install({ time: START });
  await startBlank(page);
  const ui = app(page);
  await ui.getByLabel('Hulpvraag').fill('Halverwege blijven liggen.');
  await expect(ui.getByText('Opgeslagen', { exact: true })).toBeVisible();
  await reloadAfter(page, 31);
  await expect(heading(ui, 'Start')).toBeVisible();
  await expect(ui.getByRole('region', { name: 'Geschiedenis' })).toBeVisible();
  await expect(ui.getByText('Er zijn geen andere lopende consulten.')).toBeVisible();
  await expect(ui.getByText('Halverwege blijven liggen.', { exact: false })).toHaveCount(0);
});

test('a shorter retention purges at once', async ({ page }) => {
  await finishedOnStart(page, 'Week oud.');
  await reloadAfter(page, 8);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Alt+1');
  const history = app(page).getByRole('region', { name: 'Geschiedenis' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Week oud.' })).toBeVisible();
  await history.getByLabel('Bewaartermijn in dagen').fill('7');
  await history.getByRole('button', { name: 'Opslaan' }).click();
  await expect(history.getByText('Nog geen afgeronde consulten.')).toBeVisible();
  await expect(history.getByText('blijven 7 dagen bewaard', { exact: false })).toBeVisible();
});

/** The take-home sheet of PREPARED_CODE with POH-GGZ chosen, shown in its preview frame. */
async function takeHome(page: Page) {
  await openConsult(page);
  await consultToChoice(page, PREPARED_CODE, 'Moe.');
  await app(page).getByRole('button', { name: 'Uitdraai voor de patiënt' }).click();
  const sheet = page.frameLocator('iframe.print-frame');
  await expect(sheet.getByRole('heading', { name: 'Uw gesprek met de huisarts' })).toBeVisible();
  return sheet;
}

test('the take-home sheet renders with the web, the choice and the next step', async ({ page }) => {
  const sheet = await takeHome(page);
  await expect(sheet.locator('svg.web polygon.web-area')).toHaveCount(1);
  await expect(sheet.getByText('Gesprekken met de POH-GGZ').first()).toBeVisible();
  await expect(sheet.getByText('Volgende stap: Eerste gesprek binnen 2 weken.')).toBeVisible();
  await expectNoAxeViolations(page, 'take-home preview');
});

test('a sheet in English for a Dutch keuzekaart is Dutch, says so in English, and prints alone', async ({
  page,
}) => {
  const sheet = await takeHome(page);
  const ui = app(page);
  await ui.getByLabel('Taal van de uitdraai').selectOption('en');
  // The card is Dutch only: one sheet in one language, not English headings over Dutch options.
  await expect(sheet.getByText('This sheet is in Dutch.', { exact: false })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Uw gesprek met de huisarts' })).toBeVisible();
  await expect(sheet.getByText('Meedoen').first()).toBeVisible();
  await expect(sheet.getByText('Participation')).toHaveCount(0);
  await expect(ui.getByRole('button', { name: 'Afdrukken' })).toBeEnabled();
  await ui.getByRole('button', { name: 'Afdrukken' }).click();
});

test('markup typed as text stays text: steps, summary, history, take-home sheet', async ({
  page,
}) => {
  const hostile = '<img src=x onerror="document.title=1">"><script>document.title=2</script>';
  await openConsult(page);
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
  await openConsult(page);
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
