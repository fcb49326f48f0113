import { writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { dimensionName, expectNoAxeViolations, ORIGIN } from './fixtures';

/** Count CSP violations and requests that leave the page's origin, for the whole visit. */
async function watch(page: Page) {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== ORIGIN) foreign.push(request.url());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      w.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return {
    foreign,
    violations: () =>
      page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

/** The whole flow through both elements on one host page. */
async function patientToSummary(page: Page) {
  const patient = page.locator('samenspraak-vragenlijst');
  const consult = page.locator('samenspraak-consult');
  await patient.getByRole('button', { name: 'Beginnen' }).click();
  await patient.getByRole('slider', { name: dimensionName('Meedoen') }).focus();
  await page.keyboard.press('ArrowLeft');
  await patient.getByRole('checkbox', { name: 'Bespreken (Meedoen)' }).check();
  for (let i = 0; i < 4; i++) await patient.getByRole('button', { name: 'Verder' }).click();
  const code = ((await patient.getByTestId('consultcode').textContent()) ?? '').trim();
  await expect(page.locator('#log')).toContainText(`samenspraak-handover: ${code}`);
  // The QR generator loads with the last step (in the script-tag build: from beside the script).
  await expect(patient.getByRole('img', { name: /QR-code/ })).toBeVisible();

  await consult.getByRole('textbox', { name: 'Consultcode' }).fill(code);
  await consult.getByRole('button', { name: 'Openen' }).click();
  await expect(consult.locator('table.scores')).toContainText('wil erover praten');
  await consult.getByLabel('Hulpvraag').fill('Eenzaam.');
  await consult.getByRole('button', { name: /Keuze$/ }).click();
  await consult.getByRole('radio', { name: 'Afwachten / (nog) niets doen' }).check();
  await consult.getByRole('button', { name: /Samenvatting$/ }).click();
  await expect(consult.getByLabel('Samenvatting (aan te passen)')).toHaveValue(
    /Positieve Gezondheid:.*meedoen 4/,
  );
  await consult.getByRole('button', { name: 'Consult afronden en bewaren' }).click();
  await expect(page.locator('#log')).toContainText('samenspraak-summary: S: Hulpvraag: Eenzaam.');
}

const hosts = [
  ['the demo page', '/demo.html'],
  ['the script-tag build', '/embed/host.html'],
  ['the ES module build', '/lib/host.html'],
] as const;

for (const [name, path] of hosts) {
  test(`${name}: both elements at their start pass axe`, async ({ page }) => {
    await page.goto(path);
    await expect(
      page.locator('samenspraak-vragenlijst').getByRole('heading', { name: 'Welkom' }),
    ).toBeVisible();
    await expect(
      page.locator('samenspraak-consult').getByRole('textbox', { name: 'Consultcode' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, `${name}, start`);
  });

  test(`${name}: patient to consult to summary under a strict CSP, all on this origin`, async ({
    page,
  }) => {
    const { foreign, violations } = await watch(page);
    await page.goto(path);
    await expect(
      page.locator('samenspraak-vragenlijst').getByRole('heading', { name: 'Welkom' }),
    ).toBeVisible();
    await patientToSummary(page);
    await expectNoAxeViolations(page, `${name}, summary`);
    expect(await violations()).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

for (const [name, path] of hosts.slice(1)) {
  test(`${name}: a hostile host stylesheet does not break the elements`, async ({ page }) => {
    await page.goto(`${path}?hostile`);
    const patient = page.locator('samenspraak-vragenlijst');
    await expect(page.locator('h1')).toHaveCSS('color', 'rgb(255, 0, 0)');
    const start = patient.getByRole('button', { name: 'Beginnen' });
    await expect(start).toBeVisible();
    await expect(start).toHaveCSS('min-height', '44px');
    await start.click();
    await expect(patient.getByRole('slider', { name: dimensionName('Meedoen') })).toBeVisible();
    await expect(
      page.locator('samenspraak-consult').getByRole('textbox', { name: 'Consultcode' }),
    ).toBeVisible();
  });
}

test('the script-tag build fetches Arabic from beside the script, and reads right to left', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/embed/host.html');
  const patient = page.locator('samenspraak-vragenlijst');
  await patient.getByRole('radio', { name: 'العربية' }).check();
  await expect(patient.locator('section.app')).toHaveAttribute('dir', 'rtl');
  await patient.getByRole('button').filter({ hasText: /.+/ }).last().click();
  await expect(patient.getByRole('slider')).toHaveCount(6);
  expect(fetched).toContain('/embed/locales/ar.json');
  expect(fetched).toContain('/embed/packs/samenspraak-pg.ar.json');
  await expectNoAxeViolations(page, 'Arabic in the script-tag build');
});

test('two patient elements with their own ids keep their own drafts', async ({ page }) => {
  await page.goto('/demo.html');
  const patient = page.locator('samenspraak-vragenlijst');
  await patient.getByRole('button', { name: 'Beginnen' }).click();
  await patient.getByRole('slider', { name: dimensionName('Zingeving') }).focus();
  await page.keyboard.press('End');
  await page.goto('/embed/host.html');
  // Another element id on the same origin: a fresh start, not the demo's draft.
  await expect(
    page.locator('samenspraak-vragenlijst').getByRole('heading', { name: 'Welkom' }),
  ).toBeVisible();
  await page.goto('/demo.html');
  await expect(patient.getByRole('slider', { name: dimensionName('Zingeving') })).toHaveValue('10');
});

test('removing an element and adding it back loses no draft', async ({ page }) => {
  await page.goto('/demo.html');
  const patient = page.locator('samenspraak-vragenlijst');
  await patient.getByRole('button', { name: 'Beginnen' }).click();
  await patient.getByRole('slider', { name: dimensionName('Meedoen') }).focus();
  await page.keyboard.press('Home');
  await page.evaluate(() => {
    const element = document.querySelector('samenspraak-vragenlijst');
    const parent = element?.parentElement;
    element?.remove();
    if (element) setTimeout(() => parent?.append(element), 50);
  });
  await expect(patient.getByRole('slider', { name: dimensionName('Meedoen') })).toHaveValue('0');
});

test('an invalid attribute falls back to its default and names itself in the console', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto('/demo.html');
  await page.evaluate(() => {
    document.querySelector('samenspraak-vragenlijst')?.setAttribute('idle-seconds', 'soon');
    document.querySelector('samenspraak-consult')?.setAttribute('retention-days', '400');
  });
  await expect.poll(() => warnings.join('\n')).toContain('"idle-seconds"');
  await expect.poll(() => warnings.join('\n')).toContain('"retention-days"');
});

test('a pack that is not a pack falls back to the built-in one, with samenspraak-error', async ({
  page,
}) => {
  await page.goto('/demo.html');
  const errors: string[] = [];
  await page.exposeFunction('recordError', (kind: string) => errors.push(kind));
  await page.evaluate(() => {
    document.addEventListener('samenspraak-error', (event) =>
      (window as unknown as { recordError: (k: string) => void }).recordError(
        (event as CustomEvent<{ kind: string }>).detail.kind,
      ),
    );
    const element = document.querySelector('samenspraak-vragenlijst');
    element?.setAttribute('pack', '/favicon.svg?{lang}');
  });
  const patient = page.locator('samenspraak-vragenlijst');
  await patient.getByRole('button', { name: 'Beginnen' }).click();
  await expect.poll(() => errors).toContain('pack');
  // The built-in pack takes over: the questions are there.
  await expect(patient.getByRole('slider', { name: dimensionName('Meedoen') })).toBeVisible();
});

/** Record every samenspraak-error on the page, as `kind: message`. */
async function recordErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  await page.exposeFunction('recordError', (line: string) => errors.push(line));
  await page.evaluate(() => {
    document.addEventListener('samenspraak-error', (event) => {
      const { kind, message } = (event as CustomEvent<{ kind: string; message: string }>).detail;
      (window as unknown as { recordError: (line: string) => void }).recordError(
        `${kind}: ${message}`,
      );
    });
  });
  return errors;
}

test('a pack on another origin is refused with samenspraak-error, not only a console line', async ({
  page,
}) => {
  await page.goto('/demo.html');
  const errors = await recordErrors(page);
  await page.evaluate(() =>
    document
      .querySelector('samenspraak-vragenlijst')
      ?.setAttribute('pack', 'https://elders.example/pack.{lang}.json'),
  );
  await expect.poll(() => errors.join('\n')).toContain('pack: samenspraak: the pack attribute');
});

test('two elements without ids keep their own drafts, and the host is told to give ids', async ({
  page,
}) => {
  await page.goto('/demo.html');
  const errors = await recordErrors(page);
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('samenspraak-vragenlijst')) element.remove();
    for (let i = 0; i < 2; i++) {
      document.body.append(document.createElement('samenspraak-vragenlijst'));
    }
  });
  const first = page.locator('samenspraak-vragenlijst').first();
  const second = page.locator('samenspraak-vragenlijst').nth(1);
  await expect.poll(() => errors.join('\n')).toContain('without an id');
  for (const [element, key] of [
    [first, 'Home'],
    [second, 'End'],
  ] as const) {
    await element.getByRole('button', { name: 'Beginnen' }).click();
    await element.getByRole('slider', { name: dimensionName('Meedoen') }).focus();
    await page.keyboard.press(key);
  }
  await page.waitForTimeout(500);
  await page.reload();
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('samenspraak-vragenlijst')) element.remove();
    for (let i = 0; i < 2; i++) {
      document.body.append(document.createElement('samenspraak-vragenlijst'));
    }
  });
  await expect(first.getByRole('slider', { name: dimensionName('Meedoen') })).toHaveValue('0');
  await expect(second.getByRole('slider', { name: dimensionName('Meedoen') })).toHaveValue('10');
});

