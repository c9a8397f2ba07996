#!/usr/bin/env node
/**
 * `npm run bench`: how fast the content script reads a page, next to two baselines, in real
 * headless Chromium.
 *
 *   OURS   the built extension: from the content script's start to the end of its first scan
 *          (`timing` in its get-summary reply), the longest main-thread task meanwhile, the JS
 *          heap after it, and the marks it wrote — less the browser's own text capture that
 *          falls in that window (traced, with the page's major garbage collection: see
 *          traceBrowserWork);
 *   FLOOR  no extension: one TreeWalker pass testing every text node against the same
 *          patterns (no DOM writes) — what any regex scanner must pay at least;
 *   NAIVE  no extension: mark.js `mark(phrases)` with the lexicon as plain phrases.
 *   CHURN  pages that never stop changing (lib/churn-pages.mjs): the page's task time over 10 s
 *          with the extension against without it.
 *
 * Options: --no-build, --runs=N (3), --naive-timeout=MS (120000), --quick (1 run, naive capped at
 * 30 s), --only=name,name (`churn`: the churn pages), --unit=N (text nodes of the 1× page),
 * --profile[=page] (a CPU profile and a main-thread trace breakdown of the content script on the
 * 100× page, or the one named).
 * Writes .bench/results.json. Reports; exits non-zero only if it cannot run (build, browser).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  EXTENSION_DIR,
  ROOT,
  heapAfterGc,
  launchPlain,
  launchWithExtension,
  serveDir,
} from './lib/browser.mjs';
import { markJsPhrases, writeBenchPages } from './lib/bench-pages.mjs';
import { benchChurn } from './lib/churn-pages.mjs';
import { compiledLexicon } from './lib/lexicon-compiler.mjs';
import { loadCorpus } from './lib/corpus.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const QUICK = flag('quick');
const RUNS = Number(option('runs', QUICK ? 1 : 3));
const NAIVE_TIMEOUT = Number(option('naive-timeout', QUICK ? 30_000 : 120_000));
/** Past this, a naive run is not repeated (the median of one slow run is reported). */
const NAIVE_REPEAT_LIMIT = 20_000;
const ONLY = option('only', '').split(',').filter(Boolean);
const UNIT = Number(option('unit', 5000));
const BENCH_DIR = join(ROOT, '.bench');
const PAGES_DIR = join(BENCH_DIR, 'pages');
const SCAN_TIMEOUT = 600_000;

const t0 = Date.now();
const log = (...a) => console.log(...a);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const loadAtStart = load();
/**
 * CPU time the hypervisor gave to other machines (Linux's "steal"), as a share of all CPU time
 * since the bench started: on a shared virtual machine the wall-clock figures move with it.
 */
const cpuTimes = () => {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .map(Number);
    return { steal: ticks[7] ?? 0, total: ticks.reduce((a, b) => a + b, 0) };
  } catch {
    return null; // not Linux
  }
};
const cpuAtStart = cpuTimes();
const stealShare = () => {
  const now = cpuTimes();
  if (!cpuAtStart || !now || now.total === cpuAtStart.total) return null;
  return (now.steal - cpuAtStart.steal) / (now.total - cpuAtStart.total);
};
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)} s`;

// 1. Build ------------------------------------------------------------------------------------
if (!flag('no-build')) {
  log('▶ npx wxt build');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('Build failed: nothing to measure.');
    process.exit(1);
  }
}
const contentJs = join(EXTENSION_DIR, 'content-scripts/content.js');
if (!existsSync(contentJs)) {
  console.error(`No content script at ${contentJs}: build first (drop --no-build).`);
  process.exit(1);
}
const bundle = readFileSync(contentJs);
const bundleSize = { raw: bundle.length, gzip: gzipSync(bundle).length };

// 2. The lexicon as the baselines use it -------------------------------------------------------
const lexicon = JSON.parse(readFileSync(join(ROOT, 'data/lexicon.json'), 'utf8'));
// The floor runs the content script's own patterns, compiled by utils/lexicon.ts itself; the
// lexicon is split in several, as V8 optimises no pattern past a size.
const scans = (await compiledLexicon(BENCH_DIR)).scans.map(
  ({ re }) => new RegExp(re.source, re.flags),
);
const scanSources = scans.map((re) => re.source);
const scanChars = scanSources.reduce((n, s) => n + s.length, 0);
const scanFlags = scans[0].flags;
const patternCheck = `compiled by utils/lexicon.ts in ${scans.length} pattern(s) of ${scanSources.map((s) => s.length).join(' + ')} chars`;
const { phrases, plain, expanded, skipped } = markJsPhrases(lexicon);
log(`Lexicon: patterns of ${scanChars} chars in all, flags ${scanFlags}, ${patternCheck}`);
log(
  `mark.js phrases: ${phrases.length} (${plain} plain patterns, ${expanded} expanded, ${skipped} patterns skipped as not plain)`,
);
const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

// 3. Pages --------------------------------------------------------------------------------------
mkdirSync(PAGES_DIR, { recursive: true });
// The pages' generator checks its deal-free text against all the patterns at once.
const scan = {
  lastIndex: 0,
  test: (text) =>
    scans.some((re) => {
      re.lastIndex = 0;
      return re.test(text);
    }),
};
let pages = writeBenchPages(PAGES_DIR, {
  scan,
  corpus: loadCorpus(),
  seedsDir: join(ROOT, 'tests/fixtures/seeds'),
  unit: UNIT,
});
if (ONLY.length > 0) pages = pages.filter((p) => ONLY.includes(p.name));
log(`Pages in ${PAGES_DIR}: ${pages.map((p) => p.name).join(', ')} (${elapsed()})`);

// 4. Measure ------------------------------------------------------------------------------------
const server = await serveDir(PAGES_DIR);
let ext = await launchWithExtension();
let plainBrowser = await launchPlain();
const chromiumVersion = plainBrowser.browser.version();
let crashed = null;
ext.context.on('close', () => (crashed ??= 'the extension browser closed unexpectedly'));
plainBrowser.browser.on(
  'disconnected',
  () => (crashed ??= 'the baseline browser closed unexpectedly'),
);

const LONGTASK_INIT = `(() => {
  window.__benchLongTasks = [];
  window.__benchFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Long animation frames: their rendering part (style, layout, paint) is the browser's
    // update of the page after DOM writes, which long-task entries do not include.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.renderStart > 0)
          window.__benchFrames.push({ start: e.startTime, end: e.startTime + e.duration, render: e.startTime + e.duration - e.renderStart });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

/** How long after its last highlight the content script's work is still watched. */
const FOLLOW_UP_MS = 1_500;

/**
 * Chrome's own work in a page's renderer, which no script causes: once a page has finished
 * loading, at its next rendering update, Chrome dumps the page's text
 * (`ChromeRenderFrameObserver::CapturePageText`, for its own uses, translation's language
 * detection among them), with or without any extension, in proportion to the page. The floor's
 * single task holds it off until the floor is done; our scan, which yields every few
 * milliseconds, lets it in. It is traced
 * (with a mark to put the trace's clock on the page's) so it can be set apart from ours, and
 * traced again in the floor's page without the extension, to show it is the browser's.
 */
const TEXT_CAPTURE = 'ChromeRenderFrameObserver::CapturePageText';
/** How long the floor's page stays open after the floor, for its text capture to be traced. */
const TEXT_CAPTURE_WAIT_MS = 1_000;
const CLOCK_MARK = 'deal-lens-bench-clock';

/**
 * Starts a Chromium trace of `categories` through `page`'s CDP session, handing each event to
 * `onEvent` as it arrives; the function returned ends it, once every event has been handed.
 */
async function startTracing(page, categories, onEvent) {
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Tracing.dataCollected', ({ value }) => value.forEach(onEvent));
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories },
  });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
  };
}

