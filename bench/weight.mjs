// 1. Bundle weight: the initial JS+CSS of our pages and the script-tag build, against peers
// built the same way (Vite production build, gzip -9 and brotli of what the page loads first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compressedTotals,
  gzipBytes,
  initialFiles,
  moduleClosure,
  readManifest,
} from '../scripts/initial-load.mjs';
import { buildEmpty, buildPeers, PEER_VERSIONS } from './builds.mjs';
import { DIST, fmt, kB, ROOT, table } from './lib.mjs';

export const title = '1. Bundle weight';
export const timeBoxMs = 12 * 60_000;

/** The quality bars of docs/architecture.md and the size report's budget for the script-tag build (gzip bytes). */
const TARGETS = {
  'patient.html': 35_000,
  'consult.html': 45_000,
  'embed/samenspraak.iife.js': 89_000,
};

/**
 * @param {import('./run.mjs').Context} ctx
 */
export async function measure(ctx) {
  for (const file of ['patient.html', 'consult.html', 'embed/samenspraak.iife.js']) {
    if (!existsSync(join(DIST, file))) {
      throw new Error(`dist/${file} is missing: dist/ is not a whole build; run \`npm run build\``);
    }
  }
  const manifest = readManifest(DIST);
  const ours = [
    {
      id: 'patient.html',
      label: 'ours: patient.html',
      files: initialFiles(DIST, 'patient.html', manifest),
    },
    {
      id: 'consult.html',
      label: 'ours: consult.html',
      files: initialFiles(DIST, 'consult.html', manifest),
    },
    {
      id: 'embed/samenspraak.iife.js',
      label: 'ours: embed/samenspraak.iife.js (script tag, both elements)',
      files: moduleClosure(DIST, 'embed/samenspraak.iife.js'),
    },
  ].map((row) => ({ ...row, ...compressedTotals(DIST, row.files) }));

  const peerBuilds = await buildPeers(ctx);
  const empty = await buildEmpty(ctx);
  const peers = Object.entries({ ...peerBuilds, empty }).map(([id, build]) => {
    const files = initialFiles(build.dist, 'index.html', readManifest(build.dist));
    return { id, label: build.label, files, ...compressedTotals(build.dist, files) };
  });

  const rows = [...ours, ...peers].map((r) => [
    r.label,
    r.files.length,
    `${r.gzip.toLocaleString('en-US')} B (${kB(r.gzip)})`,
    `${r.brotli.toLocaleString('en-US')} B (${kB(r.brotli)})`,
  ]);

  const versus = peers.filter((p) => p.id !== 'empty');
  const ratioRows = ours.map((o) => [
    o.label,
    ...versus.map((p) => `${fmt(o.gzip / p.gzip, 2)} (br ${fmt(o.brotli / p.brotli, 2)})`),
  ]);

  const checks = ours.map((o) => ({
    what: `${o.id} initial JS+CSS, gzip`,
    value: kB(o.gzip),
    target: `≤ ${kB(TARGETS[o.id])}`,
    ok: o.gzip <= TARGETS[o.id],
  }));

  const languageRows = lazyLanguages(manifest).map((l) => [
    `\`${l.code}\``,
    l.name,
    l.locale === undefined ? '–' : `${l.locale.toLocaleString('en-US')} B`,
    l.pack === undefined ? '–' : `${l.pack.toLocaleString('en-US')} B`,
    kB((l.locale ?? 0) + (l.pack ?? 0)),
  ]);

  const fileList = [...ours, ...peers]
    .map((r) => `- ${r.label}: ${r.files.map((f) => `\`${f}\``).join(', ')}`)
    .join('\n');

  const markdown = [
    'What a page loads before its first screen is usable: its own `<script>` and `<link>` tags and',
    'their static imports, with their CSS (`scripts/initial-load.mjs`, the same code as the size',
    'report of `npm run build`). Lazy chunks are not counted. gzip at level 9, brotli at its',
    'default quality (11). Bytes are exact; kB = 1000 B. Sizes are deterministic: one run each.',
    '',
    table(['build', 'files', 'gzip -9', 'brotli'], rows),
    '',
    'Each patient language is its own lazy chunk: the interface texts (`locales/<code>.json`)',
    'and the content pack (`content/packs/samenspraak-pg.<code>.json`), fetched the first time',
    'the language is chosen (or prefetched after the first paint). Nothing of them is in the',
    'initial load above; the Dutch texts are, as the default (–). gzip -9 of the page build chunks:',
    '',
    table(['language', 'name', 'texts', 'pack', 'together'], languageRows),
    '',
    'Ratio ours / peer (gzip; brotli in brackets). Below 1 means ours is smaller:',
    '',
    table(['ours', ...versus.map((p) => p.id)], ratioRows),
    '',
    `Peers are pinned and installed with \`npm install --prefix bench/scratch/peers\`: ${Object.entries(
      PEER_VERSIONS,
    )
      .map(([n, v]) => `${n}@${v}`)
      .join(', ')}. Each is a Vite ${PEER_VERSIONS.vite} production build (\`vite build\`, target`,
    'es2022) of one `index.html` whose module renders the peer: SurveyJS renders six `slider`',
    'questions (0–10, step 1) with its default theme CSS; Chart.js draws a six-axis radar of the',
    'same scores, once with only the radar controller, scale and elements registered (the lean',
    'way) and once with `chart.js/auto`. The peers do less than our pages: no storage, no i18n,',
    'no validation, no steps. The empty Preact page is the floor that any Preact page pays.',
    '',
    '<details><summary>Files counted</summary>',
    '',
    fileList,
    '',
    '</details>',
  ].join('\n');
  return { markdown, checks };
}

/**
 * The gzip bytes of each language's lazy chunks in the page build, found through the build
 * manifest by their source files.
 * @param {Record<string, { file: string }>} manifest
 */
function lazyLanguages(manifest) {
  const languages = JSON.parse(readFileSync(join(ROOT, 'locales', 'languages.json'), 'utf8'));
  const chunk = (source) => {
    const entry = Object.entries(manifest).find(([key]) => key.endsWith(source));
    return entry && gzipBytes(DIST, entry[1].file);
  };
  return languages.map(({ code, name }) => ({
    code,
    name,
    locale: code === 'nl' ? undefined : chunk(`locales/${code}.json`),
    pack: chunk(`content/packs/samenspraak-pg.${code}.json`),
  }));
}
