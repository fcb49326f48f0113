import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import {
  app,
  consultHeading,
  expectNoAxeViolations,
  ORIGIN,
  openConsult,
  startBlank,
  toStep,
} from './fixtures';

// A practice's keuzekaarten library on its own web server: the index and the card files are
// served on the app's own origin with page.route, the consult page carries the `keuzekaarten`
// attribute as a practice's own page would.

// A time-out of 5 s and reloads in some tests: more than the usual 30 s on a busy machine.
test.describe.configure({ timeout: 60_000 });
// The service worker would answer the page's requests itself, out of page.route's sight.
test.use({ serviceWorkers: 'block' });

const INDEX = '/samenspraak/praktijk/keuzekaarten.json';
const somberheid = JSON.parse(readFileSync('content/keuzekaarten/somberheid.json', 'utf8'));
/** The bundled card's version, and one newer whatever an edit of the example makes it. */
const BUNDLED: string = somberheid.version;
const NEWER = `${Number(BUNDLED.split('.')[0]) + 1}.0.0`;
const TITLE: string = somberheid.title;
const OLD_OPTION: string = somberheid.options[1].title;
const NEW_OPTION = 'Gesprekken met de POH-GGZ in de eigen praktijk';

/** The bundled card in a newer version, one option renamed so the grid tells them apart. */
const newerSomberheid = () => {
  const card = structuredClone(somberheid);
  card.version = NEWER;
  card.options[1].title = NEW_OPTION;
  return card;
};

const slaap = () => ({
  ...structuredClone(somberheid),
  id: 'slaap',
  version: '1.0.0',
  title: 'Slaapproblemen (praktijk)',
});

const index = (cards: unknown[]) => ({ format: 'samenspraak-keuzekaarten', version: 1, cards });

interface Library {
  /** Paths under the origin that the page asked for, in order. */
  asked: string[];
}

/**
 * Serve consult.html with the `keuzekaarten` attribute, and the library's files under
 * /samenspraak/praktijk/ (`undefined`: a 404; `'hang'`: never answered). Records every
 * `samenspraak-error` in `window.libraryErrors`.
 */
async function serveLibrary(
  page: Page,
  files: Record<string, unknown>,
  attribute: string | null = INDEX,
): Promise<Library> {
  const asked: string[] = [];
  await page.addInitScript(() => {
    const errors: unknown[] = [];
    Object.assign(window, { libraryErrors: errors });
    document.addEventListener('samenspraak-error', (e) => errors.push((e as CustomEvent).detail));
  });
  if (attribute !== null) {
    await page.route('**/consult.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        '<samenspraak-consult>',
        `<samenspraak-consult keuzekaarten="${attribute}">`,
      );
      await route.fulfill({ response, body });
    });
  }
  await page.route('**/samenspraak/praktijk/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    asked.push(path);
    const body = files[path];
    if (body === 'hang') return;
    if (body === undefined) await route.fulfill({ status: 404, body: '' });
    else await route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) });
  });
  return { asked };
}

const libraryErrors = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { libraryErrors: { kind: string; message: string }[] }).libraryErrors,
  );

const picker = (page: Page) => app(page).getByLabel('Keuzekaart', { exact: true });

test('the script-tag build reads the library with the reader from beside the script', async ({
  page,
}) => {
  await page.route('**/embed/host.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '<samenspraak-consult retention-days="30">',
      `<samenspraak-consult retention-days="30" keuzekaarten="${INDEX}">`,
    );
    await route.fulfill({ response, body });
  });
  const library = await serveLibrary(
    page,
    {
      [INDEX]: index([{ id: 'slaap', version: '1.0.0', file: 'slaap.json' }]),
      '/samenspraak/praktijk/slaap.json': slaap(),
    },
    null,
  );
  const reader = page.waitForRequest((request) =>
    request.url().endsWith('/embed/samenspraak-library.js'),
  );
  await page.goto('/embed/host.html');
  await reader;
  const consult = page.locator('samenspraak-consult');
  await consult.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await consult.getByRole('button', { name: '3 Opties', exact: true }).click();
  await expect(
    consult.getByText('Nieuwe kaart van de praktijk: Slaapproblemen (praktijk)'),
  ).toBeVisible();
  expect(library.asked).toEqual([INDEX, '/samenspraak/praktijk/slaap.json']);
  expect(await libraryErrors(page)).toEqual([]);
});

test('without a library the script-tag build never loads the reader, and offers the setting', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/embed/host.html');
  const consult = page.locator('samenspraak-consult');
  await consult.getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await consult.getByRole('button', { name: '3 Opties', exact: true }).click();
  await consult.getByText('Bibliotheek van de praktijk instellen').click();
  await expect(
    consult.getByLabel('Adres van de lijst met keuzekaarten, op deze server'),
  ).toHaveAccessibleDescription(
    'Leeg: geen bibliotheek. Bijvoorbeeld /samenspraak/praktijk/keuzekaarten.json.',
  );
  expect(fetched).toContain('/embed/samenspraak.iife.js');
  expect(fetched).not.toContain('/embed/samenspraak-library.js');
});

