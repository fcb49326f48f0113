import { type CDPSession, expect, type Locator, type Page, test } from '@playwright/test';
import { VIEWBOX } from '../../src/ui/spiderweb/geometry';
import { dimensionName, expectNoAxeViolations, isFocused, storedRecords } from './fixtures';

// The shared waiting-room tablet (patient.html is a kiosk: idle-seconds 120).
// Each test walks several steps with axe; on a loaded 2-core machine that takes a while.
test.describe.configure({ timeout: 90_000 });

const app = (page: Page) => page.locator('samenspraak-vragenlijst');
const slider = (page: Page, name: string) =>
  app(page).getByRole('slider', { name: dimensionName(name) });
const shadowText = (page: Page) => app(page).evaluate((host) => host.shadowRoot?.textContent ?? '');

async function toWeb(page: Page) {
  await page.goto('/patient.html');
  await app(page).getByRole('button', { name: 'Beginnen' }).click();
  await expect(app(page).getByRole('heading', { name: 'Hoe gaat het met u?' })).toBeVisible();
}

async function answer(page: Page, name: string, key: string) {
  await slider(page, name).focus();
  await page.keyboard.press(key);
}

test.describe('walking away mid-flow', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
    await toWeb(page);
    await answer(page, 'Zingeving', 'End'); // 10
    await app(page).getByRole('checkbox', { name: 'Bespreken (Zingeving)' }).check();
    await page.clock.runFor(100_000);
    await expect(app(page).getByRole('dialog', { name: 'Bent u er nog?' })).toBeVisible();
  });

  test('the idle warning hides the answers from eyes and screen readers', async ({ page }) => {
    const ui = app(page);
    await expect(ui.getByText('Uw antwoorden zijn nu verborgen.')).toBeVisible();
    await expect(ui.locator('svg.web')).toBeHidden();
    await expect(ui.locator('input[type=range]').first()).toBeHidden();
    await expect(ui.getByText('Bespreken').first()).toBeHidden();
    // The accessibility tree holds the dialog, and nothing of the flow behind it.
    const tree = await ui.ariaSnapshot();
    expect(tree).toContain('Bent u er nog?');
    expect(tree).not.toMatch(/Zingeving|slider|Hier wil ik|Hoe gaat het/);
    await expectNoAxeViolations(page, 'idle warning, answers hidden');

    await ui.getByRole('button', { name: 'Ik ben er nog' }).click();
    await expect(slider(page, 'Zingeving')).toBeVisible();
    await expect(slider(page, 'Zingeving')).toHaveValue('10');
  });

  test('"Ik ben iemand anders" wipes at once', async ({ page }) => {
    const ui = app(page);
    await expect.poll(async () => JSON.stringify(await storedRecords(page))).toContain('zingeving');
    await ui.getByRole('button', { name: 'Ik ben iemand anders — begin opnieuw' }).click();
    await expect(ui.getByRole('heading', { name: 'Welkom' })).toBeVisible();
    await expect(ui.getByRole('dialog')).toHaveCount(0);
    await expect.poll(async () => Object.values(await storedRecords(page)).flat()).toEqual([]);
    await ui.getByRole('button', { name: 'Beginnen' }).click();
    await expect(slider(page, 'Zingeving')).toHaveAttribute('aria-valuetext', 'Nog niet ingevuld');
  });
});