/**
 * The page's major garbage collection on its main thread (V8's incremental marking steps and
 * its final pause): marking the page's whole heap, DOM included, far larger than what our scan keeps. Whether it
 * falls inside our scan depends on the page's own load: V8 sets its next heap limit from the
 * last collection during parsing, and when that collection came early the parsed page ends
 * above the limit, so the first script to allocate after the load (ours) is made to do the
 * marking. It is traced and shown for ours and for the floor, never subtracted.
 */
const MAJOR_GC = /^V8\.GC_(MC_INCREMENTAL|MARK_COMPACTOR)/;

/** Merges nested or touching intervals ({start, duration}) into disjoint ones. */
function disjoint(intervals) {
  const merged = [];
  for (const i of [...intervals].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && i.start <= last.start + last.duration) {
      last.duration = Math.max(last.duration, i.start + i.duration - last.start);
    } else merged.push({ ...i });
  }
  return merged;
}

/**
 * Traces the browser's own work in `page`: its text captures, which no script causes, and its
 * major garbage collection on the page's main thread, which the page owes and a script may be
 * made to do (see MAJOR_GC). The function returned ends the trace and gives both as intervals
 * on the page's own performance.now() clock.
 */
async function traceBrowserWork(page) {
  const captures = [];
  const collections = [];
  let mark = null;
  const categories = ['renderer', 'blink.user_timing', 'disabled-by-default-v8.gc'];
  const endTrace = await startTracing(page, categories, (e) => {
    if (e.ph !== 'X' || !(e.dur > 0)) {
      if (e.name === CLOCK_MARK) mark = e;
    } else if (e.name === TEXT_CAPTURE) captures.push(e);
    else if (MAJOR_GC.test(e.name)) collections.push(e);
  });
  return async () => {
    const at = await page.evaluate((name) => performance.mark(name).startTime, CLOCK_MARK);
    await endTrace();
    if (!mark) return { captures: [], majorGc: [] };
    const offset = mark.ts / 1000 - at;
    const onPageClock = (events) =>
      events.map((e) => ({ start: e.ts / 1000 - offset, duration: e.dur / 1000 }));
    return {
      captures: onPageClock(captures.filter((c) => c.pid === mark.pid)),
      majorGc: disjoint(
        onPageClock(collections.filter((c) => c.pid === mark.pid && c.tid === mark.tid)),
      ),
    };
  };
}

/** How much of [from, to] the intervals cover (they never overlap: one main thread). */
const overlapMs = (intervals, from, to) =>
  intervals.reduce(
    (sum, i) => sum + Math.max(0, Math.min(to, i.start + i.duration) - Math.max(from, i.start)),
    0,
  );

