/**
 * The hover card in Chromium: the pointer's way into it, keys kept from the page, a claim that
 * never held, axe, and hostile page CSS. (Opening it by pointer and keyboard, with its status,
 * dates, timeline and sources, runs in every browser: scenarios.e2e.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lensReply, ROOT, waitForLens } from './harness';
import { useExtension } from './fixture';

const { browser, server } = useExtension();
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const CARD = 'deal-lens-card [role="dialog"]';

async function seedPage(file = 'seeds/004_679afbbb546c3045.html'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url(file));
  await waitForLens(browser, page);
  return page;
}

/** Enter on the focused mark: its card opens, and keyboard focus moves into it. */
async function enterCard(page: Page) {
  await page.keyboard.press('Enter');
  const card = page.locator(CARD);
  await card.waitFor({ state: 'visible' });
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase()))
    .toBe('deal-lens-card');
  return card;
}

/** The exclusive-IP statement of seed 004: changed since the article, on 27 April 2026. */
const exclusiveIp = (page: Page) =>
  page.locator('mark.dealterm[data-claim="ip-exclusive"]').first();

describe('hovering a highlight', () => {
  it('stays open while the pointer travels into the card, and closes after leaving both', async () => {
    const page = await seedPage();
    await exclusiveIp(page).hover();
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    await card.hover();
    await page.waitForTimeout(600);
    expect(await card.isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden', timeout: 3000 });
    await page.close();
  });
});

describe('a source link in the card', () => {
  // Links get their address only when reached for (no lookup before a click, see
  // firefox-prefetch.e2e.ts): they must still open their source, by pointer and by keyboard.
  for (const how of ['click', 'Enter'] as const) {
    it(`opens its source in a new tab (${how})`, async () => {
      // Sources are answered here: nothing leaves the machine.
      await browser.context.route(/^https:\/\//, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<title>source</title>' }),
      );
      try {
        const page = await seedPage();
        await exclusiveIp(page).hover();
        const link = page.locator(`${CARD} a.dl-link`).first();
        await link.waitFor({ state: 'visible' });
        const address = await link.getAttribute('data-href');
        expect(address).toMatch(/^https:\/\//);
        expect(await link.getAttribute('href')).toBeNull();
        const opened = browser.context.waitForEvent('page');
        if (how === 'click') await link.click();
        else {
          await link.focus();
          await page.keyboard.press('Enter');
        }
        const tab = await opened;
        await tab.waitForLoadState();
        expect(tab.url()).toBe(address);
        // Without an opener: the source cannot reach back into the article.
        expect(await tab.evaluate(() => window.opener)).toBeNull();
        await tab.close();
        await page.close();
      } finally {
        await browser.context.unroute(/^https:\/\//);
      }
    });
  }
});

describe('with the keyboard', () => {
  it('reaches every statement, in reading order, one tab stop each', async () => {
    const page = await seedPage();
    // Every mention, in document order, but those inside a link or button (a button in a link is invalid).
    const expected = await page.evaluate(() => {
      const ids: string[] = [];
      for (const m of document.querySelectorAll<HTMLElement>('mark.dealterm')) {
        const id = m.dataset.mention!;
        if (ids.includes(id) || m.parentElement?.closest('a[href], button')) continue;
        ids.push(id);
      }
      return ids;
    });
    expect(expected.length).toBeGreaterThan(10);
    const reached: string[] = [];
    for (let i = 0; i < 200 && reached.length < expected.length; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() =>
        document.activeElement?.matches('mark.dealterm')
          ? (document.activeElement as HTMLElement).dataset.mention!
          : null,
      );
      if (id !== null) reached.push(id);
    }
    expect(reached).toEqual(expected);
    await page.close();
  });
});

describe('a card that answers first', () => {
  // Every mark of seed 004 and of the 2025 Spanish page, each at a desktop and a phone size:
  // the closed card is whole on the screen, without scrolling inside.
  for (const [width, height] of [
    [1280, 800],
    [400, 800],
  ] as const) {
    it(`fits closed, without scrolling, at ${width}×${height}`, async () => {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(server.url('seeds/004_679afbbb546c3045.html'));
      await waitForLens(browser, page);
      const marks = page.locator('mark.dealterm');
      const count = Math.min(await marks.count(), 12);
      expect(count).toBeGreaterThan(5);
      for (let i = 0; i < count; i++) {
        await marks.nth(i).scrollIntoViewIfNeeded();
        await marks.nth(i).hover();
        const card = page.locator(CARD);
        await card.waitFor({ state: 'visible' });
        await expect.poll(() => card.getAttribute('data-placing')).toBeNull();
        const fit = await card.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return {
            scrolls: el.scrollHeight > el.clientHeight + 1,
            inside:
              box.top >= 0 &&
              box.left >= 0 &&
              box.bottom <= innerHeight + 0.5 &&
              box.right <= innerWidth + 0.5,
            sheet: Math.abs(box.bottom - innerHeight) < 1 && Math.abs(box.width - innerWidth) < 1,
            detailsOpen: el.querySelector('details')?.open ?? null,
          };
        });
        expect(fit, `mark ${i}`).toMatchObject({
          scrolls: false,
          inside: true,
          detailsOpen: false,
        });
        // On a phone-sized screen, a sheet along the bottom edge rather than a box over the text.
        expect(fit.sheet, `mark ${i}`).toBe(width <= 480);
        await page.mouse.move(0, 0);
        await card.waitFor({ state: 'hidden' });
      }
      await page.close();
    });
  }

  it('opens its details on demand, and copies a correction as plain text', async () => {
    const page = await seedPage();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.origin,
    });
    await exclusiveIp(page).hover();
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    const timeline = card.locator('.dl-timeline');
    expect(await timeline.isVisible()).toBe(false);
    await card.locator('summary').click();
    expect(await timeline.isVisible()).toBe(true);
    await card.getByRole('button', { name: 'Copy correction' }).click();
    await card.getByRole('button', { name: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^“.+” — Changed since this article\. True when this article was published; no longer true since 27 April 2026\./,
    );
    expect(copied).toMatch(/\nToday: .*non-exclusive/);
    expect(copied).toMatch(/\nSource: .+, https:\/\//);
    await page.close();
  });
});

