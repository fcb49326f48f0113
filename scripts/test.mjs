#!/usr/bin/env node
// `npm test`: every stage runs, even after an earlier one fails, so one run shows everything.
// Results land in reports/ (vitest.json, vitest-component.json, playwright.json, stages.json)
// for .ci/run to total.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { CHROMIUM, hasChromium } from './browser.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const stages = [
  { name: 'typecheck', args: ['run', 'typecheck'] },
  { name: 'lint', args: ['run', 'lint'] },
  { name: 'unit tests', args: ['run', 'test:unit'] },
  { name: 'component tests', args: ['run', 'test:component'], chromium: true },
  { name: 'browser tests', args: ['run', 'test:e2e'], chromium: true },
];

// Stale reports from an earlier run must never be counted.
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
const results = [];
for (const { name, args, chromium } of stages) {
  if (chromium && !hasChromium()) {
    const message = `No Chromium at ${CHROMIUM}: the ${name} cannot run. Install it with: apt-get install chromium`;
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
