// The comparison builds in bench/scratch: the peers (SurveyJS, Chart.js) and an empty Preact
// page. Each is a plain Vite production build of one index.html, measured like our pages.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run, SCRATCH } from './lib.mjs';

/** What the peers are installed at; printed with every result. */
export const PEER_VERSIONS = {
  'survey-core': '2.5.38',
  'survey-js-ui': '2.5.38',
  'chart.js': '4.6.1',
  vite: '8.3.8',
  preact: '11.2.0',
};

export const PEERS_DIR = join(SCRATCH, 'peers');
export const EMPTY_DIR = join(SCRATCH, 'empty');

/** The six dimensions of Positieve Gezondheid, as our questionnaire labels them. */
const DIMENSIONS = [
  'Lichaamsfuncties',
  'Mentaal welbevinden',
  'Zingeving',
  'Kwaliteit van leven',
  'Meedoen',
  'Dagelijks functioneren',
];

const page = (title, body) => `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <script type="module" src="./main.js"></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;

/** The peer projects: a folder each, with its page and entry module. */
const PEER_PROJECTS = {
  surveyjs: {
    label: `SurveyJS ${PEER_VERSIONS['survey-core']} (survey-core + survey-js-ui), six 0–10 sliders`,
    html: page('SurveyJS: six sliders', '<div id="survey"></div>'),
    main: `import 'survey-core/survey-core.css';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

const dimensions = ${JSON.stringify(DIMENSIONS)};
const survey = new Model({
  pages: [
    {
      elements: dimensions.map((title, i) => ({
        type: 'slider',
        name: 'dimension' + i,
        title,
        min: 0,
        max: 10,
        step: 1,
      })),
    },
  ],
});
renderSurvey(survey, document.getElementById('survey'));
`,
  },
  chartjs: {
    label: `Chart.js ${PEER_VERSIONS['chart.js']}, six-axis radar (only the radar parts registered)`,
    html: page(
      'Chart.js: radar',
      '<canvas id="web" width="400" height="400" aria-label="web"></canvas>',
    ),
    main: `import {
  Chart,
  Filler,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
} from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);
new Chart(document.getElementById('web'), {
  type: 'radar',
  data: {
    labels: ${JSON.stringify(DIMENSIONS)},
    datasets: [{ label: 'Scores', data: [6, 4, 10, 7, 3, 5], fill: true }],
  },
  options: { scales: { r: { min: 0, max: 10, ticks: { stepSize: 2 } } } },
});
`,
  },
  'chartjs-auto': {
    label: `Chart.js ${PEER_VERSIONS['chart.js']}, six-axis radar via chart.js/auto (everything registered)`,
    html: page(
      'Chart.js auto: radar',
      '<canvas id="web" width="400" height="400" aria-label="web"></canvas>',
    ),
    main: `import Chart from 'chart.js/auto';

