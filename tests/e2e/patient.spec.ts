import { expect, type Locator, type Page, test } from '@playwright/test';
import { decodeConsultcode } from '../../src/domain/consultcode';
import { decodeQrPayload } from '../../src/domain/qrpayload';
import { VIEWBOX } from '../../src/ui/spiderweb/geometry';
import {
  dimensionName,
  expectNewDocument,
  expectNoAxeViolations,
  markDocument,
  PREPARED_CODE,
  PREPARED_QR,
  preparePatient,
  readQr,
  storedRecords,
} from './fixtures';

const app = (page: Page) => page.locator('samenspraak-vragenlijst');

/** Drag on the web along axis `index` (of 6) to `score`, as a finger or mouse would. */
async function dragTo(web: Locator, page: Page, index: number, score: number) {
  const box = await web.boundingBox();
  if (!box) throw new Error('the web is not visible');
  // Centre 200, radius 130, in the viewBox of src/ui/spiderweb/geometry.ts.
  const scale = box.width / VIEWBOX.width;
  const at = (s: number) => {
    const angle = -Math.PI / 2 + (index * 2 * Math.PI) / 6;
    const r = (130 * s) / 10;
    return {
      x: box.x + (200 - VIEWBOX.x + r * Math.cos(angle)) * scale,
      y: box.y + (200 - VIEWBOX.y + r * Math.sin(angle)) * scale,
    };
  };
  const start = at(8);
  const end = at(score);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
}

async function start(page: Page) {
  await page.goto('/patient.html');
  await expect(app(page).getByRole('heading', { name: 'Welkom' })).toBeVisible();
}

const slider = (page: Page, name: string) =>
  app(page).getByRole('slider', { name: dimensionName(name) });

/**
 * From the web step on: the answers of PREPARATION in fixtures.ts but Kwaliteit van leven 0 and
 * "Mijn buurvrouw." as the need, entered the quick way (focus and key, no Tab walk).
 */
async function fillWeb(page: Page) {
  const ui = app(page);
  const answers: [string, string[]][] = [
    ['Lichaamsfuncties', ['ArrowRight']], // 6
    ['Mentaal welbevinden', ['ArrowLeft']], // 4
    ['Zingeving', ['End']], // 10
    ['Kwaliteit van leven', ['Home']], // 0
    ['Meedoen', ['ArrowLeft', 'ArrowLeft']], // 3
    ['Dagelijks functioneren', ['Enter']], // 5
  ];
  for (const [name, keys] of answers) {
    await slider(page, name).focus();
    for (const key of keys) await page.keyboard.press(key);
  }
  await ui.getByRole('checkbox', { name: 'Bespreken (Meedoen)' }).check();
  await ui.getByRole('checkbox', { name: 'Bespreken (Mentaal welbevinden)' }).check();
}

async function fillFocus(page: Page) {
  const ui = app(page);
  await ui.getByRole('radio', { name: 'Meedoen' }).check();
  await ui.getByLabel('Wat wilt u veranderen?').fill('Meer mensen zien.');
  await ui.getByLabel('Wat of wie heeft u nodig?').fill('Mijn buurvrouw.');
}

async function fillQuestion(page: Page) {
  const ui = app(page);
  await ui.getByRole('checkbox', { name: 'Uitleg' }).check();
  await ui.getByRole('checkbox', { name: 'Meedenken' }).check();
  await ui.getByLabel('Uw vraag', { exact: true }).fill('Ik ben moe sinds de verhuizing.');
}

async function next(page: Page, headingName: string) {
  await app(page).getByRole('button', { name: 'Verder' }).click();
  await expect(app(page).getByRole('heading', { name: headingName })).toBeVisible();
}

test('the welcome screen passes axe', async ({ page }) => {
  await start(page);
  await expectNoAxeViolations(page, 'welkom');
});

