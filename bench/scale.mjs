// 4. Scale: the GP's history with 1,000, 10,000 and 50,000 finished consults in IndexedDB. How the
// first page of the history, a search by date, the retention purge and the page's memory grow.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, launchChromium, ROOT, readyWatcher, stats, table } from './lib.mjs';

export const title = '4. Scale (history in IndexedDB)';
export const timeBoxMs = 20 * 60_000;

const SIZES = [1_000, 10_000, 50_000];
const OPEN_RUNS = 10;
const FIND_RUNS = 20;
const PURGE_RUNS = 5;
const PURGE_COUNT = 5_000;
const BATCH = 1_000;
const DAY = 24 * 60 * 60 * 1000;
/** The default retention (days); records the bench keeps are younger, the expired ones older. */
const RETENTION_DAYS = 30;

/**
 * A valid consult state: the one in the migration fixture (tests/fixtures/database-v2.ts), with
 * the field added after release 0.1. Read from the fixture so it follows the schema's tests.
 */
function fixtureState() {
  const text = readFileSync(join(ROOT, 'tests', 'fixtures', 'database-v2.ts'), 'utf8');
  const marker = 'export const V2_RECORDS = ';
  const from = text.indexOf(marker);
  const to = text.indexOf('} as const;', from);
  if (from < 0 || to < 0) throw new Error('V2_RECORDS not found in tests/fixtures/database-v2.ts');
  const records = new Function(`return (${text.slice(from + marker.length, to + 1)});`)();
  const consult = Object.values(records.consults)[0];
  return { ...consult.state, summaryEdit: null };
}

const SUMMARY = [
  'S: Hulpvraag: moe en somber sinds verhuizing. Verwachting: uitleg, meedenken.',
  'S: Positieve Gezondheid (patient, 0-10): lichaamsfuncties 6, mentaal welbevinden 4, zingeving 10, kwaliteit van leven 7, meedoen 3, dagelijks functioneren 5.',
  'E: Samen beslissen: keuze benoemd. Besproken opties: afwachten; gesprekken POH-GGZ.',
  'P: Gezamenlijke keuze: gesprekken POH-GGZ. Besloten door: patient en huisarts samen. Keuzecheck 3/4.',
  'P: Afspraken: afspraak POH-GGZ.',
  'E: Hulpmiddel: Samenspraak 0.1.0; keuzekaart somberheid 1.0.0.',
].join('\n');

/**
 * In the page: write `count` finished consults into 'samenspraak'/'history', keyed as
 * src/storage/history.ts keys them, spread evenly between two moments, `batch` per transaction.
 */