test.describe('kiosk resume', () => {
  const secret = 'Weer gaan zingen in het koor';

  test.beforeEach(async ({ page }) => {
    await toWeb(page);
    await answer(page, 'Zingeving', 'End');
    await app(page).getByRole('button', { name: 'Verder' }).click();
    await app(page).getByLabel('Wat wilt u veranderen?').fill(secret);
    await expect.poll(async () => JSON.stringify(await storedRecords(page))).toContain(secret);
    await page.reload();
    await expect(app(page).getByRole('heading', { name: 'Iemand was al begonnen' })).toBeVisible();
  });

  test('a reload shows a neutral screen with none of the answers', async ({ page }) => {
    const text = await shadowText(page);
    expect(text).not.toContain(secret);
    expect(text).not.toMatch(/Zingeving|Stap \d/);
    await expect(app(page).getByRole('slider')).toHaveCount(0);
    await expect(app(page).getByRole('textbox')).toHaveCount(0);
    await expectNoAxeViolations(page, 'kiosk resume');

    await app(page).getByRole('button', { name: 'Verder waar u was gebleven' }).click();
    await expect(app(page).getByLabel('Wat wilt u veranderen?')).toHaveValue(secret);
  });

  test('"Opnieuw beginnen" wipes the draft', async ({ page }) => {
    // On a kiosk a wipe ends in a reload: the next patient starts in a new document.
    const reloaded = page.waitForEvent('load');
    await app(page).getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await reloaded;
    await expect(app(page).getByRole('heading', { name: 'Welkom' })).toBeVisible();
    await expect.poll(async () => Object.values(await storedRecords(page)).flat()).toEqual([]);
    await page.reload();
    await expect(app(page).getByRole('heading', { name: 'Welkom' })).toBeVisible();
  });
});

