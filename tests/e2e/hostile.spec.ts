import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HOSTILE_TEXTS, hugeFile } from '../fixtures/hostile';
import { expectNoAxeViolations, storedRecords } from './fixtures';

const SHOWN = [
  'imgOnerror',
  'scriptBreakout',
  'svgOnload',
  'styleTag',
  'rtlOverride',
  'trojanSource',
  'placeholder',
  'nesting',
] as const;

test('hostile text in the patient fields is stored and shown as text; the page stays usable', async ({
  page,
}) => {
  await page.goto('/patient.html');
  const patient = page.locator('samenspraak-vragenlijst');
  await patient.getByRole('button', { name: 'Beginnen' }).click();
  await patient.getByRole('button', { name: 'Verder' }).click();
  const change = patient.getByLabel('Wat wilt u veranderen?');
  for (const name of SHOWN) {
    const text = HOSTILE_TEXTS[name] ?? '';
    await change.fill(text);
    await expect(change).toHaveValue(text);
  }
  await change.fill(`${HOSTILE_TEXTS.imgOnerror} ${HOSTILE_TEXTS.rtlOverride}`.slice(0, 140));
  // Over the limit: refused whole, with a message, not cut off.
  await change.fill('');
  await change.fill('x'.repeat(140));
  await change.press('y');
  await expect(patient.getByRole('alert')).toContainText('Deze tekst is te lang');
  await patient.getByRole('button', { name: 'Verder' }).click();
  await patient.getByLabel('Uw vraag', { exact: true }).fill(HOSTILE_TEXTS.scriptBreakout ?? '');
  await patient.getByRole('button', { name: 'Verder' }).click();
  await patient.getByRole('button', { name: 'Verder' }).click();
  await expect(patient.getByTestId('consultcode')).toBeVisible();
  expect(
    await patient.evaluate(
      (host) => host.shadowRoot?.querySelectorAll('script, img, style').length,
    ),
  ).toBe(0);
  await expect
    .poll(async () => JSON.stringify(await storedRecords(page)))
    .toContain('<script>alert(1)</script>');
  await expectNoAxeViolations(page, 'klaar with hostile text');
});

test('a 50 MB file and a prototype-pollution file are refused in Dutch; nothing stored changes', async ({
  page,
}, testInfo) => {
  await page.goto('/consult.html');
  const ui = page.locator('samenspraak-consult');
  await ui.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await ui.getByRole('button', { name: '3 Opties', exact: true }).click();
  const picker = ui.getByLabel('Keuzekaart', { exact: true });
  const before = await picker.locator('option').allTextContents();
  const storedBefore = await storedRecords(page);

  const huge = testInfo.outputPath('groot.json');
  writeFileSync(huge, hugeFile(50_000_000));
  await ui.getByLabel('Eigen keuzekaart importeren (JSON)').setInputFiles(huge);
  const status = ui.locator('#import-status');
  await expect(status).toContainText('‘groot.json’ is niet geïmporteerd.');
  await expect(status).toContainText('te groot');

  const pollution = testInfo.outputPath('proto.json');
  writeFileSync(pollution, '{"__proto__":{"x":1},"constructor":{"prototype":{"x":1}}}');
  await ui.getByLabel('Eigen keuzekaart importeren (JSON)').setInputFiles(pollution);
  await expect(status).toContainText('‘proto.json’ is niet geïmporteerd.');
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('x');

  await expect(picker.locator('option')).toHaveText(before);
  expect((await storedRecords(page))['samenspraak/keuzekaarten']).toEqual(
    storedBefore['samenspraak/keuzekaarten'],
  );
  // Still usable: the page answers as before.
  await picker.selectOption({ label: 'Sombere gevoelens' });
  await expect(ui.locator('table.options-grid')).toContainText('Gesprekken met de POH-GGZ');
});
