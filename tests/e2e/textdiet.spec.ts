import { expect, type Page, test } from '@playwright/test';

// One in three Dutch adults reads with difficulty: the quick path, from the welcome to Klaar,
// should show at most 200 words, counted over the rendered text of each step as a patient sees
// it. Not reached yet (458 measured: welkom 43, web 149, belangrijk 74, vraag 41, overzicht 69,
// klaar 82): this is the ceiling it may not grow past while the steps are cut further.
const WORD_LIMIT = 460;

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
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
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
  await count('web');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(ui.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await count('belangrijk');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await count('vraag');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(ui.getByRole('heading', { name: 'Dit heeft u ingevuld' })).toBeVisible();
  await count('overzicht');
  await ui.getByRole('button', { name: 'Verder' }).click();
  await expect(ui.getByTestId('consultcode')).toBeVisible();
  await count('klaar');

  const total = steps.reduce((sum, [, n]) => sum + n, 0);
  expect(total, `words per step: ${JSON.stringify(steps)}`).toBeLessThanOrEqual(WORD_LIMIT);
});
