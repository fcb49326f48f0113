import { expect, type Page, test } from '@playwright/test';
import { encodeConsultcode } from '../../src/domain/consultcode';
import { DIMENSIONS } from '../../src/domain/dimensions';
import { phoneFragment } from '../../src/domain/phonelink';
import { encodeQrPayload, type QrHandover } from '../../src/domain/qrpayload';
import {
  dimensionName,
  expectNewDocument,
  expectNoAxeViolations,
  markDocument,
  ORIGIN,
  PREPARATION,
  readQr,
  storedRecords,
} from './fixtures';

const app = (page: Page) => page.locator('samenspraak-vragenlijst');

// Three free texts no page ever holds but this patient's answers.
const CHANGE = 'Zeldzaamwoord-verandering-7Q3';
const NEED = 'Zeldzaamwoord-hulp-8R4';
const QUESTION = 'Zeldzaamwoord-vraag-9S5';

/** Through the flow to "Klaar", with the three free texts typed. */
async function toKlaar(page: Page, path = '/patient.html') {
  await page.goto(path);
  const ui = app(page);
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await ui.getByRole('slider', { name: dimensionName('Meedoen') }).focus();
  await page.keyboard.press('ArrowLeft');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('radio', { name: 'Meedoen' }).check();
  await ui.getByLabel('Wat wilt u veranderen?').fill(CHANGE);
  await ui.getByLabel('Wat of wie heeft u nodig?').fill(NEED);
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByLabel('Uw vraag', { exact: true }).fill(QUESTION);
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(ui.getByRole('heading', { name: 'Dank u wel!' })).toBeVisible();
  await expect.poll(async () => JSON.stringify(await storedRecords(page))).toContain(QUESTION);
  return ui;
}

/** A mark on this document's window: gone once the page has started over as a new document. */
const mark = markDocument;

async function expectWiped(page: Page) {
  await expect(app(page).getByRole('heading', { name: 'Welkom' })).toBeVisible();
  await expectNewDocument(page);
  for (const [store, records] of Object.entries(await storedRecords(page)))
    expect(records, store).toEqual([]);
  expect(await page.evaluate(() => location.href)).toBe(`${ORIGIN}/patient.html`);
}

test('Klaar says what to do now, and "Ik heb mijn code" wipes at once, as a new page', async ({
  page,
}) => {
  const ui = await toKlaar(page);
  await expect(
    ui.getByRole('heading', { name: 'Laat deze code zien aan de huisarts' }),
  ).toBeVisible();
  await expect(ui.getByTestId('klaar-countdown')).toHaveText('Over 60 seconden wissen we alles.');
  // The phone's QR waits behind its own line, so there is one code to show, not two.
  const phoneQr = ui.getByRole('img', { name: 'Uw code voor uw telefoon: scan met de camera' });
  await expect(phoneQr).toBeHidden();
  await ui.getByText('Op uw telefoon').click();
  await expect(phoneQr).toBeVisible();
  await expectNoAxeViolations(page, 'klaar with the phone QR');
  await mark(page);
  await ui.getByRole('button', { name: 'Ik heb mijn code' }).click();
  await expectWiped(page);
});

test('Klaar left alone counts down visibly, tells screen readers now and then, and wipes', async ({
  page,
}) => {
  await page.clock.install();
  const ui = await toKlaar(page);
  // Stop the page's clock a moment from now, so each step below is an exact number of seconds.
  await page.clock.pauseAt(Date.now() + 2_000);
  const countdown = ui.getByTestId('klaar-countdown');
  const status = ui.locator('section.step [role="status"]');
  const text = (n: number) => `Over ${n} seconden wissen we alles.`;
  await expect(countdown).toHaveText(/^Over \d+ seconden wissen we alles\.$/);
  const left = Number(/\d+/.exec((await countdown.textContent()) ?? '')?.[0]);
  expect(left).toBeGreaterThan(45);
  await expect(status).toHaveText(text(60));
  await page.clock.runFor((left - 45) * 1000);
  await expect(countdown).toHaveText(text(45));
  // Not every second: the live region still says what it said at the start.
  await expect(status).toHaveText(text(60));
  await page.clock.runFor(20_000);
  await expect(countdown).toHaveText(text(25));
  await expect(status).toHaveText(text(30));
  await mark(page);
  await page.clock.runFor(26_000);
  await expectWiped(page);
});

test('"Volgende patiënt" asks once whether the code was taken along', async ({ page }) => {
  const ui = await toKlaar(page);
  await ui.getByRole('button', { name: 'Volgende patiënt' }).click();
  await expect(ui.getByRole('heading', { name: 'Hebt u uw code?' })).toBeFocused();
  await expectNoAxeViolations(page, 'klaar asking');
  await ui.getByRole('button', { name: 'Nee, nog niet' }).click();
  await expect(ui.getByRole('heading', { name: 'Hebt u uw code?' })).toHaveCount(0);
  await expect(ui.getByTestId('consultcode')).toBeVisible();
  await mark(page);
  await ui.getByRole('button', { name: 'Volgende patiënt' }).click();
  await ui.getByRole('button', { name: 'Ja, alles wissen' }).click();
  await expectWiped(page);
});