test('the pages may be framed by their own origin only: the header says so', async ({ page }) => {
  for (const path of ['/patient.html', '/consult.html']) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  }
});

test('the script-tag build loads the keuzekaart checker from beside the script, on the first import', async ({
  page,
}, testInfo) => {
  const { foreign } = await watch(page);
  await page.goto('/embed/host.html');
  const consult = page.locator('samenspraak-consult');
  await consult.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await consult.getByRole('button', { name: '3 Opties', exact: true }).click();
  const path = testInfo.outputPath('kapot.json');
  writeFileSync(path, JSON.stringify({ id: 'kapot', title: '' }));
  const checker = page.waitForRequest((request) =>
    request.url().endsWith('/samenspraak-import.js'),
  );
  await consult.getByLabel('Eigen keuzekaart importeren (JSON)').setInputFiles(path);
  await checker;
  await expect(consult.locator('#import-status')).toContainText('is niet geïmporteerd.');
  expect(foreign).toEqual([]);
});

test('the script-tag build loads the take-home sheet from beside the script, with a card', async ({
  page,
}) => {
  const { foreign, violations } = await watch(page);
  await page.goto('/embed/host.html');
  const consult = page.locator('samenspraak-consult');
  await consult.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await consult.getByRole('button', { name: '3 Opties', exact: true }).click();
  await consult
    .getByLabel('Keuzekaart', { exact: true })
    .selectOption({ label: 'Verwijzen naar de specialist' });
  await consult.getByRole('textbox', { name: 'Klacht', exact: true }).fill('knieklachten');
  await consult.getByRole('button', { name: '5 Keuze', exact: true }).click();
  await consult.getByRole('radio', { name: 'Nu verwijzen' }).check();
  await consult.getByRole('button', { name: '6 Samenvatting', exact: true }).click();
  const sheetFile = page.waitForRequest((request) =>
    request.url().endsWith('/samenspraak-sheet.js'),
  );
  await consult.getByRole('button', { name: 'Uitdraai voor de patiënt' }).click();
  await sheetFile;
  const choice = page
    .frameLocator('iframe.print-frame')
    .getByRole('heading', { name: 'Wat we samen kozen' })
    .locator('xpath=..');
  await expect(choice).toContainText('Nu verwijzen');
  await expect(choice.getByRole('listitem')).toHaveText(['Klacht: knieklachten']);
  expect(foreign).toEqual([]);
  expect(await violations()).toEqual([]);
});
