/**
 * Nothing leaked: while Chromium browses fixture pages with Deal Lens on, every request it
 * makes is recorded — from pages, frames, the content script (which requests as its page) and
 * the extension's service worker — and none may leave 127.0.0.1, nor may the extension itself
 * ask the network for anything. The manifest asks for `storage` and nothing else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT, waitForLens } from './harness';
import { useExtension } from './fixture';

const { browser, server } = useExtension();

interface Recorded {
  url: string;
  resourceType: string;
  /** The service worker that made it, if a worker did. */
  worker: string | null;
  /** The frame it was made for, if a page did. */
  frame: string | null;
  navigation: boolean;
}

function record(request: Request): Recorded {
  let frame: string | null = null;
  try {
    frame = request.frame().url();
  } catch {
    // Requests from a service worker have no frame.
  }
  return {
    url: request.url(),
    resourceType: request.resourceType(),
    worker: request.serviceWorker()?.url() ?? null,
    frame,
    navigation: request.isNavigationRequest(),
  };
}

/** Pages a reader might browse: seeds, dated articles, a negative and a few hazards. */
const PAGES = [
  'seeds/000_f8b09dbe6a8d20b7.html',
  'seeds/004_679afbbb546c3045.html',
  'pages/en-2025-10-28-nextchapter.html',
  'pages/es-2025-10-acuerdo.html',
  'negatives/openai-product.html',
  'hazards/strict-csp.html',
  'hazards/iframe-host.html',
  'hazards/infinite-scroll.html',
];

describe('browsing with Deal Lens on', () => {
  it('posts no message a page could hear', async () => {
    const page = await browser.newPage();
    // The page's own listener, in its own world, from before any script of ours runs.
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
    });
    await page.goto(server.url('seeds/000_f8b09dbe6a8d20b7.html'));
    await waitForLens(browser, page);
    // The page can hear a message: the listener is live (a check that could not fail otherwise).
    await page.evaluate(() => window.postMessage('from the page', '*'));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
      .toEqual([JSON.stringify('from the page')]);
    await page.close();
  });

  it('makes no request but for the pages browsed, and the extension makes none at all', async () => {
    const requests: Recorded[] = [];
    browser.context.on('request', (request) => requests.push(record(request)));

    // The recorder sees the service worker's requests: without this, "none" would prove nothing.
    const probe = server.url('probe-from-service-worker');
    await browser.worker.evaluate(
      (url) =>
        fetch(url).then(
          () => undefined,
          () => undefined,
        ),
      probe,
    );
    await expect.poll(() => requests.some((r) => r.url === probe && r.worker !== null)).toBe(true);
    requests.length = 0;

    const extensionOrigin = `chrome-extension://${browser.extensionId}`;
    for (const path of PAGES) {
      const page = await browser.newPage();
      await page.goto(server.url(path));
      await waitForLens(browser, page);
      // Use it as a reader would: open a card where there is something to open.
      const mark = page.locator('mark.dealterm').first();
      if ((await mark.count()) > 0) {
        await mark.hover();
        await page
          .locator('deal-lens-card [role="dialog"]')
          .waitFor({ state: 'visible', timeout: 5_000 });
      }
      await page.close();
    }
    // And the extension's own pages.
    for (const path of ['popup.html', 'options.html']) {
      const page = await browser.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      await page.waitForLoadState('networkidle');
      await page.close();
    }

    const browserInternal = requests.filter((r) =>
      /^(chrome|devtools|chrome-untrusted):/.test(r.url),
    );
    const seen = requests.filter((r) => !browserInternal.includes(r));
    console.info(
      `privacy: ${seen.length} requests recorded (${browserInternal.length} chrome:// left out):\n` +
        [
          ...new Set(
            seen.map(
              (r) =>
                `${r.resourceType} ${r.url.replace(server.origin, '<fixtures>')}${r.worker ? ' [service worker]' : ''}`,
            ),
          ),
        ].join('\n'),
    );

    // Network requests go to the fixture server, and nowhere else.
    const network = seen.filter((r) => /^(https?|wss?|ftp):/.test(r.url));
    expect(network.filter((r) => !r.url.startsWith(`${server.origin}/`)).map((r) => r.url)).toEqual(
      [],
    );
    // And to it, only for what the pages themselves load: each document (and the browser's
    // favicon). Deal Lens fetches nothing from the sites it reads.
    const pageLoads = network.filter(
      (r) => !(r.navigation || r.resourceType === 'document' || r.url.endsWith('/favicon.ico')),
    );
    expect(pageLoads.map((r) => r.url)).toEqual([]);
    // The service worker asks for nothing at all.
    expect(seen.filter((r) => r.worker !== null).map((r) => r.url)).toEqual([]);
    // Whatever else there is are the extension's own packaged files, read from disk: its pages'
    // scripts and styles (the content script's styles are inside its bundle).
    const packaged = (url: string): boolean => {
      const { protocol, pathname } = new URL(url);
      return (
        protocol === 'chrome-extension:' &&
        existsSync(join(EXTENSION_DIR, decodeURIComponent(pathname)))
      );
    };
    const other = seen.filter((r) => !network.includes(r));
    expect(
      other.filter((r) => !packaged(r.url) && !/^(data|blob):/.test(r.url)).map((r) => r.url),
    ).toEqual([]);
  });
});

describe('the manifest', () => {
  const manifests = [
    join(EXTENSION_DIR, 'manifest.json'),
    join(ROOT, '.output/firefox-mv2/manifest.json'),
  ].filter((file) => existsSync(file));

  for (const file of manifests) {
    const name = file.replace(`${ROOT}/`, '');
    it(`${name}: asks for storage and the context menu only, and for no host`, () => {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(manifest.permissions).toEqual(['storage', 'contextMenus']);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.optional_permissions).toBeUndefined();
      expect(manifest.optional_host_permissions).toBeUndefined();
      // No page and no other extension may message it.
      expect(manifest.externally_connectable).toBeUndefined();
      // The content script reads web pages, which needs no permission in either browser.
      const scripts = manifest.content_scripts as { matches: string[]; all_frames?: boolean }[];
      expect(scripts.flatMap((s) => s.matches).sort()).toEqual(['http://*/*', 'https://*/*']);
      // Pages can load no file of the extension, so none can be used to tell it is installed:
      // the card's and banner's styles are inlined in the content script.
      expect(manifest.web_accessible_resources).toBeUndefined();
    });
  }
});