test('switching Kort to Uitgebreid keeps the quick answers as each topic’s start', async ({
  page,
}) => {
  await toWeb(page);
  const ui = app(page);
  await answer(page, 'Lichaamsfuncties', 'ArrowRight'); // 6
  await answer(page, 'Zingeving', 'End'); // 10
  await ui.getByRole('radio', { name: /Uitgebreid/ }).check();
  await expect(ui.getByText('Onderwerp 1 van 6')).toBeVisible();
  const labels = ui.locator('svg.web .web-score');
  await expect(labels).toHaveText(['6', '–', '10', '–', '–', '–']);
  await expect(ui.getByText('Bij de korte vraag gaf u een 6.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, 'uitgebreid, started from the quick answers');
  // An answer in the topic takes over from the quick one.
  await ui.locator('fieldset.topic input[type=range]').first().focus();
  await page.keyboard.press('Home');
  await expect(labels.first()).toHaveText('0');
  await ui.getByRole('radio', { name: /Kort/ }).check();
  await expect(slider(page, 'Lichaamsfuncties')).toHaveValue('6');
  await expect(slider(page, 'Zingeving')).toHaveValue('10');
});

test('"Verder" with topics open says how many, and offers to go back', async ({ page }) => {
  await toWeb(page);
  const ui = app(page);
  await ui.getByRole('radio', { name: /Uitgebreid/ }).check();
  await ui.locator('fieldset.topic input[type=range]').first().focus();
  await page.keyboard.press('End');
  await ui.getByRole('button', { name: 'Verder' }).click();
  const alert = ui.getByRole('alert').filter({ hasText: 'onderwerpen' });
  await expect(alert).toHaveText(/Nog 5 onderwerpen zijn niet ingevuld/);
  await expect(ui.getByRole('heading', { name: 'Hoe gaat het met u?' })).toBeVisible();
  await expectNoAxeViolations(page, 'open topics');

  await alert.getByRole('button', { name: 'Terug naar de vragen' }).click();
  await expect(ui.getByText('Onderwerp 2 van 6')).toBeVisible();
  await expect
    .poll(() => isFocused(ui.locator('fieldset.topic input[type=range]').first()))
    .toBe(true);

  await ui.getByRole('button', { name: 'Verder' }).click();
  await alert.getByRole('button', { name: 'Toch verder' }).click();
  await expect(ui.getByRole('heading', { name: 'Wat is het belangrijkst?' })).toBeVisible();
});

test('the quick mode goes on without asking', async ({ page }) => {
  await toWeb(page);
  await app(page).getByRole('button', { name: 'Verder' }).click();
  await expect(app(page).getByRole('heading', { name: 'Wat is het belangrijkst?' })).toBeVisible();
});

test('"Wis" appearing does not move the slider under the finger', async ({ page }) => {
  await toWeb(page);
  await slider(page, 'Meedoen').scrollIntoViewIfNeeded();
  const box = async () => {
    const b = await slider(page, 'Meedoen').boundingBox();
    return b && { x: b.x, width: b.width };
  };
  const before = await box();
  await expect(app(page).getByRole('button', { name: 'Wis het antwoord bij Meedoen' })).toHaveCount(
    0,
  );
  await answer(page, 'Meedoen', 'ArrowLeft');
  await expect(
    app(page).getByRole('button', { name: 'Wis het antwoord bij Meedoen' }),
  ).toBeVisible();
  expect(await box()).toEqual(before);
});

test.describe('touch on the web', () => {
  test.use({ hasTouch: true, viewport: { width: 800, height: 700 } });

  /** A point on the web (viewBox units: centre 200, radius 130 for 10) in page pixels. */
  async function webPoint(web: Locator, axis: number, score: number, dx = 0, dy = 0) {
    const box = await web.boundingBox();
    if (!box) throw new Error('the web is not visible');
    const scale = box.width / VIEWBOX.width;
    const angle = -Math.PI / 2 + (axis * 2 * Math.PI) / 6;
    const r = 13 * score;
    return {
      x: box.x + (200 - VIEWBOX.x + r * Math.cos(angle) + dx) * scale,
      y: box.y + (200 - VIEWBOX.y + r * Math.sin(angle) + dy) * scale,
    };
  }

  /** One finger from `from` to `to`, in steps, through the browser's own touch pipeline. */
  async function swipe(
    cdp: CDPSession,
    from: { x: number; y: number },
    to: { x: number; y: number },
  ) {
    const steps = 12;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    for (let i = 1; i <= steps; i++) {
      const point = {
        x: from.x + ((to.x - from.x) * i) / steps,
        y: from.y + ((to.y - from.y) * i) / steps,
      };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  test('a vertical swipe that starts on the web scrolls the page, and no score changes', async ({
    page,
    context,
  }) => {
    await toWeb(page);
    await answer(page, 'Zingeving', 'ArrowRight'); // 6
    const web = app(page).locator('svg.web');
    await expect(web).toHaveCSS('touch-action', 'pan-y');
    await web.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    // Off the points, near the Zingeving axis, the finger moves 250 px up.
    const from = await webPoint(web, 2, 3);
    const cdp = await context.newCDPSession(page);
    await swipe(cdp, from, { x: from.x, y: from.y - 250 });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 50);
    await expect(slider(page, 'Zingeving')).toHaveValue('6');
    for (const name of ['Lichaamsfuncties', 'Mentaal welbevinden', 'Kwaliteit van leven']) {
      await expect(slider(page, name)).toHaveAttribute('aria-valuetext', 'Nog niet ingevuld');
    }
  });

  test('a point pressed and dragged, even vertically, still sets its score', async ({
    page,
    context,
  }) => {
    await toWeb(page);
    await answer(page, 'Lichaamsfuncties', 'Enter'); // 5
    const web = app(page).locator('svg.web');
    await web.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    const cdp = await context.newCDPSession(page);
    // Lichaamsfuncties points straight up: its point from 5 to 9 is a vertical drag.
    await swipe(cdp, await webPoint(web, 0, 5), await webPoint(web, 0, 9));
    await expect(slider(page, 'Lichaamsfuncties')).toHaveValue('9');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('a sideways start off the points drags too', async ({ page, context }) => {
    await toWeb(page);
    const web = app(page).locator('svg.web');
    await web.scrollIntoViewIfNeeded();
    const cdp = await context.newCDPSession(page);
    // Mentaal welbevinden points up and right: 3 on its axis, then 60 units to the right is 7.
    const from = await webPoint(web, 1, 3);
    const to = await webPoint(web, 1, 3, 60, 0);
    await swipe(cdp, from, to);
    await expect(slider(page, 'Mentaal welbevinden')).toHaveValue('7');
  });
});
