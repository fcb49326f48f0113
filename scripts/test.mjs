#!/usr/bin/env node
// `npm test`: every stage runs, even after an earlier one fails, so one run shows everything.
// Results land in reports/ (vitest.json, playwright.json, stages.json) for .ci/run to total.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { CHROMIUM, hasChromium } from './browser.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const stages = [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['unit and component tests', ['run', 'test:unit']],
  ['browser tests', ['run', 'test:e2e']],
];

// Stale reports from an earlier run must never be counted.
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
const results = [];
for (const [name, args] of stages) {
  if (name === 'browser tests' && !hasChromium()) {
    const message = `No Chromium at ${CHROMIUM}: the browser tests cannot run. Install it with: apt-get install chromium`;
    if (ci) {
      console.error(`\n✗ ${message} (CI=true: this is a failure)`);
      results.push({ name, status: 'failed', reason: 'no chromium' });
    } else {
      console.warn(`\n! ${message}. Skipped; everything else ran.`);
      results.push({ name, status: 'skipped', reason: 'no chromium' });
    }
    continue;
  }
  console.log(`\n▶ ${name}`);
  const run = spawnSync('npm', args, { stdio: 'inherit' });
  results.push({ name, status: run.status === 0 ? 'passed' : 'failed' });
}

writeFileSync('reports/stages.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nSummary:');
for (const r of results)
  console.log(`  ${r.status.padEnd(7)} ${r.name}${r.reason ? ` (${r.reason})` : ''}`);
process.exit(results.some((r) => r.status === 'failed') ? 1 : 0);
