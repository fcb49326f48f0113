#!/usr/bin/env node
// Totals what `npm test` wrote to reports/ into the one line CI reads: "N passed, N failed".
// Typecheck and lint count as one check each; a stage that failed without writing its report
// (a crash, a missing browser under CI) counts as one failure, so nothing fails silently.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const stages = read('reports/stages.json') ?? [];

/** Each stage's test report, and how to count it. */
const reports = {
  'unit tests': { file: 'reports/vitest.json', count: vitestCounts },
  'component tests': { file: 'reports/vitest-component.json', count: vitestCounts },
  'browser tests': { file: 'reports/playwright.json', count: playwrightCounts },
};

function vitestCounts(report) {
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function playwrightCounts(report) {
  const s = report.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected };
}

let passed = 0;
let failed = 0;
for (const stage of stages) {
  const source = reports[stage.name];
  const report = source && stage.status !== 'skipped' ? read(source.file) : null;
  if (report) {
    const counts = source.count(report);
    passed += counts.passed;
    failed += counts.failed;
    if (stage.status === 'failed' && counts.failed === 0) failed += 1;
  } else if (stage.status === 'passed') passed += 1;
  else if (stage.status === 'failed') failed += 1;
}
if (stages.length === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