async function writeRecords({ state, summary, prefix, count, fromMs, toMs, batch }) {
  const db = await new Promise((done, fail) => {
    const request = indexedDB.open('samenspraak');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const pad = (ms) => String(Math.max(0, Math.floor(ms))).padStart(15, '0');
  const t0 = performance.now();
  for (let i = 0; i < count; i += batch) {
    await new Promise((done, fail) => {
      const tx = db.transaction('history', 'readwrite');
      const store = tx.objectStore('history');
      for (let j = i; j < Math.min(count, i + batch); j++) {
        const startedAt = Math.round(toMs - ((j + 0.5) * (toMs - fromMs)) / count);
        const id = `${prefix}-${j}`;
        store.put(
          {
            id,
            startedAt,
            finishedAt: startedAt + 12 * 60 * 1000,
            summary,
            state: { ...state, hulpvraag: `Bench ${prefix} ${j}: moe en somber.` },
          },
          `${pad(startedAt)}:${id}`,
        );
      }
      tx.oncomplete = () => done(undefined);
      tx.onerror = () => fail(tx.error);
      tx.onabort = () => fail(tx.error);
    });
  }
  const ms = performance.now() - t0;
  const total = await new Promise((done) => {
    const request = db.transaction('history').objectStore('history').count();
    request.onsuccess = () => done(request.result);
  });
  db.close();
  return { ms, total };
}

/** In the page: the app's date search — keys between two padded dates, newest first. */
async function findByDate({ fromMs, toMs }) {
  const db = await new Promise((done, fail) => {
    const request = indexedDB.open('samenspraak');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const pad = (ms) => String(Math.max(0, Math.floor(ms))).padStart(15, '0');
  const t0 = performance.now();
  const values = await new Promise((done, fail) => {
    const out = [];
    const range = IDBKeyRange.bound(pad(fromMs), `${pad(toMs)};`);
    const request = db.transaction('history').objectStore('history').openCursor(range, 'prev');
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return done(out);
      out.push(cursor.value);
      cursor.continue();
    };
    request.onerror = () => fail(request.error);
  });
  const ms = performance.now() - t0;
  db.close();
  return { ms, count: values.length };
}

/** In the page: the retention purge, as deleteBelow in src/storage/database.ts does it. */
async function purge({ cutoffMs }) {
  const db = await new Promise((done, fail) => {
    const request = indexedDB.open('samenspraak');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const pad = (ms) => String(Math.max(0, Math.floor(ms))).padStart(15, '0');
  const t0 = performance.now();
  const count = await new Promise((done, fail) => {
    const below = IDBKeyRange.upperBound(pad(cutoffMs), true);
    const tx = db.transaction('history', 'readwrite');
    const store = tx.objectStore('history');
    let counted = 0;
    const request = store.count(below);
    request.onsuccess = () => {
      counted = request.result;
      store.delete(below);
    };
    tx.oncomplete = () => done(counted);
    tx.onerror = () => fail(tx.error);
  });
  const ms = performance.now() - t0;
  db.close();
  return { ms, count };
}

const MiB = (bytes) => `${fmt(bytes / 1024 ** 2, 1)} MiB`;

/** @param {import('./run.mjs').Context} ctx */
export async function measure(ctx) {
  const { base } = await ctx.preview();
  const state = fixtureState();
  const browser = await launchChromium();
  ctx.defer(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(readyWatcher, {
    host: 'samenspraak-consult',
    kind: 'history',
    text: 'Geschiedenis',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // The app creates the database (version 4) on its first open.
  await page.goto(`${base}/consult.html`);
  await page.locator('samenspraak-consult').locator('#consultcode').waitFor();
  await page.waitForFunction(async () => {
    const dbs = await indexedDB.databases();
    return dbs.some((d) => d.name === 'samenspraak' && d.version === 4);
  });

  const now = Date.now();
  const results = [];
  let written = 0;
  for (const size of SIZES) {
    if (ctx.signal.aborted) throw new Error('aborted');
    ctx.log(`writing ${size - written} records (total ${size})`);
    const write = await page.evaluate(writeRecords, {
      state,
      summary: SUMMARY,
      prefix: `bench${size}`,
      count: size - written,
      fromMs: now - 28 * DAY,
      toMs: now - 60_000,
      batch: BATCH,
    });
    if (write.total !== size)
      throw new Error(`expected ${size} records, the store has ${write.total}`);
    written = size;

    const open = [];
    const heapUsed = [];
    const heapMetric = [];
    let listed = 0;
    for (let i = 0; i < OPEN_RUNS; i++) {
      await page.reload();
      const ready = await page.waitForFunction(
        () => window.__benchReady?.perf != null && window.__benchReady,
        null,
        {
          timeout: 60_000,
        },
      );
      const mark = await ready.jsonValue();
      open.push(mark.perf);
      listed = mark.detail;
      const metrics = await cdp.send('Performance.getMetrics');
      heapMetric.push(metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN);
      await cdp.send('HeapProfiler.collectGarbage');
      heapUsed.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
    }
    const storage = await page.evaluate(() =>
      navigator.storage.estimate().then((e) => e.usage ?? 0),
    );

    const find = [];
    const findNarrow = [];
    let found = 0;
    let foundNarrow = 0;
    // The narrow window holds about as many consults at every size (1 day at 1,000 records).
    const narrow = (DAY * SIZES[0]) / size;
    for (let i = 0; i < FIND_RUNS; i++) {
      const r = await page.evaluate(findByDate, { fromMs: now - 15 * DAY, toMs: now - 14 * DAY });
      find.push(r.ms);
      found = r.count;
      const n = await page.evaluate(findByDate, {
        fromMs: now - 15 * DAY,
        toMs: now - 15 * DAY + narrow,
      });
      findNarrow.push(n.ms);
      foundNarrow = n.count;
    }

    const purged = [];
    for (let i = 0; i < PURGE_RUNS; i++) {
      if (ctx.signal.aborted) throw new Error('aborted');
      await page.evaluate(writeRecords, {
        state,
        summary: SUMMARY,
        prefix: `expired${size}r${i}`,
        count: PURGE_COUNT,
        fromMs: now - 60 * DAY,
        toMs: now - 31 * DAY,
        batch: BATCH,
      });
      const r = await page.evaluate(purge, { cutoffMs: now - RETENTION_DAYS * DAY });
      if (r.count !== PURGE_COUNT)
        throw new Error(`purge removed ${r.count}, expected ${PURGE_COUNT}`);
      purged.push(r.ms);
    }
    results.push({
      size,
      write,
      open,
      heapUsed,
      heapMetric,
      storage,
      listed,
      find,
      found,
      findNarrow,
      foundNarrow,
      purged,
    });
    ctx.log(`${size}: open median ${fmt(stats(open).median)} ms`);
  }

  const row = (label, pick, format = (v) => fmt(v, 1)) =>
    results.map((r) => {
      const s = stats(pick(r));
      return [
        label,
        r.size.toLocaleString('en-US'),
        s.n,
        format(s.min),
        format(s.median),
        format(s.max),
      ];
    });
  const timing = [
    ...row('open consult.html → history lists its first entries (ms)', (r) => r.open),
    ...row('find by date, one day, reverse cursor (ms)', (r) => r.find),
    ...row('find by date, window scaled to ≈ the same count (ms)', (r) => r.findNarrow),
    ...row(`purge ${PURGE_COUNT.toLocaleString('en-US')} expired records (ms)`, (r) => r.purged),
    ...row('JS heap used after GC, Runtime.getHeapUsage', (r) => r.heapUsed, MiB),
    ...row('JSHeapUsedSize before GC, Performance.getMetrics', (r) => r.heapMetric, MiB),
  ];
  const growth = (pick) => {
    const medians = results.map((r) => stats(pick(r)).median);
    return medians.map((m) => fmt(m / medians[0], 2)).join(' → ');
  };
  const detail = results.map((r) => [
    r.size.toLocaleString('en-US'),
    `${fmt(r.write.ms / 1000, 1)} s`,
    r.listed,
    r.found,
    r.foundNarrow,
    MiB(r.storage),
  ]);
  const markdown = [
    `Chromium headless, no CPU throttling (the GP's desktop). One browser context for the whole`,
    'section: consult.html is opened once so the app creates its database (version 4), then',
    'records are written in the page (raw IndexedDB, store `history`, key = 15-digit start time',
    "+ ':' + id, value {id, startedAt, finishedAt, summary, state}, as src/storage/history.ts",
    `writes them; the state is the consult of tests/fixtures/database-v2.ts with \`summaryEdit: null\`, a`,
    `${SUMMARY.length}-character summary). The store grows 1,000 → 10,000 → 50,000, spread evenly over the last 28`,
    `days, so all are within the default retention of ${RETENTION_DAYS} days.`,
    '',
    `- **open**: \`page.reload()\` of consult.html (HTTP cache and service worker warm; the data is what`,
    '  grows), timed in the page from navigation start (`performance.now()`) to the DOM commit',
    '  in which the region "Geschiedenis" in the shadow root of `<samenspraak-consult>` first',
    "  lists entries (a MutationObserver installed before the page's scripts). This includes the",
    "  app's check whether the daily purge is due (it ran at the first open only) and its first",
    '  history query (20 + 1 entries, each validated).',
    '- **find by date**: the keys between two padded dates, newest first, with a raw cursor in the',
    '  page, as `history.between()` queries them (without the per-record validation the app',
    '  adds): one whole day (14–15 days ago), whose count grows with the store, and a window',
    '  scaled to hold about as many consults at every size (one day at 1,000, 29 min at',
    '  50,000), which isolates the cost of the store size.',
    `- **purge**: ${PURGE_COUNT.toLocaleString('en-US')} records dated 31–60 days ago are written (not timed), then one readwrite`,
    '  transaction counts and deletes `IDBKeyRange.upperBound(cutoff, true)` as `deleteBelow` in',
    '  src/storage/database.ts does; timed until the transaction completes.',
    "- **memory**: after each open, the page's JS heap (CDP), before and after a forced GC.",
    '',
    table(['measure', 'records', 'runs', 'min', 'median', 'max'], timing),
    '',
    'Growth of the medians, 1,000 → 10,000 → 50,000 (relative to 1,000):',
    '',
    `- open: ${growth((r) => r.open)}`,
    `- find by date, one day: ${growth((r) => r.find)} (the day holds 50× more consults at 50,000)`,
    `- find by date, same count: ${growth((r) => r.findNarrow)}`,
    `- purge of ${PURGE_COUNT.toLocaleString('en-US')}: ${growth((r) => r.purged)}`,
    `- JS heap after GC: ${growth((r) => r.heapUsed)}`,
    '',
    table(
      [
        'records',
        'writing them took',
        'entries listed',
        'found by date (one day)',
        'found (scaled window)',
        'origin storage (estimate)',
      ],
      detail,
    ),
  ].join('\n');
  // docs/architecture.md sets no number here: the figures show how each grows, nothing is judged.
  const checks = [];
  return { markdown, checks };
}
