import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { dimensionName, expectNewDocument, markDocument, ORIGIN, storedRecords } from './fixtures';

/** Visit once, online, until the service worker controls the page. */
async function installOffline(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit the patient and consult pages work with the network off', async ({
  context,
  page,
}) => {
  await installOffline(page, '/patient.html');
  await context.setOffline(true);
  await page.reload();

  const patient = page.locator('samenspraak-vragenlijst');
  await patient.getByRole('button', { name: 'Beginnen' }).click();
  await patient.getByRole('radio', { name: /Uitgebreid/ }).check();
  await patient.getByRole('radio', { name: /Kort/ }).check();
  await patient.getByRole('slider', { name: dimensionName('Meedoen') }).focus();
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 4; i++) await patient.getByRole('button', { name: 'Verder' }).click();
  const code = ((await patient.getByTestId('consultcode').textContent()) ?? '').trim();
  await expect(patient.getByRole('img', { name: /QR-code/ })).toBeVisible();

  await page.goto('/consult.html');
  const consult = page.locator('samenspraak-consult');
  await consult.getByRole('textbox', { name: 'Consultcode' }).fill(code);
  await consult.getByRole('button', { name: 'Openen' }).click();
  await expect(consult.locator('table.scores')).toContainText('4');
  await consult.getByRole('button', { name: '3 Opties', exact: true }).click();
  await consult
    .getByLabel('Keuzekaart', { exact: true })
    .selectOption({ label: 'Sombere gevoelens' });
  await consult.getByRole('button', { name: /Samenvatting$/ }).click();
  await expect(consult.getByLabel('Samenvatting (aan te passen)')).toHaveValue(/meedoen 4/);
  await consult.getByRole('button', { name: 'Consult afronden en bewaren' }).click();
  await expect(consult.getByText(/^Bewaard in de geschiedenis om/)).toBeVisible();
});

test('a new version waits for the GP to choose it, and the open consult survives it', async ({
  page,
}) => {
  const worker = 'dist/sw.js';
  const original = readFileSync(worker, 'utf8');
  await installOffline(page, '/consult.html');
  const consult = page.locator('samenspraak-consult');
  await consult.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await consult.getByLabel('Hulpvraag').fill('Halverwege het consult.');
  await expect(consult.getByText('Opgeslagen', { exact: true })).toBeVisible();
  try {
    // "Deploy" a new version: the same files under a new version hash.
    const version = /samenspraak-\$\{[^}]*\}|[0-9a-f]{16}/.exec(original)?.[0] ?? '';
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    writeFileSync(worker, original.replace(version, 'f'.repeat(16)));
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
    const banner = page.getByRole('status').filter({ hasText: 'nieuwe versie' });
    await expect(banner).toBeVisible();
    // Nothing reloads by itself: the consult is still on screen, as typed.
    await page.waitForTimeout(500);
    await expect(consult.getByLabel('Hulpvraag')).toHaveValue('Halverwege het consult.');
    // Listen before clicking: the new version can take over and reload at once.
    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: 'Nieuwe versie gebruiken' }).click();
    await reloaded;
    await expect(consult.getByLabel('Hulpvraag')).toHaveValue('Halverwege het consult.');
  } finally {
    writeFileSync(worker, original);
  }
});

test('a shared tablet left idle keeps no trace of the patient anywhere', async ({ page }) => {
  await installOffline(page, '/patient.html');
  await page.clock.install();
  await page.reload();
  const patient = page.locator('samenspraak-vragenlijst');
  const secret = 'Mijn geheim voor de dokter';
  await patient.getByRole('button', { name: 'Beginnen' }).click();
  await patient.getByRole('slider', { name: dimensionName('Zingeving') }).focus();
  await page.keyboard.press('End');
  await patient.getByRole('button', { name: 'Verder' }).click();
  await patient.getByLabel('Wat wilt u veranderen?').fill(secret);
  await expect.poll(async () => JSON.stringify(await storedRecords(page))).toContain(secret);

  // Two minutes without a touch: the countdown, then the wipe, and the kiosk's reload.
  await markDocument(page);
  await page.clock.runFor(125_000);
  await expect(patient.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  await expectNewDocument(page);

  const trace = await page.evaluate(async (text) => {
    const cached: string[] = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const request of await cache.keys()) {
        const body = await (await cache.match(request))?.text();
        if (request.url.includes('?') || body?.includes(text)) cached.push(request.url);
      }
    }
    const host = document.querySelector('samenspraak-vragenlijst');
    return {
      dom: (host?.shadowRoot?.textContent ?? '') + document.body.textContent,
      local: localStorage.length,
      session: sessionStorage.length,
      url: location.href,
      state: history.state,
      cached,
    };
  }, secret);
  expect(trace.dom).not.toContain(secret);
  expect(trace.dom).not.toContain('10');
  expect(trace.local).toBe(0);
  expect(trace.session).toBe(0);
  expect(trace.url).toBe(`${ORIGIN}/patient.html`);
  expect(trace.state).toBeNull();
  expect(trace.cached).toEqual([]);
  for (const [store, records] of Object.entries(await storedRecords(page))) {
    expect(records, store).toEqual([]);
  }
});