async function measureOurs(url) {
  const page = await ext.newPage();
  page.on('crash', () => (crashed ??= `renderer crashed on ${url}`));
  try {
    await page.addInitScript(LONGTASK_INIT);
    const browserWork = await traceBrowserWork(page);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: SCAN_TIMEOUT });
    const reply = await ext.waitForLens(page, SCAN_TIMEOUT, 100);
    const { start, began, gated, ready, read, scanned, writeSlices } = reply.timing ?? {};
    if (reply.state !== 'done' || typeof scanned !== 'number') {
      return { error: `state ${reply.state}, scanned ${scanned}` };
    }
    // What follows the last highlight (cards made keyboard-reachable, the summary for the popup
    // and badge, the banner) is our work too: watched for FOLLOW_UP_MS more.
    const watchedUntil = scanned + FOLLOW_UP_MS;
    // Waited from here, not by a function polled in the page: Playwright polls on
    // requestAnimationFrame, and a rendering update with a callback of its own in it counts as
    // a long task when the update is long, which it does not without the bench. (The margin
    // covers the round trip that read the page's clock.)
    const pageNow = await page.evaluate(() => performance.now());
    await page.waitForTimeout(Math.max(0, watchedUntil - pageNow) + 50);
    const { tasks, frames, marks, mentions, loadEvent } = await page.evaluate(() => ({
      loadEvent: performance.getEntriesByType('navigation')[0]?.loadEventStart || null,
      tasks: window.__benchLongTasks ?? [],
      frames: window.__benchFrames ?? [],
      marks: document.querySelectorAll('mark.dealterm').length,
      mentions: new Set(
        [...document.querySelectorAll('mark.dealterm')].map((m) => m.dataset.mention),
      ).size,
    }));
    // Tasks that overlap the scan (the first one starts before the content script does), less
    // the page's own tasks while the content script waits for its load event, running nothing
    // of its own (the first of them completes the page's load). They are reported apart.
    const waiting = (t) => t.start > start && t.start + t.duration <= began;
    const overlapping = tasks.filter((t) => t.start < watchedUntil && t.start + t.duration > start);
    const during = overlapping.filter((t) => !waiting(t));
    const pageWhileWaiting = overlapping.filter(waiting);
    const framesInWindow = frames.filter((f) => f.start < watchedUntil && f.end > start);
    const renders = framesInWindow.map((f) => f.render);
    const heap = await heapAfterGc(page);
    const { captures, majorGc } = await browserWork();
    const browserMs = overlapMs(captures, start, scanned);
    return {
      ms: scanned - start,
      // Chrome's text capture inside that window (see traceBrowserWork), and ours without it.
      browserMs,
      ownMs: scanned - start - browserMs,
      // The page's major GC done on the main thread in that window (see MAJOR_GC): part of ours.
      majorGcMs: overlapMs(majorGc, start, scanned),
      // Where the time went: gate (does the page name both companies?), then reading, then writing.
      phases: {
        waitMs: began - start,
        gateMs: gated - began,
        loadMs: ready !== null && gated !== null ? ready - gated : null,
        readMs: read !== null && ready !== null ? read - ready : null,
        writeMs: read !== null ? scanned - read : null,
        writeSlices,
      },
      marks,
      mentions,
      summaryMentions: reply.summary?.mentions?.length ?? null,
      renderingMs: renders.reduce((a, b) => a + b, 0),
      // Rendering updates done before our first DOM write are the page's own (nothing of ours
      // is in it yet): on a huge page, its last layout after loading, if the browser runs it
      // between our read slices (seen only under tracing so far). Part of `ms`, not our work.
      // On a page that never opens the gate (`read` null) nothing of ours is ever written.
      pageRenderMs: framesInWindow
        .filter((f) => f.end <= (read ?? Infinity))
        .reduce((a, f) => a + f.render, 0),
      longestRenderMs: renders.length > 0 ? Math.max(...renders) : 0,
      longTasks: during.length,
      pageTasksWhileWaiting: pageWhileWaiting.map((t) => Math.round(t.duration)),
      longestTask: during.length > 0 ? Math.max(...during.map((t) => t.duration)) : 0,
      // Where each long task started, by phase: which part of the scan to cut next.
      longTaskPhases: during.map((t) => {
        const at = t.start;
        const phase =
          at < start
            ? 'before start'
            : at < gated
              ? 'gate'
              : ready === null || at < ready
                ? 'load'
                : read === null || at < read
                  ? 'read'
                  : at < scanned
                    ? 'write'
                    : 'follow-up';
        // The page's own load completion (without the extension it is part of the page's
        // long task after DOMContentLoaded) lands in the scan when the scan starts before it.
        const pageLoad = loadEvent !== null && at <= loadEvent && loadEvent <= at + t.duration;
        return `${t.duration.toFixed(0)} ms in ${phase}${pageLoad ? " (holds the page's load event)" : ''}`;
      }),
      heap,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The floor's loop: one TreeWalker pass, each text node tested against the patterns. */
function floorPass({ sources, flags }) {
  const patterns = sources.map((source) => new RegExp(source, flags));
  const t = performance.now();
  const walker = document.createTreeWalker(document.body, window.NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let hits = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    if (
      patterns.some((re) => {
        re.lastIndex = 0;
        return re.test(n.data);
      })
    )
      hits++;
  }
  return { at: t, ms: performance.now() - t, textNodes: nodes, hitNodes: hits };
}

/**
 * The floor, twice on fresh loads: in the page's own world (as the issue defines it), and in an
 * isolated world like the one content scripts run in, where each DOM node the script touches
 * needs a wrapper object of that world's own (a cost any extension pays, the floor's page-world
 * run does not).
 */
async function measureFloor(url, withHeap) {
  const page = await plainBrowser.newPage();
  const isolatedPage = await plainBrowser.newPage();
  try {
    const browserWork = await traceBrowserWork(page);
    await page.goto(url, { waitUntil: 'load', timeout: SCAN_TIMEOUT });
    const heap = withHeap ? await heapAfterGc(page) : null;
    const args = { sources: scanSources, flags: scanFlags };
    const result = await page.evaluate(floorPass, args);
    // The browser's text capture comes after the floor's task, at the next rendering update.
    await page.waitForTimeout(TEXT_CAPTURE_WAIT_MS);
    const work = await browserWork();
    const captures = work.captures.map((c) => Math.round(c.duration));
    const majorGcMs = overlapMs(work.majorGc, result.at, result.at + result.ms);
    await page.close().catch(() => undefined);
    await isolatedPage.goto(url, { waitUntil: 'load', timeout: SCAN_TIMEOUT });
    const cdp = await isolatedPage.context().newCDPSession(isolatedPage);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'bench-floor',
    });
    const isolated = await cdp.send('Runtime.evaluate', {
      expression: `(${floorPass})(${JSON.stringify(args)})`,
      contextId: executionContextId,
      returnByValue: true,
    });
    return { ...result, isolatedMs: isolated.result?.value?.ms ?? null, heap, captures, majorGcMs };
  } finally {
    await page.close().catch(() => undefined);
    await isolatedPage.close().catch(() => undefined);
  }
}