test('the web starts with every question unanswered, and passes axe', async ({ page }) => {
  await start(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await expect(ui.getByRole('heading', { name: 'Hoe gaat het met u?' })).toBeVisible();
  // Each row shows its own answer: a dash until there is one.
  await expect(ui.locator('.slider-value')).toHaveText(Array(6).fill('–'));
  await expect(slider(page, 'Lichaamsfuncties')).toHaveAttribute(
    'aria-valuetext',
    'Nog niet ingevuld',
  );
  await expectNoAxeViolations(page, 'spinnenweb');
});

test('by keyboard and by dragging on the web, every question is answered', async ({ page }) => {
  await start(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  // Keyboard: an unanswered slider sits in the middle (5) and the first key answers it.
  await slider(page, 'Lichaamsfuncties').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab'); // to its "Wis" button
  await slider(page, 'Mentaal welbevinden').focus();
  await page.keyboard.press('ArrowLeft');
  await slider(page, 'Zingeving').focus();
  await page.keyboard.press('End');
  await slider(page, 'Kwaliteit van leven').focus();
  await page.keyboard.press('Home');
  await slider(page, 'Dagelijks functioneren').focus();
  await page.keyboard.press('Enter');
  // Mouse: drag on the web itself along the Meedoen axis (the fifth).
  await dragTo(ui.locator('svg.web'), page, 4, 3);

  await expect(slider(page, 'Lichaamsfuncties')).toHaveValue('6');
  await expect(slider(page, 'Mentaal welbevinden')).toHaveValue('4');
  await expect(slider(page, 'Zingeving')).toHaveValue('10');
  await expect(slider(page, 'Kwaliteit van leven')).toHaveValue('0');
  await expect(slider(page, 'Kwaliteit van leven')).toHaveAttribute('aria-valuetext', '0 van 10');
  await expect(slider(page, 'Meedoen')).toHaveValue('3');
  await expect(slider(page, 'Dagelijks functioneren')).toHaveValue('5');
  await expect(ui.locator('.slider-value')).toHaveText(['6', '4', '10', '0', '3', '5']);
});

test('the web, answered and with topics marked, passes axe', async ({ page }) => {
  await start(page);
  await app(page).getByRole('button', { name: 'Beginnen' }).click();
  await fillWeb(page);
  await expect(app(page).locator('.slider-value', { hasText: '–' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'spinnenweb, ingevuld');
});

test('the step "what matters most", filled in, passes axe', async ({ page }) => {
  await start(page);
  await app(page).getByRole('button', { name: 'Beginnen' }).click();
  await fillWeb(page);
  await next(page, 'Wat is het belangrijkst?');
  await fillFocus(page);
  await expectNoAxeViolations(page, 'belangrijk');
});

test('the step "what do you expect", filled in, passes axe', async ({ page }) => {
  await start(page);
  await app(page).getByRole('button', { name: 'Beginnen' }).click();
  await expect(app(page).getByRole('heading', { name: 'Hoe gaat het met u?' })).toBeVisible();
  await next(page, 'Wat is het belangrijkst?');
  await next(page, 'Wat verwacht u van de huisarts?');
  await fillQuestion(page);
  await expectNoAxeViolations(page, 'vraag');
});

test('the last step shows the code and QR, and passes axe', async ({ page }) => {
  await start(page);
  await app(page).getByRole('button', { name: 'Beginnen' }).click();
  await fillWeb(page);
  await next(page, 'Wat is het belangrijkst?');
  await next(page, 'Wat verwacht u van de huisarts?');
  await next(page, 'Dit heeft u ingevuld');
  await next(page, 'Dank u wel!');
  await expect(app(page).getByRole('img', { name: /QR-code/ })).toBeVisible();
  await expectNoAxeViolations(page, 'klaar');
});

test('the code and the QR carry every answer, and the handover event names the code', async ({
  page,
}) => {
  const handovers: unknown[] = [];
  await page.exposeFunction('recordHandover', (detail: unknown) => handovers.push(detail));
  await page.addInitScript(() => {
    document.addEventListener('samenspraak-handover', (event) =>
      (window as unknown as { recordHandover: (d: unknown) => void }).recordHandover(
        (event as CustomEvent).detail,
      ),
    );
  });
  await start(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await fillWeb(page);
  await next(page, 'Wat is het belangrijkst?');
  await fillFocus(page);
  await next(page, 'Wat verwacht u van de huisarts?');
  await fillQuestion(page);
  await next(page, 'Dit heeft u ingevuld');
  await next(page, 'Dank u wel!');

  const shown = (await ui.getByTestId('consultcode').textContent())?.trim() ?? '';
  // Crockford base32, version 3 (first symbol R–Z), twelve symbols in groups of four, the last
  // two mod-37 check symbols (which may be * ~ $ = or U).
  expect(shown).toMatch(
    /^[R-TV-Z][0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}[0-9A-Z*~$=]{2}$/,
  );
  const expectedScores = {
    lichaam: 6,
    mentaal: 4,
    zingeving: 10,
    kwaliteit: 0,
    meedoen: 3,
    dagelijks: 5,
  };
  const code = decodeConsultcode(shown);
  expect(code.ok && code.value).toMatchObject({
    pack: { id: 'samenspraak-pg', version: '1.0.0' },
    scores: expectedScores,
    talk: ['mentaal', 'meedoen'],
    focus: 'meedoen',
    expectations: ['uitleg', 'meedenken'],
    locale: 'nl',
    mode: 'quick',
  });

  const qr = decodeQrPayload(await readQr(ui.getByRole('img', { name: /QR-code/ })));
  expect(qr.ok && qr.value).toMatchObject({
    scores: expectedScores,
    talk: ['mentaal', 'meedoen'],
    focus: 'meedoen',
    expectations: ['uitleg', 'meedenken'],
    detail: {
      change: 'Meer mensen zien.',
      need: 'Mijn buurvrouw.',
      question: 'Ik ben moe sinds de verhuizing.',
      locale: 'nl',
    },
  });
  await expect.poll(() => handovers.length).toBeGreaterThan(0);
  expect(handovers.at(-1)).toMatchObject({ code: shown });
});

test('the tablet makes exactly the code and QR that the consult tests start from', async ({
  page,
}) => {
  const { code, payload } = await preparePatient(page);
  expect(code).toBe(PREPARED_CODE);
  expect(payload).toBe(PREPARED_QR);
});

test('touch: a tap on the web answers the axis under the finger', async ({ browser }) => {
  const context = await browser.newContext({
    hasTouch: true,
    viewport: { width: 800, height: 1100 },
  });
  const page = await context.newPage();
  await start(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  const web = ui.locator('svg.web');
  await expect(web).toHaveCSS('touch-action', 'pan-y');
  const box = await web.boundingBox();
  if (!box) throw new Error('no web');
  // Straight up from the centre is Lichaamsfuncties; 8 of 10 along its 130-unit radius.
  const scale = box.width / VIEWBOX.width;
  await page.touchscreen.tap(
    box.x + (200 - VIEWBOX.x) * scale,
    box.y + (200 - VIEWBOX.y - 104) * scale,
  );
  await expect(ui.getByRole('slider', { name: dimensionName('Lichaamsfuncties') })).toHaveValue(
    '8',
  );
  await context.close();
});

test('the detailed mode asks several questions per topic and scores the mean', async ({ page }) => {
  await start(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await ui.getByRole('radio', { name: /Uitgebreid/ }).check();
  await expect(ui.getByText('Onderwerp 1 van 6')).toBeVisible();
  // The topic's everyday name, with the official one beside it.
  await expect(ui.locator('fieldset.topic legend')).toContainText('Uw lichaamLichaamsfuncties');
  const sliders = ui.locator('fieldset.topic input[type=range]');
  const count = await sliders.count();
  expect(count).toBeGreaterThanOrEqual(5);
  expect(count).toBeLessThanOrEqual(8);
  await sliders.nth(0).focus();
  await page.keyboard.press('End'); // 10
  await sliders.nth(1).focus();
  await page.keyboard.press('ArrowRight'); // 6
  await expect(ui.getByText(/^2 van \d+$/)).toBeVisible();
  // The mean of 10 and 6, shown on the web's axis label.
  await expect(ui.locator('svg.web .web-score').first()).toHaveText('8');
  await expectNoAxeViolations(page, 'uitgebreid');
  await ui.getByRole('button', { name: 'Volgend onderwerp' }).click();
  await expect(ui.getByText('Onderwerp 2 van 6')).toBeVisible();
});

/** Start, answer Zingeving by keyboard, mark it, and choose it on the next step. */
async function answerZingeving(page: Page) {
  await start(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await ui.getByRole('slider', { name: dimensionName('Zingeving') }).focus();
  await page.keyboard.press('ArrowRight');
  await ui.getByRole('checkbox', { name: 'Bespreken (Zingeving)' }).check();
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('radio', { name: 'Zingeving' }).check();
  return ui;
}

test('a reload mid-flow restores everything', async ({ page }) => {
  const ui = await answerZingeving(page);
  await ui.getByLabel('Wat wilt u veranderen?').fill('Weer gaan zingen in het koor.');
  // Reload without waiting for anything: pagehide flushes what the 250 ms autosave has not.
  await page.reload();
  // patient.html is a kiosk: the draft comes back only after the neutral resume screen.
  await ui.getByRole('button', { name: 'Verder waar u was gebleven' }).click();

  await expect(ui.getByRole('heading', { name: 'Wat is het belangrijkst?' })).toBeVisible();
  await expect(ui.getByLabel('Wat wilt u veranderen?')).toHaveValue(
    'Weer gaan zingen in het koor.',
  );
  await expect(ui.getByRole('radio', { name: 'Zingeving' })).toBeChecked();
  await ui.getByRole('button', { name: 'Terug' }).click();
  await expect(ui.getByRole('slider', { name: dimensionName('Zingeving') })).toHaveValue('6');
  await expect(ui.getByRole('checkbox', { name: 'Bespreken (Zingeving)' })).toBeChecked();
});

test('"Volgende patiënt" wipes every trace, and a reload then shows a fresh start', async ({
  page,
}) => {
  const ui = await answerZingeving(page);
  await ui.getByLabel('Wat wilt u veranderen?').fill('Weer gaan zingen in het koor.');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByLabel('Uw vraag', { exact: true }).fill('Mag ik weer zingen?');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(ui.getByTestId('consultcode')).toBeVisible();
  await expect
    .poll(async () => JSON.stringify(await storedRecords(page)))
    .toContain('Weer gaan zingen');

  await markDocument(page);
  await ui.getByRole('button', { name: 'Volgende patiënt' }).click();
  await ui.getByRole('button', { name: 'Ja, alles wissen' }).click();
  await expect(ui.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  // The page started over as a new document, so nothing of the last patient stays in memory.
  await expectNewDocument(page);

  const after = await storedRecords(page);
  for (const [store, records] of Object.entries(after)) expect(records, store).toEqual([]);
  const url = new URL(await page.evaluate(() => location.href));
  expect(url.pathname).toBe('/patient.html');
  expect(url.search + url.hash).toBe('');
  expect(await page.evaluate(() => history.state)).toBeNull();
  const text = await ui.evaluate((host) => host.shadowRoot?.textContent ?? '');
  expect(text).not.toContain('zingen');
  // And a reload now shows a fresh start, not the previous patient.
  await page.reload();
  await expect(ui.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  await expect(ui.getByText('U was al begonnen.', { exact: false })).toHaveCount(0);
});

test('an idle tablet counts down visibly, then wipes', async ({ page }) => {
  await page.clock.install();
  await start(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await ui.getByRole('slider', { name: dimensionName('Meedoen') }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(ui.getByRole('slider', { name: dimensionName('Meedoen') })).toHaveValue('4');

  await page.clock.runFor(100_000);
  const dialog = ui.getByRole('dialog', { name: 'Bent u er nog?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/Over \d+ seconden wissen we alles/);
  await expectNoAxeViolations(page, 'idle countdown');

  await page.clock.runFor(25_000);
  await expect(dialog).toBeHidden();
  await expect(ui.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  await expect.poll(async () => Object.values(await storedRecords(page)).flat()).toEqual([]);
});

test('"Ik ben er nog" keeps the answers', async ({ page }) => {
  await page.clock.install();
  await start(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await ui.getByRole('slider', { name: dimensionName('Meedoen') }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.clock.runFor(100_000);
  await ui.getByRole('button', { name: 'Ik ben er nog' }).click();
  await page.clock.runFor(60_000);
  await expect(ui.getByRole('slider', { name: dimensionName('Meedoen') })).toHaveValue('4');
});

/** patient.html switched to English, on the web step. */
async function englishWeb(page: Page) {
  await start(page);
  const ui = app(page);
  await ui.getByRole('radio', { name: 'English' }).check();
  await expect(ui.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await ui.getByRole('button', { name: 'Start' }).click();
  await expect(ui.getByRole('heading', { name: 'How are you?' })).toBeVisible();
  await ui.getByRole('slider', { name: dimensionName('Participation') }).focus();
  await page.keyboard.press('ArrowUp');
}

test('in English the web passes axe', async ({ page }) => {
  await englishWeb(page);
  await expectNoAxeViolations(page, 'web in English');
});

test('in English, every step is English and the code still works', async ({ page }) => {
  await englishWeb(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Next' }).click();
  await ui.getByRole('button', { name: 'Next' }).click();
  await ui.getByRole('checkbox', { name: 'Explanation' }).check();
  await ui.getByRole('button', { name: 'Next' }).click();
  await ui.getByRole('button', { name: 'Next' }).click();
  await expect(ui.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  const code = decodeConsultcode((await ui.getByTestId('consultcode').textContent()) ?? '');
  expect(code.ok && code.value).toMatchObject({
    scores: { meedoen: 6 },
    expectations: ['uitleg'],
    locale: 'en',
  });
});

test('without IndexedDB the flow works in memory and says a reload loses the answers', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await start(page);
  const ui = app(page);
  await expect(ui.getByText('uw antwoorden worden niet bewaard', { exact: false })).toBeVisible();
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await ui.getByRole('slider', { name: dimensionName('Meedoen') }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(ui.getByRole('slider', { name: dimensionName('Meedoen') })).toHaveValue('4');
});

test('text over its limit is refused with a visible message, never cut off', async ({ page }) => {
  await start(page);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await ui.getByRole('button', { name: 'Verder' }).click();
  const field = ui.getByLabel('Wat wilt u veranderen?');
  await field.fill('a'.repeat(140));
  await expect(ui.getByText('140 van 140 letters')).toBeVisible();
  await field.press('b');
  await expect(field).toHaveValue('a'.repeat(140));
  await expect(ui.getByRole('alert')).toContainText('Deze tekst is te lang');
});

test('at 200 % zoom (a 400 px wide tablet viewport) nothing needs sideways scrolling', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 400, height: 800 } });
  const page = await context.newPage();
  await start(page);
  const ui = app(page);
  const noSideScroll = () =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await noSideScroll()).toBe(true);
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await expect(ui.getByRole('slider', { name: dimensionName('Meedoen') })).toBeVisible();
  expect(await noSideScroll()).toBe(true);
  // Touch targets: the buttons and sliders are at least 44 px high.
  const small = await ui
    .locator('button, input[type=range], label.toggle, label.choice')
    .evaluateAll((els) =>
      els
        .filter((el) => el.checkVisibility())
        .map((el) => ({ el: el.outerHTML.slice(0, 60), h: el.getBoundingClientRect().height }))
        .filter(({ h }) => h < 44),
    );
  expect(small).toEqual([]);
  await context.close();
});
