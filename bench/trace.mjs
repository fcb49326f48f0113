// 7. Start-up trace: a Chromium performance trace of each page's cold start under CPU throttling,
// with the longest main-thread tasks and the source modules and functions that take their time.
// The pages are built again with source maps (into bench/scratch), so a sample in a minified
// chunk is named by the file and function it came from.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { buildEmpty, EMPTY_DIR } from './builds.mjs';
import { fmt, launchChromium, ROOT, readyWatcher, SCRATCH, startPreview, table } from './lib.mjs';

export const title = '7. Start-up trace (the longest main-thread tasks)';
export const timeBoxMs = 8 * 60_000;

/** The slowdowns traced: Lighthouse's mobile preset, and a cheap tablet. */
export const THROTTLES = [4, 6];
const RUNS = 3;
const LONG_TASK_MS = 50;
const SHOWN = 5;
const QUIET_MS = 3000;
const TRACE_DIST = join(SCRATCH, 'trace-dist');

const PAGES = [
  {
    id: 'empty Preact page',
    path: '/index.html',
    floor: true,
    spec: { host: null, kind: 'button', text: 'Beginnen' },
  },
  {
    id: 'patient.html',
    path: '/patient.html',
    spec: { host: 'samenspraak-vragenlijst', kind: 'button', text: 'Beginnen' },
  },
  {
    id: 'consult.html',
    path: '/consult.html',
    spec: { host: 'samenspraak-consult', kind: 'input', id: 'consultcode' },
  },
];

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
];

/** Build the standalone pages with source maps, apart from dist/. */
function buildWithSourceMaps(log) {
  log('trace: building the pages with source maps');
  execFileSync(
    'npx',
    ['vite', 'build', '--sourcemap', '--emptyOutDir', '--outDir', TRACE_DIST, '--logLevel', 'warn'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/** Record one cold start: a fresh context, throttled, traced until the page has been quiet. */
export async function traceColdStart(browser, url, spec, throttle) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    await context.addInitScript(readyWatcher, spec);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordUntilFull' },
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchReady?.perf != null, null, { timeout: 60_000 });
    // Later work (storage, lazy steps, prefetching) runs after the first screen: wait it out.
    await page.waitForTimeout(QUIET_MS);
    await cdp.send('Tracing.end');
    const { stream } = await done;
    let text = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    const parsed = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : parsed.traceEvents;
  } finally {
    await context.close();
  }
}

/** The renderer main thread that ran the page: the CrRendererMain with the most script. */
function mainThread(events) {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name');
  const mains = names.filter((e) => e.args?.name === 'CrRendererMain');
  let best = null;
  let most = -1;
  for (const m of mains) {
    const count = events.filter(
      (e) => e.pid === m.pid && e.tid === m.tid && e.name === 'EvaluateScript',
    ).length;
    if (count > most) {
      most = count;
      best = m;
    }
  }
  if (!best) throw new Error('no renderer main thread in the trace');
  return { pid: best.pid, tid: best.tid };
}

/**
 * The CPU profile of the main thread as samples `{ ts, frame }` (µs, trace clock), where frame is
 * the leaf call frame that was running.
 */
function samples(events, { pid, tid }) {
  // A renderer runs a profile per thread (the page, its workers, the service worker): take the
  // one that started on the main thread, by its id.
  const start = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!start) return [];
  const out = [];
  const nodes = new Map();
  let ts = start.args?.data?.startTime ?? start.ts;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== start.id) continue;
    const data = e.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      ts += deltas[i] ?? 0;
      const node = nodes.get(ids[i]);
      if (node) out.push({ ts, frame: node.callFrame });
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/** Maps a frame in a built chunk to its source file and the function around it. */
export function sourceNamer(distDir) {
  const consumers = new Map();
  const consumerFor = (file) => {
    if (!consumers.has(file)) {
      const map = `${join(distDir, file)}.map`;
      consumers.set(
        file,
        existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))) : null,
      );
    }
    return consumers.get(file);
  };
  return (frame) => {
    const url = frame.url ?? '';
    if (!url) return frame.functionName ? `(${frame.functionName})` : '(program)';
    let file;
    try {
      file = new URL(url).pathname.replace(/^\//, '');
    } catch {
      return url;
    }
    const consumer = consumerFor(file);
    const at = consumer?.originalPositionFor({
      line: (frame.lineNumber ?? 0) + 1,
      column: frame.columnNumber ?? 0,
    });
    if (!at?.source) return `${file} ${frame.functionName || '(anonymous)'}`;
    const source = at.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
    return `${source} ${at.name || frame.functionName || '(anonymous)'}`;
  };
}

/**
 * The page's own tasks on the main thread, longest first, each with where its time went. Left
 * out: everything before the page's HTML is parsed (the blank page Playwright opens, and its
 * unload), and tasks whose only script is one without a URL: the harness's init script and
 * Playwright's own injected scripts, which no page pays outside a test.
 */