/**
 * mark.js over the phrases, longest first as mark.js orders them. One `mark(allPhrases)` call
 * recurses once per phrase (each phrase's `done` starts the next) and overflows the stack with a
 * thousand phrases, so the phrases go one call each, chained through microtasks: the same work,
 * a flat stack, and a deadline checked between phrases (past it, the rest is estimated).
 */
async function measureNaive(url) {
  const page = await plainBrowser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: SCAN_TIMEOUT });
    await page.addScriptTag({ content: markJs });
    let timer;
    // A backstop in case one phrase alone runs far past the deadline.
    const backstop = new Promise(
      (ok) => (timer = setTimeout(() => ok({ timedOut: true }), NAIVE_TIMEOUT + 60_000)),
    );
    const run = page
      .evaluate(
        ({ list, deadline }) =>
          new Promise((ok) => {
            const sorted = [...list].sort((a, b) => b.length - a.length);
            const instance = new window.Mark(document.body);
            const t = performance.now();
            let marks = 0;
            let i = 0;
            const next = () => {
              const ms = performance.now() - t;
              if (i === sorted.length) return ok({ ms, marks });
              if (ms > deadline)
                return ok({
                  timedOut: true,
                  ms,
                  marks,
                  phrasesDone: i,
                  estimatedMs: (ms * sorted.length) / i,
                });
              instance.mark(sorted[i++], {
                separateWordSearch: false,
                acrossElements: false,
                diacritics: false,
                done: (count) => {
                  marks += count;
                  queueMicrotask(next);
                },
              });
            };
            next();
          }),
        { list: phrases, deadline: NAIVE_TIMEOUT },
      )
      .catch((error) => ({ error: String(error.message ?? error).split('\n')[0] }));
    const result = await Promise.race([run, backstop]);
    clearTimeout(timer);
    return result;
  } finally {
    // Closing the page also kills a mark.js run still busy in it.
    await page.close({ runBeforeUnload: false }).catch(() => undefined);
  }
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function ensureAlive() {
  if (crashed) throw new Error(`Browser crash: ${crashed}`);
}

