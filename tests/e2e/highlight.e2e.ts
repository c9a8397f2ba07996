/**
 * Highlighting in Chromium: the page's text is untouched, pages still loading, pages not about
 * the deal. (The DOM contract on a seed article and turning the lens off run in every browser:
 * scenarios.e2e.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, lensReply, waitForLens } from './harness';
import { useExtension } from './fixture';

const { browser, server } = useExtension();

describe('on a French seed article from October 2025', () => {
  it('never changes the text the page reads', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('seeds/000_f8b09dbe6a8d20b7.html'));
    const before = await page.evaluate(() => document.body.textContent);
    await waitForLens(browser, page);
    expect(await page.locator('mark.dealterm').count()).toBeGreaterThan(5);
    expect(await page.evaluate(() => document.body.textContent)).toBe(before);
    await page.close();
  });
});

/**
 * Serves a seed article with one image whose answer the test holds back: the page stays
 * loading (its load event waits for the image) until `release` is called, if ever.
 */
async function loadingSeed(page: Page): Promise<{ url: string; release: () => void }> {
  const html = readFileSync(join(FIXTURES_DIR, 'seeds/000_f8b09dbe6a8d20b7.html'), 'utf8').replace(
    '</body>',
    '<img src="held.gif" alt=""></body>',
  );
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const url = server.url('seeds/still-loading.html');
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.route(server.url('seeds/held.gif'), async (route) => {
    await released;
    await route.fulfill({
      contentType: 'image/gif',
      body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'),
    });
  });
  return { url, release };
}

describe('on a page still loading', () => {
  it('highlights once the page has loaded, not while it loads', async () => {
    const page = await browser.newPage();
    // In the page's own world: when its load event ran, and when the first mark came.
    await page.addInitScript(() => {
      const times = { load: -1, firstMark: -1 };
      (window as unknown as { __times: typeof times }).__times = times;
      addEventListener('load', () => (times.load = performance.now()));
      new MutationObserver((records, observer) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof HTMLElement && n.matches('mark.dealterm')) {
              times.firstMark = performance.now();
              return observer.disconnect();
            }
      }).observe(document, { childList: true, subtree: true });
    });
    const { url, release } = await loadingSeed(page);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    // Long enough for a script that did not wait to have highlighted the whole article.
    await page.waitForTimeout(600);
    // Meanwhile the popup is told the page is being read.
    expect((await lensReply(browser, page))?.state).toBe('scanning');
    release();
    await waitForLens(browser, page);
    const times = await page.evaluate(
      () => (window as unknown as { __times: { load: number; firstMark: number } }).__times,
    );
    expect(times.load).toBeGreaterThan(0);
    expect(times.firstMark).toBeGreaterThan(times.load);
    await page.close();
  });

  it('still highlights a page whose load never ends', async () => {
    const page = await browser.newPage();
    const { url } = await loadingSeed(page);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await waitForLens(browser, page);
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    expect(await page.locator('mark.dealterm').count()).toBeGreaterThan(5);
    await page.close();
  });
});

describe('on pages that are not about the deal', () => {
  for (const file of ['sports-exclusive-rights', 'openai-product', 'fr-foot-droits']) {
    it(`highlights nothing on negatives/${file}`, async () => {
      const page = await browser.newPage();
      await page.goto(server.url(`negatives/${file}.html`));
      await waitForLens(browser, page);
      expect(await page.locator('mark.dealterm').count()).toBe(0);
      await page.close();
    });
  }
});
