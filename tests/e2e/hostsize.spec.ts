import { resolve } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

/**
 * A host page with `html { font-size: 62.5% }` (1rem = 10px on its own page) must show the
 * elements exactly as a host with the default root does: the elements size themselves from
 * their own root, never from the host's rem.
 */
const smallRoot = resolve(import.meta.dirname, '../../widgets/hosts/small-root.css');

/**
 * Open a host page, with the small-root stylesheet when asked. It comes as a same-origin
 * stylesheet file, as a host's own CSS would: the pages allow no inline style (`default-src
 * 'self'`), and the builds do not ship the file, so the test serves it from widgets/hosts.
 */
async function openHost(page: Page, path: string, small: boolean): Promise<void> {
  await page.route('**/small-root.css', (route) =>
    route.fulfill({ path: smallRoot, contentType: 'text/css' }),
  );
  await page.goto(path);
  if (small) {
    const url = new URL('small-root.css', page.url()).pathname;
    await page.addStyleTag({ url });
  }
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
    .toBe(small ? '10px' : '16px');
}

interface Sizes {
  text: number;
  button: number;
  buttonHeight: number;
  sliderLabel: number;
  webWidth: number;
  webLabel: number;
  consultText: number;
  consultInput: number;
}

const px = (value: string) => Number.parseFloat(value);

/**
 * What a patient and a GP see: text, a button, the spider web and its labels, in px. Each visit
 * has its own browser context, so no draft of the other visit is restored.
 */
async function measure(browser: Browser, path: string, small: boolean): Promise<Sizes> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await openHost(page, path, small);
  const patient = page.locator('samenspraak-vragenlijst');
  await expect(patient.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  const text = px(await patient.locator('.app').evaluate((el) => getComputedStyle(el).fontSize));
  const start = patient.getByRole('button', { name: 'Beginnen' });
  const button = px(await start.evaluate((el) => getComputedStyle(el).fontSize));
  const buttonHeight = (await start.boundingBox())?.height ?? 0;
  await start.click();
  const slider = patient.locator('.slider-label').first();
  await expect(slider).toBeVisible();
  const sliderLabel = px(await slider.evaluate((el) => getComputedStyle(el).fontSize));
  // The web's labels are SVG text: their size on screen is the font size times the scale of the
  // viewBox, so a web drawn narrower has smaller labels.
  const web = await patient.locator('svg.web').evaluate((svg) => {
    const label = svg.querySelector('.web-label');
    const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 0;
    return {
      width: svg.getBoundingClientRect().width,
      label: label ? Number.parseFloat(getComputedStyle(label).fontSize) * scale : 0,
    };
  });
  const consult = page.locator('samenspraak-consult');
  const code = consult.getByRole('textbox', { name: 'Consultcode' });
  await expect(code).toBeVisible();
  const consultText = px(
    await consult.locator('.app').evaluate((el) => getComputedStyle(el).fontSize),
  );
  const consultInput = px(await code.evaluate((el) => getComputedStyle(el).fontSize));
  await context.close();
  return {
    text,
    button,
    buttonHeight,
    sliderLabel,
    webWidth: web.width,
    webLabel: web.label,
    consultText,
    consultInput,
  };
}

const hosts = [
  ['the ES module build', '/lib/host.html'],
  ['the script-tag build', '/embed/host.html'],
] as const;

for (const [name, path] of hosts) {
  test(`${name}: a host root of 62.5 % does not shrink the elements`, async ({ browser }) => {
    const normal = await measure(browser, path, false);
    const small = await measure(browser, path, true);
    // The default host: the sizes the elements were designed at.
    expect(normal.text).toBeGreaterThanOrEqual(16);
    expect(normal.webLabel).toBeGreaterThanOrEqual(16);
    // The small-root host: the same sizes, text never below 16px.
    expect(small.text, 'body text').toBe(normal.text);
    expect(small.text).toBeGreaterThanOrEqual(16);
    expect(small.button, 'button text').toBe(normal.button);
    expect(small.buttonHeight, 'button height').toBeGreaterThanOrEqual(44);
    expect(small.buttonHeight, 'button height').toBeCloseTo(normal.buttonHeight, 0);
    expect(small.sliderLabel, 'slider label').toBe(normal.sliderLabel);
    expect(small.webWidth, 'spider web width').toBeCloseTo(normal.webWidth, 0);
    expect(small.webLabel, 'spider web label').toBeGreaterThanOrEqual(
      Math.min(16, normal.webLabel),
    );
    expect(small.webLabel, 'spider web label').toBeCloseTo(normal.webLabel, 1);
    expect(small.consultText, 'consult text').toBe(normal.consultText);
    expect(small.consultText).toBeGreaterThanOrEqual(16);
    expect(small.consultInput, 'consult input').toBe(normal.consultInput);
  });
}

test('the standalone patient page on a 62.5 % root: same web, no axe violations', async ({
  browser,
}) => {
  const web = async (small: boolean) => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await openHost(page, '/patient.html', small);
    const patient = page.locator('samenspraak-vragenlijst');
    await patient.getByRole('button', { name: 'Beginnen' }).click();
    const svg = patient.locator('svg.web');
    await expect(svg).toBeVisible();
    const width = (await svg.boundingBox())?.width ?? 0;
    if (small) await expectNoAxeViolations(page, 'the patient page on a 62.5 % root, spider web');
    await context.close();
    return width;
  };
  const normal = await web(false);
  const small = await web(true);
  expect(small).toBeCloseTo(normal, 0);
});
