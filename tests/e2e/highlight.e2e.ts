/**
 * The built extension in Chromium: it highlights a seed article with the DOM contract, and
 * turning it off restores the page exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  readMentions,
  serveFixtures,
  setSettings,
  waitForLens,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

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

describe('on a French seed article from October 2025', () => {
  it('highlights each statement with term, version and status', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('seeds/004_679afbbb546c3045.html'));
    await waitForLens(browser, page);
    const mentions = await readMentions(page);
    const find = (term: string, text: RegExp) =>
      mentions.find((m) => m.term === term && text.test(m.text));

    expect(find('ip-rights', /exclusivité/)).toMatchObject({ version: 'ip-2032-exclusive', status: 'superseded' });
    expect(find('ip-rights', /2032/)).toMatchObject({ claim: 'ip-through-2032', status: 'current' });
    expect(find('ms-stake', /27/)).toMatchObject({ version: 'stake-27', status: 'current' });
    expect(find('ms-stake', /32, 5/)).toMatchObject({ version: 'stake-32.5', status: 'superseded' });
    expect(find('compute-provider', /préemption/)).toMatchObject({ claim: 'ms-no-rofr', status: 'current' });
    // Nothing inside the comment form, the script or the page chrome.
    const inForbidden = await page.evaluate(
      () => document.querySelectorAll('textarea mark, script mark, input mark, nav mark, footer mark').length,
    );
    expect(inForbidden).toBe(0);
    await page.close();
  });

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

describe('turning Deal Lens off', () => {
  it('restores document.body.innerHTML exactly, and on again highlights again', async () => {
    await setSettings(browser, { disabledSites: ['127.0.0.1'] });
    const page = await browser.newPage();
    await page.goto(server.url('seeds/002_712270f75fb8a2dd.html'));
    await waitForLens(browser, page);
    const pristine = await page.evaluate(() => document.body.innerHTML);
    expect(pristine).not.toContain('dealterm');

    await setSettings(browser, { disabledSites: [] });
    await page.waitForSelector('mark.dealterm');
    await waitForLens(browser, page);
    expect(await page.evaluate(() => document.body.innerHTML)).not.toBe(pristine);

    await setSettings(browser, { disabledSites: ['127.0.0.1'] });
    await page.waitForFunction(() => document.querySelectorAll('mark.dealterm').length === 0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(pristine);
    await setSettings(browser, { disabledSites: [] });
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
