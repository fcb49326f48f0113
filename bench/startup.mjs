// 5. Startup: time until the first control of each page can be used, next to an empty Preact page
// with one button measured the same way.
import { buildEmpty, EMPTY_DIR } from './builds.mjs';
import {
  fmt,
  launchChromium,
  readyWatcher,
  startPreview,
  stats,
  table,
  timingRow,
} from './lib.mjs';

export const title = '5. Startup (time to the first usable control)';
export const timeBoxMs = 8 * 60_000;

const RUNS = 10;

/** @param {import('./run.mjs').Context} ctx */
export async function measure(ctx) {
  const { base } = await ctx.preview();
  const empty = await buildEmpty(ctx);
  const emptyServer = await startPreview({ cwd: EMPTY_DIR, port: 4174 });
  ctx.defer(() => emptyServer.stop());

  const pages = [
    {
      id: 'empty',
      label: 'empty Preact page: its button enabled',
      url: `${emptyServer.base}/index.html`,
      spec: { host: null, kind: 'button', text: 'Beginnen' },
    },
    {
      id: 'patient.html',
      label: 'patient.html: "Beginnen" enabled',
      url: `${base}/patient.html`,
      spec: { host: 'samenspraak-vragenlijst', kind: 'button', text: 'Beginnen' },
    },
    {
      id: 'consult.html',
      label: 'consult.html: "Consultcode" textbox enabled',
      url: `${base}/consult.html`,
      spec: { host: 'samenspraak-consult', kind: 'input', id: 'consultcode' },
    },
  ];

  const browser = await launchChromium();
  ctx.defer(() => browser.close());
  /** @type {Record<string, { cold: { perf: number, wall: number }[], warm: { perf: number, wall: number }[] }>} */
  const times = Object.fromEntries(pages.map((p) => [p.id, { cold: [], warm: [] }]));

  /** One navigation: resolves to ms from navigation start (in the page) and from page.goto. */
  const visit = async (page, url) => {
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => window.__benchReady?.perf != null && window.__benchReady,
      null,
      { timeout: 30_000 },
    );
    const mark = await handle.jsonValue();
    return { perf: mark.perf, wall: mark.date - t0 };
  };

  // Interleaved (empty, patient, consult, empty, …), so drift on the machine hits all alike.
  for (let i = 0; i < RUNS; i++) {
    for (const p of pages) {
      if (ctx.signal.aborted) throw new Error('aborted');
      const context = await browser.newContext();
      try {
        await context.addInitScript(readyWatcher, p.spec);
        const page = await context.newPage();
        times[p.id].cold.push(await visit(page, p.url));
        // The same page again in the same context: HTTP cache (and for ours the service
        // worker, once it has taken control) warm.
        await page.waitForTimeout(300);
        times[p.id].warm.push(await visit(page, p.url));
      } finally {
        await context.close();
      }
    }
    ctx.log(`run ${i + 1}/${RUNS}`);
  }

  const rows = (kind, measure) =>
    pages.map((p) =>
      timingRow(p.label, stats(times[p.id][kind].map((t) => t[measure])), { digits: 1 }),
    );
  const median = (id, kind, measure) => stats(times[id][kind].map((t) => t[measure])).median;
  const overhead = ['patient.html', 'consult.html'].flatMap((id) =>
    ['cold', 'warm'].map((kind) => [
      id,
      kind,
      `${fmt(median(id, kind, 'perf') - median('empty', kind, 'perf'), 1)} ms (${fmt(
        median(id, kind, 'perf') / median('empty', kind, 'perf'),
        2,
      )}×)`,
      `${fmt(median(id, kind, 'wall') - median('empty', kind, 'wall'), 1)} ms (${fmt(
        median(id, kind, 'wall') / median('empty', kind, 'wall'),
        2,
      )}×)`,
    ]),
  );

  const markdown = [
    `Chromium headless, no CPU or network throttling, ${RUNS} runs per page, interleaved. Each run`,
    'opens a **new browser context** (empty HTTP cache, no service worker, no IndexedDB: a cold',
    'first visit; the browser process itself stays warm) and navigates once ("cold"), then, in',
    'the same context after 300 ms, once more ("warm": HTTP cache warm; for our pages the service',
    'worker may already control the page). Our pages come from `vite preview` of the build, the',
    `floor is ${empty.label}, served by its own \`vite preview\` with the same CSP header.`,
    '',
    "The moment a control is usable is recorded in the page: an init script (before the page's",
    'own scripts) watches the DOM, also inside the shadow root, with a MutationObserver and',
    'notes the commit in which the control is present and not disabled. Two clocks:',
    '"from navigation start" is `performance.now()` at that moment (the page\'s time origin);',
    '"from page.goto" is `Date.now()` in the page minus `Date.now()` just before `page.goto()`',
    "(includes the browser's navigation overhead).",
    '',
    '**Cold, from navigation start**',
    '',
    table(['page: first control', 'runs', 'min ms', 'median ms', 'max ms'], rows('cold', 'perf')),
    '',
    '**Cold, from page.goto**',
    '',
    table(['page: first control', 'runs', 'min ms', 'median ms', 'max ms'], rows('cold', 'wall')),
    '',
    '**Warm (second visit in the same context), from navigation start**',
    '',
    table(['page: first control', 'runs', 'min ms', 'median ms', 'max ms'], rows('warm', 'perf')),
    '',
    '**Warm, from page.goto**',
    '',
    table(['page: first control', 'runs', 'min ms', 'median ms', 'max ms'], rows('warm', 'wall')),
    '',
    'Our overhead above the empty Preact page (difference of medians, and ratio):',
    '',
    table(['page', 'visit', 'from navigation start', 'from page.goto'], overhead),
  ].join('\n');
  // docs/architecture.md sets no startup number (Lighthouse covers load): reported, not judged.
  return { markdown, checks: [] };
}
