import { expect, type Page, test } from '@playwright/test';

// One in three Dutch adults reads with difficulty: the quick path, from the welcome to Klaar,
// shows at most 200 words, counted over the rendered text of each step as a patient sees it
// (200 measured: welkom 24, web 47, belangrijk 38, vraag 21, overzicht 42, klaar 28; run with
// TEXTDIET_DUMP=1 to see them). A text added to these steps must make room for itself.
const WORD_LIMIT = 200;

const app = (page: Page) => page.locator('samenspraak-vragenlijst');

/**
 * The words the step shows now: the text of every visible element, split on white space,
 * counting tokens with a letter or digit. Text for screen readers only (one pixel, clipped) is
 * not seen, so it does not count.
 */
async function visibleWords(page: Page): Promise<string[]> {
  const text = await app(page).evaluate((host) => {
    const flow = host.shadowRoot?.querySelector('.flow');
    if (!flow) return '';
    const seen: string[] = [];
    const walker = document.createTreeWalker(flow, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      // Inside a one-pixel, clipped box (text for screen readers only) nothing is seen.
      let hidden = false;
      for (let el: Element | null = parent; el && el !== flow; el = el.parentElement) {
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) hidden = true;
      }
      if (hidden) continue;
      // An SVG <text> is drawn, a <title> inside it is not.
      if (parent.closest('title, desc')) continue;
      seen.push(node.textContent ?? '');
    }
    return seen.join(' ');
  });
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

test('the quick path shows no more words than its ceiling, from the welcome to Klaar', async ({
  page,
}) => {
  await page.goto('/patient.html');
  const ui = app(page);
  const steps: [string, number][] = [];
  const count = async (name: string) => {
    const words = await visibleWords(page);
    if (process.env.TEXTDIET_DUMP) console.log(name, words.join(' '));
    steps.push([name, words.length]);
  };

  await expect(ui.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  await count('welkom');
  await ui.getByRole('button', { name: 'Beginnen' }).click();
  await expect(ui.getByRole('slider').first()).toBeVisible();
  // Each step is counted as it opens, and again where a choice opens more to read. The patient
  // answers as most do: every question, one topic to talk about, one to change, one
  // expectation, and no typing; the overview and Klaar show those answers.
  await count('web');
  for (const slider of await ui.getByRole('slider').all()) await slider.press('ArrowRight');
  await ui.getByRole('checkbox').first().check();
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(ui.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await ui.getByRole('radio').first().check();
  await count('belangrijk');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await ui.getByRole('checkbox').first().check();
  await count('vraag');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(ui.getByRole('heading', { name: 'Dit heeft u ingevuld' })).toBeVisible();
  await count('overzicht');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(ui.getByTestId('consultcode')).toBeVisible();
  // Counted once the QR is drawn: until its code has loaded, "Even geduld…" stands in its place,
  // two words more on a slow machine than the patient reads on the settled step.
  await expect(ui.getByRole('img', { name: 'QR-code met al uw antwoorden' })).toBeVisible();
  await count('klaar');

  const total = steps.reduce((sum, [, n]) => sum + n, 0);
  if (process.env.TEXTDIET_DUMP) console.log('total', total, JSON.stringify(steps));
  expect(total, `words per step: ${JSON.stringify(steps)}`).toBeLessThanOrEqual(WORD_LIMIT);
});