test('a newer version from the library is offered, taken and used in a consult; a new card is added', async ({
  page,
}) => {
  const library = await serveLibrary(page, {
    [INDEX]: index([
      { id: 'somberheid', version: NEWER, file: 'somberheid.json' },
      { id: 'slaap', version: '1.0.0', file: 'kaarten/slaap.json' },
    ]),
    '/samenspraak/praktijk/somberheid.json': newerSomberheid(),
    '/samenspraak/praktijk/kaarten/slaap.json': slaap(),
  });
  await startBlank(page);
  await toStep(page, 'Opties');
  const ui = app(page);
  const offer = ui.locator('.library-offers li');
  await expect(offer).toContainText(TITLE);
  await expect(offer).toContainText(`Nieuwe versie van de praktijk: ${NEWER}`);
  await expect(offer).toContainText(`Op deze computer: versie ${BUNDLED}.`);
  // A new card changes no consult: it is in the list at once, and said so.
  await expect(
    ui.getByText('Nieuwe kaart van de praktijk: Slaapproblemen (praktijk)'),
  ).toBeVisible();
  await expect(
    picker(page).locator('option', { hasText: 'Slaapproblemen (praktijk)' }),
  ).toHaveCount(1);
  await expect(ui.getByText(/^Bijgewerkt met de bibliotheek van de praktijk: /)).toBeVisible();
  await expectNoAxeViolations(page, 'the library offer');

  // Nothing was swapped in by itself: the list still has the bundled version until the GP asks.
  await picker(page).selectOption({ label: TITLE });
  await expect(ui.getByRole('columnheader', { name: OLD_OPTION }).first()).toBeVisible();
  await picker(page).selectOption({ label: 'Geen keuzekaart: zelf opties typen' });

  const take = ui.getByRole('button', { name: 'Nieuwe versie gebruiken' });
  await expect(take).toHaveAccessibleDescription(
    new RegExp(`Nieuwe versie van de praktijk: ${NEWER.replaceAll('.', '\\.')}`),
  );
  await take.click();
  await expect(ui.getByText(`‘${TITLE}’ versie ${NEWER} staat nu in de lijst.`)).toBeVisible();
  await expect(offer).toHaveCount(0);

  await picker(page).selectOption({ label: TITLE });
  await expect(ui.getByRole('columnheader', { name: NEW_OPTION }).first()).toBeVisible();
  await toStep(page, 'Samenvatting');
  await expect(ui.getByLabel('Samenvatting (aan te passen)')).toHaveValue(
    new RegExp(`Keuzekaart somberheid ${NEWER.replaceAll('.', '\\.')} besproken`),
  );

  // Read again on the next start: the version is taken, so nothing is offered or fetched again.
  const before = library.asked.length;
  await page.reload();
  await expect(ui.getByRole('heading', { name: 'Samenvatting', exact: true })).toBeVisible();
  await toStep(page, 'Opties');
  await expect(ui.getByText(/^Bijgewerkt met de bibliotheek van de praktijk: /)).toBeVisible();
  await expect(offer).toHaveCount(0);
  expect(library.asked.slice(before)).toEqual([INDEX]);
  expect(await libraryErrors(page)).toEqual([]);
});

