import { expect, type Page, test } from '@playwright/test';
import {
  app,
  dimensionName,
  expectNoAxeViolations,
  heading,
  openConsult,
  openWithCode,
  PREPARED_QR,
  PREPARED_TABLE,
  scoreTable,
  storedRecords,
} from './fixtures';

// The consult side of the handover: a 2D barcode scanner in keyboard mode types the QR's text
// into the consultcode field; the line read back to the patient; what a code leaves out; and what
// the host page's listeners get.

const CHECK = 'Klopt dit? Wil praten over: mentaal, meedoen. Verwachtingen: uitleg, meedenken.';
const MISSING = 'De eigen woorden van de patiënt staan niet in de code';

/**
 * Record, from now on, every moment the consultcode field is marked wrong or its status line
 * shows an error: a scan must never flash "wrong code" while its keys arrive.
 */
async function watchCodeErrors(page: Page): Promise<() => Promise<string[]>> {
  await app(page).evaluate((element) => {
    const root = element.shadowRoot as ShadowRoot;
    const seen: string[] = [];
    (window as unknown as { codeErrors: string[] }).codeErrors = seen;
    const check = () => {
      const field = root.getElementById('consultcode');
      const status = root.getElementById('consultcode-status');
      if (field?.getAttribute('aria-invalid') === 'true') seen.push('aria-invalid');
      if (status?.classList.contains('field-error')) seen.push(status.textContent ?? '');
    };
    new MutationObserver(check).observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { codeErrors: string[] }).codeErrors);
}

for (const ending of ['Enter', 'Tab', 'nothing'] as const) {
  test(`a keyboard-mode scanner typing the QR code, ending with ${ending}, opens the whole preparation`, async ({
    page,
  }) => {
    await openConsult(page);
    const ui = app(page);
    const field = ui.getByRole('textbox', { name: 'Consultcode' });
    await expect(field).toBeFocused();
    const errors = await watchCodeErrors(page);
    // What the scanner does: the QR's text as keys, as fast as they go, into the focused field.
    await page.keyboard.type(PREPARED_QR, { delay: 0 });
    if (ending !== 'nothing') await page.keyboard.press(ending);

    await expect(heading(ui, 'Verwachtingen')).toBeFocused();
    expect(await errors()).toEqual([]);
    // The patient's own words came along, which a code cannot carry.
    await expect(ui.locator('.said-question')).toHaveText('Ik ben moe sinds de verhuizing.');
    await expect(ui.getByText('Meer mensen zien.')).toBeVisible();
    expect(await scoreTable(ui)).toEqual(PREPARED_TABLE);
    await expect(ui.getByText(CHECK)).toBeVisible();
    await expect(ui.getByText(MISSING, { exact: false })).toHaveCount(0);
    await expect(ui.getByLabel('Hulpvraag', { exact: true })).toHaveValue(
      'Ik ben moe sinds de verhuizing.',
    );
    await expectNoAxeViolations(page, `verwachtingen after a scan ending with ${ending}`);

    // The typed payload is gone: not in the field, not stored, not on the page.
    await page.keyboard.press('Alt+1');
    await expect(heading(ui, 'Start')).toBeFocused();
    await expect(field).toHaveValue('');
    expect(JSON.stringify(await storedRecords(page))).not.toContain(PREPARED_QR.slice(5, 40));
    expect(await page.content()).not.toContain(PREPARED_QR.slice(5, 40));
  });
}

test('a damaged scan says so, clears the field for the next scan and stays on Start', async ({
  page,
}) => {
  await openConsult(page);
  const ui = app(page);
  const field = ui.getByRole('textbox', { name: 'Consultcode' });
  await page.keyboard.type(`${PREPARED_QR.slice(0, 20)}#${PREPARED_QR.slice(21)}`, { delay: 0 });
  await page.keyboard.press('Enter');
  await expect(
    ui.getByText('Deze QR-code is geen voorbereiding van Samenspraak', { exact: false }),
  ).toBeVisible();
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
  await expect(heading(ui, 'Start')).toBeVisible();
  await expectNoAxeViolations(page, 'start after a damaged scan');
  // The next scan goes into the empty field and opens.
  await page.keyboard.type(PREPARED_QR, { delay: 0 });
  await page.keyboard.press('Enter');
  await expect(heading(ui, 'Verwachtingen')).toBeFocused();
});

