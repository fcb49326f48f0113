import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

// The web's axis labels fit on a phone: inside the viewport and inside the SVG, at 320, 360 and
// 390 px wide, at normal and at 200 % text size, in every patient language. So do the pictograms
// at the axis ends, clear of every line of the labels.

const app = (page: Page) => page.locator('samenspraak-vragenlijst');

interface Language {
  code: string;
  name: string;
  dir: string;
  start: string;
  web: string;
}

// Every language the welcome offers, with its own words for "Beginnen" and the web's title.
const LANGUAGES: Language[] = (
  JSON.parse(
    readFileSync(new URL('../../locales/languages.json', import.meta.url), 'utf8'),
  ) as Omit<Language, 'start' | 'web'>[]
).map((language) => {
  const texts = JSON.parse(
    readFileSync(new URL(`../../locales/${language.code}.json`, import.meta.url), 'utf8'),
  ) as { patient: { welcome: { start: string }; web: { title: string } } };
  return { ...language, start: texts.patient.welcome.start, web: texts.patient.web.title };
});
const arabic = LANGUAGES.find((language) => language.code === 'ar') as Language;

async function toWeb(page: Page, lang: Language) {
  await page.goto('/patient.html');
  const ui = app(page);
  if (lang.code !== 'nl') await ui.getByRole('radio', { name: lang.name }).check();
  await ui.getByRole('button', { name: lang.start, exact: true }).click();
  await expect(ui.getByRole('heading', { name: lang.web })).toBeVisible();
}

for (const width of [320, 360, 390]) {
  for (const zoom of [1, 2]) {
    for (const lang of LANGUAGES) {
      test(`web labels fit at ${width}px, text ${zoom * 100}%, ${lang.code}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        if (zoom !== 1) {
          // 200 % text: the browser's default font size, which the widget's root follows.
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
        }
        await toWeb(page, lang);
        const web = app(page).locator('svg.web');
        await web.scrollIntoViewIfNeeded();
        const boxes = await web.evaluate((svg) => {
          const outer = svg.getBoundingClientRect();
          return {
            svg: { left: outer.left, right: outer.right, top: outer.top, bottom: outer.bottom },
            viewport: document.documentElement.clientWidth,
            lines: Array.from(svg.querySelectorAll('text.web-label tspan'), (t) => {
              const r = t.getBoundingClientRect();
              return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
            }),
            pictos: Array.from(svg.querySelectorAll('svg.web-picto'), (p) => {
              const r = p.getBoundingClientRect();
              return {
                text: `pictogram ${p.getAttribute('aria-hidden')}`,
                left: r.left,
                right: r.right,
                top: r.top,
                bottom: r.bottom,
              };
            }),
            labels: Array.from(svg.querySelectorAll('text.web-label'), (t) => {
              const r = t.getBoundingClientRect();
              return {
                text: t.textContent,
                left: r.left,
                right: r.right,
                top: r.top,
                bottom: r.bottom,
              };
            }),
          };
        });
        expect(boxes.labels).toHaveLength(6);
        // Decorative: each pictogram is hidden from assistive tech (the text names that).
        expect(boxes.pictos.map((p) => p.text)).toEqual(Array(6).fill('pictogram true'));
        // Scores stay Western digits in every language (no Arabic-Indic ٠–٩).
        for (const score of await app(page).locator('.web-score').allTextContents()) {
          expect(score).toMatch(/^[0-9.,–● ]+$/);
        }
        for (const picto of boxes.pictos) {
          for (const line of boxes.lines) {
            const apart =
              picto.right <= line.left ||
              line.right <= picto.left ||
              picto.bottom <= line.top ||
              line.bottom <= picto.top;
            expect(apart, `a pictogram at ${Math.round(picto.left)} overlaps a label`).toBe(true);
          }
        }
        for (const label of [...boxes.labels, ...boxes.pictos]) {
          const where = `"${label.text}" at ${Math.round(label.left)}–${Math.round(label.right)}`;
          expect(label.left, `${where}: off the left of the screen`).toBeGreaterThanOrEqual(0);
          expect(label.right, `${where}: off the right`).toBeLessThanOrEqual(boxes.viewport);
          expect(label.left, `${where}: outside the web`).toBeGreaterThanOrEqual(
            boxes.svg.left - 0.5,
          );
          expect(label.right, `${where}: outside the web`).toBeLessThanOrEqual(
            boxes.svg.right + 0.5,
          );
          expect(label.top, `${where}: above the web`).toBeGreaterThanOrEqual(boxes.svg.top - 0.5);
          expect(label.bottom, `${where}: below the web`).toBeLessThanOrEqual(
            boxes.svg.bottom + 0.5,
          );
        }
      });
    }
  }
}

test('the Arabic web looks as it did (390 px, no animation)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await toWeb(page, arabic);
  await expect(app(page).locator('svg.web')).toHaveScreenshot('web-ar-390.png', {
    animations: 'disabled',
    maxDiffPixelRatio: 0.01,
  });
});

test('in Arabic the sliders run 0 to 10 from right to left, as the text reads', async ({
  page,
}) => {
  await toWeb(page, arabic);
  const slider = app(page).getByRole('slider').first();
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('the first slider has no box');
  // A tap near the right end is near 0, near the left end near 10.
  await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
  await expect(slider).toHaveValue('0');
  await page.mouse.click(box.x + 4, box.y + box.height / 2);
  await expect(slider).toHaveValue('10');
});