test('the phone QR opens patient.html with the preparation in the fragment; it never reaches the server', async ({
  page,
  browser,
}) => {
  const ui = await toKlaar(page);
  const code = ((await ui.getByTestId('consultcode').textContent()) ?? '').trim();
  const payload = await readQr(ui.getByRole('img', { name: 'QR-code met al uw antwoorden' }));
  await ui.getByText('Op uw telefoon').click();
  const link = await readQr(
    ui.getByRole('img', { name: 'Uw code voor uw telefoon: scan met de camera' }),
  );
  expect(link).toBe(`${ORIGIN}/patient.html#${phoneFragment(payload)}`);

  // The patient's phone: a browser of its own, with nothing stored.
  const phone = await browser.newContext();
  try {
    const view = await phone.newPage();
    const requests: string[] = [];
    view.on('request', (request) => requests.push(request.url()));
    await view.goto(link);
    const screen = view.locator('samenspraak-vragenlijst');
    await expect(screen.getByRole('heading', { name: 'Uw code voor de huisarts' })).toBeVisible();
    await expect(screen.getByTestId('consultcode')).toHaveText(code);
    await expect(
      screen.getByText('Uw antwoorden staan nu op deze telefoon.', { exact: false }),
    ).toBeVisible();
    expect(await readQr(screen.getByRole('img', { name: 'QR-code met al uw antwoorden' }))).toBe(
      payload,
    );
    // Nothing else of the flow.
    await expect(screen.getByRole('button')).toHaveCount(0);
    await expect(screen.getByRole('navigation')).toHaveCount(0);
    await expectNoAxeViolations(view, 'phone view');
    // The link stays in the address bar, to reopen the page; no database was made.
    expect(view.url()).toBe(link);
    expect(await view.evaluate(() => indexedDB.databases())).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    const fragment = phoneFragment(payload);
    for (const url of requests) {
      expect(url).not.toContain('#');
      expect(url).not.toContain(fragment.slice(5, 40));
      expect(decodeURIComponent(url)).not.toContain(payload.slice(5, 40));
    }
  } finally {
    await phone.close();
  }
});

test('a damaged phone link says so plainly and shows the normal start, without the fragment', async ({
  page,
}) => {
  await page.goto('/patient.html#SSP1:KAPOT%41');
  const ui = app(page);
  await expect(ui.getByRole('alert')).toHaveText(
    'Deze link werkt niet. Misschien is hij niet helemaal goed overgekomen. U kunt hieronder opnieuw beginnen.',
  );
  await expect(ui.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  expect(await page.evaluate(() => location.href)).toBe(`${ORIGIN}/patient.html`);
});

test('after a wipe, the JavaScript heap holds none of the words the patient typed', async ({
  page,
}) => {
  const ui = await toKlaar(page);
  await ui.getByRole('button', { name: 'Ik heb mijn code' }).click();
  await expect(ui.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snapshot = chunks.join('');
  expect(snapshot.length).toBeGreaterThan(100_000);
  // The snapshot does hold this page's own strings: the welcome text is there.
  expect(snapshot).toContain('Beginnen');
  for (const text of [CHANGE, NEED, QUESTION]) expect(snapshot).not.toContain(text);
  await cdp.detach();
});

/** A handover in Arabic whose consultcode ends in `symbol`, found by trying scores. */
function arabicWithCheck(symbol: string): QrHandover {
  const detail = { ...PREPARATION, locale: 'ar' };
  for (let a = 0; a <= 10; a++)
    for (let b = 0; b <= 10; b++)
      for (let c = 0; c <= 10; c++) {
        const values = [a, b, c, 5, 5, 5];
        const handover: QrHandover = {
          pack: detail.pack,
          scores: Object.fromEntries(
            DIMENSIONS.map((d, i) => [d, values[i] ?? null]),
          ) as QrHandover['scores'],
          talk: detail.talk,
          focus: detail.focus,
          expectations: detail.expectations,
          locale: detail.locale,
          mode: detail.mode,
          detail,
        };
        if (encodeConsultcode(handover).endsWith(symbol)) return handover;
      }
  throw new Error(`no code ends in ${symbol}`);
}

/** The code's characters in the order they are drawn, left to right. */
const drawnOrder = (page: Page) =>
  app(page)
    .getByTestId('consultcode')
    .evaluate((p) => {
      const text = p.querySelector('bdi')?.firstChild;
      if (!text?.textContent) throw new Error('no code text');
      const chars = [...text.textContent].map((char, i) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return { char, x: range.getBoundingClientRect().left };
      });
      return chars
        .sort((a, b) => a.x - b.x)
        .map((c) => c.char)
        .join('');
    });

for (const symbol of ['*', '~', '$', '=']) {
  test(`in Arabic, a code ending in ${symbol} is drawn as written, left to right`, async ({
    page,
  }) => {
    const handover = arabicWithCheck(symbol);
    const code = encodeConsultcode(handover);
    await page.goto(`/patient.html#${phoneFragment(encodeQrPayload(handover))}`);
    const ui = app(page);
    await expect(ui.locator('section[dir="rtl"]')).toBeVisible();
    await expect(ui.getByTestId('consultcode')).toHaveText(code);
    expect(await drawnOrder(page)).toBe(code);
  });
}

test('in Arabic, Klaar draws the code as written, left to right', async ({ page }) => {
  await page.goto('/patient.html');
  const ui = app(page);
  await ui.getByRole('radio', { name: 'العربية' }).check();
  await expect(ui.locator('section.app[dir="rtl"]')).toBeVisible();
  await ui.getByRole('button', { name: 'لنبدأ' }).click();
  for (let i = 0; i < 4; i++) await ui.getByRole('button', { name: 'التالي' }).click();
  const code = ui.getByTestId('consultcode');
  await expect(code).toBeVisible();
  const written = ((await code.textContent()) ?? '').trim();
  expect(written).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}[0-9A-Z*~$=]{2}$/);
  expect(await drawnOrder(page)).toBe(written);
});
