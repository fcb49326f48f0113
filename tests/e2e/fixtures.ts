import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { encodeConsultcode } from '../../src/domain/consultcode';
import type { Preparation } from '../../src/domain/preparation';
import { encodeQrPayload, type QrHandover } from '../../src/domain/qrpayload';
import { qrPath } from '../../src/ui/vragenlijst/qrgenerator';

// axe-core as @axe-core/playwright ships it: resolved through that package, the same version.
const AXE_SOURCE: string = createRequire(
  createRequire(import.meta.url).resolve('@axe-core/playwright'),
)('axe-core').source;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Zero axe violations (WCAG 2.2 AA and best practice) on what the page shows now, frames
 * included. axe runs in the page with axe.run(), which reaches same-origin frames itself (the
 * take-home iframe in the consult's shadow root too). This is what AxeBuilder's legacy mode does,
 * minus its second injection into the main frame; AxeBuilder's default mode finishes every run
 * in a new blank page, which took two thirds of the time, and did not reach that iframe.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  for (const frame of page.frames()) {
    const inject = async () => {
      const present = await frame.evaluate(() => 'axe' in window);
      if (!present) await frame.evaluate(AXE_SOURCE);
    };
    // A child frame that goes away meanwhile has nothing to check; the page itself must load axe.
    if (frame === page.mainFrame()) await inject();
    else await inject().catch(() => undefined);
  }
  const summary = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: AxeInPage }).axe;
    const { violations } = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
  }, AXE_TAGS);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** The part of axe-core's API used here. */
interface AxeInPage {
  run(
    context: Document,
    options: { runOnly: { type: 'tag'; values: string[] }; resultTypes: string[] },
  ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
}

/**
 * Decode a QR code as the page draws it: the SVG is rendered to a canvas in the browser, the
 * pixels are read back and jsQR decodes them here. What a phone camera would read, minus blur.
 * The pixels travel as one base64 string: as a JSON array of numbers they took seconds.
 */
export async function readQr(qr: Locator): Promise<string> {
  const size = 400;
  const base64 = await qr.evaluate(async (svg, size) => {
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
    const data = context.getImageData(0, 0, size, size).data;
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) {
      binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  }, size);
  const result = jsQR(Uint8ClampedArray.from(Buffer.from(base64, 'base64')), size, size);
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
  return target.evaluate(deepFocused);
}

function deepFocused(el: Element): boolean {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === el;
}

/**
 * Press Tab until `target` has focus: proves it is reachable by keyboard, in screen order. The
 * target is looked up once, not after every key; only if it leaves the page is it looked up again.
 */
export async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  let handle = await target.elementHandle();
  try {
    for (let i = 0; i < max; i++) {
      const state = await handle.evaluate((el) => {
        if (!el.isConnected) return 'gone';
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active === el ? 'focused' : 'not yet';
      });
      if (state === 'focused') return;
      if (state === 'gone') {
        await handle.dispose();
        handle = await target.elementHandle();
        continue;
      }
      await page.keyboard.press('Tab');
    }
  } finally {
    await handle.dispose();
  }
  throw new Error(`Tab never reached ${target}`);
}

/**
 * What `preparePatient` enters, built here instead of walked through on patient.html: Meedoen 3
 * and Mentaal 4 marked to talk about, the other dimensions answered, Meedoen chosen to change,
 * expectations uitleg and meedenken. The patient tests prove the tablet makes such a code and QR;
 * the consult and summary tests start from these, made by the same encoders.
 */
/** The origin the browser tests run on (playwright.config.ts: E2E_PORT, else 4173). */
export const ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

export const PREPARATION: Preparation = {
  pack: { id: 'samenspraak-pg', version: '1.0.0' },
  locale: 'nl',
  mode: 'quick',
  answers: {
    'lichaam-kort': 6,
    'mentaal-kort': 4,
    'zingeving-kort': 10,
    'kwaliteit-kort': 7,
    'meedoen-kort': 3,
    'dagelijks-kort': 5,
  },
  talk: ['mentaal', 'meedoen'],
  focus: 'meedoen',
  change: 'Meer mensen zien.',
  need: '',
  expectations: ['uitleg', 'meedenken'],
  question: 'Ik ben moe sinds de verhuizing.',
};

export const PREPARED_HANDOVER: QrHandover = {
  pack: PREPARATION.pack,
  scores: { lichaam: 6, mentaal: 4, zingeving: 10, kwaliteit: 7, meedoen: 3, dagelijks: 5 },
  talk: PREPARATION.talk,
  focus: PREPARATION.focus,
  expectations: PREPARATION.expectations,
  locale: PREPARATION.locale,
  mode: PREPARATION.mode,
  detail: PREPARATION,
};

