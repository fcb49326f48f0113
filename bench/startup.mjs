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

/** Full speed (judged against the floor), and a cheap tablet (reported as a ratio). */
const PROFILES = [
  { name: 'Desktop', rate: 1, runs: 10 },
  { name: 'Cheap tablet', rate: 6, runs: 5 },
];
/** The four tables of a profile: which visit, which clock, and the heading. */
const VIEWS = [
  ['cold', 'perf', 'Cold, from navigation start'],
  ['cold', 'wall', 'Cold, from page.goto'],
  ['warm', 'perf', 'Warm (second visit in the same context), from navigation start'],
  ['warm', 'wall', 'Warm, from page.goto'],
];
/** The most a cold start may take above the empty Preact page of the same run. */
const ABOVE_FLOOR_MS = 100;

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

  /** One navigation: resolves to ms from navigation start (in the page) and from page.goto. */
  const visit = async (page, url) => {
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => window.__benchReady?.perf != null && window.__benchReady,
      null,
      { timeout: 60_000 },
    );
    const mark = await handle.jsonValue();
    return { perf: mark.perf, wall: mark.date - t0 };
  };

  /**
   * Every page `runs` times, interleaved (empty, patient, consult, empty, …) so drift on the
   * machine hits all alike, at one CPU slowdown.
   * @returns {Record<string, { cold: { perf: number, wall: number }[], warm: { perf: number, wall: number }[] }>}
   */
  const measureAt = async (rate, runs) => {
    const times = Object.fromEntries(pages.map((p) => [p.id, { cold: [], warm: [] }]));
    for (let i = 0; i < runs; i++) {
      for (const p of pages) {
        if (ctx.signal.aborted) throw new Error('aborted');
        const context = await browser.newContext();
        try {
          await context.addInitScript(readyWatcher, p.spec);
          const page = await context.newPage();
          if (rate !== 1) {
            const cdp = await context.newCDPSession(page);
            await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          }
          times[p.id].cold.push(await visit(page, p.url));
          // The same page again in the same context: HTTP cache (and for ours the service
          // worker, once it has taken control) warm.
          await page.waitForTimeout(300);
          times[p.id].warm.push(await visit(page, p.url));
        } finally {
          await context.close();
        }
      }
      ctx.log(`${rate}× CPU: run ${i + 1}/${runs}`);
    }
    return times;
  };

  const checks = [];
  const parts = [];
  for (const { rate, runs, name } of PROFILES) {
    const times = await measureAt(rate, runs);
    const rows = (kind, measure) =>
      pages.map((p) =>
        timingRow(p.label, stats(times[p.id][kind].map((t) => t[measure])), { digits: 1 }),
      );
    const median = (id, kind, measure) => stats(times[id][kind].map((t) => t[measure])).median;
    const above = (id, kind, measure) => median(id, kind, measure) - median('empty', kind, measure);
    const ratio = (id, kind, measure) => median(id, kind, measure) / median('empty', kind, measure);
    const overhead = ['patient.html', 'consult.html'].flatMap((id) =>
      ['cold', 'warm'].map((kind) => [
        id,
        kind,
        `${fmt(above(id, kind, 'perf'), 1)} ms (${fmt(ratio(id, kind, 'perf'), 2)}×)`,
        `${fmt(above(id, kind, 'wall'), 1)} ms (${fmt(ratio(id, kind, 'wall'), 2)}×)`,
      ]),
    );
    for (const id of ['patient.html', 'consult.html']) {
      const ms = above(id, 'cold', 'perf');
      checks.push(
        rate === 1
          ? {
              what: `${id}: cold start above the empty Preact page (medians)`,
              value: `${fmt(ms, 1)} ms`,
              target: `≤ ${ABOVE_FLOOR_MS} ms`,
              ok: ms <= ABOVE_FLOOR_MS,
            }
          : {
              what: `${id}: cold start at ${rate}× CPU, as a multiple of the empty Preact page`,
              value: `${fmt(ratio(id, 'cold', 'perf'), 2)}× (${fmt(ms, 0)} ms above)`,
              target: 'reported',
              ok: true,
            },
      );
    }
    parts.push(
      `### ${name}: ${rate === 1 ? 'no CPU throttling' : `CPU ${rate}× slower`}, ${runs} runs per page`,
      '',
      ...VIEWS.flatMap(([kind, measure, heading]) => [
        `**${heading}**`,
        '',
        table(
          ['page: first control', 'runs', 'min ms', 'median ms', 'max ms'],
          rows(kind, measure),
        ),
        '',
      ]),
      'Our overhead above the empty Preact page of the same run (difference of medians, and ratio):',
      '',
      table(['page', 'visit', 'from navigation start', 'from page.goto'], overhead),
      '',
    );
  }

  const markdown = [
    `Chromium headless, no network throttling; ${PROFILES.map((p) => `${p.runs} runs per page at ${p.rate === 1 ? 'full speed' : `${p.rate}× CPU slowdown (CDP \`Emulation.setCPUThrottlingRate\`, a cheap tablet)`}`).join(', and ')}, interleaved. Each run`,
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
    "(includes the browser's navigation overhead). The machine's speed changes from run to run and",
    'from one machine to the next: the figure judged is the distance to the empty page measured in',
    'the same run, and the ratio is the one that carries over to another machine.',
    '',
    ...parts,
  ].join('\n');
  return { markdown, checks };
}
