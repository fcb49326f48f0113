#!/usr/bin/env node
// Size report and budget gate for `npm run build`: the gzip bytes of what each page loads
// before its first screen is usable (its scripts, their static imports, and CSS). Lazy chunks
// (later steps, the QR generator and decoder, other locales) are listed but not counted.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
/** Budgets in gzip bytes (kB = 1000 bytes, the stricter reading). */
export const BUDGETS = { 'patient.html': 35_000, 'consult.html': 45_000 };

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const brotli = (file) => brotliCompressSync(readFileSync(join(dist, file))).length;

/** Files a page loads up front: its own script and style tags, then static imports. */
function initialFiles(page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?([^"]+)"/g)]
    .map((m) => m[1])
    .filter((ref) => /\.(m?js|css)$/.test(ref));
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const chunk = byFile.get(file);
    for (const css of chunk?.css ?? []) files.add(css);
    for (const key of chunk?.imports ?? []) visit(manifest[key].file);
  };
  refs.forEach(visit);
  return [...files];
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const rows = [];
let failed = false;
const pages = Object.keys(manifest)
  .filter((k) => k.endsWith('.html'))
  .sort();
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
if (existsSync(join(dist, 'samenspraak.iife.js'))) lazy.push('samenspraak.iife.js');
console.log('Lazy chunks (not in any initial load):');
console.table(lazy.sort().map((file) => ({ file, gzip: kB(gzip(file)) })));

if (failed) {
  console.error('Size budget exceeded: see the table above.');
  process.exit(1);
}
