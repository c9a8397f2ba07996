/**
 * The pictures of docs/screenshots/ (shown in the README), taken from the built extension in
 * Chromium: the page with its highlights and banner, a card closed and with its details open,
 * and the popup, in light and dark, in English (an English article) and French (a French one).
 * Every run takes and checks them; only `DOCS_SCREENSHOTS=1` writes them to docs/ (their pixels
 * follow the machine's fonts and today's date), otherwise to .tmp/docs-screenshots/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  ROOT,
  serveFixtures,
  setSettings,
  waitForLens,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

const OUT =
  process.env.DOCS_SCREENSHOTS === '1'
    ? join(ROOT, 'docs/screenshots')
    : join(ROOT, '.tmp/docs-screenshots');
const CARD = 'deal-lens-card [role="dialog"]';
const ARTICLES = {
  en: 'pages/en-2025-10-28-nextchapter.html',
  fr: 'seeds/004_679afbbb546c3045.html',
};

let server: FixtureServer;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await serveFixtures();
});
afterAll(() => server?.close());

async function save(
  page: Page,
  name: string,
  clip?: { x: number; y: number; width: number; height: number },
) {
  const png = await page.screenshot({
    animations: 'disabled',
    caret: 'hide',
    ...(clip ? { clip } : {}),
  });
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  writeFileSync(join(OUT, `${name}.png`), png);
}

describe.each([
  ['en', 'light'],
  ['en', 'dark'],
  ['fr', 'light'],
  ['fr', 'dark'],
] as const)('screenshots (%s, %s)', (lang, colorScheme) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ colorScheme, locale: lang === 'fr' ? 'fr-FR' : 'en-US' });
    await setSettings(browser, { uiLang: lang });
  });
  afterAll(() => browser?.close());

  it('of the page, a card closed and open, the banner and the popup', async () => {
    const suffix = `${colorScheme}-${lang}`;
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(server.url(ARTICLES[lang]));
    await waitForLens(browser, page);
    // A statement not true today, as high on the page as there is one.
    const mark = page
      .locator('mark.dealterm[data-status="changed"], mark.dealterm[data-status="out-of-date"]')
      .first();
    await mark.scrollIntoViewIfNeeded();
    await page.locator('deal-lens-banner .deal-lens-banner').waitFor();
    await save(page, `page-${suffix}`);
    const bar = (await page.locator('deal-lens-banner .deal-lens-banner').boundingBox())!;
    await save(page, `banner-${suffix}`, {
      x: 0,
      y: Math.max(0, bar.y - 12),
      width: Math.min(1280, bar.x + bar.width + 12),
      height: bar.height + 24,
    });

    await mark.hover();
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    await expect.poll(() => card.getAttribute('data-placing')).toBeNull();
    expect(await card.getAttribute('lang')).toBe(lang);
    await save(page, `card-${suffix}`);
    await card.locator('summary').click();
    expect(await card.locator('details').getAttribute('open')).not.toBeNull();
    await save(page, `card-details-${suffix}`);

    await page.bringToFront();
    const tabId = await browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    const popup = await browser.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('button.term');
    expect(await popup.locator('button.term').count()).toBeGreaterThan(2);
    await save(popup, `popup-${suffix}`);
    await popup.close();
    await page.close();
  });
});