/** The consultcode of {@link PREPARATION}, as the tablet shows it. */
export const PREPARED_CODE = encodeConsultcode(PREPARED_HANDOVER);

/** The QR text of {@link PREPARATION}, free text included. */
export const PREPARED_QR = encodeQrPayload(PREPARED_HANDOVER);

/** {@link PREPARATION} as the consult's score table shows it. */
export const PREPARED_TABLE = {
  Lichaamsfuncties: '6 |',
  'Mentaal welbevinden': '4 | wil erover praten',
  Zingeving: '10 |',
  'Kwaliteit van leven': '7 |',
  Meedoen: '3 | wil erover praten, wil dit veranderen',
  'Dagelijks functioneren': '5 |',
};

/**
 * One 640×480 camera frame showing `text` as a QR code (drawn by the tablet's own generator),
 * as a Y4M file for Chromium's --use-file-for-fake-video-capture. Written here, without a page.
 */
export function writeQrFrame(text: string, file: string): void {
  const width = 640;
  const height = 480;
  const { size, d } = qrPath(text);
  const module = Math.floor(440 / size);
  const left = Math.floor((width - size * module) / 2);
  const top = Math.floor((height - size * module) / 2);
  const luma = Buffer.alloc(width * height, 255);
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let row = 0; row < module; row++) {
      const offset = (top + Number(y) * module + row) * width + left + Number(x) * module;
      luma.fill(0, offset, offset + Number(w) * module);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\nFRAME\n`),
      luma,
      chroma,
    ]),
  );
}

/** The consult element, whose shadow root the locators pierce. */
export const app = (page: Page) => page.locator('samenspraak-consult');

/**
 * A dimension's control by its official name: named "Met anderen (Meedoen)" where the pack has
 * an everyday name, "Meedoen" where it has none, and never an item that merely contains it.
 */
export const dimensionName = (official: string): RegExp =>
  new RegExp(`^(.+ \\()?${official.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)?$`);

/** A step's heading, by its exact name. */
export const heading = (ui: Locator, name: string) =>
  ui.getByRole('heading', { name, exact: true });
export const consultHeading = (page: Page, name: string) =>
  app(page).getByRole('heading', { name, exact: true });

/** consult.html at its start screen. */
export async function openConsult(page: Page): Promise<void> {
  await page.goto('/consult.html');
  await expect(consultHeading(page, 'Start')).toBeVisible();
}

/** consult.html, opened with a consultcode typed in: lands on Verwachtingen. */
export async function openWithCode(page: Page, code = PREPARED_CODE): Promise<void> {
  await openConsult(page);
  await app(page).getByRole('textbox', { name: 'Consultcode' }).fill(code);
  await page.keyboard.press('Enter');
  await expect(consultHeading(page, 'Verwachtingen')).toBeVisible();
}

/** consult.html, a consult started without preparation: lands on Verwachtingen. */
export async function startBlank(page: Page): Promise<void> {
  await openConsult(page);
  await app(page).getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await expect(consultHeading(page, 'Verwachtingen')).toBeVisible();
}

const STEPS = ['Start', 'Verwachtingen', 'Opties', 'Voorkeur', 'Keuze', 'Samenvatting'] as const;

/** Jump to a consult step with its Alt+number shortcut; the step's heading takes focus. */
export async function toStep(page: Page, step: (typeof STEPS)[number]): Promise<void> {
  await page.keyboard.press(`Alt+${STEPS.indexOf(step) + 1}`);
  await expect(consultHeading(page, step)).toBeFocused();
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
    await ui.getByRole('slider', { name: dimensionName(name) }).focus();
    for (const key of keys) await page.keyboard.press(key);
  }
  await ui.getByRole('checkbox', { name: 'Bespreken (Meedoen)' }).check();
  await ui.getByRole('checkbox', { name: 'Bespreken (Mentaal welbevinden)' }).check();
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('radio', { name: 'Meedoen' }).check();
  await ui.getByLabel('Wat wilt u veranderen?').fill('Meer mensen zien.');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('checkbox', { name: 'Uitleg' }).check();
  await ui.getByRole('checkbox', { name: 'Meedenken' }).check();
  await ui.getByLabel('Uw vraag', { exact: true }).fill('Ik ben moe sinds de verhuizing.');
  await ui.getByRole('button', { name: 'Verder' }).click();
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

/** Mark this document's window, so {@link expectNewDocument} can tell a reload happened. */
export const markDocument = (page: Page) =>
  page.evaluate(() => Object.assign(window, { lastPatient: true }));

/**
 * The page started over as a new document (a kiosk wipe reloads). The wiped screen can show just
 * before the reload lands, so an evaluate that the navigation cuts off is tried again.
 */
export async function expectNewDocument(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => 'lastPatient' in window).catch(() => true))
    .toBe(false);
}
