/**
 * The bench's pages that never stop changing (tests/fixtures/hazards/churn.html, with a longer
 * article): the page's main-thread task time over 10 s with Deal Lens against the same page in
 * a browser without it, and the longest task meanwhile.
 */
import { join } from 'node:path';
import { ROOT, launchPlain, launchWithExtension, serveDir, waitForLens } from './browser.mjs';

export const CHURNS = ['ads', 'ticker', 'liveblog', 'rerender', 'recycle'];
const HAZARDS = join(ROOT, 'tests/fixtures/hazards');
/** Paragraphs of the bench's article, each stating a term: the issue's page had 132. */
const PARAGRAPHS = 132;
const WINDOW_MS = 10_000;

const LONG_TASKS = `window.__churnLongTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__churnLongTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });`;

/**
 * Milliseconds the content script's own functions ran in a CPU profile (self time of samples in
 * its file): what it costs, apart from the machine's noise in whole-task times.
 */
function contentScriptMs(profile) {
  const ours = new Set(
    profile.nodes.filter((n) => n.callFrame.url.includes('/content-scripts/')).map((n) => n.id),
  );
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (ours.has(id)) us += profile.timeDeltas[i] ?? 0;
  });
  return us / 1000;
}

/**
 * Task, layout and style time of `page`'s renderer over the next WINDOW_MS, the content script's
 * own share (profiled in every load alike), and the longest task.
 */
async function overWindow(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return {
      task: get('TaskDuration'),
      layout: get('LayoutDuration'),
      style: get('RecalcStyleDuration'),
    };
  };
  const since = await page.evaluate(() => performance.now());
  const before = await read();
  await cdp.send('Profiler.start');
  await page.waitForTimeout(WINDOW_MS);
  const { profile } = await cdp.send('Profiler.stop');
  const after = await read();
  const longest = await page.evaluate(
    (since) =>
      Math.max(
        0,
        ...window.__churnLongTasks.filter((t) => t.start >= since).map((t) => t.duration),
      ),
    since,
  );
  await cdp.detach().catch(() => undefined);
  return {
    taskMs: after.task - before.task,
    layoutMs: after.layout - before.layout,
    styleMs: after.style - before.style,
    longestTaskMs: longest,
    scriptMs: contentScriptMs(profile),
  };
}

/** One load of `url` in `browser`, measured over the window once the page (and lens) settled. */
async function measure(browser, url, lens) {
  const page = await browser.newPage();
  await page.addInitScript(LONG_TASKS);
  await page.goto(url);
  if (lens) await waitForLens(browser, page);
  else await page.waitForTimeout(1_000);
  const marks = await page.evaluate(() => document.querySelectorAll('mark.dealterm').length);
  const result = { ...(await overWindow(page)), marks };
  await page.close();
  return result;
}

/** Turns Deal Lens off (or on again) on the bench's site, as the options page does. */
async function setSiteOff(ext, off) {
  await ext.worker.evaluate(async (off) => {
    const stored = (await chrome.storage.sync.get('settings')).settings ?? {};
    await chrome.storage.sync.set({
      settings: { ...stored, disabledSites: off ? ['127.0.0.1'] : [] },
    });
  }, off);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Measures each churn page `runs` times with and without the extension (alternating, so both
 * see the same machine load); returns one row per page, medians.
 */
export async function benchChurn({
  runs = 1,
  log = console.log,
  extensionDir,
  churns = CHURNS,
} = {}) {
  const server = await serveDir(HAZARDS);
  const ext = await launchWithExtension({ extensionDir });
  const plain = await launchPlain();
  const rows = [];
  try {
    for (const churn of churns) {
      const url = server.url(`churn.html?churn=${churn}&paragraphs=${PARAGRAPHS}`);
      const ours = [];
      const off = [];
      const alone = [];
      for (let i = 0; i < runs; i++) {
        ours.push(await measure(ext, url, true));
        // The same browser, Deal Lens turned off on the site: what the browser costs anyway.
        await setSiteOff(ext, true);
        off.push(await measure(ext, url, false));
        await setSiteOff(ext, false);
        alone.push(await measure(plain, url, false));
      }
      const m = (list, key) => median(list.map((r) => r[key]));
      const row = {
        page: `churn-${churn}`,
        marks: m(ours, 'marks'),
        oursTaskMs: m(ours, 'taskMs'),
        aloneTaskMs: m(alone, 'taskMs'),
        offTaskMs: m(off, 'taskMs'),
        scriptMs: m(ours, 'scriptMs'),
        ratio: m(ours, 'taskMs') / m(alone, 'taskMs'),
        oursLayoutMs: m(ours, 'layoutMs'),
        aloneLayoutMs: m(alone, 'layoutMs'),
        oursStyleMs: m(ours, 'styleMs'),
        aloneStyleMs: m(alone, 'styleMs'),
        longestTaskMs: Math.max(...ours.map((r) => r.longestTaskMs)),
      };
      log(
        `  ${row.page}: ${row.marks} marks; task time over 10 s ${row.oursTaskMs.toFixed(0)} ms with Deal Lens, ${row.aloneTaskMs.toFixed(0)} ms without (×${row.ratio.toFixed(2)}), ${row.offTaskMs.toFixed(0)} ms turned off on the site; the content script's own ${row.scriptMs.toFixed(0)} ms; layout ${row.oursLayoutMs.toFixed(0)} / ${row.aloneLayoutMs.toFixed(0)} ms, style ${row.oursStyleMs.toFixed(0)} / ${row.aloneStyleMs.toFixed(0)} ms; longest task ${row.longestTaskMs ? `${row.longestTaskMs.toFixed(0)} ms` : 'none'}`,
      );
      rows.push(row);
    }
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
  }
  return rows;
}