export function longTasks(events, name, pageUrl) {
  const thread = mainThread(events);
  const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const parsed = own.find(
    (e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(pageUrl),
  );
  const from = parsed?.ts ?? 0;
  const scripts = own.filter(
    (e) =>
      e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.evaluateModule',
  );
  const harnessOnly = (task) => {
    const inside = scripts.filter((e) => e.ts >= task.ts && e.ts <= task.ts + task.dur);
    return (
      inside.length > 0 && inside.every((e) => e.name === 'EvaluateScript' && !e.args?.data?.url)
    );
  };
  const tasks = own
    .filter(
      (e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= from,
    )
    .filter((e) => !harnessOnly(e))
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0), ms: (e.dur ?? 0) / 1000 }))
    .sort((a, b) => b.ms - a.ms);
  const profile = samples(events, thread);
  for (const task of tasks.slice(0, SHOWN)) {
    const byModule = new Map();
    const byFunction = new Map();
    let total = 0;
    for (let i = 0; i < profile.length; i++) {
      const s = profile[i];
      if (s.ts < task.start || s.ts > task.end) continue;
      const next = profile[i + 1]?.ts ?? s.ts;
      const dt = Math.min(next, task.end) - s.ts;
      const where = name(s.frame);
      const module = where.split(' ')[0];
      byModule.set(module, (byModule.get(module) ?? 0) + dt);
      byFunction.set(where, (byFunction.get(where) ?? 0) + dt);
      total += dt;
    }
    const top = (map, n) =>
      [...map.entries()]
        .filter(([k]) => !['(idle)', '(program)', '(garbage'].some((skip) => k.startsWith(skip)))
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, us]) => `${k} ${fmt(us / 1000, 0)} ms`);
    task.modules = top(byModule, 3);
    task.functions = top(byFunction, Number(process.env.TRACE_TOP ?? 3));
    task.sampledMs = total / 1000;
  }
  return tasks;
}

/** @param {import('./run.mjs').Context} ctx */
export async function measure(ctx) {
  buildWithSourceMaps(ctx.log);
  const server = await startPreview({ cwd: ROOT, port: 4176, outDir: TRACE_DIST });
  ctx.defer(() => server.stop());
  await buildEmpty(ctx);
  const emptyServer = await startPreview({ cwd: EMPTY_DIR, port: 4178 });
  ctx.defer(() => emptyServer.stop());
  const name = sourceNamer(TRACE_DIST);
  const browser = await launchChromium();
  ctx.defer(() => browser.close());

  const sections = [];
  const checks = [];
  for (const throttle of THROTTLES) {
    let floorMs = 0;
    for (const page of PAGES) {
      /** @type {{ ms: number, modules?: string[], functions?: string[] }[][]} */
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        if (ctx.signal.aborted) throw new Error('aborted');
        ctx.log(`trace: ${page.id} at ${throttle}x, run ${i + 1}/${RUNS}`);
        const url = `${page.floor ? emptyServer.base : server.base}${page.path}`;
        const events = await traceColdStart(browser, url, page.spec, throttle);
        runs.push(longTasks(events, name, url));
      }
      // The run whose longest task is the median one: typical, not the luckiest or the worst.
      runs.sort((a, b) => (a[0]?.ms ?? 0) - (b[0]?.ms ?? 0));
      const typical = runs[Math.floor(runs.length / 2)] ?? [];
      const over = typical.filter((t) => t.ms > LONG_TASK_MS);
      const blocking = typical.reduce((sum, t) => sum + Math.max(0, t.ms - LONG_TASK_MS), 0);
      sections.push(
        `**${page.id}, ${throttle}× CPU** (the median of ${RUNS} cold starts by its longest task): ` +
          `${over.length} task(s) over ${LONG_TASK_MS} ms; ${fmt(blocking, 0)} ms blocking in all.\n\n` +
          table(
            ['#', 'task', 'modules (sampled self time)', 'functions'],
            typical
              .slice(0, SHOWN)
              .map((t, i) => [
                i + 1,
                `${fmt(t.ms, 1)} ms`,
                (t.modules ?? []).join('; ') || '–',
                (t.functions ?? []).join('; ') || '–',
              ]),
          ),
      );
      const longest = typical[0]?.ms ?? 0;
      if (page.floor) {
        floorMs = longest;
        continue;
      }
      checks.push({
        what: `${page.id}: longest start-up task at ${throttle}× CPU`,
        value: `${fmt(longest, 1)} ms (empty Preact page ${fmt(floorMs, 1)} ms, ${fmt(longest / floorMs, 1)}×)`,
        target: `≤ ${LONG_TASK_MS} ms`,
        ok: longest <= LONG_TASK_MS,
      });
    }
  }

  const markdown = [
    `Chromium performance traces of a cold start (a new browser context each time), from navigation until the page has been quiet for ${QUIET_MS / 1000} s after its first usable control, with the pages built again with source maps (\`${relative(ROOT, TRACE_DIST)}\`). A task is one \`RunTask\` on the renderer's main thread; its time is split by the V8 sampling profiler over the source modules and functions it ran (self time; idle and the engine's own work left out). A task over ${LONG_TASK_MS} ms is a long task: it blocks input. The sampling profiler itself slows the page down, and Playwright's own waiting shows as \`(InjectedScript)\`: read the tasks for their order and their parts, and Lighthouse's Total Blocking Time for the absolute figure.`,
    ...sections,
  ].join('\n\n');
  return { markdown, checks };
}
