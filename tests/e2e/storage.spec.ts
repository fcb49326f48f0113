import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { createV2Database, V2_RECORDS } from '../fixtures/database-v2';
import { dimensionName, ORIGIN, storedRecords } from './fixtures';

/** Run the fixture's own code in the page, so Chromium builds the 0.1 database itself. */
async function createV2InBrowser(page: Page) {
  // The tablet's kiosk mode wipes a draft older than its idle time, and the consult's retention
  // purge a consult untouched for 30 days: make them recent, as on a machine in daily use.
  const records = structuredClone(V2_RECORDS) as {
    patient: { draft: { savedAt: number } };
    consults: Record<string, { createdAt: number; updatedAt: number }>;
  };
  records.patient.draft.savedAt = Date.now();
  for (const consult of Object.values(records.consults)) {
    consult.createdAt = Date.now() - 600_000;
    consult.updatedAt = Date.now();
  }
  await page.goto('/index.html');
  await page.evaluate(
    async ([source, records]) => {
      // The fixture's function, with its records passed in (it closes over them in Node).
      const create = new Function('V2_RECORDS', `return (${source});`)(records) as (
        factory: IDBFactory,
        name: string,
      ) => Promise<void>;
      await create(indexedDB, 'samenspraak');
    },
    [createV2Database.toString(), records] as const,
  );
}

test('the database of release 0.1 opens in Chromium with every record intact', async ({ page }) => {
  await createV2InBrowser(page);
  await page.goto('/consult.html');
  const ui = page.locator('samenspraak-consult');
  // The newest consult in progress is reopened, at the step it was at.
  await expect(ui.getByRole('heading', { name: 'Keuze', exact: true })).toBeVisible();
  await expect(ui.getByRole('radio', { name: 'Gesprekken POH-GGZ' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Alt+2');
  await expect(ui.getByLabel('Hulpvraag')).toHaveValue('Moe en somber sinds de verhuizing.');
  await page.keyboard.press('Alt+3');
  await expect(
    ui.getByLabel('Keuzekaart', { exact: true }).locator('option', { hasText: 'Onze eigen kaart' }),
  ).toHaveCount(1);

  await page.goto('/patient.html');
  const patient = page.locator('samenspraak-vragenlijst');
  // patient.html is a kiosk: a recent draft comes back behind the neutral resume screen.
  await patient.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(patient.getByRole('heading', { name: 'What matters most?' })).toBeVisible();
  await expect(patient.getByLabel('What would you like to change?')).toHaveValue(
    V2_RECORDS.patient.draft.state.preparation.change,
  );
});

test('a failed write says so, keeps the draft, and saves it once storage works again', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { failWrites: boolean };
    w.failWrites = false;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if (w.failWrites)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args as Parameters<typeof put>);
    };
  });
  await page.goto('/consult.html');
  const ui = page.locator('samenspraak-consult');
  await ui.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await ui.getByLabel('Hulpvraag').fill('Eerst bewaard.');
  await expect(ui.getByText('Opgeslagen', { exact: true })).toBeVisible();

  await page.evaluate(() => {
    (window as unknown as { failWrites: boolean }).failWrites = true;
  });
  await ui.getByLabel('Hulpvraag').fill('Bewaren lukt nu niet.');
  await expect(ui.getByRole('alert')).toContainText('Niet opgeslagen');
  await expect(ui.getByLabel('Hulpvraag')).toHaveValue('Bewaren lukt nu niet.');

  await page.evaluate(() => {
    (window as unknown as { failWrites: boolean }).failWrites = false;
  });
  // The retry comes by itself.
  await expect(ui.getByText('Opgeslagen', { exact: true })).toBeVisible({ timeout: 10_000 });
  await page.reload();
  await expect(ui.getByLabel('Hulpvraag')).toHaveValue('Bewaren lukt nu niet.');
});

test('FHIR export downloads a Bundle of the preparation, without identifiers', async ({ page }) => {
  await page.goto('/consult.html');
  const ui = page.locator('samenspraak-consult');
  await ui.getByRole('button', { name: 'Samen invullen' }).click();
  await ui.getByRole('slider', { name: dimensionName('Meedoen') }).focus();
  await page.keyboard.press('ArrowLeft');
  await ui.getByRole('button', { name: 'Klaar, naar verwachtingen' }).click();
  await page.keyboard.press('Alt+6');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    ui.getByRole('button', { name: 'Exporteren als FHIR (JSON)' }).click(),
  ]);
  const bundle = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'));
  expect(bundle.resourceType).toBe('Bundle');
  expect(bundle.type).toBe('collection');
  const [questionnaire, response] = bundle.entry.map((e: { resource: unknown }) => e.resource);
  expect(questionnaire.resourceType).toBe('Questionnaire');
  expect(response.resourceType).toBe('QuestionnaireResponse');
  const meedoen = response.item.find((i: { linkId: string }) => i.linkId === 'meedoen');
  expect(meedoen.item[0].answer[0].valueInteger).toBe(4);
  // No subject and no identifier: the tablet and the export name no one.
  expect(JSON.stringify(bundle)).not.toMatch(/"(subject|identifier)":/);
});