const results = [];
let profileTop = null;
try {
  for (const p of pages) {
    const url = server.url(p.file);
    const big = (p.scale ?? 1) >= 100 || p.huge === true;
    log(`\n■ ${p.name}${p.bytes ? ` (${(p.bytes / 1e6).toFixed(1)} MB HTML)` : ''} — ${elapsed()}`);
    // Ours and floor alternate, so that both see the same machine load.
    const ours = [];
    const floor = [];
    for (let i = 0; i < RUNS; i++) {
      ensureAlive();
      const o = await measureOurs(url).catch((e) => ({
        error: String(e.message ?? e).split('\n')[0],
      }));
      ours.push(o);
      log(
        `  ours  #${i + 1}: ${o.error ? `ERROR ${o.error}` : `${o.ownMs.toFixed(1)} ms, ${o.ms.toFixed(1)} ms with the browser's text capture of ${o.browserMs.toFixed(0)} ms; of ours, the page's major GC ${o.majorGcMs.toFixed(0)} ms (${phaseLine(o.phases)}; rendering updates ${o.renderingMs.toFixed(0)} ms, longest ${o.longestRenderMs.toFixed(0)} ms, of which the page's own before our first write ${o.pageRenderMs.toFixed(0)} ms), ${o.marks} marks, longest task ${o.longestTask ? `${o.longestTask.toFixed(0)} ms (long tasks: ${o.longTaskPhases.join(', ')})` : 'none'}${o.pageTasksWhileWaiting.length ? `; the page's own while waiting for its load: ${o.pageTasksWhileWaiting.join(', ')} ms` : ''}`}`,
      );
      ensureAlive();
      const f = await measureFloor(url, i === 0).catch((e) => ({
        error: String(e.message ?? e).split('\n')[0],
      }));
      floor.push(f);
      log(
        `  floor #${i + 1}: ${f.error ? `ERROR ${f.error}` : `${f.ms.toFixed(1)} ms (the page's major GC in it ${f.majorGcMs.toFixed(0)} ms); in an isolated world ${f.isolatedMs?.toFixed(1) ?? '—'} ms (${f.textNodes} text nodes, ${f.hitNodes} with a hit); the browser's text captures of this page, without the extension: ${f.captures.length ? `${f.captures.join(' + ')} ms` : 'none'}`}`,
      );
    }
    const naive = [];
    for (let i = 0; i < (big ? 1 : RUNS); i++) {
      ensureAlive();
      const r = await measureNaive(url).catch((e) => ({
        error: String(e.message ?? e).split('\n')[0],
      }));
      naive.push(r);
      log(
        `  naive #${i + 1}: ${
          r.timedOut
            ? `> ${NAIVE_TIMEOUT} ms (stopped after ${r.phrasesDone ?? '?'} of ${phrases.length} phrases${r.estimatedMs ? `; whole run ≈ ${(r.estimatedMs / 1000).toFixed(0)} s` : ''})`
            : r.error
              ? `ERROR ${r.error}`
              : `${r.ms.toFixed(0)} ms, ${r.marks} marks`
        }`,
      );
      if (r.timedOut || (r.ms ?? 0) > NAIVE_REPEAT_LIMIT) break;
    }
    const ok = (rs) => rs.filter((r) => !r.error && !r.timedOut);
    const marksSeen = [...new Set(ok(ours).map((r) => r.marks))];
    const naiveTimedOut = naive.some((r) => r.timedOut);
    const row = {
      page: p.name,
      source: p.source ?? `generated ${p.scale}×${p.dealFree ? ', no deal words' : ''}`,
      htmlBytes: p.bytes ?? statSync(join(PAGES_DIR, p.file)).size,
      textNodes: ok(floor)[0]?.textNodes ?? null,
      floorHitNodes: ok(floor)[0]?.hitNodes ?? null,
      marks: marksSeen.length === 1 ? marksSeen[0] : marksSeen,
      mentions: ok(ours)[0]?.mentions ?? null,
      // Ours is our own time: the content script's, less the browser's text capture (above).
      oursMs: median(ok(ours).map((r) => r.ownMs)),
      oursWallMs: median(ok(ours).map((r) => r.ms)),
      browserMs: median(ok(ours).map((r) => r.browserMs)),
      browserMsWithoutExtension: median(ok(floor).map((r) => r.captures.at(-1) ?? null)),
      // In how many loads the page's major GC fell inside ours, and the longest it took there.
      majorGcLoads: ok(ours).filter((r) => r.majorGcMs >= 1).length,
      majorGcMaxMs: ok(ours).length ? Math.max(...ok(ours).map((r) => r.majorGcMs)) : null,
      floorMajorGcMaxMs: ok(floor).length ? Math.max(...ok(floor).map((r) => r.majorGcMs)) : null,
      floorMs: median(ok(floor).map((r) => r.ms)),
      floorIsolatedMs: median(ok(floor).map((r) => r.isolatedMs)),
      renderingMs: median(ok(ours).map((r) => r.renderingMs)),
      pageRenderMs: median(ok(ours).map((r) => r.pageRenderMs)),
      longestRenderMs: ok(ours).length ? Math.max(...ok(ours).map((r) => r.longestRenderMs)) : null,
      naiveMs: naiveTimedOut ? null : median(ok(naive).map((r) => r.ms)),
      naiveTimedOut,
      naiveLowerBoundMs: naiveTimedOut ? NAIVE_TIMEOUT : null,
      naiveEstimatedMs: naiveTimedOut ? (naive.find((r) => r.timedOut)?.estimatedMs ?? null) : null,
      naiveMarks: ok(naive)[0]?.marks ?? null,
      longestTaskMs: ok(ours).length ? Math.max(...ok(ours).map((r) => r.longestTask)) : null,
      longTasksPerScan: median(ok(ours).map((r) => r.longTasks)),
      heapBytes: median(ok(ours).map((r) => r.heap)),
      heapBytesWithoutExtension: ok(floor)[0]?.heap ?? null,
      runs: { ours, floor, naive },
    };
    results.push(row);
  }

  if (flag('profile') || option('profile', '')) {
    const wanted = option('profile', '') || 'long-100x';
    const target = pages.find((p) => p.name === wanted) ?? pages.at(-1);
    log(`\n■ CPU profile of the content script on ${target.name} — ${elapsed()}`);
    ensureAlive();
    const profile = await profileOurs(server, target.file);
    const file = join(BENCH_DIR, `profile-${target.name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile.profile));
    log(`  written to ${file.replace(ROOT + '/', '')} (open in Chrome DevTools › Performance)`);
    log(
      `  scan ${profile.scanMs.toFixed(0)} ms under the profiler. Renderer main thread over the whole load: ${profile.totals}`,
    );
    log(`  top self time in JavaScript (content.js = the content script; no URL = built-in/DOM):`);
    for (const f of profile.top) {
      log(
        `  ${f.ms.toFixed(0).padStart(7)} ms ${f.pct.toFixed(1).padStart(5)}%  ${f.name}  ${f.where}`,
      );
    }
    log(`\n■ Main-thread trace of the content script on ${target.name} — ${elapsed()}`);
    ensureAlive();
    const trace = await traceOurs(server, target.file);
    log(
      `  scan ${trace.scanMs.toFixed(0)} ms under tracing; main thread from the content script's start to the end:`,
    );
    log(
      `  ${trace.tasks} tasks, ${trace.longTasks} over 50 ms, ${trace.lifecycles} rendering updates (style/layout/paint after DOM changes)`,
    );
    for (const b of trace.buckets)
      log(
        `  ${b.ms.toFixed(0).padStart(7)} ms ${b.pct.toFixed(1).padStart(5)}%  ${b.name}${b.detail ? `  (${b.detail})` : ''}`,
      );
    profileTop = { cpuProfile: profile.top, totals: profile.totals, trace };
  }
} catch (error) {
  console.error(`\n${error.message ?? error}`);
  await Promise.allSettled([ext.close(), plainBrowser.close(), server.close()]);
  process.exit(1);
}
await Promise.allSettled([ext.close(), plainBrowser.close(), server.close()]);
// Pages that never stop changing (lib/churn-pages.mjs; `--only=churn` for these alone).
log(`\n■ Pages that never stop changing, 10 s each — ${elapsed()}`);
const churn =
  ONLY.length === 0 || ONLY.includes('churn') ? await benchChurn({ runs: RUNS, log }) : [];

