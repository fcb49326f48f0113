#!/usr/bin/env node
// Totals what `npm test` wrote to reports/ into the one line CI reads: "N passed, N failed".
// Typecheck and lint count as one check each; a stage that failed without writing its report
// (a crash, a missing browser under CI) counts as one failure, so nothing fails silently.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const stages = read('reports/stages.json') ?? [];
const vitest = read('reports/vitest.json');
const playwright = read('reports/playwright.json');

let passed = 0;
let failed = 0;
for (const stage of stages) {
  if (stage.name === 'unit and component tests' && vitest) {
    passed += vitest.numPassedTests;
    failed += vitest.numFailedTests;
    if (stage.status === 'failed' && vitest.numFailedTests === 0) failed += 1;
  } else if (stage.name === 'browser tests' && playwright && stage.status !== 'skipped') {
    const s = playwright.stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected;
    if (stage.status === 'failed' && s.unexpected === 0) failed += 1;
  } else if (stage.status === 'passed') passed += 1;
  else if (stage.status === 'failed') failed += 1;
}
if (stages.length === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
