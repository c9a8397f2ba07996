/**
 * The one browser harness, for the e2e tests (through tests/e2e/harness.ts) and the Node scripts
 * (bench, eval, check): Debian's Chromium, headless, with or without the built extension,
 * browsing pages served from 127.0.0.1. Plain JavaScript, because the scripts run without a
 * TypeScript loader; browser.d.mts gives the tests its types.
 */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Chromium flags for a quiet, offline, headless run; with `extensionDir`, that extension only. */
export function chromiumArgs(extensionDir) {
  return [
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
}

/**
 * Serves `dir` on 127.0.0.1 at a free port. A `*.headers.json` file next to a page adds
 * response headers (e.g. a strict CSP). Files are read at request time, so pages may be
 * (re)generated while the server runs.
 */
export async function serveDir(dir) {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(base, path);
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const headersFile = `${file}.headers.json`;
    const extra = existsSync(headersFile) ? JSON.parse(readFileSync(headersFile, 'utf8')) : {};
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...extra,
    });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    url: (path) => `${origin}/${String(path).replace(/^\//, '')}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

function fresh(profilePrefix) {
  return mkdtempSync(join(tmpdir(), profilePrefix));
}

/**
 * Headless Chromium with the built extension loaded (a persistent context: extensions need
 * one). Returns the context, the extension's service worker (re-found if Chromium restarted
 * it) and helpers that ask the content script for its state.
 */
export async function launchWithExtension(opts = {}) {
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) {
    throw new Error(`No built extension at ${ext}: run \`npm run build\` first.`);
  }
  const profile = fresh('deal-lens-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: opts.locale ?? 'en-US',
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    args: chromiumArgs(ext),
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;

  const currentWorker = async () => {
    const live = context.serviceWorkers().find((w) => new URL(w.url()).host === extensionId);
    if (live) return live;
    return context.waitForEvent('serviceworker', { timeout: 10_000 });
  };

  const browser = {
    context,
    extensionId,
    get worker() {
      return context.serviceWorkers().find((w) => new URL(w.url()).host === extensionId) ?? worker;
    },
    currentWorker,
    newPage: () => context.newPage(),
    lensReply: (page) => lensReply(browser, page),
    waitForLens: (page, timeoutMs, pollMs) => waitForLens(browser, page, timeoutMs, pollMs),
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}

/**
 * Headless Chromium WITHOUT any extension (a plain browser: pages in it are killed cleanly by
 * `page.close()` even when their script hangs).
 */
export async function launchPlain() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(),
  });
  return {
    browser,
    newPage: async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.once('close', () => void context.close().catch(() => undefined));
      return page;
    },
    close: () => browser.close().catch(() => undefined),
  };
}

/**
 * Asks the content script of `page` for `{state, summary, timing}`, through the extension's
 * service worker. The extension has no `tabs` permission, so tabs carry no URL: every tab is
 * asked and, if several answer, the active one (after bringing `page` to the front) wins.
 */
export async function lensReply(browser, page) {
  await page.bringToFront();
  const ask = (w) =>
    w.evaluate(async () => {
      const send = async (id) => {
        try {
          return (
            (await chrome.tabs.sendMessage(id, { type: 'get-summary' }, { frameId: 0 })) ?? null
          );
        } catch {
          return null;
        }
      };
      const tabs = await chrome.tabs.query({});
      const replies = (
        await Promise.all(tabs.map(async (t) => ({ tab: t, reply: await send(t.id) })))
      ).filter((r) => r.reply !== null);
      if (replies.length <= 1) return replies[0]?.reply ?? null;
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return replies.find((r) => r.tab.id === active?.id)?.reply ?? null;
    });
  try {
    return await ask(browser.worker);
  } catch {
    // The service worker was restarted: ask the new one.
    return ask(await browser.currentWorker());
  }
}

/** Polls `read` until `ok` holds or `timeoutMs` passes; returns the last value read. */
export async function poll(read, ok, timeoutMs = 10_000, pollMs = 50) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((done) => setTimeout(done, pollMs));
  }
}

/** Whether a content script's reply says its first scan is over (`done`, `off` or `error`). */
export const finished = (reply) => reply != null && ['done', 'off', 'error'].includes(reply.state);

/** Waits until the content script has finished its first scan; returns its reply. */
export async function waitForLens(browser, page, timeoutMs = 15_000, pollMs = 50) {
  const reply = await poll(() => lensReply(browser, page), finished, timeoutMs, pollMs);
  if (!finished(reply)) {
    throw new Error(
      `Deal Lens did not finish on ${page.url()} (state ${JSON.stringify(reply?.state)})`,
    );
  }
  return reply;
}

/** JS heap in use after a forced garbage collection, in bytes (CDP, the page's renderer). */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