// 5. Report -------------------------------------------------------------------------------------
const fmt = (x, digits = 0) => (x === null || x === undefined ? '—' : Number(x).toFixed(digits));
const ratio = (a, b) => (a === null || b === null || !b ? null : a / b);
const mb = (bytes) => (bytes === null ? null : bytes / 1048576);
const table = results.map((r) => {
  const naiveShown = r.naiveTimedOut
    ? `> ${r.naiveLowerBoundMs}${r.naiveEstimatedMs ? ` (≈${fmt(r.naiveEstimatedMs / 1000)} s)` : ''}`
    : fmt(r.naiveMs);
  const naiveForRatio = r.naiveTimedOut ? r.naiveLowerBoundMs : r.naiveMs;
  const heap = mb(r.heapBytes);
  const base = mb(r.heapBytesWithoutExtension);
  return {
    page: r.page,
    'text nodes': r.textNodes?.toLocaleString('en-US') ?? '—',
    marks: Array.isArray(r.marks) ? r.marks.join('/') : String(r.marks),
    'ours ms': fmt(r.oursMs, 1),
    'browser text capture ms': `${fmt(r.browserMs)} (${fmt(r.browserMsWithoutExtension)})`,
    'floor ms': fmt(r.floorMs, 1),
    "page's major GC in ours ms (loads)": `${fmt(r.majorGcMaxMs)} (${r.majorGcLoads}/${r.runs.ours.filter((o) => !o.error).length})`,
    'naive ms': naiveShown,
    'ours÷floor': fmt(ratio(r.oursMs, r.floorMs), 2),
    'floor isolated ms': fmt(r.floorIsolatedMs, 1),
    'ours÷isolated': fmt(ratio(r.oursMs, r.floorIsolatedMs), 2),
    'naive÷ours': `${r.naiveTimedOut ? '> ' : ''}${fmt(ratio(naiveForRatio, r.oursMs), 1)}`,
    'rendering ms (longest)':
      r.renderingMs === null ? '—' : `${fmt(r.renderingMs)} (${fmt(r.longestRenderMs)})`,
    'longest task ms':
      r.longestTaskMs === null ? '—' : r.longestTaskMs > 0 ? fmt(r.longestTaskMs) : 'none (<50)',
    'heap MB':
      heap === null
        ? '—'
        : `${heap.toFixed(1)}${base !== null ? ` (+${(heap - base).toFixed(1)})` : ''}`,
  };
});
printTable(table);
log(
  `heap MB: JSHeapUsedSize after a forced GC, with the extension (in brackets: minus the same page without it).`,
);
log(
  `longest task: Chromium reports only tasks > 50 ms; "none" means every task during the scan took < 50 ms. Watched from the content script's start to ${FOLLOW_UP_MS / 1000} s after its last highlight (the follow-up: summary, cards, banner), less the page's own tasks while the script waits for the page's load event (listed in each run's line).`,
);
log(
  `rendering: the browser's style/layout/paint updates in the same window as long tasks (long animation frames, > 50 ms only): the page's own before our first write (nothing of ours is in the page yet: its own layout after loading, when that comes after our start), then those our writes cause; long-task entries do not include them.`,
);
log(
  `page's major GC in ours: the longest main-thread time, in one load, of the page's own major garbage collection inside ours (counted in ours, not subtracted), and in how many loads it took 1 ms or more there: owed by the page when its parsing left its heap above V8's limit; longest inside the floor's pass: ${results.map((r) => `${r.page} ${fmt(r.floorMajorGcMaxMs)} ms`).join(', ')}.`,
);
log(
  `floor isolated: the same floor loop run in an isolated world, as a content script runs (each node it touches needs a wrapper of that world's own).`,
);
log(
  `ours: from the content script's start to its last highlight, less the browser's text capture in that window (${TEXT_CAPTURE}: Chrome's own dump of a loaded page's text, traced; in brackets, the same capture of the page without the extension, after the floor).`,
);
log(
  `\nContent script bundle: ${(bundleSize.raw / 1024).toFixed(1)} KiB raw, ${(bundleSize.gzip / 1024).toFixed(1)} KiB gzip (${contentJs.replace(ROOT + '/', '')})`,
);

const byName = Object.fromEntries(results.map((r) => [r.page, r]));
const perK = (r) =>
  r && r.oursMs !== null && r.textNodes ? (r.oursMs / r.textNodes) * 1000 : null;
const perPage = ['long-1x', 'long-10x', 'long-100x'].map((n) => ({
  page: n,
  msPer1000TextNodes: perK(byName[n]),
}));
const scaling = { perPage, linear: null };
if (perPage.every((s) => s.msPer1000TextNodes !== null)) {
  const [a, b, c] = perPage.map((s) => s.msPer1000TextNodes);
  // 1× carries the fixed start-up cost; 10× → 100× shows the per-node trend.
  const linear = c <= 1.5 * b;
  log(
    `\nOurs per 1,000 text nodes: 1× ${a.toFixed(2)} ms · 10× ${b.toFixed(2)} ms · 100× ${c.toFixed(2)} ms` +
      ` → 10×→100× per-node cost ×${(c / b).toFixed(2)}: ${linear ? 'linear (within 1.5×)' : 'GROWS FASTER THAN LINEAR'}`,
  );
  scaling.linear = linear;
}

const checks = [];
const check = (name, pass, detail) => checks.push({ name, pass, detail });
/** A page's long-task check; `noneDetail` is what it says when there was none. */
const checkNoLongTask = (label, row, noneDetail) =>
  check(
    `${label}: no long task > 50 ms during the scan (and ${FOLLOW_UP_MS / 1000} s after it)`,
    row.longestTaskMs === 0,
    row.longestTaskMs
      ? `longest ${fmt(row.longestTaskMs)} ms (${fmt(row.longTasksPerScan)} long tasks per scan)`
      : noneDetail,
  );