describe('on the page it reads', () => {
  it('keeps keys typed in the card from the page, and shows above its topmost layer', async () => {
    const page = await seedPage();
    // The page's own top layer (a sticky header, a cookie wall) at the highest z-index, and
    // its keyboard shortcuts.
    await page.evaluate(() => {
      const layer = document.createElement('div');
      layer.id = 'page-layer';
      layer.style.cssText =
        'position:fixed;inset:0 0 50% 0;z-index:2147483647;background:rgba(0,0,0,.05)';
      document.body.prepend(layer);
      const seen: string[] = [];
      (window as unknown as { seenKeys: string[] }).seenKeys = seen;
      for (const type of ['keydown', 'keyup', 'keypress']) {
        window.addEventListener(type, (e) => seen.push(`${type} ${(e as KeyboardEvent).key}`));
      }
    });
    const mark = page.locator('mark.dealterm[tabindex="0"]').first();
    await mark.focus();
    const card = await enterCard(page);
    const seenKeys = () =>
      page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys);
    const before = await seenKeys();
    await page.keyboard.press('j');
    await page.keyboard.press('ArrowDown');
    expect(await seenKeys()).toEqual(before);

    // What is at the card's centre is the card, not the page's layer; and the page's layer
    // still gets the pointer elsewhere (our host covers nothing).
    await page.evaluate(() => {
      const layer = document.getElementById('page-layer')!;
      layer.style.inset = '0';
    });
    const box = (await card.boundingBox())!;
    const at = (x: number, y: number) =>
      page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.tagName.toLowerCase() ?? null,
        [x, y],
      );
    expect(await at(box.x + box.width / 2, box.y + box.height / 2)).toBe('deal-lens-card');
    const outside = box.x > 40 ? [10, box.y + 10] : [box.x + box.width + 10, box.y + 10];
    expect(await at(outside[0]!, outside[1]!)).toBe('div');
    await page.close();
  });
});

describe('a claim that never held', () => {
  it('is marked "never true", and its card gives the fact and its official source', async () => {
    // Seed 002 says Stargate's first $100 billion is "financed by the US government".
    const page = await seedPage('seeds/002_712270f75fb8a2dd.html');
    const mark = page.locator('mark.dealterm[data-status="wrong"]').first();
    expect(await mark.getAttribute('data-claim')).toBe('stargate-funded-by-government');
    await mark.hover();
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible', timeout: 2000 });
    const text = await card.innerText();
    expect(text).toMatch(/Never true/);
    expect(text).toMatch(/True instead/i);
    expect(text).toMatch(/funded by its equity investors/);
    expect(
      await card
        .locator(
          '.dl-answer-source a.dl-link[data-href="https://openai.com/index/announcing-the-stargate-project/"]',
        )
        .count(),
    ).toBe(1);
    // The badge and popup count it with the out-of-date statements.
    const reply = await lensReply(browser, page);
    expect(reply?.summary.outdated).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});

describe('accessibility', () => {
  for (const [scheme, file, mark] of [
    ['light', 'seeds/004_679afbbb546c3045.html', 'mark.dealterm[data-claim="ip-exclusive"]'],
    ['dark', 'seeds/004_679afbbb546c3045.html', 'mark.dealterm[data-claim="ip-exclusive"]'],
    ['light', 'seeds/002_712270f75fb8a2dd.html', 'mark.dealterm[data-status="wrong"]'],
    ['dark', 'seeds/002_712270f75fb8a2dd.html', 'mark.dealterm[data-status="wrong"]'],
  ] as const) {
    it(`axe finds no serious or critical violation in the open card (${scheme}, ${mark})`, async () => {
      const page = await seedPage(file);
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator(mark).first().hover();
      await page.locator(CARD).waitFor({ state: 'visible' });
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                ctx: unknown,
                opts: unknown,
              ): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(
          { include: [['deal-lens-card', '[role="dialog"]'], ['mark.dealterm']] },
          {},
        );
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});

describe('on a page with hostile CSS', () => {
  it('still shows the highlights and a readable card sized in px', async () => {
    const page = await seedPage('pages/en-2025-10-28-nextchapter.html');
    await page.addStyleTag({
      content:
        'html { font-size: 10px !important } * { all: unset } mark { display: none !important } body { display: block }',
    });
    const marks = page.locator('mark.dealterm');
    for (const display of await marks.evaluateAll((els) =>
      els.map((el) => getComputedStyle(el).display),
    )) {
      expect(display).not.toBe('none');
    }
    // With every element unset, layout is too broken for a pointer to aim at; focus opens it.
    const mark = page.locator('mark.dealterm[data-term="ms-stake"][tabindex="0"]').first();
    await mark.focus();
    const card = page.locator(CARD);
    await card.waitFor({ state: 'visible' });
    const box = await card.boundingBox();
    expect(box?.width).toBeGreaterThan(240);
    expect(box?.width).toBeLessThanOrEqual(440); // 420 px, whatever the page's root font size
    const fontSize = await card.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(12);
    expect(await card.innerText()).toMatch(/Microsoft’s stake|Microsoft's stake/i);
    await page.close();
  });
});
