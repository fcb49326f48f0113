#!/usr/bin/env node
// `npm run bench`: measures Samenspraak against the quality bars of docs/architecture.md and against peers, prints the tables and
// writes bench/results.md. Not part of `npm test`; no test asserts a time.
//
//   node bench/run.mjs                      every section
//   node bench/run.mjs weight kill          only these (their blocks in results.md are replaced)
//
// Sections: weight, lighthouse, interaction, scale, startup, kill, trace, consult. Run
// `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, DIST, DIST_SOURCE, ROOT, snapshotDist, startPreview, timeBox } from './lib.mjs';

/**
 * What every section gets.
 * @typedef {object} Context
 * @property {() => Promise<{ base: string, port: number }>} preview the app's `vite preview`, started on first use
 * @property {(cleanup: () => unknown) => void} defer run at the end of the section, also on failure
 * @property {AbortSignal} signal aborted when the section's time box runs out
 * @property {(...args: unknown[]) => void} log progress on stderr
 */

/**
 * A section's result.
 * @typedef {{ what: string, value: string, target: string, ok: boolean }} Check
 * @typedef {{ markdown: string, checks: Check[] }} SectionResult
 */

const SECTIONS = {
  weight: () => import('./weight.mjs'),
  lighthouse: () => import('./lighthouse.mjs'),
  interaction: () => import('./interaction.mjs'),
  scale: () => import('./scale.mjs'),
  startup: () => import('./startup.mjs'),
  kill: () => import('./kill.mjs'),
  trace: () => import('./trace.mjs'),
  consult: () => import('./consult.mjs'),
};

const RESULTS = join(ROOT, 'bench', 'results.md');

const log = (...args) => console.error('[bench]', ...args);

