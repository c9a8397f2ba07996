/**
 * The page cannot speak through Deal Lens (tests/fixtures/hazards/forger.html), in Chromium:
 * a mark the page planted opens and counts nothing, a mark whose attributes the page rewrote
 * still shows what we judged, made-up input opens no card, forged messages change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  lensReply,
  serveFixtures,
  waitForLens,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

declare global {
  interface Window {
    rewriteFirstMark(times: number): string;
    synthesize(selector: string): void;
    forge(extensionId: string): void;
    sameMarks(): boolean;
    rewrites: number;
  }
}

const CARD = 'deal-lens-card [role="dialog"]';
/** Longer than the card's open delay (150 ms) and its positioning. */
const CARD_WOULD_SHOW_MS = 700;

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url('hazards/forger.html'));
  await waitForLens(browser, page);
  await page.locator('mark.dealterm:not(#planted)').first().waitFor();
  return page;
}

describe('a page that tries to speak through Deal Lens', () => {
  it('gets no card and no count for a mark it planted', async () => {
    const page = await open();
    const reply = await lensReply(browser, page);
    expect(reply?.summary.mentions.length).toBeGreaterThan(0);
    expect(reply?.summary.mentions.map((m) => m.text).join(' ')).not.toMatch(/worth watching/);
    expect(reply?.summary.outdated).toBe(0);
    // Ours is a keyboard stop; the planted one is not.
    expect(await page.locator('#planted').getAttribute('tabindex')).toBeNull();
    await page.hover('#planted');
    await page.waitForTimeout(CARD_WOULD_SHOW_MS);
    expect(await page.locator(CARD).count()).toBe(0);
    // The same hover on one of ours opens its card: the test would see a card if there were one.
    await page.hover('mark.dealterm:not(#planted)');
    await page.locator(CARD).waitFor({ state: 'visible' });
    await page.close();
  });

  it('puts back the attributes the page rewrites, and the card shows what was judged', async () => {
    const page = await open();
    const mark = page.locator('mark.dealterm:not(#planted)').first();
    // Rewritten once: put back.
    await page.evaluate(() => window.rewriteFirstMark(1));
    await expect.poll(() => mark.getAttribute('data-status')).toBe('in-force');
    expect(await mark.getAttribute('data-claim')).toBe('stake-27');
    await page.close();

    // Rewritten each time it is put back: after a while we stop, and the card still says ours.
    const again = await open();
    const first = again.locator('mark.dealterm:not(#planted)').first();
    await again.evaluate(() => window.rewriteFirstMark(10_000));
    await expect.poll(() => first.getAttribute('data-status')).toBe('superseded');
    await again.waitForTimeout(200);
    expect(await first.getAttribute('data-status')).toBe('superseded');
    await first.hover();
    const card = again.locator(CARD);
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('data-status')).toBe('in-force');
    // What the passage says is what we read in it, not the claim the page wrote (32.5 %).
    expect(await card.innerText()).toMatch(/WHAT THIS PASSAGE SAYS\s+Microsoft holds about 27%/i);
    const reply = await lensReply(browser, again);
    expect(reply?.summary.mentions.find((m) => m.claim === 'stake-27')?.status).toBe('in-force');
    await again.close();
  });

  it('opens no card for input the page makes up', async () => {
    const page = await open();
    // A keyboard stop (the first mention of its term), so that a real Enter would open its card.
    const target = 'mark.dealterm[tabindex="0"]:not(#planted)';
    await page.evaluate((selector) => window.synthesize(selector), target);
    await page.waitForTimeout(CARD_WOULD_SHOW_MS);
    expect(await page.locator(CARD).count()).toBe(0);
    await page.focus(target);
    await page.keyboard.press('Enter');
    await page.locator(CARD).waitFor({ state: 'visible' });
    await page.close();
  });

  it('changes nothing for forged messages and events', async () => {
    const page = await open();
    const before = await lensReply(browser, page);
    await page.evaluate((id) => window.forge(id), browser.extensionId);
    await page.waitForTimeout(CARD_WOULD_SHOW_MS);
    expect(await page.evaluate(() => window.sameMarks())).toBe(true);
    expect(await page.locator(CARD).count()).toBe(0);
    const after = await lensReply(browser, page);
    expect(after?.state).toBe('done');
    expect(after?.summary).toEqual(before?.summary);
    await page.close();
  });
});
