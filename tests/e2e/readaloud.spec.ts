import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

const app = (page: Page) => page.locator('samenspraak-vragenlijst');

interface Said {
  text?: string;
  lang?: string;
  cancel?: true;
}

/**
 * A recording stand-in for speechSynthesis, installed before the page's own scripts. The log
 * lives in sessionStorage: a wipe on patient.html starts a new document.
 */
function installSpeech(page: Page, langs: string[]) {
  return page.addInitScript((voiceLangs: string[]) => {
    const KEY = 'spoken';
    const log = (entry: object) => {
      const all = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
      all.push(entry);
      sessionStorage.setItem(KEY, JSON.stringify(all));
    };
    const voices = voiceLangs.map((lang) => ({
      lang,
      name: `Fake ${lang}`,
      localService: true,
      default: false,
      voiceURI: lang,
    }));
    class Utterance {
      text: string;
      lang = '';
      voice: unknown = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const fake = {
      getVoices: () => voices,
      speak: (u: Utterance) => log({ text: u.text, lang: u.lang }),
      cancel: () => log({ cancel: true }),
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: Utterance,
      configurable: true,
    });
    Object.defineProperty(window, '__spoken', {
      get: () => JSON.parse(sessionStorage.getItem(KEY) ?? '[]'),
      configurable: true,
    });
  }, langs);
}

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __spoken: Said[] }).__spoken);
/** What was said after the last cancel. */
const lastSaid = async (page: Page) => {
  const all = await spoken(page);
  const from = all.map((s) => Boolean(s.cancel)).lastIndexOf(true);
  return all.slice(from + 1);
};
const cancels = async (page: Page) => (await spoken(page)).filter((s) => s.cancel).length;

async function toWeb(page: Page, english = false) {
  await page.goto('/patient.html');
  const ui = app(page);
  if (english) {
    await ui.getByRole('radio', { name: 'English' }).check();
    await expect(ui.getByRole('heading', { name: 'Welcome' })).toBeVisible();
    await ui.getByRole('button', { name: 'Start' }).click();
  } else await ui.getByRole('button', { name: 'Beginnen' }).click();
  await expect(ui.locator('#web-title')).toBeVisible();
  return ui;
}

test('"Lees voor" reads the step and its questions in Dutch; a step change stops it', async ({
  page,
}) => {
  await installSpeech(page, ['en-GB', 'nl-NL']);
  const ui = await toWeb(page);
  const button = ui.getByRole('button', { name: 'Lees voor', exact: true });
  await expect(button).toBeVisible();
  await expectNoAxeViolations(page, 'web step with read-aloud');
  await button.click();
  const said = await lastSaid(page);
  const texts = said.map((s) => s.text);
  expect(texts[0]).toBe('Hoe gaat het met u?');
  expect(texts).toContain(await ui.locator('.slider-desc').first().textContent());
  expect(texts).toContain(await ui.locator('.slider-label').first().textContent());
  for (const s of said) expect(s.lang).toMatch(/^nl/);
  // Speaking: the button offers to stop.
  const stop = ui.getByRole('button', { name: 'Stop met voorlezen' });
  await expect(stop).toHaveAttribute('aria-pressed', 'true');

  const before = await cancels(page);
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(ui.locator('#focus-title')).toBeVisible();
  // The old step stops its speech in an effect, which may run just after the new step paints.
  await expect.poll(() => cancels(page)).toBeGreaterThan(before);
  await expect(ui.getByRole('button', { name: 'Lees voor', exact: true })).toBeVisible();
});

test('the small button reads one question with the ends of the scale', async ({ page }) => {
  await installSpeech(page, ['nl-NL']);
  const ui = await toWeb(page);
  const slider = ui.locator('.slider').nth(1);
  await slider.getByRole('button', { name: 'Lees deze vraag voor' }).click();
  const texts = (await lastSaid(page)).map((s) => s.text);
  expect(texts).toEqual([
    // "Uw gevoel (Mentaal welbevinden)": the name to read, the official one heard with it.
    await slider.locator('.slider-label').textContent(),
    await slider.locator('.slider-desc').textContent(),
    expect.stringMatching(/0 = .+, 10 = .+$/),
  ]);
  await expect(slider.getByRole('button', { name: 'Stop met voorlezen' })).toBeVisible();
});

test('in English, "Read aloud" reads in English', async ({ page }) => {
  await installSpeech(page, ['nl-NL', 'en-GB']);
  const ui = await toWeb(page, true);
  await ui.getByRole('button', { name: 'Read aloud', exact: true }).click();
  const said = await lastSaid(page);
  expect(said[0]?.text).toBe('How are you?');
  expect(said.map((s) => s.text)).toContain(await ui.locator('.slider-desc').first().textContent());
  for (const s of said) expect(s.lang).toMatch(/^en/);
});

test('a wipe stops the reading', async ({ page }) => {
  await installSpeech(page, ['nl-NL']);
  const ui = await toWeb(page);
  await ui.getByRole('slider').first().focus();
  await page.keyboard.press('ArrowLeft');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(ui.locator('#vraag-title')).toBeVisible();
  await ui.getByRole('button', { name: 'Lees voor', exact: true }).click();
  expect((await lastSaid(page))[0]?.text).toBe('Wat verwacht u van de huisarts?');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('button', { name: 'Verder' }).click();
  // Klaar is being read aloud when the patient taps "Ik heb mijn code".
  await ui.getByRole('button', { name: 'Lees voor', exact: true }).click();
  expect((await lastSaid(page))[0]?.text).toBe('Dank u wel!');
  await expect(ui.getByRole('button', { name: 'Stop met voorlezen' })).toBeVisible();
  const before = await cancels(page);
  await ui.getByRole('button', { name: 'Ik heb mijn code' }).click();
  // The wipe starts a new document: read the log once that one has loaded.
  await expect(ui.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  await page.waitForLoadState('load');
  await expect
    .poll(() => cancels(page).catch(() => -1), { message: 'the wipe cancels speech' })
    .toBeGreaterThan(before);
});

test('without a voice for the language there is no read-aloud button', async ({ page }) => {
  await installSpeech(page, ['en-GB']);
  const ui = await toWeb(page);
  await expect(ui.getByRole('slider').first()).toBeVisible();
  await expect(ui.getByRole('button', { name: /Lees/ })).toHaveCount(0);
});

test('the idle warning silences the reading, and the idle wipe too', async ({ page }) => {
  await installSpeech(page, ['nl-NL']);
  await page.clock.install();
  const ui = await toWeb(page);
  await ui.getByRole('slider').first().focus();
  await page.keyboard.press('ArrowLeft');
  await ui.getByRole('button', { name: 'Lees voor', exact: true }).click();
  const before = await cancels(page);
  await page.clock.runFor(100_000);
  await expect(ui.getByRole('dialog', { name: 'Bent u er nog?' })).toBeVisible();
  await expect.poll(() => cancels(page)).toBeGreaterThan(before);
  const warned = await cancels(page);
  await page.clock.runFor(25_000);
  await expect(ui.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  await page.waitForLoadState('load');
  await expect.poll(() => cancels(page).catch(() => -1)).toBeGreaterThan(warned);
});