function sh(command, args) {
  try {
    return execFileSync(command, args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

function packageVersion(dir, name) {
  const file = join(dir, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : 'not installed';
}

/** The machine and the code measured. */
function machine() {
  const cpu = cpus();
  const commit = sh('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['status', '--porcelain']) !== '';
  const manifest = join(DIST_SOURCE, '.vite/manifest.json');
  const debian = existsSync('/etc/debian_version')
    ? readFileSync('/etc/debian_version', 'utf8').trim()
    : '';
  return {
    cpu: `${cpu[0]?.model ?? 'unknown'}`,
    cores: cpu.length,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `Linux ${release()}${debian ? `, Debian ${debian}` : ''}`,
    node: process.version,
    chromium: sh(CHROMIUM, ['--version']),
    playwright: packageVersion(ROOT, '@playwright/test'),
    lighthouse: packageVersion(join(ROOT, '.tools'), 'lighthouse'),
    commit: `${commit}${dirty ? ' (with uncommitted changes in the working tree)' : ''}`,
    build: existsSync(manifest) ? statSync(manifest).mtime.toISOString() : 'no build',
  };
}

function machineTable(m) {
  return [
    '| | |',
    '| --- | --- |',
    `| CPU | ${m.cpu} |`,
    `| cores | ${m.cores} |`,
    `| memory | ${m.memory} |`,
    `| OS | ${m.os} |`,
    `| Node | ${m.node} |`,
    `| Chromium | ${m.chromium} |`,
    `| Playwright | ${m.playwright} |`,
    `| Lighthouse | ${m.lighthouse} |`,
    `| git commit | ${m.commit} |`,
    `| dist/ built | ${m.build} |`,
  ].join('\n');
}

/**
 * Run one section inside its time box; a failure becomes a report, never a crash.
 * @param {string} name
 * @param {() => Promise<{ base: string, port: number }>} preview
 */
async function runSection(name, preview) {
  const started = Date.now();
  const controller = new AbortController();
  /** @type {(() => unknown)[]} */
  const cleanups = [];
  let title = name;
  /** @type {SectionResult} */
  let result;
  let error = null;
  try {
    const mod = await SECTIONS[name]();
    title = mod.title;
    log(`${title}: start (time box ${mod.timeBoxMs / 60_000} min)`);
    /** @type {Context} */
    const ctx = {
      preview,
      defer: (fn) => cleanups.push(fn),
      signal: controller.signal,
      log: (...args) => log(`${name}:`, ...args),
    };
    result = await timeBox(mod.measure(ctx), mod.timeBoxMs, title);
  } catch (caught) {
    error = caught;
    controller.abort();
    log(`${title}: FAILED: ${caught?.stack ?? caught}`);
  }
  for (const cleanup of cleanups.reverse()) {
    try {
      await timeBox(Promise.resolve().then(cleanup), 15_000, 'cleanup');
    } catch (caught) {
      log(`${name}: cleanup failed: ${caught}`);
    }
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  if (error) {
    result = {
      markdown: [
        `**This section failed** after ${seconds} s, so it has no figures:`,
        '',
        '```',
        String(error?.stack ?? error).slice(0, 3000),
        '```',
      ].join('\n'),
      checks: [{ what: `${title}`, value: 'section failed', target: 'runs', ok: false }],
    };
  }
  return { name, title, seconds, ...result };
}

function sectionBlock(section, m, date) {
  return [
    `<!-- section:${section.name} -->`,
    `## ${section.title}`,
    '',
    `_Measured ${date} at commit ${m.commit}; the section took ${section.seconds} s._`,
    '',
    section.markdown,
    '',
    section.checks.length > 0 ? '**Targets**' : '',
    '',
    ...section.checks.map(
      (c) => `- ${c.ok ? 'met' : '**MISSED**'}: ${c.what}: ${c.value} (target ${c.target})`,
    ),
    '',
    `<!-- checks:${JSON.stringify(section.checks)} -->`,
    `<!-- /section:${section.name} -->`,
  ].join('\n');
}

/** The blocks already in results.md, by section name. */
function previousBlocks() {
  if (!existsSync(RESULTS)) return {};
  const text = readFileSync(RESULTS, 'utf8');
  /** @type {Record<string, string>} */
  const blocks = {};
  for (const match of text.matchAll(/<!-- section:(\w+) -->[\s\S]*?<!-- \/section:\1 -->/g)) {
    blocks[match[1]] = match[0];
  }
  return blocks;
}

function checksOf(block) {
  const match = block.match(/<!-- checks:(.*) -->/);
  try {
    return match ? JSON.parse(match[1]) : [];
  } catch {
    return [];
  }
}

async function main() {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((a) => !(a in SECTIONS));
  if (unknown.length > 0) {
    console.error(
      `unknown section(s): ${unknown.join(', ')}; choose from ${Object.keys(SECTIONS).join(', ')}`,
    );
    process.exit(2);
  }
  const names = asked.length > 0 ? asked : Object.keys(SECTIONS);
  const started = Date.now();
  const m = machine();
  try {
    snapshotDist();
  } catch (error) {
    console.error(String(error));
    process.exit(1);
  }
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');

  /** @type {Promise<{ base: string, port: number, stop: () => Promise<unknown> }> | null} */
  let server = null;
  const preview = () => {
    server ??= startPreview({ port: 4173, outDir: DIST });
    return server;
  };
  const stopServer = async () => {
    if (!server) return;
    const s = await server.catch(() => null);
    server = null;
    await s?.stop();
  };
  process.once('SIGINT', () => {
    void stopServer().finally(() => process.exit(130));
  });

  const sections = [];
  for (const name of names) {
    sections.push(await runSection(name, preview));
  }
  await stopServer();

  const blocks = previousBlocks();
  for (const s of sections) blocks[s.name] = sectionBlock(s, m, date);
  const ordered = Object.keys(SECTIONS).filter((n) => blocks[n]);
  const allChecks = ordered.flatMap((n) => checksOf(blocks[n]).map((c) => ({ ...c, section: n })));
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);

  const header = [
    '# Samenspraak benchmark',
    '',
    'Written by `npm run bench` (`node bench/run.mjs [section …]`). Not part of `npm test`. Every',
    'timing gives its number of runs with min, median and max; a figure that misses its target',
    'says so. Nothing here is tuned to pass.',
    '',
    `Last written ${date}; that run (${names.join(', ')}) took ${minutes} min.`,
    '',
    '## Machine',
    '',
    machineTable(m),
    '',
    '## Targets at a glance',
    '',
    '| section | figure | value | target | result |',
    '| --- | --- | --- | --- | --- |',
    ...allChecks.map(
      (c) =>
        `| ${c.section} | ${c.what} | ${c.value} | ${c.target} | ${c.ok ? 'met' : '**MISSED**'} |`,
    ),
    '',
  ].join('\n');

  writeFileSync(RESULTS, `${header}\n${ordered.map((n) => blocks[n]).join('\n\n')}\n`);

  console.log(header);
  for (const s of sections) {
    console.log(`${sectionBlock(s, m, date).replace(/^<!--.*-->\n?/gm, '')}\n`);
  }
  log(`wrote ${RESULTS} in ${minutes} min`);
}

// A stray rejection in a section that ran out of time must not end the whole run.
process.on('unhandledRejection', (reason) => log('unhandled rejection:', reason));

await main();