const big = byName['long-100x'];
if (big) {
  const rOF = ratio(big.oursMs, big.floorMs);
  check(
    '100×: ours ≤ 2× floor',
    rOF !== null && rOF <= 2,
    `ours ${fmt(big.oursMs)} ms, floor ${fmt(big.floorMs)} ms, ×${fmt(rOF, 2)}` +
      ` (with the browser's text capture, ${fmt(big.oursWallMs)} ms, ×${fmt(ratio(big.oursWallMs, big.floorMs), 2)};` +
      ` floor in an isolated world ${fmt(big.floorIsolatedMs)} ms, ×${fmt(ratio(big.oursMs, big.floorIsolatedMs), 2)};` +
      ` of ours, ${fmt(big.pageRenderMs)} ms is the page's own rendering, before our first write)`,
  );
  const naiveMs = big.naiveTimedOut ? big.naiveLowerBoundMs : big.naiveMs;
  const rNO = ratio(naiveMs, big.oursMs);
  // A stopped naive run passes on its lower bound, or on its extrapolated total (said so).
  const rEst = big.naiveTimedOut ? ratio(big.naiveEstimatedMs, big.oursMs) : null;
  const byBound = rNO !== null && rNO >= 10;
  check(
    '100×: naive ≥ 10× ours',
    byBound || (rEst !== null && rEst >= 10),
    `naive ${big.naiveTimedOut ? '> ' : ''}${fmt(naiveMs)} ms, ×${big.naiveTimedOut ? '> ' : ''}${fmt(rNO, 1)}` +
      (rEst !== null
        ? `; extrapolated whole run ≈ ${fmt(big.naiveEstimatedMs / 1000)} s, ×${fmt(rEst, 0)}${byBound ? '' : ' (passes by extrapolation only)'}`
        : ''),
  );
  checkNoLongTask('100×', big, 'none');
}
const real = byName['corpus-100k'];
if (real) {
  checkNoLongTask(
    `real articles, ${real.marks} marks`,
    real,
    `none; ours ${fmt(real.oursMs)} ms, floor ${fmt(real.floorMs)} ms`,
  );
}
const none = byName['no-candidates-100x'];
if (none) {
  const r = ratio(none.oursMs, none.floorMs);
  check(
    'no-candidates 100×: ours ≤ 1.2× floor',
    r !== null && r <= 1.2,
    `ours ${fmt(none.oursMs)} ms (with the browser's text capture ${fmt(none.oursWallMs)} ms), floor ${fmt(none.floorMs)} ms, ×${fmt(r, 2)}; ${none.floorHitNodes} text nodes with a hit, ${none.marks} marks`,
  );
}
for (const c of churn) {
  check(
    `${c.page}: task time over 10 s ≤ 1.2× the page alone, no long task`,
    c.ratio <= 1.2 && c.longestTaskMs === 0,
    `${fmt(c.oursTaskMs)} ms against ${fmt(c.aloneTaskMs)} ms, ×${fmt(c.ratio, 2)}; longest task ${c.longestTaskMs ? `${fmt(c.longestTaskMs)} ms` : 'none'}`,
  );
}
log('');
for (const c of checks) log(`${c.pass ? 'PASS' : 'MISS'}  ${c.name} — ${c.detail}`);
const steal = stealShare();
log(
  `\nTotal bench time ${elapsed()}. Load average (1/5/15 min) at start ${loadAtStart}, at end ${load()} on ${cpus().length} CPUs${steal === null ? '' : `; CPU time stolen by the hypervisor ${(steal * 100).toFixed(1)}%`}: times are wall-clock, other load inflates them.`,
);