test('a scan that breaks off is reported once the keys stop, never as a wrong code', async ({
  page,
}) => {
  await openConsult(page);
  const ui = app(page);
  const errors = await watchCodeErrors(page);
  await page.keyboard.type(PREPARED_QR.slice(0, 40), { delay: 0 });
  // While more keys may come it is being read, and only after two quiet seconds is it refused.
  await expect(ui.getByText('Een QR-code wordt ingelezen…')).toBeVisible();
  await expect(ui.getByText('De QR-code is niet helemaal ingelezen. Scan opnieuw.')).toBeVisible();
  await expect(ui.getByRole('textbox', { name: 'Consultcode' })).toHaveValue('');
  expect(
    (await errors()).filter((e) =>
      /consultcode|code is te|controleletter|waarde die niet kan/.test(e),
    ),
  ).toEqual([]);
});

test('after opening a code: the line to check, what the code leaves out, the question asked first', async ({
  page,
}) => {
  await openWithCode(page);
  const ui = app(page);
  await expect(ui.getByText(CHECK)).toBeVisible();
  await expect(ui.getByText(MISSING, { exact: false })).toBeVisible();
  // The field for the patient's question comes first on the step, and says what to type.
  const question = ui.getByLabel('Hulpvraag: typ de vraag zoals de patiënt die zegt');
  await expect(question).toBeVisible();
  await expect(ui.getByRole('textbox').first()).toHaveAttribute('id', 'hulpvraag');
  await question.fill('Ik ben moe sinds de verhuizing.');
  await expect(question).toHaveValue('Ik ben moe sinds de verhuizing.');
  await expectNoAxeViolations(page, 'verwachtingen opened by code');
});

// --- What the host page hears ---------------------------------------------------------------

interface Heard {
  type: string;
  keys: string[];
  json: string;
}

/** The patient prepares and the GP finishes a consult, both on one host page. */
async function patientToSummary(page: Page) {
  const patient = page.locator('samenspraak-vragenlijst');
  const consult = app(page);
  await patient.getByRole('button', { name: 'Beginnen' }).click();
  await patient.getByRole('slider', { name: dimensionName('Meedoen') }).focus();
  await page.keyboard.press('ArrowLeft');
  await patient.getByRole('button', { name: 'Verder' }).click();
  await patient.getByRole('button', { name: 'Verder' }).click();
  await patient.getByLabel('Uw vraag', { exact: true }).fill('Geheime vraag van de patiënt.');
  await patient.getByRole('button', { name: 'Verder' }).click();
  await patient.getByRole('button', { name: 'Verder' }).click();
  const code = ((await patient.getByTestId('consultcode').textContent()) ?? '').trim();
  await consult.getByRole('textbox', { name: 'Consultcode' }).fill(code);
  await consult.getByRole('button', { name: 'Openen' }).click();
  await consult.getByLabel('Hulpvraag').fill('Eenzaam.');
  await consult.getByRole('button', { name: /Samenvatting$/ }).click();
  await consult.getByRole('button', { name: 'Consult afronden en bewaren' }).click();
  await expect(page.locator('#log')).toContainText('samenspraak-summary: S: Hulpvraag: Eenzaam.');
}

async function hear(page: Page, emitData: boolean): Promise<Heard[]> {
  await page.addInitScript((emitData) => {
    const heard: Heard[] = [];
    (window as unknown as { heard: Heard[] }).heard = heard;
    for (const type of ['samenspraak-handover', 'samenspraak-summary']) {
      document.addEventListener(type, (event) => {
        const detail = (event as CustomEvent).detail;
        heard.push({ type, keys: Object.keys(detail).sort(), json: JSON.stringify(detail) });
      });
    }
    if (emitData) {
      document.addEventListener('DOMContentLoaded', () => {
        for (const tag of ['samenspraak-vragenlijst', 'samenspraak-consult']) {
          document.querySelector(tag)?.setAttribute('emit-data', '');
        }
      });
    }
  }, emitData);
  await page.goto('/demo.html');
  await patientToSummary(page);
  return page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
}

test('without emit-data the host hears the code and the summary text, no structured data', async ({
  page,
}) => {
  const heard = await hear(page, false);
  expect(heard.map((h) => [h.type, h.keys])).toEqual([
    ['samenspraak-handover', ['code']],
    ['samenspraak-summary', ['text']],
  ]);
  // The patient's own words never reach the host's listeners.
  for (const h of heard) expect(h.json).not.toContain('Geheime vraag');
});

test('with emit-data the host hears the payload, the handover and the consult as well', async ({
  page,
}) => {
  const heard = await hear(page, true);
  expect(heard.map((h) => [h.type, h.keys])).toEqual([
    ['samenspraak-handover', ['code', 'handover', 'payload']],
    ['samenspraak-summary', ['data', 'text']],
  ]);
  expect(heard[0]?.json).toContain('Geheime vraag van de patiënt.');
  expect(heard[1]?.json).toContain('"hulpvraag":"Eenzaam."');
});
