import { expect, type Page, test } from '@playwright/test';

// WCAG 1.4.11: the parts a patient needs to see a control or the web (the slider's track, the
// web's rings and axes, the empty part of the progress bar) reach 3:1 against what is behind
// them. Measured from what Chromium computes and paints, so lightening them again fails here.

const app = (page: Page) => page.locator('samenspraak-vragenlijst');

type Rgb = [number, number, number];

function rgb(colour: string): Rgb {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

function ratio(a: Rgb, b: Rgb): number {
  const lum = (c: Rgb) => {
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  };
  const [la, lb] = [lum(a), lum(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A screenshot's pixels, decoded by the page itself (no PNG library in the tests). */
async function decodePng(page: Page, shot: Buffer) {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const data = Array.from(context.getImageData(0, 0, image.width, image.height).data);
    return { width: image.width, height: image.height, data };
  }, shot.toString('base64'));
}

test('slider track, web rings and axes, and the empty progress bar reach 3:1', async ({ page }) => {
  await page.goto('/patient.html');
  const ui = app(page);
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await expect(ui.getByRole('heading', { name: 'Hoe gaat het met u?' })).toBeVisible();
  // Computed colours: the stroke of a ring and an axis, and the background behind the web (the
  // first opaque ancestor, through the shadow boundary).
  const computed = await ui.locator('svg.web').evaluate((svg) => {
    const behind = (el: Element): string => {
      let node: Element | null = el.parentElement;
      while (node) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && !bg.startsWith('rgba')) return bg;
        node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
      }
      return 'rgb(255, 255, 255)';
    };
    const stroke = (selector: string) => {
      const el = svg.querySelector(selector);
      if (!el) throw new Error(`no ${selector}`);
      return getComputedStyle(el).stroke;
    };
    return { ring: stroke('.web-ring'), axis: stroke('.web-axis'), back: behind(svg) };
  });
  const measured: Record<string, number> = {
    ring: ratio(rgb(computed.ring), rgb(computed.back)),
    axis: ratio(rgb(computed.axis), rgb(computed.back)),
  };
  // A track is a pseudo-element, which getComputedStyle does not reach: read the pixels. The
  // thumb goes to the end, so a quarter in is track alone; its top row is the background.
  const range = ui.getByRole('slider').first();
  await range.focus();
  await page.keyboard.press('End');
  const parts = [
    ['sliderTrack', range, 0.25],
    ['progressEmpty', ui.locator('progress'), 0.9],
  ] as const;
  await page.mouse.move(0, 0);
  for (const [name, el, across] of parts) {
    // Six rows show their own answers; the count and its bar are the long form's.
    if (name === 'progressEmpty') await ui.getByRole('radio', { name: /^Uitgebreid/ }).check();
    await el.blur();
    const png = await decodePng(page, await el.screenshot({ animations: 'disabled' }));
    const at = (x: number, y: number): Rgb => {
      const i = (png.width * y + x) * 4;
      return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
    };
    const x = Math.round(png.width * across);
    // The progress bar fills its box: what is behind it is the web's paper.
    const back = name === 'sliderTrack' ? at(x, 1) : rgb(computed.back);
    measured[name] = ratio(at(x, Math.floor(png.height / 2)), back);
  }
  for (const [part, value] of Object.entries(measured)) {
    expect(value, `${part} contrast ${value.toFixed(2)}:1`).toBeGreaterThanOrEqual(3);
  }
});