test('a newer version opened in another tab: this tab steps aside, says so, saves nothing stale', async ({
  context,
  page,
}) => {
  await page.goto('/consult.html');
  const ui = page.locator('samenspraak-consult');
  await ui.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await ui.getByLabel('Hulpvraag').fill('Voor de upgrade.');
  await expect(ui.getByText('Opgeslagen', { exact: true })).toBeVisible();

  // Another tab opens the database at a newer version, as a new release would.
  const other = await context.newPage();
  await other.goto('/index.html');
  const upgraded = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('samenspraak');
        probe.onsuccess = () => {
          const version = probe.result.version;
          probe.result.close();
          const request = indexedDB.open('samenspraak', version + 1);
          request.onsuccess = () => {
            request.result.close();
            resolve(version + 1);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
  expect(upgraded).toBeGreaterThan(1);
  await expect(ui.getByRole('alert')).toContainText('in een ander venster vernieuwd');
  await ui.getByLabel('Hulpvraag').fill('Na de upgrade getypt.');
  await page.waitForTimeout(500);
  const stored = await other.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('samenspraak');
        request.onsuccess = () => {
          const read = request.result.transaction('consults').objectStore('consults').getAll();
          read.onsuccess = () => resolve(JSON.stringify(read.result));
        };
      }),
  );
  expect(stored).toContain('Voor de upgrade.');
  expect(stored).not.toContain('Na de upgrade getypt.');
});

test('a page killed mid-typing keeps what was typed before it (the bench measures the last 250 ms)', async ({
  context,
  page,
}) => {
  await page.goto('/patient.html');
  const patient = page.locator('samenspraak-vragenlijst');
  await patient.getByRole('button', { name: 'Beginnen' }).click();
  await patient.getByRole('button', { name: 'Verder' }).click();
  const field = patient.getByLabel('Wat wilt u veranderen?');
  await field.pressSequentially('Bewaard voor de crash.', { delay: 20 });
  // Wait until the autosave has written it, not a fixed time.
  await expect
    .poll(async () => JSON.stringify(await storedRecords(page)))
    .toContain('Bewaard voor de crash.');
  await field.pressSequentially(' En nog wat.', { delay: 20 });
  // chrome://crash crashes the page's renderer: no pagehide, nothing gets a last chance to run.
  const again = await context.newPage();
  await page.goto('chrome://crash').catch(() => undefined);
  await again.goto('/patient.html');
  await again
    .locator('samenspraak-vragenlijst')
    .getByRole('button', { name: 'Verder waar u was gebleven' })
    .click();
  await expect(
    again.locator('samenspraak-vragenlijst').getByLabel('Wat wilt u veranderen?'),
  ).toHaveValue(/^Bewaard voor de crash\./);
});

test('when the browser closes the database under the page, it reopens and carries on', async ({
  context,
  page,
}) => {
  await page.goto('/consult.html');
  const ui = page.locator('samenspraak-consult');
  await ui.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await ui.getByLabel('Hulpvraag').fill('Voor het sluiten.');
  await expect(ui.getByText('Opgeslagen', { exact: true })).toBeVisible();
  // Clearing the site's IndexedDB makes Chromium close every open connection to it.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: ORIGIN,
    storageTypes: 'indexeddb',
  });
  await ui.getByLabel('Hulpvraag').fill('Na het sluiten getypt.');
  await expect(ui.getByText('Opgeslagen', { exact: true })).toBeVisible({ timeout: 10_000 });
  // "Opgeslagen" may still be the status of the write before the database closed: wait until
  // the reopened database holds the new text, not a fixed time.
  await expect
    .poll(async () => JSON.stringify(await storedRecords(page)), { timeout: 10_000 })
    .toContain('Na het sluiten getypt.');
  await page.reload();
  await expect(ui.getByLabel('Hulpvraag')).toHaveValue('Na het sluiten getypt.');
});