test('an open consult that uses the card keeps its version when the GP takes a newer one', async ({
  page,
}) => {
  await serveLibrary(page, {
    [INDEX]: index([{ id: 'somberheid', version: NEWER, file: 'somberheid.json' }]),
    '/samenspraak/praktijk/somberheid.json': newerSomberheid(),
  });
  await startBlank(page);
  await toStep(page, 'Opties');
  const ui = app(page);
  await picker(page).selectOption({ label: TITLE });
  const offer = ui.locator('.library-offers li');
  await expect(offer).toContainText(`Het open consult houdt versie ${BUNDLED}.`);
  await ui.getByRole('button', { name: 'Nieuwe versie gebruiken' }).click();
  await expect(offer).toHaveCount(0);

  // The grid, the card's source and the summary stay with the version the consult recorded.
  await expect(ui.getByRole('columnheader', { name: OLD_OPTION }).first()).toBeVisible();
  await expect(ui.getByRole('columnheader', { name: NEW_OPTION })).toHaveCount(0);
  await expect(
    ui.getByText(
      `Dit consult gebruikt versie ${BUNDLED} van deze keuzekaart; op deze computer staat nu versie ${NEWER}.`,
    ),
  ).toBeVisible();
  await expect(ui.getByText('Bron:', { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'an open consult with an older version');
  await toStep(page, 'Samenvatting');
  const summary = ui.getByLabel('Samenvatting (aan te passen)');
  await expect(summary).toHaveValue(
    new RegExp(`Keuzekaart somberheid ${BUNDLED.replaceAll('.', '\\.')} besproken`),
  );

  // Still so after a reload: the draft opens with its own version.
  await page.reload();
  await expect(summary).toHaveValue(
    new RegExp(`Keuzekaart somberheid ${BUNDLED.replaceAll('.', '\\.')} besproken`),
  );
  await toStep(page, 'Opties');
  await expect(ui.getByRole('columnheader', { name: OLD_OPTION }).first()).toBeVisible();

  // Only the GP moves this consult to the new version.
  await ui.getByRole('button', { name: `Versie ${NEWER} in dit consult gebruiken` }).click();
  await expect(ui.getByRole('columnheader', { name: NEW_OPTION }).first()).toBeVisible();
  await toStep(page, 'Samenvatting');
  await expect(summary).toHaveValue(
    new RegExp(`Keuzekaart somberheid ${NEWER.replaceAll('.', '\\.')} besproken`),
  );
});

test('a withdrawn card is marked in the picker, never offered or fetched, and stays marked offline', async ({
  page,
}) => {
  const files: Record<string, unknown> = {
    [INDEX]: index([
      { id: 'somberheid', version: NEWER, file: 'somberheid.json', withdrawn: true },
    ]),
    '/samenspraak/praktijk/somberheid.json': newerSomberheid(),
  };
  const library = await serveLibrary(page, files);
  await startBlank(page);
  await toStep(page, 'Opties');
  const ui = app(page);
  const marked = `${TITLE} (Ingetrokken door de praktijk)`;
  await expect(picker(page).locator('option', { hasText: marked })).toHaveCount(1);
  await expect(ui.locator('.library-offers li')).toHaveCount(0);
  await picker(page).selectOption({ label: marked });
  await expect(
    ui.getByText('Ingetrokken door de praktijk: deze keuzekaart gebruikt de praktijk niet meer.'),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'a withdrawn card');
  expect(library.asked).toEqual([INDEX]);

  // The server is gone: the mark from the last read stays, and the GP is told the read failed.
  delete files[INDEX];
  await page.reload();
  await expect(consultHeading(page, 'Opties')).toBeVisible();
  await toStep(page, 'Opties');
  await expect(
    ui.getByText(
      'De bibliotheek van de praktijk kon niet worden gelezen: het bestand is niet gevonden.',
      { exact: false },
    ),
  ).toBeVisible();
  await expect(picker(page).locator('option', { hasText: marked })).toHaveCount(1);
  await expect
    .poll(() => libraryErrors(page))
    .toEqual([
      expect.objectContaining({ kind: 'library', message: expect.stringContaining('(missing)') }),
    ]);
});

test('a library on another origin is refused with samenspraak-error, and nothing is requested there', async ({
  page,
}) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(ORIGIN)) foreign.push(request.url());
  });
  await serveLibrary(page, {}, 'https://elders.example/keuzekaarten.json');
  await startBlank(page);
  await expect
    .poll(() => libraryErrors(page))
    .toEqual([
      expect.objectContaining({
        kind: 'library',
        message: expect.stringContaining('not a URL on this page'),
      }),
    ]);
  // The consult works without it.
  await toStep(page, 'Opties');
  await picker(page).selectOption({ label: TITLE });
  await expect(app(page).getByRole('columnheader', { name: OLD_OPTION }).first()).toBeVisible();
  expect(foreign).toEqual([]);
});

test('a card file on another origin or with another id is refused, and the other cards are used', async ({
  page,
}) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(ORIGIN)) foreign.push(request.url());
  });
  await serveLibrary(page, {
    [INDEX]: index([
      { id: 'elders', version: '1.0.0', file: 'https://elders.example/elders.json' },
      { id: 'anders', version: '1.0.0', file: 'anders.json' },
      { id: 'slaap', version: '1.0.0', file: 'slaap.json' },
    ]),
    '/samenspraak/praktijk/anders.json': slaap(),
    '/samenspraak/praktijk/slaap.json': slaap(),
  });
  await startBlank(page);
  await toStep(page, 'Opties');
  const ui = app(page);
  await expect(
    ui.getByText('Nieuwe kaart van de praktijk: Slaapproblemen (praktijk)'),
  ).toBeVisible();
  await expect(
    ui.getByText(
      '‘https://elders.example/elders.json’ uit de bibliotheek is niet overgenomen: het adres staat niet op deze server.',
      { exact: false },
    ),
  ).toBeVisible();
  await expect(
    ui.getByText(
      '‘anders.json’ uit de bibliotheek is niet overgenomen: er staat een andere keuzekaart in dan de lijst noemt.',
      { exact: false },
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'refused card files');
  const errors = await libraryErrors(page);
  expect(errors.map((e) => e.kind)).toEqual(['library', 'library']);
  expect(errors.map((e) => e.message).join(' ')).toMatch(
    /"elders".*other-origin.*"anders".*id differs/,
  );
  expect(foreign).toEqual([]);
});

