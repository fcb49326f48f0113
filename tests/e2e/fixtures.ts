import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';

/** Zero axe violations (WCAG 2.2 AA and best practice) on what the page shows now. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/**
 * Decode a QR code as the page draws it: the SVG is rendered to a canvas in the browser, the
 * pixels are read back and jsQR decodes them here. What a phone camera would read, minus blur.
 */
export async function readQr(qr: Locator): Promise<string> {
  const { width, height, pixels } = await qr.evaluate(async (svg) => {
    const size = 400;
    const markup = new XMLSerializer().serializeToString(svg);
    // Shadow DOM styles do not travel with the markup: colour the modules explicitly.
    const standalone = markup
      .replace('class="qr-light"', 'fill="#fff" class="qr-light"')
      .replace('class="qr-dark"', 'fill="#000" class="qr-dark"')
      .replace('<svg', `<svg width="${size}" height="${size}"`);
    const url = URL.createObjectURL(new Blob([standalone], { type: 'image/svg+xml' }));
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0, size, size);
    URL.revokeObjectURL(url);
    return {
      width: size,
      height: size,
      pixels: Array.from(context.getImageData(0, 0, size, size).data),
    };
  });
  const result = jsQR(Uint8ClampedArray.from(pixels), width, height);
  if (!result) throw new Error('the QR code on the page could not be read');
  return result.data;
}

/** Every record in every object store of the app's database, read in the page. */
export async function storedRecords(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    const out: Record<string, unknown[]> = {};
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        out[`${name}/${store}`] = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
    }
    return out;
  });
}

/** The deepest focused element, through open shadow roots, is `target`. */
export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  });
}

/** Press Tab until `target` has focus: proves it is reachable by keyboard, in screen order. */
export async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

export interface Prepared {
  code: string;
  payload: string;
}

/**
 * A patient prepares on patient.html: Meedoen 3 and Mentaal 4 marked to talk about, the other
 * dimensions answered, Meedoen chosen to change, expectations uitleg and meedenken.
 */
export async function preparePatient(page: Page): Promise<Prepared> {
  await page.goto('/patient.html');
  const ui = page.locator('samenspraak-vragenlijst');
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  const answers: [string, string[]][] = [
    ['Lichaamsfuncties', ['ArrowRight']], // 6
    ['Mentaal welbevinden', ['ArrowLeft']], // 4
    ['Zingeving', ['End']], // 10
    ['Kwaliteit van leven', ['ArrowRight', 'ArrowRight']], // 7
    ['Meedoen', ['ArrowLeft', 'ArrowLeft']], // 3
    ['Dagelijks functioneren', ['Enter']], // 5
  ];
  for (const [name, keys] of answers) {
    await ui.getByRole('slider', { name, exact: true }).focus();
    for (const key of keys) await page.keyboard.press(key);
  }
  await ui.getByRole('checkbox', { name: 'Hier wil ik over praten (Meedoen)' }).check();
  await ui.getByRole('checkbox', { name: 'Hier wil ik over praten (Mentaal welbevinden)' }).check();
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('radio', { name: 'Meedoen' }).check();
  await ui.getByLabel('Wat wilt u veranderen?').fill('Meer mensen zien.');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('checkbox', { name: 'Uitleg' }).check();
  await ui.getByRole('checkbox', { name: 'Meedenken' }).check();
  await ui.getByLabel('Uw vraag in uw eigen woorden').fill('Ik ben moe sinds de verhuizing.');
  await ui.getByRole('button', { name: 'Verder' }).click();
  const code = ((await ui.getByTestId('consultcode').textContent()) ?? '').trim();
  const payload = await readQr(ui.getByRole('img', { name: /QR-code/ }));
  return { code, payload };
}

/** The consult's score table as text: dimension label → "score | marks". */
export async function scoreTable(scope: Locator): Promise<Record<string, string>> {
  const rows = scope.locator('table.scores').first().getByRole('row');
  const out: Record<string, string> = {};
  for (const row of await rows.all()) {
    const header = (await row.getByRole('rowheader').allTextContents())[0];
    const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
    if (header) out[header.trim()] = cells.join(' | ').trim();
  }
  return out;
}
