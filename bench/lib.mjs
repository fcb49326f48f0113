// Shared helpers for the benchmark: statistics, markdown tables, child processes, servers and
// Chromium. Plain JS with JSDoc; nothing here is imported by the product.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/browser.mjs';

export { CHROMIUM, CHROMIUM_ARGS };

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..');
/** Where the bench may install and build things (gitignored). */
export const SCRATCH = join(ROOT, 'bench', 'scratch');
/** The production build (`npm run build`). */
export const DIST_SOURCE = join(ROOT, 'dist');
/**
 * The bench measures and serves a copy of it, taken when the run starts, so a rebuild in the
 * working tree during a run cannot change what is measured halfway.
 */
export const DIST = join(SCRATCH, 'dist');

/** Copy dist/ to bench/scratch/dist. */
export function snapshotDist() {
  if (!existsSync(join(DIST_SOURCE, '.vite', 'manifest.json'))) {
    throw new Error('dist/ has no build: run `npm run build` first');
  }
  rmSync(DIST, { recursive: true, force: true });
  cpSync(DIST_SOURCE, DIST, { recursive: true });
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * @typedef {{ n: number, min: number, median: number, max: number, p95: number, mean: number }} Stats
 */

/**
 * Count, min, median (mean of the middle two for an even count), p95 (nearest rank) and max.
 * @param {number[]} values
 * @returns {Stats}
 */
export function stats(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n: 0, min: NaN, median: NaN, max: NaN, p95: NaN, mean: NaN };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const p95 = sorted[Math.min(n - 1, Math.ceil(0.95 * n) - 1)];
  const mean = sorted.reduce((s, v) => s + v, 0) / n;
  return { n, min: sorted[0], median, max: sorted[n - 1], p95, mean };
}

/**
 * A number for a table: `digits` decimals, or a dash when missing.
 * @param {number | null | undefined} value
 * @param {number} [digits]
 */
export function fmt(value, digits = 1) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** @param {number} bytes */
export const kB = (bytes) => `${fmt(bytes / 1000, 1)} kB`;

/**
 * A markdown table. Cells are strings (or numbers, printed as they are).
 * @param {string[]} head
 * @param {(string | number)[][]} rows
 */
export function table(head, rows) {
  const line = (cells) => `| ${cells.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * One row of a timing table: label, runs, min, median, (p95,) max in ms.
 * @param {string} label
 * @param {Stats} s
 * @param {{ p95?: boolean, digits?: number }} [options]
 */
export function timingRow(label, s, { p95 = false, digits = 1 } = {}) {
  const row = [label, s.n, fmt(s.min, digits), fmt(s.median, digits)];
  if (p95) row.push(fmt(s.p95, digits));
  row.push(fmt(s.max, digits));
  return row;
}

/** @param {boolean} p95 */
export const timingHead = (p95 = false) =>
  p95
    ? ['measure', 'runs', 'min ms', 'median ms', 'p95 ms', 'max ms']
    : ['measure', 'runs', 'min ms', 'median ms', 'max ms'];

/**
 * A small seeded random generator (mulberry32), so a run can be repeated.
 * @param {number} seed
 */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Run a command to completion; resolves to its output, rejects on a non-zero exit or timeout.
 * The child gets its own process group, so a timeout ends it and everything it started.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number, signal?: AbortSignal }} [options]
 * @returns {Promise<{ stdout: string, stderr: string }>}
 */
export function run(
  command,
  args,
  { cwd = ROOT, env = process.env, timeoutMs = 600_000, signal } = {},
) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const stop = () => killGroup(child.pid);
    const timer = setTimeout(() => {
      stop();
      fail(new Error(`${command} ${args.join(' ')}: timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    const onAbort = () => {
      stop();
      fail(new Error(`${command}: aborted`));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (code === 0) done({ stdout, stderr });
      else
        fail(
          new Error(
            `${command} ${args.join(' ')} exited with ${code}: ${(stderr || stdout).slice(-2000)}`,
          ),
        );
    });
  });
}

/**
 * End a process group this bench started (by its leader's id).
 * @param {number | undefined} pid
 */
