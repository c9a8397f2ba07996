/**
 * The store images, taken from the built extension in Chromium on a fixture article: three
 * screenshots at 1280×800 (the Chrome Web Store's size): the page with its highlights, a card
 * open, the popup beside the page; and the small promo tile (440×280) the store requires.
 * Every run takes and checks them (sizes, highlights in view, the card on screen, terms in the
 * popup), but only `STORE_SCREENSHOTS=1` writes them to docs/store/: their pixels depend on the
 * machine's fonts and on today's date (a card says how old the facts are once past 60 days), so
 * a plain test run must not churn git. Otherwise they go to .tmp/store-screenshots/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT, waitForLens } from './harness';
import { useExtension } from './fixture';

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

const WIDTH = 1280;
const HEIGHT = 800;
const ARTICLE = 'pages/en-2025-10-28-nextchapter.html';
const CARD = 'deal-lens-card [role="dialog"]';
const OUT =
  process.env.STORE_SCREENSHOTS === '1'
    ? join(ROOT, 'docs/store')
    : join(ROOT, '.tmp/store-screenshots');

const { browser, server } = useExtension();
beforeAll(() => mkdirSync(OUT, { recursive: true }));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Takes the viewport, checks it is 1280×800, and writes it as docs/store/<name>.png. */
async function shoot(page: Page, name: string): Promise<Buffer> {
  // No caret, no scrollbar fade: the same page gives the same pixels.
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  expect(pngSize(png)).toEqual({ width: WIDTH, height: HEIGHT });
  writeFileSync(join(OUT, `${name}.png`), png);
  return png;
}

async function openArticle(): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  await page.goto(server.url(ARTICLE));
  await waitForLens(browser, page);
  return page;
}

/** How many marks are at least partly inside the viewport. */
const marksInView = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('mark.dealterm')].filter((m) => {
        const box = m.getBoundingClientRect();
        return box.width > 0 && box.bottom > 0 && box.top < window.innerHeight;
      }).length,
  );

/** "The OpenAI API remains exclusive to Azure until AGI": changed since this October 2025 article. */
const apiExclusive = (page: Page) =>
  page.locator('mark.dealterm[data-term="api-exclusivity"][data-status="changed"]').first();

describe('store screenshots (1280×800)', () => {
  it('the article with its statements highlighted', async () => {
    const page = await openArticle();
    expect(await marksInView(page)).toBeGreaterThanOrEqual(3);
    await shoot(page, 'screenshot-1-highlights');
    await page.close();
  });

  it('a card open on a statement that changed since the article', async () => {
    const page = await openArticle();
    const mark = apiExclusive(page);
    // The statement in the upper third, so the card has room below it.
    await mark.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 220));
    await mark.hover();
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    // Wait for the card to stop moving (floating-ui places it after it renders).
    let box = await card.boundingBox();
    await expect
      .poll(async () => {
        const now = await card.boundingBox();
        const still = JSON.stringify(now) === JSON.stringify(box);
        box = now;
        return still;
      })
      .toBe(true);
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(WIDTH);
    expect(box!.y + box!.height).toBeLessThanOrEqual(HEIGHT);
    expect(await card.textContent()).toMatch(/\S/);
    await shoot(page, 'screenshot-2-card');
    // The card was still there when the picture was taken.
    expect(await card.isVisible()).toBe(true);
    await page.close();
  });

  it('the popup beside the page it summarises', async () => {
    const page = await openArticle();
    await page.bringToFront();
    const tabId = await browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    expect(tabId).toBeGreaterThan(0);
    const article = await page.screenshot({ animations: 'disabled', caret: 'hide' });

    // A headless browser has no toolbar: the popup opens in a tab of its own
    // (popup.html?tab=<id>), and is pictured where it would drop from the toolbar.
    const popup = await browser.newPage();
    await popup.setViewportSize({ width: 360, height: 720 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('button.term');
    const terms = await popup.locator('button.term').count();
    expect(terms).toBeGreaterThanOrEqual(3);
    const body = (await popup.locator('body').boundingBox())!;
    const panel = await popup.screenshot({
      animations: 'disabled',
      caret: 'hide',
      clip: { x: 0, y: 0, width: 360, height: Math.min(Math.ceil(body.height), 720) },
    });
    await popup.close();

    // Composed in a blank page of the store's size: the article, dimmed a touch, and the popup
    // at the top right with a shadow, as a toolbar popup sits.
    const composite = await browser.newPage();
    await composite.setViewportSize({ width: WIDTH, height: HEIGHT });
    const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    await composite.setContent(
      `<!doctype html><body style="margin:0;width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden;position:relative">` +
        `<img id="article" src="${src(article)}" style="position:absolute;inset:0;filter:brightness(.92)">` +
        `<img id="popup" src="${src(panel)}" style="position:absolute;top:8px;right:16px;` +
        `border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.12)">` +
        `</body>`,
    );
    await composite.waitForFunction(() =>
      [...document.images].every((img) => img.complete && img.naturalWidth > 0),
    );
    const shown = (await composite.locator('#popup').boundingBox())!;
    expect(shown.width).toBe(360);
    expect(shown.x + shown.width).toBeLessThanOrEqual(WIDTH);
    await shoot(composite, 'screenshot-3-popup');
    await composite.close();
    await page.close();
  });
});

