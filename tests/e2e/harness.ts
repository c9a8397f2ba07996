/**
 * Real-browser harness: Debian's Chromium, headless, with the built extension loaded, browsing
 * fixture pages served from 127.0.0.1. Used by the e2e tests, `npm run check` and the bench.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { SummaryReply } from '@/utils/messages';

/** The extension APIs as seen inside the service worker, for `worker.evaluate` callbacks. */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
};

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port. A `*.headers.json` file next to a page adds
 * response headers (e.g. a strict CSP for the hazard pages).
 */
export async function serveFixtures(dir = FIXTURES_DIR): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const headersFile = `${file}.headers.json`;
    const extra = existsSync(headersFile)
      ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>)
      : {};
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...extra,
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(
  opts: { extensionDir?: string; locale?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionBrowser> {
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) {
    throw new Error(`No built extension at ${ext}: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'deal-lens-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: opts.locale ?? 'en-US',
    colorScheme: opts.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Asks the content script of `page` for its state and summary, through the extension's own
 * service worker (the page itself is never told anything).
 */
export async function lensReply(
  browser: ExtensionBrowser,
  page: Page,
): Promise<SummaryReply | null> {
  await page.bringToFront();
  const url = page.url();
  return browser.worker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    const tab =
      tabs.find((t) => t.url === pageUrl) ??
      (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    if (tab?.id === undefined) return null;
    try {
      return (await chrome.tabs.sendMessage(
        tab.id,
        { type: 'get-summary' },
        { frameId: 0 },
      )) as SummaryReply;
    } catch {
      return null;
    }
  }, url);
}

/** Waits until the content script has finished scanning `page` (state `done` or `off`). */
export async function waitForLens(
  browser: ExtensionBrowser,
  page: Page,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reply = await lensReply(browser, page);
    if (reply && (reply.state === 'done' || reply.state === 'off')) return;
    if (Date.now() > deadline)
      throw new Error(
        `Deal Lens did not finish on ${page.url()} (${JSON.stringify(reply?.state)})`,
      );
    await page.waitForTimeout(50);
  }
}

/** The DOM contract, read back from the page. */
export interface MarkInfo {
  term: string;
  version: string;
  claim: string;
  status: string;
  mention: string;
  text: string;
  sentence: string;
}

/**
 * The DOM contract, read back in the page's world: one entry per mention (a mention may span
 * marks). Self-contained, so that any driver can evaluate it in a page.
 */
export function mentionsInPage(): MarkInfo[] {
  const byId = new Map<string, MarkInfo>();
  for (const m of document.querySelectorAll<HTMLElement>('mark.dealterm')) {
    const id = m.dataset.mention ?? '';
    const known = byId.get(id);
    if (known) {
      known.text += m.textContent ?? '';
      continue;
    }
    const block = m.closest('p, li, h1, h2, h3, h4, blockquote, td, div') ?? m.parentElement;
    byId.set(id, {
      term: m.dataset.term ?? '',
      version: m.dataset.version ?? '',
      claim: m.dataset.claim ?? '',
      status: m.dataset.status ?? '',
      mention: id,
      text: m.textContent ?? '',
      sentence: block?.textContent ?? '',
    });
  }
  return [...byId.values()];
}

export function readMentions(page: Page): Promise<MarkInfo[]> {
  return page.evaluate(mentionsInPage);
}

/** Writes the reader's settings the way the popup and options page do (storage.sync). */
export async function setSettings(
  browser: ExtensionBrowser,
  settings: Record<string, unknown>,
): Promise<void> {
  await browser.worker.evaluate(async (value) => {
    const storage = (
      globalThis as unknown as {
        chrome: {
          storage: {
            sync: {
              get(k: string): Promise<Record<string, unknown>>;
              set(v: object): Promise<void>;
            };
          };
        };
      }
    ).chrome.storage;
    const stored = (await storage.sync.get('settings')).settings as
      Record<string, unknown> | undefined;
    await storage.sync.set({ settings: { ...(stored ?? {}), ...value } });
  }, settings);
}

/**
 * The fixture server and a browser with the extension, for the tests of one file: started
 * before them, closed after them. Read `browser` and `server` inside the tests.
 */
export function extensionForTests(): { browser: ExtensionBrowser; server: FixtureServer } {
  const held = {} as { browser: ExtensionBrowser; server: FixtureServer };
  beforeAll(async () => {
    held.server = await serveFixtures();
    held.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.server?.close();
  });
  return held;
}
