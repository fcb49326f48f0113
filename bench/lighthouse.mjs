// 2. Load: Lighthouse (installed outside the lockfile, in .tools) on both pages, mobile emulation
// with simulated throttling (its defaults), three runs each, against `vite preview` of the build.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, fmt, ROOT, run, SCRATCH, stats, table } from './lib.mjs';

export const title = '2. Load (Lighthouse)';
export const timeBoxMs = 15 * 60_000;

const VERSION = '13.5.0';
const TOOLS = join(ROOT, '.tools');
const CLI = join(TOOLS, 'node_modules', 'lighthouse', 'cli', 'index.js');
const RUNS = 3;
const PAGES = ['patient.html', 'consult.html'];
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100 };
const METRICS = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['total-byte-weight', 'total byte weight', 'B'],
];

/** @param {import('./run.mjs').Context} ctx */
async function ensureLighthouse(ctx) {
  const pkg = join(TOOLS, 'node_modules', 'lighthouse', 'package.json');
  if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).version === VERSION) return;
  ctx.log(`installing lighthouse@${VERSION} into .tools`);
  await run('npm', ['i', '--prefix', TOOLS, '--no-audit', '--no-fund', `lighthouse@${VERSION}`], {
    timeoutMs: 300_000,
    signal: ctx.signal,
  });
}

/**
 * Audits that cost a category points (score below 1 and a weight above 0).
 * @param {any} report
 * @param {string} category
 */
function lostPoints(report, category) {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${fmt(audit.score * 100, 0)})`);
}

/** @param {import('./run.mjs').Context} ctx */
export async function measure(ctx) {
  await ensureLighthouse(ctx);
  const { base } = await ctx.preview();
  const out = join(SCRATCH, 'lighthouse');
  mkdirSync(out, { recursive: true });

  /** @type {Record<string, any[]>} */
  const reports = Object.fromEntries(PAGES.map((p) => [p, []]));
  // Interleaved (patient, consult, patient, …), so drift on the machine hits both pages alike.
  for (let i = 0; i < RUNS; i++) {
    for (const page of PAGES) {
      if (ctx.signal.aborted) throw new Error('aborted');
      const file = join(out, `${page.replace('.html', '')}-${i + 1}.json`);
      ctx.log(`lighthouse ${page} run ${i + 1}/${RUNS}`);
      await run(
        process.execPath,
        [
          CLI,
          `${base}/${page}`,
          '--output=json',
          `--output-path=${file}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          `--chrome-flags=${FLAGS.join(' ')}`,
          '--quiet',
        ],
        {
          cwd: out,
          env: { ...process.env, CHROME_PATH: CHROMIUM },
          timeoutMs: 180_000,
          signal: ctx.signal,
        },
      );
      const report = JSON.parse(readFileSync(file, 'utf8'));
      if (report.runtimeError) throw new Error(`${page}: ${report.runtimeError.message}`);
      reports[page].push(report);
    }
  }

  const rows = [];
  const checks = [];
  const notes = [];
  for (const page of PAGES) {
    const list = reports[page];
    for (const category of CATEGORIES) {
      const s = stats(list.map((r) => Math.round(r.categories[category].score * 100)));
      rows.push([page, category, s.n, fmt(s.min, 0), fmt(s.median, 0), fmt(s.max, 0)]);
      checks.push({
        what: `${page} Lighthouse ${category} (median of ${s.n})`,
        value: fmt(s.median, 0),
        target: TARGETS[category] === 100 ? '100' : `≥ ${TARGETS[category]}`,
        ok: s.median >= TARGETS[category],
      });
      const lost = [...new Set(list.flatMap((r) => lostPoints(r, category)))];
      if (lost.length > 0 && category !== 'performance') {
        notes.push(`- ${page}, ${category}: points lost on ${lost.join(', ')}`);
      }
      if (category === 'performance' && s.median < TARGETS.performance) {
        notes.push(`- ${page}, performance below target; metric scores lost on ${lost.join(', ')}`);
      }
    }
    for (const [id, label, unit] of METRICS) {
      const s = stats(list.map((r) => r.audits[id].numericValue));
      rows.push([page, `${label} (${unit})`, s.n, fmt(s.min, 0), fmt(s.median, 0), fmt(s.max, 0)]);
    }
  }
  const first = reports[PAGES[0]][0];
  const settings = first.configSettings;
  const markdown = [
    `Lighthouse ${first.lighthouseVersion} CLI, run from \`.tools\` (outside the lockfile) against`,
    `\`vite preview\` of the build (with the strict CSP header) at ${base}, in ${first.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}`,
    `(CHROME_PATH=${CHROMIUM}, flags \`${FLAGS.join(' ')}\`). Form factor ${settings.formFactor},`,
    `throttling method ${settings.throttlingMethod} (RTT ${settings.throttling.rttMs} ms,`,
    `${fmt(settings.throttling.throughputKbps, 0)} kbps, CPU slowdown ${settings.throttling.cpuSlowdownMultiplier}×),`,
    `categories ${CATEGORIES.join(', ')}. ${RUNS} runs per page, interleaved; each run is a fresh`,
    'Chromium with an empty profile. Targets are judged on the median.',
    '',
    table(['page', 'figure', 'runs', 'min', 'median', 'max'], rows),
    '',
    notes.length > 0 ? 'Where points were lost (audit id and its score, any run):' : '',
    '',
    ...notes,
    '',
    'The JSON reports are in `bench/scratch/lighthouse/`.',
  ].join('\n');
  return { markdown, checks };
}