mkdirSync(BENCH_DIR, { recursive: true });
writeFileSync(
  join(BENCH_DIR, 'results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      environment: {
        chromium: chromiumVersion,
        node: process.version,
        cpus: cpus().length,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: load(),
        cpuStealShare: steal,
        runs: RUNS,
        naiveTimeoutMs: NAIVE_TIMEOUT,
      },
      bundle: {
        file: 'content-scripts/content.js',
        rawBytes: bundleSize.raw,
        gzipBytes: bundleSize.gzip,
      },
      lexicon: {
        patternChars: scanChars,
        patterns: scanSources.length,
        patternFlags: scanFlags,
        pattern: patternCheck,
        markJsPhrases: phrases.length,
        plain,
        expanded,
        skipped,
      },
      pages: results.map(({ runs, ...r }) => ({ ...r, runs })),
      table,
      scaling,
      churn,
      checks,
      profile: profileTop,
    },
    null,
    2,
  )}\n`,
);
log(`Results written to .bench/results.json`);

// -----------------------------------------------------------------------------------------------

function phaseLine(p) {
  if (!p) return '';
  const ms = (x) => (typeof x === 'number' ? `${x.toFixed(0)} ms` : '—');
  return `wait ${ms(p.waitMs)} · gate ${ms(p.gateMs)} · load ${ms(p.loadMs)} · read ${ms(p.readMs)} · write ${ms(p.writeMs)} in ${p.writeSlices} slices`;
}

function printTable(rows) {
  const cols = Object.keys(rows[0] ?? {});
  const width = Object.fromEntries(
    cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => String(r[c]).length))]),
  );
  const line = (cells) => `| ${cols.map((c) => String(cells[c]).padEnd(width[c])).join(' | ')} |`;
  log('');
  log(line(Object.fromEntries(cols.map((c) => [c, c]))));
  log(`|${cols.map((c) => '-'.repeat(width[c] + 2)).join('|')}|`);
  for (const r of rows) log(line(r));
}

/** A CPU profile of one extension load of `file`, summarised to the top self-time functions. */
async function profileOurs(srv, file) {
  const page = await ext.newPage();
  try {
    // Same origin first, so that the navigation keeps the renderer (and the profiler) alive.
    await page.goto(srv.url('seed.html'), { waitUntil: 'load' });
    await ext.waitForLens(page, SCAN_TIMEOUT, 100).catch(() => undefined);
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(srv.url(file), { waitUntil: 'domcontentloaded', timeout: SCAN_TIMEOUT });
    const reply = await ext.waitForLens(page, SCAN_TIMEOUT, 200);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach().catch(() => undefined);
    // Self time per node, from the samples.
    const self = new Map();
    const deltas = profile.timeDeltas ?? [];
    profile.samples.forEach((id, i) =>
      self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0)),
    );
    const groups = new Map();
    const pseudo = new Map();
    let total = 0;
    for (const node of profile.nodes) {
      const us = self.get(node.id) ?? 0;
      if (!us) continue;
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      if (/^\(.*\)$/.test(functionName)) {
        // (program) = native work outside JS (parsing, style, layout, paint); (idle); (garbage collector).
        pseudo.set(functionName, (pseudo.get(functionName) ?? 0) + us);
        continue;
      }
      const isOurs = url.startsWith('chrome-extension://');
      const where = url
        ? `${isOurs ? 'content.js' : url.replace(srv.origin, '')}:${lineNumber + 1}:${columnNumber + 1}`
        : '';
      const key = `${functionName}|${where}`;
      const g = groups.get(key) ?? {
        name: functionName || '(anonymous)',
        where,
        us: 0,
        isOurs,
        line: lineNumber,
        column: columnNumber,
      };
      g.us += us;
      groups.set(key, g);
      total += us;
    }
    const totals = [
      `JavaScript ${(total / 1000).toFixed(0)} ms`,
      ...[...pseudo].map(([n, us]) => `${n} ${(us / 1000).toFixed(0)} ms`),
    ].join(', ');
    const source = bundle.toString('utf8').split('\n');
    const top = [...groups.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, 20)
      .map((g) => ({
        name: g.name,
        where: g.isOurs
          ? `${g.where} ${JSON.stringify((source[g.line] ?? '').slice(g.column, g.column + 70))}`
          : g.where,
        ms: g.us / 1000,
        pct: (g.us / total) * 100,
      }));
    return { profile, top, totals, scanMs: reply.timing.scanned - reply.timing.start };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * A Chrome trace of one extension load of `file`, reduced to the renderer main thread from the
 * content script's first event on, with each event's exclusive time put in a bucket.
 */
async function traceOurs(srv, file) {
  /** Trace event names, by what the main thread was doing. */
  const BUCKETS = [
    ['garbage collection', /GC|Heap|Sweep|Scaveng|Marking/],
    [
      'parsing HTML',
      /ParseHTML|HTMLDocumentParser|TextResourceDecoder|NavigationBodyLoader|DocumentLoader|FinishedParsing/,
    ],
    ['style', /Style|UpdateLayoutTree|recalcStyle|rebuildLayoutTree|Invalidat/],
    ['layout', /Layout|InlineNode|Shape/],
    [
      'paint & compositing',
      /Paint|Composit|Layeriz|Commit|Lifecycle|IntersectionObserver|Raster|Layer/,
    ],
    [
      'script',
      /FunctionCall|callFunction|EvaluateScript|v8\.|Microtask|TimerFire|RunYield|AsyncTask|EventDispatch|FireAnimationFrame/,
    ],
  ];
  const page = await ext.newPage();
  try {
    await page.goto(srv.url('seed.html'), { waitUntil: 'load' });
    await ext.waitForLens(page, SCAN_TIMEOUT, 100).catch(() => undefined);
    const threads = new Map();
    const events = []; // [pid, tid, ts, dur, name, flags]; flags: 1 = content script, 2 = parses our page
    const categories = [
      'toplevel',
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'blink',
      'loading',
    ];
    const endTrace = await startTracing(page, categories, (e) => {
      if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name);
      if (e.ph !== 'X') return;
      const args = e.args ? JSON.stringify(e.args) : '';
      const flags =
        (args.includes('content-scripts/content.js') ? 1 : 0) |
        (e.name === 'ParseHTML' && args.includes(file) ? 2 : 0);
      events.push([e.pid, e.tid, e.ts, e.dur ?? 0, e.name, flags]);
    });
    await page.goto(srv.url(file), { waitUntil: 'domcontentloaded', timeout: SCAN_TIMEOUT });
    const reply = await ext.waitForLens(page, SCAN_TIMEOUT, 200);
    await endTrace();

    const parse = events.find((e) => e[5] & 2);
    if (!parse)
      return {
        scanMs: reply.timing.scanned - reply.timing.start,
        tasks: 0,
        longTasks: 0,
        lifecycles: 0,
        buckets: [],
      };
    const main = events
      .filter((e) => e[0] === parse[0] && e[1] === parse[1])
      .sort((a, b) => a[2] - b[2] || b[3] - a[3]);
    const first = main.find((e) => e[5] & 1) ?? parse;
    const window = main.filter((e) => e[2] >= first[2]);
    const exclusive = new Map();
    const stack = [];
    for (const e of window) {
      while (stack.length && stack.at(-1)[2] + stack.at(-1)[3] <= e[2]) stack.pop();
      const parent = stack.at(-1);
      if (parent) exclusive.set(parent[4], (exclusive.get(parent[4]) ?? 0) - e[3]);
      exclusive.set(e[4], (exclusive.get(e[4]) ?? 0) + e[3]);
      stack.push(e);
    }
    const tops = window.filter((e) => e[4] === 'ThreadControllerImpl::RunTask');
    const totals = new Map();
    const names = new Map();
    let all = 0;
    for (const [name, us] of exclusive) {
      if (us <= 0 || /RunTask$/.test(name)) continue;
      const bucket = BUCKETS.find(([, re]) => re.test(name))?.[0] ?? 'other';
      totals.set(bucket, (totals.get(bucket) ?? 0) + us);
      const list = names.get(bucket) ?? [];
      list.push([name, us]);
      names.set(bucket, list);
      all += us;
    }
    const buckets = [...totals]
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({
        name,
        ms: us / 1000,
        pct: (us / all) * 100,
        detail: (names.get(name) ?? [])
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([n, v]) => `${n} ${(v / 1000).toFixed(0)} ms`)
          .join(', '),
      }));
    return {
      scanMs: reply.timing.scanned - reply.timing.start,
      thread: threads.get(`${parse[0]}:${parse[1]}`) ?? '?',
      tasks: tops.length,
      longTasks: tops.filter((e) => e[3] > 50_000).length,
      lifecycles: window.filter((e) => e[4] === 'WebFrameWidgetImpl::UpdateLifecycle').length,
      buckets,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}
