#!/usr/bin/env node
// Size report and budget gate for `npm run build`: the gzip bytes of what each page loads
// before its first screen is usable (its scripts, their static imports, and CSS). Lazy chunks
// (later steps, the QR generator and decoder, other locales) are listed but not counted.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  brotliBytes,
  moduleClosure as closure,
  gzipBytes,
  initialFiles as pageFiles,
  readManifest,
} from './initial-load.mjs';

const dist = process.argv[2] ?? 'dist';
/** Budgets in gzip bytes (kB = 1000 bytes, the stricter reading). */
export const BUDGETS = {
  'patient.html': 35_000,
  'consult.html': 45_000,
  // Both elements, with all Dutch texts and the Dutch pack inside, in one file that cannot split:
  // 84 kB since the face scale, read-aloud, pictograms and the overview step (80 kB before);
  // 85 kB since the keuzekaart fill-in fields and the card's authors and reviewers in the consult;
  // 88 kB since the keuzekaarten library: its offers, setting, state and texts render with this
  // file's own Preact, so unlike its reader (samenspraak-library.js) they cannot load beside it;
  // 89 kB since intervisie: the hook that counts a finished consult and the question of "Alles
  // wissen" (the page itself is left out, and the tally loads as samenspraak-tally.js).
  'embed/samenspraak.iife.js': 89_000,
};

const manifest = readManifest(dist);
const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
const gzip = (file) => gzipBytes(dist, file);
const brotli = (file) => brotliBytes(dist, file);

/** Files a page loads up front: its own script and style tags, then static imports. */
const initialFiles = (page) => pageFiles(dist, page, manifest);

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const rows = [];
let failed = false;
// The pages are the HTML files the build wrote: the manifest leaves out a page whose scripts are
// all shared with another page (beheer.html and consult.html), and its budget with it.
const pages = readdirSync(dist)
  .filter((f) => f.endsWith('.html'))
  .sort();
for (const page of Object.keys(BUDGETS).filter((k) => k.endsWith('.html'))) {
  if (!pages.includes(page)) {
    console.error(`${page} has a budget but is not in ${dist}: its size is not measured.`);
    failed = true;
  }
}
const initial = new Set();
for (const page of pages) {
  const files = initialFiles(page);
  for (const f of files) initial.add(f);
  const total = files.reduce((sum, f) => sum + gzip(f), 0);
  const totalBr = files.reduce((sum, f) => sum + brotli(f), 0);
  const budget = BUDGETS[page];
  const over = budget !== undefined && total > budget;
  failed ||= over;
  rows.push([
    page,
    kB(total),
    kB(totalBr),
    budget ? kB(budget) : '–',
    budget ? (over ? 'OVER BUDGET' : 'ok') : '',
  ]);
}

console.log('\nInitial JS+CSS per page (gzip -9; brotli for reference):');
console.table(
  rows.map(([page, gz, br, budget, status]) => ({ page, gzip: gz, brotli: br, budget, status })),
);

const lazy = [...byFile.keys()].filter((f) => /\.(js|css)$/.test(f) && !initial.has(f));
console.log('Lazy chunks of the pages (not in any initial load):');
console.table(lazy.sort().map((file) => ({ file, gzip: kB(gzip(file)) })));

/** An ES module and the modules it imports statically (not `import()`), as a host loads it. */
const moduleClosure = (file) => closure(dist, file);

const embeds = [
  'embed/samenspraak.iife.js',
  'lib/samenspraak-vragenlijst.js',
  'lib/samenspraak-consult.js',
].filter((file) => existsSync(join(dist, file)));
const embedRows = embeds.map((file) => {
  const files = moduleClosure(file);
  const total = files.reduce((sum, f) => sum + gzip(f), 0);
  const totalBr = files.reduce((sum, f) => sum + brotli(f), 0);
  const budget = BUDGETS[file];
  const over = budget !== undefined && total > budget;
  failed ||= over;
  return {
    build: file,
    gzip: kB(total),
    brotli: kB(totalBr),
    budget: budget ? kB(budget) : '–',
    status: budget ? (over ? 'OVER BUDGET' : 'ok') : '',
  };
});
if (embedRows.length > 0) {
  console.log('Builds for host pages (the file and its static imports):');
  console.table(embedRows);
  const onDemand = [
    'embed/samenspraak-qr.js',
    'embed/samenspraak-qrdecoder.js',
    'embed/samenspraak-fhir.js',
    'embed/samenspraak-library.js',
    'embed/samenspraak-import.js',
    'embed/samenspraak-sheet.js',
    'embed/samenspraak-tally.js',
  ].filter((f) => existsSync(join(dist, f)));
  console.log('Loaded on demand by the script-tag build:');
  console.table(onDemand.map((file) => ({ file, gzip: kB(gzip(file)) })));
}

if (failed) {
  console.error('Size budget exceeded: see the tables above.');
  process.exit(1);
}