test('a library that never answers leaves the consult usable and is reported after the time-out', async ({
  page,
}) => {
  const library = await serveLibrary(page, { [INDEX]: 'hang' });
  const opened = Date.now();
  await startBlank(page);
  await toStep(page, 'Opties');
  const ui = app(page);
  await expect(ui.getByText('De bibliotheek van de praktijk wordt gelezen …')).toBeVisible();
  // While it waits, the whole consult goes on: a card, a choice, the summary.
  await picker(page).selectOption({ label: TITLE });
  await toStep(page, 'Keuze');
  await ui.getByRole('radio', { name: OLD_OPTION }).check();
  await toStep(page, 'Samenvatting');
  await expect(ui.getByLabel('Samenvatting (aan te passen)')).toHaveValue(/besproken/);
  expect(await libraryErrors(page)).toEqual([]);
  await expect
    .poll(() => libraryErrors(page), { timeout: 15_000 })
    .toEqual([
      expect.objectContaining({ kind: 'library', message: expect.stringContaining('(timeout)') }),
    ]);
  expect(Date.now() - opened).toBeGreaterThan(4_500);
  await toStep(page, 'Opties');
  await expect(
    ui.getByText(
      'De bibliotheek van de praktijk kon niet worden gelezen: de server gaf geen antwoord. De keuzekaarten op deze computer blijven bruikbaar.',
    ),
  ).toBeVisible();
  expect(library.asked).toEqual([INDEX]);
});

test('the library set in the page wins over the attribute, and an open page reads it again after a day', async ({
  page,
}) => {
  const OWN = '/samenspraak/praktijk/eigen.json';
  await page.clock.install();
  const library = await serveLibrary(page, {
    [INDEX]: index([{ id: 'slaap', version: '1.0.0', file: 'slaap.json' }]),
    [OWN]: index([]),
    '/samenspraak/praktijk/slaap.json': slaap(),
  });
  await openConsult(page);
  await app(page).getByRole('button', { name: 'Start zonder voorbereiding' }).click();
  await toStep(page, 'Opties');
  const ui = app(page);
  await expect(
    ui.getByText('Nieuwe kaart van de praktijk: Slaapproblemen (praktijk)'),
  ).toBeVisible();

  await ui.getByText('Bibliotheek van de praktijk instellen').click();
  const field = ui.getByLabel('Adres van de lijst met keuzekaarten, op deze server');
  await expect(field).toHaveAccessibleDescription(
    `Leeg: het adres uit de pagina (${INDEX}). Een adres dat u hier bewaart, gaat voor.`,
  );
  // Another origin is refused in the form, before anything is stored or fetched.
  await field.fill('https://elders.example/k.json');
  await ui.getByRole('button', { name: 'Bewaren' }).click();
  await expect(ui.getByRole('alert')).toHaveText(
    `Alleen een adres op deze server (${ORIGIN}), bijvoorbeeld /samenspraak/praktijk/keuzekaarten.json.`,
  );
  await expectNoAxeViolations(page, 'the library setting');
  await field.fill(OWN);
  await ui.getByRole('button', { name: 'Bewaren' }).click();
  await expect(
    ui.getByText('Bewaard. Samenspraak leest de bibliotheek bij het openen en elke dag.'),
  ).toBeVisible();
  await expect.poll(() => library.asked.at(-1)).toBe(OWN);

  await page.reload();
  // The consult in progress comes back where it was; its shortcut brings focus to the heading.
  await expect(consultHeading(page, 'Opties')).toBeVisible();
  await toStep(page, 'Opties');
  await expect(ui.getByText(/^Bijgewerkt met de bibliotheek van de praktijk: /)).toBeVisible();
  const afterStart = [...library.asked];
  expect(afterStart.filter((p) => p === OWN)).toHaveLength(2);
  expect(afterStart.filter((p) => p === INDEX)).toHaveLength(1);

  // Within the day nothing is read again; once a day has passed, the open page reads it.
  await page.clock.runFor('23:00:00');
  await page.waitForTimeout(500);
  expect(library.asked).toEqual(afterStart);
  await page.clock.runFor('03:00:00');
  await expect.poll(() => library.asked.length).toBe(afterStart.length + 1);
  expect(library.asked.at(-1)).toBe(OWN);
});
