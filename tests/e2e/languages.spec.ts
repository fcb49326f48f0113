import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { decodeConsultcode } from '../../src/domain/consultcode';
import { EXPECTATIONS, type Expectation } from '../../src/domain/dimensions';
import { dimensionName, expectNoAxeViolations } from './fixtures';

interface Texts {
  common: { next: string };
  expectations: Record<Expectation, string>;
  patient: {
    welcome: { title: string; start: string };
    web: { title: string };
    focus: { title: string };
    question: { title: string };
    overview: { title: string };
    done: { title: string };
  };
}

const texts = (code: string): Texts =>
  JSON.parse(readFileSync(new URL(`../../locales/${code}.json`, import.meta.url), 'utf8'));
const pack = (code: string): { dimensions: { label: string }[] } =>
  JSON.parse(
    readFileSync(
      new URL(`../../content/packs/samenspraak-pg.${code}.json`, import.meta.url),
      'utf8',
    ),
  );

const languages: { code: string; name: string; dir: string }[] = JSON.parse(
  readFileSync(new URL('../../locales/languages.json', import.meta.url), 'utf8'),
);

const patient = (page: Page) => page.locator('samenspraak-vragenlijst');

// Every language, welcome to Klaar, in that language's own words, with axe on every step.
for (const language of languages) {
  test(`${language.name} (${language.code}): welcome to Klaar, and axe on every step`, async ({
    page,
  }) => {
    const t = texts(language.code);
    const ui = patient(page);
    await page.goto('/patient.html');
    await ui.getByRole('radio', { name: language.name }).check();
    const section = ui.locator('section.app');
    await expect(section).toHaveAttribute('lang', language.code);
    await expect(section).toHaveAttribute('dir', language.dir);
    await expect(ui.getByRole('heading', { name: t.patient.welcome.title })).toBeVisible();
    await expectNoAxeViolations(page, `welcome in ${language.code}`);

    await ui.getByRole('button', { name: t.patient.welcome.start }).click();
    await expect(ui.getByRole('heading', { name: t.patient.web.title })).toBeVisible();
    // The pack's own dimension names label the sliders.
    const first = pack(language.code).dimensions[0]?.label ?? '';
    await ui.getByRole('slider', { name: dimensionName(first) }).focus();
    await page.keyboard.press('ArrowUp');
    await expectNoAxeViolations(page, `web in ${language.code}`);

    for (const [title, where] of [
      [t.patient.focus.title, 'focus'],
      [t.patient.question.title, 'question'],
      [t.patient.overview.title, 'overview'],
      [t.patient.done.title, 'klaar'],
    ] as const) {
      await ui.getByRole('button', { name: t.common.next, exact: true }).click();
      await expect(ui.getByRole('heading', { name: title })).toBeVisible();
      await expectNoAxeViolations(page, `${where} in ${language.code}`);
      if (where === 'question') {
        // Each chip has its pictogram, and the pictogram adds nothing to the chip's name.
        for (const id of EXPECTATIONS) {
          const name = { name: t.expectations[id], exact: true };
          await expect(ui.getByRole('checkbox', name)).toHaveCount(1);
          // `has` looks inside each chip, so its locator starts there.
          const label = ui.locator('label.chip', { has: page.getByRole('checkbox', name) });
          await expect(label.locator('svg[aria-hidden="true"]')).toBeVisible();
        }
      }
    }
    // Western digits and a code that opens, whatever the language.
    const code = decodeConsultcode((await ui.getByTestId('consultcode').textContent()) ?? '');
    expect(code.ok && code.value.scores.lichaam).toBe(6);
    // The code says the patient's language, so the GP knows it from the code alone.
    expect(code.ok && code.value.locale).toBe(language.code);
  });
}
