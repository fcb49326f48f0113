// 6. Kill (data safety): type into the patient's field at a steady rhythm, crash the renderer at
// a random moment (no pagehide runs), open the page again and see how much typing was lost.
import { fmt, launchChromium, random, sleep, stats, table, timingRow } from './lib.mjs';

export const title = '6. Kill (typing lost when the renderer crashes)';
export const timeBoxMs = 15 * 60_000;

const RUNS = 50;
const INTERVAL_MS = 30;
const LIMIT = 140;
const TARGET_MS = 250;
/** The crash comes this long after the first character, uniformly at random. */
const CRASH_WINDOW = [100, 3_900];
const SEED = Number(process.env.BENCH_SEED ?? 20_251_125);
const TEXT = 'abcdefghijklmnopqrstuvwxyz'.repeat(6).slice(0, LIMIT);
const BUCKETS = [0, 50, 100, 150, 200, 250];

/** In the page: the patient's draft as IndexedDB holds it, or null. */
function readDraft() {
  return new Promise((done, fail) => {
    const request = indexedDB.open('samenspraak');
    request.onerror = () => fail(request.error);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('patient')) {
        db.close();
        return done(null);
      }
      const get = db.transaction('patient').objectStore('patient').get('draft');
      get.onsuccess = () => {
        db.close();
        done(get.result ?? null);
      };
      get.onerror = () => fail(get.error);
    };
  });
}

/**
 * One run in a fresh context: step 3, type, crash, reopen, read.
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @param {number} crashAfter ms after the first character
 */
async function once(browser, base, crashAfter) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/patient.html`);
    const ui = page.locator('samenspraak-vragenlijst');
    await ui.getByRole('button', { name: 'Beginnen' }).click();
    await ui.getByRole('button', { name: 'Verder' }).click();
    const field = ui.getByLabel('Wat wilt u veranderen?');
    await field.click();
    // Let the step change's own save settle, so only typing is pending at the crash.
    await sleep(400);
    const cdp = await context.newCDPSession(page);
    const crashed = new Promise((done) => page.once('crash', done));

    /** Date.now() after each character's key press was handled. */
    const typed = [];
    let stop = false;
    const start = Date.now();
    const typing = (async () => {
      for (let i = 0; i < TEXT.length && !stop; i++) {
        const wait = start + i * INTERVAL_MS - Date.now();
        if (wait > 0) await sleep(wait);
        if (stop) break;
        await page.keyboard.type(TEXT[i]);
        typed.push(Date.now());
      }
    })().catch(() => undefined);

    await sleep(crashAfter);
    const crashAt = Date.now();
    stop = true;
    cdp.send('Page.crash').catch(() => undefined);
    await Promise.race([crashed, sleep(5_000)]);
    await Promise.race([typing, sleep(5_000)]);

    const before = typed.filter((t) => t <= crashAt);
    const again = await context.newPage();
    await again.goto(`${base}/patient.html`, { waitUntil: 'domcontentloaded' });
    const draft = await again.evaluate(readDraft);
    const stored = draft?.state?.preparation?.change ?? '';
    const prefix = TEXT.startsWith(stored);
    const kept = stored.length;
    const loss = kept >= before.length ? 0 : crashAt - before[kept];
    const gaps = before.slice(1).map((t, i) => t - before[i]);
    return { typed: before.length, kept, loss, prefix, gaps, savedAt: draft?.savedAt ?? null };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** @param {import('./run.mjs').Context} ctx */
export async function measure(ctx) {
  const { base } = await ctx.preview();
  const browser = await launchChromium();
  ctx.defer(() => browser.close());
  const rand = random(SEED);
  const runs = [];
  const failures = [];
  for (let i = 0; i < RUNS; i++) {
    if (ctx.signal.aborted) throw new Error('aborted');
    const crashAfter = CRASH_WINDOW[0] + rand() * (CRASH_WINDOW[1] - CRASH_WINDOW[0]);
    try {
      runs.push({ crashAfter, ...(await once(browser, base, crashAfter)) });
    } catch (error) {
      failures.push(`run ${i + 1}: ${String(error).split('\n')[0]}`);
    }
    if ((i + 1) % 10 === 0) ctx.log(`${i + 1}/${RUNS} runs`);
  }
  if (runs.length === 0) throw new Error(`every run failed: ${failures.join('; ')}`);

  const losses = runs.map((r) => r.loss);
  const s = stats(losses);
  const gaps = stats(runs.flatMap((r) => r.gaps));
  const notPrefix = runs.filter((r) => !r.prefix).length;
  const over = losses.filter((l) => l > TARGET_MS).length;
  const buckets = BUCKETS.map((upper, i) => {
    const lower = i === 0 ? null : BUCKETS[i - 1];
    const count = losses.filter((l) => (lower === null ? l === 0 : l > lower && l <= upper)).length;
    return [lower === null ? '0 (nothing lost)' : `${lower + 1}–${upper}`, count];
  });
  buckets.push([`> ${TARGET_MS}`, over]);
  const lossesSorted = [...losses].sort((a, b) => a - b);

  const checks = [
    {
      what: `typing lost at a renderer crash, largest of ${runs.length}`,
      value: `${fmt(s.max, 0)} ms`,
      target: `≤ ${TARGET_MS} ms`,
      ok: s.max <= TARGET_MS && notPrefix === 0 && failures.length === 0,
    },
  ];
  const markdown = [
    `${runs.length} runs (of ${RUNS}), each in a **new browser context**: patient.html, "Beginnen", "Verder",`,
    `click into "Wat wilt u veranderen?" (limit ${LIMIT}), wait 400 ms, then type \`a\`–\`z\` repeated, one`,
    `character every ${INTERVAL_MS} ms (\`page.keyboard.type\`, \`Date.now()\` noted when each press has been`,
    'handled). At a random moment, uniform between',
    `${CRASH_WINDOW[0]} and ${CRASH_WINDOW[1]} ms after the first character (seeded, seed ${SEED}; set BENCH_SEED to`,
    'change it), the renderer is crashed with CDP `Page.crash`, so no `pagehide` or `visibilitychange`',
    'runs. Then patient.html is opened again in the same context and IndexedDB',
    "'samenspraak' / 'patient' / 'draft' is read in the page.",
    '',
    '**Loss** = crash time minus the time the first character that was not stored was typed (0 when',
    'everything typed before the crash was stored). Characters whose key press had not returned',
    'when the crash was sent are not counted as typed.',
    '',
    table(
      ['measure', 'runs', 'min ms', 'median ms', 'p95 ms', 'max ms'],
      [
        timingRow('typing lost at the crash', s, { p95: true, digits: 0 }),
        timingRow('interval between typed characters', gaps, { p95: true, digits: 0 }),
      ],
    ),
    '',
    'Distribution of the loss:',
    '',
    table(['lost (ms)', 'runs'], buckets),
    '',
    `All losses, sorted (ms): ${lossesSorted.map((l) => fmt(l, 0)).join(', ')}.`,
    '',
    `Characters typed before the crash: median ${fmt(stats(runs.map((r) => r.typed)).median, 0)}; stored: median ${fmt(
      stats(runs.map((r) => r.kept)).median,
      0,
    )}. Runs where the stored text was not a prefix of what was typed: ${notPrefix}.`,
    failures.length > 0
      ? `Runs that failed to complete: ${failures.join('; ')}`
      : 'Every run completed.',
  ].join('\n');
  return { markdown, checks };
}