new Chart(document.getElementById('web'), {
  type: 'radar',
  data: {
    labels: ${JSON.stringify(DIMENSIONS)},
    datasets: [{ label: 'Scores', data: [6, 4, 10, 7, 3, 5], fill: true }],
  },
  options: { scales: { r: { min: 0, max: 10, ticks: { stepSize: 2 } } } },
});
`,
  },
};

/** The installed version of a package under `dir`, or null. */
function installedVersion(dir, name) {
  const file = join(dir, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null;
}

/**
 * Install the pinned peers into bench/scratch/peers unless they are there already.
 * @param {{ log: (...a: unknown[]) => void, signal?: AbortSignal }} ctx
 */
export async function ensurePeers(ctx) {
  const missing = Object.entries(PEER_VERSIONS).filter(
    ([name, version]) => installedVersion(PEERS_DIR, name) !== version,
  );
  if (missing.length === 0) return;
  mkdirSync(PEERS_DIR, { recursive: true });
  const specs = Object.entries(PEER_VERSIONS).map(([name, version]) => `${name}@${version}`);
  ctx.log(`installing peers: npm install --prefix bench/scratch/peers ${specs.join(' ')}`);
  await run(
    'npm',
    ['install', '--prefix', PEERS_DIR, '--no-audit', '--no-fund', '--save-exact', ...specs],
    { timeoutMs: 300_000, signal: ctx.signal },
  );
}

/**
 * Write one project folder and build it with the given Vite (production, manifest on).
 * @param {string} dir
 * @param {string} viteBin
 * @param {Record<string, string>} files
 * @param {AbortSignal} [signal]
 */
async function viteBuild(dir, viteBin, files, signal) {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  await run(
    process.execPath,
    [viteBin, 'build', '--manifest', '--emptyOutDir', '--logLevel', 'warn', '--target', 'es2022'],
    { cwd: dir, timeoutMs: 180_000, signal },
  );
  return join(dir, 'dist');
}

/**
 * Build every peer project; resolves to `{ id: { label, dist } }`.
 * @param {{ log: (...a: unknown[]) => void, signal?: AbortSignal }} ctx
 */
export async function buildPeers(ctx) {
  await ensurePeers(ctx);
  const viteBin = join(PEERS_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
  /** @type {Record<string, { label: string, dist: string }>} */
  const out = {};
  for (const [id, project] of Object.entries(PEER_PROJECTS)) {
    ctx.log(`building peer ${id}`);
    const dist = await viteBuild(
      join(PEERS_DIR, id),
      viteBin,
      { 'index.html': project.html, 'main.js': project.main },
      ctx.signal,
    );
    out[id] = { label: project.label, dist };
  }
  return out;
}

/** The CSP our pages are served with, so the empty page runs under the same rules. */
const EMPTY_CONFIG = `import { PAGE_CSP } from '../../../scripts/csp.mjs';

export default {
  build: { manifest: true, target: 'es2022', modulePreload: { polyfill: false } },
  preview: { headers: { 'Content-Security-Policy': PAGE_CSP } },
};
`;

/**
 * The floor: an empty Preact page with one enabled button, built with the project's own Vite
 * and Preact (the same versions our pages use), and served with the same CSP header.
 * @param {{ log: (...a: unknown[]) => void, signal?: AbortSignal }} ctx
 */
export async function buildEmpty(ctx) {
  return buildFloor(
    ctx,
    EMPTY_DIR,
    'Leeg',
    `import { h, render } from 'preact';

render(h('button', { type: 'button' }, 'Beginnen'), document.getElementById('app'));
`,
    "one button (the project's Vite and Preact)",
  );
}

/** Build a one-module Preact page with the project's Vite and Preact, served with our CSP. */
async function buildFloor(ctx, dir, title, main, what) {
  ctx.log(`building the empty Preact page: ${what}`);
  const dist = await viteBuild(
    dir,
    join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
    {
      'index.html': page(title, '<main id="app"></main>'),
      'main.js': main,
      'vite.config.mjs': EMPTY_CONFIG,
    },
    ctx.signal,
  );
  return { label: `empty Preact ${installedVersion(ROOT, 'preact')} page, ${what}`, dist };
}

export const SLIDER_DIR = join(SCRATCH, 'empty-slider');

/**
 * The interaction floor: an empty Preact page whose range input and drag on an SVG redraw one
 * circle, built and served like the empty page.
 * @param {{ log: (...a: unknown[]) => void, signal?: AbortSignal }} ctx
 */
export async function buildSliderFloor(ctx) {
  return buildFloor(
    ctx,
    SLIDER_DIR,
    'Schuif',
    `import { h, render } from 'preact';
import { useState } from 'preact/hooks';

function Floor() {
  const [value, setValue] = useState(5);
  const drag = (event) => {
    if (event.buttons !== 1) return;
    const box = event.currentTarget.getBoundingClientRect();
    // The same geometry as our web's first axis: centre 200, radius 130, straight up.
    const y = ((event.clientY - box.top) * 400) / box.height;
    const score = Math.round((200 - y) / 13);
    setValue(Math.max(0, Math.min(10, score)));
  };
  return h('div', null,
    h('label', null, 'Score ', h('input', { type: 'range', min: 0, max: 10, value,
      onInput: (event) => setValue(Number(event.currentTarget.value)) })),
    h('svg', { class: 'web', viewBox: '0 0 400 400', width: 400, height: 400, onPointerMove: drag },
      h('circle', { cx: 200, cy: 200, r: 13 * value + 1 })));
}

render(h(Floor), document.getElementById('app'));
`,
    'one slider redrawing one SVG circle',
  );
}