describe('store promo tile (440×280, required by the Chrome Web Store)', () => {
  it('the icon, the name, and a statement marked with its verdict as the extension drew them', async () => {
    const page = await openArticle();
    // A real mark as the extension drew it (its paragraph), and its card's verdict.
    const mark = apiExclusive(page);
    const paragraph = page.locator('p', { has: mark });
    await paragraph.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const line = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) =>
        el.querySelector('mark.dealterm[data-term="api-exclusivity"]'),
      )!;
      // The text's own box, not the paragraph's full width.
      const range = document.createRange();
      range.selectNodeContents(p);
      const box = range.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    });
    const sample = await page.screenshot({
      animations: 'disabled',
      caret: 'hide',
      clip: { x: line.x - 10, y: line.y - 8, width: line.width + 20, height: line.height + 16 },
    });
    await mark.hover();
    const badge = page.locator(`${CARD} .dl-status > :first-child`);
    await badge.waitFor({ state: 'visible' });
    const verdict = await badge.screenshot({ animations: 'disabled', caret: 'hide' });
    await page.close();

    const tile = await browser.newPage();
    await tile.setViewportSize({ width: 440, height: 280 });
    // The icon from the built extension (no file of it is web-accessible, so read from disk).
    const icon = readFileSync(join(EXTENSION_DIR, 'icon/128.png')).toString('base64');
    const png64 = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    await tile.setContent(
      `<!doctype html><body style="margin:0;width:440px;height:280px;overflow:hidden;background:#f4f6fb;` +
        `font-family:system-ui,sans-serif;color:#14213d">` +
        `<div style="display:flex;align-items:center;gap:16px;padding:36px 22px 0">` +
        `<img src="data:image/png;base64,${icon}" width="72" height="72" alt="">` +
        `<div><div id="name" style="font-size:34px;font-weight:700">Deal Lens</div>` +
        `<div style="font-size:14px;margin-top:4px;white-space:nowrap">Microsoft–OpenAI deal terms in the news:<br>do they still hold today?</div></div></div>` +
        `<img id="sample" src="${png64(sample)}" style="display:block;max-width:400px;margin:30px auto 0;` +
        `background:#fff;border-radius:6px;box-shadow:0 2px 10px rgba(0,0,0,.18)">` +
        `<img id="verdict" src="${png64(verdict)}" style="display:block;margin:12px auto 0">` +
        `</body>`,
    );
    await tile.waitForFunction(() =>
      [...document.images].every((img) => img.complete && img.naturalWidth > 0),
    );
    expect(await tile.textContent('#name')).toBe('Deal Lens');
    for (const id of ['#sample', '#verdict']) {
      const shown = (await tile.locator(id).boundingBox())!;
      expect(shown.x).toBeGreaterThanOrEqual(0);
      expect(shown.x + shown.width).toBeLessThanOrEqual(440);
      expect(shown.y + shown.height).toBeLessThanOrEqual(280);
    }
    const png = await tile.screenshot({ animations: 'disabled', caret: 'hide' });
    expect(pngSize(png)).toEqual({ width: 440, height: 280 });
    writeFileSync(join(OUT, 'promo-small-440x280.png'), png);
    await tile.close();
  });
});