export function killGroup(pid) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/**
 * Whether nothing answers on a TCP port, on either loopback address (other people's servers may
 * listen on ::1 only), and we can listen on it.
 * @param {number} port
 */
export async function portFree(port) {
  const answers = (host) =>
    new Promise((done) => {
      const socket = connect({ port, host });
      socket.once('connect', () => {
        socket.destroy();
        done(true);
      });
      socket.once('error', () => done(false));
      socket.setTimeout(1000, () => {
        socket.destroy();
        done(false);
      });
    });
  if ((await answers('127.0.0.1')) || (await answers('::1'))) return false;
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

/**
 * The preferred port when free, else the next free one above it.
 * @param {number} preferred
 */
export async function freePort(preferred) {
  for (let port = preferred; port < preferred + 100; port++) if (await portFree(port)) return port;
  throw new Error(`no free port from ${preferred}`);
}

/**
 * Wait until a URL answers 200.
 * @param {string} url
 * @param {number} [timeoutMs]
 */
export async function waitForUrl(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not up yet.
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * Start `npx vite preview` in `cwd` (for the app: the project's config, so with its CSP header)
 * on a free port, serving `outDir`, and wait until `probe` answers. Resolves to the base URL and
 * a stop function.
 * @param {{ cwd?: string, port: number, probe?: string, outDir?: string }} options
 */
export async function startPreview({ cwd = ROOT, port: preferred, probe = '/index.html', outDir }) {
  const port = await freePort(preferred);
  const args = ['vite', 'preview', '--port', String(port), '--strictPort', '--host', 'localhost'];
  if (outDir) args.push('--outDir', outDir);
  const child = spawn('npx', args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const base = `http://localhost:${port}`;
  try {
    await waitForUrl(`${base}${probe}`, 60_000);
  } catch (error) {
    killGroup(child.pid);
    throw new Error(`vite preview did not start: ${error}\n${output.slice(-1000)}`);
  }
  return {
    base,
    port,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done(undefined);
        child.once('close', () => done(undefined));
        killGroup(child.pid);
        setTimeout(done, 3000);
      }),
  };
}

/** Launch Debian's Chromium headless with the project's flags. */
export function launchChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * An init script (runs in the page before its own scripts): record when a condition first holds,
 * as `performance.now()` (ms since navigation start) and `Date.now()`, in `window.__benchReady`.
 * Checks run on every DOM mutation (also inside the open shadow root of `host`), so the time is
 * the commit that made it true, not a polling tick.
 * @param {{ host: string | null, kind: 'button' | 'input' | 'history', text?: string, id?: string }} spec
 */
export function readyWatcher(spec) {
  const ready = { perf: null, date: null, detail: null };
  Object.defineProperty(window, '__benchReady', { value: ready, configurable: true });
  const check = (root) => {
    if (spec.kind === 'button') {
      for (const b of root.querySelectorAll('button')) {
        if (!b.disabled && b.textContent.trim() === spec.text && b.isConnected)
          return b.textContent;
      }
      return null;
    }
    if (spec.kind === 'input') {
      const input = root.querySelector(`#${spec.id}`);
      return input && !input.disabled ? input.id : null;
    }
    for (const section of root.querySelectorAll('section[aria-labelledby]')) {
      const title = root.getElementById?.(section.getAttribute('aria-labelledby'));
      if (title?.textContent.trim() !== spec.text) continue;
      const items = section.querySelectorAll('li').length;
      if (items > 0) return items;
    }
    return null;
  };
  const watch = (root) => {
    const hit = () => {
      if (ready.perf !== null) return true;
      const detail = check(root);
      if (detail === null) return false;
      ready.perf = performance.now();
      ready.date = Date.now();
      ready.detail = detail;
      return true;
    };
    if (hit()) return;
    const observer = new MutationObserver(() => {
      if (hit()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  };
  if (spec.host === null) {
    const start = () => watch(document);
    if (document.documentElement) start();
    else document.addEventListener('readystatechange', start, { once: true });
    return;
  }
  customElements.whenDefined(spec.host).then(() => {
    const root = document.querySelector(spec.host)?.shadowRoot;
    if (root) watch(root);
  });
}

/**
 * Race a promise against a time box.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export function timeBox(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: time box of ${ms / 1000} s exceeded`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
