/**
 * The page summary in the built extension: the popup (opened as `popup.html?tab=<id>` in a tab
 * of its own, since a headless browser has no toolbar), the toolbar badge, the per-site switch,
 * the options page and the banner, in Chromium. (The popup's list of terms and an option taking
 * effect live on an open page run in every browser: scenarios.e2e.ts.)
 *
 * Needs the content script's side of the wiring (see the report of the "Page summary" issue):
 * `hostname` in the get-summary reply (the site switch), the `reveal` message (scroll + card)
 * and the banner. Those tests say so in their names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, readMentions, setSettings, waitForLens, type MarkInfo } from './harness';
import { useExtension } from './fixture';
import { poll as pollFor } from './driver';

declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { clear(): Promise<void> } };
};
declare const axe: {
  run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }>;
};
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const SEED = 'seeds/004_679afbbb546c3045.html';
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const { browser, server } = useExtension();

/** Opens a fixture page and waits for the lens; returns the page and its tab id. */
async function openSeed(path = SEED): Promise<{ page: Page; tabId: number }> {
  const page = await browser.newPage();
  await page.goto(server.url(path));
  await waitForLens(browser, page);
  await page.bringToFront();
  const tabId = await browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  expect(tabId).toBeGreaterThan(0);
  return { page, tabId };
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('button.term, .note:not(.note-loading)');
  return popup;
}

async function popupRows(popup: Page) {
  return popup.$$eval('button.term', (buttons) =>
    buttons.map((b) => ({
      term: b.getAttribute('data-term') ?? '',
      status: b.getAttribute('data-status') ?? '',
      count: Number(/\d+/.exec(b.querySelector('.term-count')?.textContent ?? '')?.[0]),
      label: b.querySelector('.term-status')?.textContent ?? '',
    })),
  );
}

/** Polls as everywhere in the e2e suite, for 5 s at most. */
const poll = <T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> =>
  pollFor(read, ok, 5_000);

/** `within`: a shadow host and a selector inside its shadow root, to check that part only. */
async function seriousViolations(page: Page, within?: [string, string]): Promise<string[]> {
  // The extension's CSP (script-src 'self') refuses an inline <script>, so addScriptTag cannot
  // inject axe into an extension page; evaluating it through the DevTools protocol can.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async (part) =>
      (await axe.run(part ? { include: [part] } : document, { resultTypes: ['violations'] }))
        .violations,
    within ?? null,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
}

/** The verdicts the badge, the popup and the banner count (data/deal.ts needsCorrection). */
const NOT_TRUE_TODAY = ['changed', 'out-of-date', 'wrong'];

/** The knowledge base as shipped, for what a row must say (English). */
const DEAL = JSON.parse(readFileSync(join(ROOT, 'data/deal.json'), 'utf8')) as {
  terms: { id: string; current: string | null; versions: { id: string; short: Short }[] }[];
  claims: { id: string; short: Short }[];
  misstatements: { id: string; instead: string; short: Short }[];
};
type Short = { en: string };
const claimShort = (id: string) => DEAL.claims.find((c) => c.id === id)?.short.en;
const versions = DEAL.terms.flatMap((t) => t.versions);
/** What a row says the page states: the claim's few words, else the version's. */
const shortOf = (m: MarkInfo) =>
  (m.status === 'wrong' ? DEAL.misstatements.find((x) => x.id === m.claim)?.short.en : null) ??
  (m.claim ? claimShort(m.claim) : undefined) ??
  versions.find((v) => v.id === m.version)?.short.en;
/** What a row says holds today: the term's current version, or the claim true instead. */
const todayOf = (m: MarkInfo) => {
  const wrong = DEAL.misstatements.find((x) => x.id === m.claim);
  if (m.status === 'wrong' && wrong) return claimShort(wrong.instead);
  const current = DEAL.terms.find((t) => t.id === m.term)?.current;
  return versions.find((v) => v.id === current)?.short.en;
};

describe('the popup on a seed article', () => {
  it('shows the out-of-date count on the toolbar badge of that tab', async () => {
    const { page, tabId } = await openSeed();
    const outdated = (await readMentions(page)).filter((m) =>
      NOT_TRUE_TODAY.includes(m.status),
    ).length;
    const badge = await poll(
      () => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
      (text) => text === String(outdated),
    );
    expect(badge).toBe(String(outdated));
    await page.close();
  });

  it('follows the page while open: a new statement reaches the popup and the badge', async () => {
    const { page, tabId } = await openSeed();
    const popup = await openPopup(tabId);
    const stake = async () => (await popupRows(popup)).find((r) => r.term === 'ms-stake')?.count;
    const outdated = async () => Number(await popup.getAttribute('.outdated', 'data-outdated'));
    const before = { stake: await stake(), outdated: await outdated() };
    expect(before.stake).toBe(2);
    // The page adds a paragraph: the lens reads it, and tells the popup and the background.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Microsoft holds a 32.5% stake in OpenAI.';
      document.querySelector('article, main, body')!.append(p);
    });
    expect(await poll(stake, (count) => count === 3)).toBe(3);
    expect(await outdated()).toBe(before.outdated + 1);
    const badge = await poll(
      () => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
      (text) => text === String(before.outdated + 1),
    );
    expect(badge).toBe(String(before.outdated + 1));
    await popup.close();
    await page.close();
  });

  it('leaves the badge empty on a page without deal terms', async () => {
    const { page, tabId } = await openSeed('negatives/azure-outage.html');
    await page.waitForTimeout(300);
    expect(
      await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    ).toBe('');
    const popup = await openPopup(tabId);
    expect(await popup.textContent('.note-empty')).toBe(
      'No Microsoft–OpenAI deal terms on this page',
    );
    await popup.close();
    await page.close();
  });

  it('says when it cannot read the tab', async () => {
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=999999`);
    await popup.waitForSelector('.note-unsupported');
    expect(await popup.textContent('.note-unsupported')).toBe(
      'Deal Lens can’t read this page (browser or store pages)',
    );
    await popup.close();
  });

  // Needs the content script's `reveal` handler (scroll) and the card wiring (aria-expanded).
  it('reveals a term’s first mention in the page and opens its card', async () => {
    const { page, tabId } = await openSeed();
    const popup = await openPopup(tabId);
    const rows = await popupRows(popup);
    // The last term's first mention is far below the fold of a 720px viewport.
    const target = rows.at(-1)!;
    const firstMark = page.locator(`mark.dealterm[data-term="${target.term}"]`).first();
    const inView = () =>
      firstMark.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      });
    expect(await inView()).toBe(false);

    await popup.click(`button.term[data-term="${target.term}"]`);
    await page.bringToFront();
    expect(await poll(inView, Boolean)).toBe(true);
    // Its card opened (the card controller sets aria-expanded on the mark) and stays open.
    expect(
      await poll(
        () => firstMark.getAttribute('aria-expanded'),
        (v) => v === 'true',
      ),
    ).toBe('true');
    const card = page.locator('deal-lens-card [role="dialog"]');
    await card.waitFor({ timeout: 5_000 });
    await page.waitForTimeout(500);
    expect(await card.isVisible()).toBe(true);
    expect(await firstMark.getAttribute('aria-expanded')).toBe('true');
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });

  it('says in each row what changed, in the data’s few words, and opens the statement that did', async () => {
    // January 2025: the page's first cloud-provider statement is history, its next changed since.
    const { page, tabId } = await openSeed('seeds/000_f8b09dbe6a8d20b7.html');
    const mentions = await readMentions(page);
    const firstNotTrue = new Map<string, MarkInfo>();
    for (const m of mentions)
      if (NOT_TRUE_TODAY.includes(m.status) && !firstNotTrue.has(m.term))
        firstNotTrue.set(m.term, m);
    const popup = await openPopup(tabId);
    const said = await popup.$$eval('button.term', (buttons) =>
      buttons.map((b) => ({
        term: b.getAttribute('data-term') ?? '',
        change: b.querySelector('.term-change')?.textContent ?? null,
      })),
    );
    expect(said.filter((row) => row.change !== null)).toHaveLength(firstNotTrue.size);
    for (const { term, change } of said) {
      const m = firstNotTrue.get(term);
      expect(change, term).toBe(m ? `Page: ${shortOf(m)} · Today: ${todayOf(m)}` : null);
    }
    const cloud = mentions.filter((m) => m.term === 'compute-provider');
    expect(NOT_TRUE_TODAY.includes(cloud[0]!.status)).toBe(false);
    await popup.click('button.term[data-term="compute-provider"]');
    await page.bringToFront();
    const opened = await poll(
      () =>
        page.evaluate(
          () =>
            document.querySelector<HTMLElement>('mark.dealterm[aria-expanded="true"]')?.dataset
              .mention ?? null,
        ),
      (id) => id !== null,
    );
    expect(opened).toBe(firstNotTrue.get('compute-provider')!.mention);
    expect(opened).not.toBe(cloud[0]!.mention);
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });

  // Needs `hostname` in the content script's get-summary reply.
  it('turns Deal Lens off for the site at once, and it stays off', async () => {
    const { page, tabId } = await openSeed();
    try {
      expect(await page.locator('mark.dealterm').count()).toBeGreaterThan(0);
      let popup = await openPopup(tabId);
      expect(await popup.textContent('#site-host', { timeout: 5_000 })).toBe('127.0.0.1');
      const toggle = popup.locator('#site-switch');
      expect(await toggle.isChecked()).toBe(true);
      await toggle.click();
      await page.waitForFunction(() => document.querySelectorAll('mark.dealterm').length === 0);
      await popup.waitForSelector('.note-off');
      expect(await popup.textContent('.note-off')).toBe('Deal Lens is off on this site.');
      await popup.close();

      await page.reload();
      await waitForLens(browser, page);
      expect(await page.locator('mark.dealterm').count()).toBe(0);
      popup = await openPopup(tabId);
      expect(await popup.locator('#site-switch').isChecked()).toBe(false);

      await popup.locator('#site-switch').click();
      await page.waitForSelector('mark.dealterm');
      await popup.close();
    } finally {
      await setSettings(browser, { disabledSites: [] });
      await page.close();
    }
  });
});

describe('accessibility (axe)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the popup has no serious or critical violation (${colorScheme})`, async () => {
      const { page, tabId } = await openSeed();
      const popup = await openPopup(tabId);
      await popup.emulateMedia({ colorScheme });
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    });

    it(`the options page has no serious or critical violation (${colorScheme})`, async () => {
      await setSettings(browser, { disabledSites: ['a.example', 'b.example'] });
      const options = await browser.newPage();
      await options.emulateMedia({ colorScheme });
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.waitForSelector('.sites li');
      expect(await seriousViolations(options)).toEqual([]);
      await options.close();
      await setSettings(browser, { disabledSites: [] });
    });
  }
});

describe('stepping through what is not true today', () => {
  it('is bound to keys in the manifest, and each step opens the next statement not true today', async () => {
    const manifest = JSON.parse(
      readFileSync(join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'),
    ) as {
      commands?: Record<string, { suggested_key?: { default?: string } }>;
    };
    expect(manifest.commands?.['next-not-true']?.suggested_key?.default).toBe('Alt+Shift+J');
    expect(manifest.commands?.['previous-not-true']?.suggested_key?.default).toBe('Alt+Shift+K');

    const { page, tabId } = await openSeed();
    const outdated = (await readMentions(page)).filter((m) => NOT_TRUE_TODAY.includes(m.status));
    expect(outdated.length).toBeGreaterThan(1);
    // The popup's rows say what changed, for the statement each opens.
    const popup = await openPopup(tabId);
    const changes = await popup.locator('.term-change').allTextContents();
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) expect(change).toMatch(/^Page: .+ · Today: .+/);
    await popup.close();
    await page.bringToFront();
    // What the background sends for the keys (a headless browser has no keyboard commands).
    const step = async (direction: 1 | -1) => {
      await browser.worker.evaluate(
        ([id, dir]) =>
          chrome.tabs.sendMessage(id, { type: 'step', direction: dir }, { frameId: 0 }),
        [tabId, direction] as const,
      );
      const card = page.locator('deal-lens-card [role="dialog"]');
      await card.waitFor({ state: 'visible' });
      return page.evaluate(() => (document.activeElement as HTMLElement | null)?.localName);
    };
    const openMention = () =>
      page.evaluate(
        () =>
          document.querySelector<HTMLElement>('mark.dealterm[aria-expanded="true"]')?.dataset
            .mention ?? null,
      );
    expect(await step(1)).toBe('deal-lens-card'); // focus moves into the card
    expect(await openMention()).toBe(outdated[0]!.mention);
    await step(1);
    expect(await openMention()).toBe(outdated[1]!.mention);
    await step(-1);
    expect(await openMention()).toBe(outdated[0]!.mention);
    await page.close();
  });
});

// Needs the banner wired into the content script (createBanner + update on each summary).
describe('[needs banner wiring] the banner', () => {
  // Dismissals are remembered per page across visits: each test starts with none.
  beforeEach(() => browser.worker.evaluate(() => chrome.storage.local.clear()));

  it('says an article from January 2025 states what is not true today, over the page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('seeds/000_f8b09dbe6a8d20b7.html'));
    await waitForLens(browser, page);
    const banner = page.locator('deal-lens-banner .text');
    await banner.waitFor({ timeout: 10_000 });
    const said = await banner.textContent();
    expect(said).toMatch(
      /^This article is from January 2025: \d+ of its deal statements are not true today\.$/,
    );
    // The same count as the marks', the badge's and the popup's.
    const marked = (await readMentions(page)).filter((m) =>
      NOT_TRUE_TODAY.includes(m.status),
    ).length;
    expect(Number(/: (\d+) of/.exec(said!)![1])).toBe(marked);
    await page.bringToFront();
    const tabId = await browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    const badge = await poll(
      () => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
      (text) => text === String(marked),
    );
    expect(badge).toBe(String(marked));
    const popup = await openPopup(tabId);
    expect(await popup.getAttribute('.outdated', 'data-outdated')).toBe(String(marked));
    await popup.close();
    await page.bringToFront();
    expect(await page.locator('deal-lens-banner[data-deal-lens-ui]').count()).toBe(1);
    // Announced politely, once; focus stays where it was.
    expect(await page.locator('deal-lens-banner [role="status"][aria-live="polite"]').count()).toBe(
      1,
    );
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // Over the page: dismissing it changes nothing in the page's layout.
    const layout = () =>
      page.evaluate(() => [
        document.documentElement.scrollHeight,
        document.querySelector('h1')?.getBoundingClientRect().top,
      ]);
    const before = await layout();
    // Nor in its highlights: the banner leaving is our change, not the page's, and must not
    // make the lens take its marks out and read the page again. Each mark gets a property in
    // the page's world, which a mark written anew would not have.
    const marks = await page.$$eval('mark.dealterm', (all) => {
      for (const mark of all) (mark as unknown as { kept: boolean }).kept = true;
      return all.length;
    });
    expect(marks).toBeGreaterThan(0);
    await page.click('deal-lens-banner button.dismiss');
    expect(await page.locator('deal-lens-banner').count()).toBe(0);
    expect(await layout()).toEqual(before);
    // Past the lens's 40 ms debounce and a rescan of this page.
    await page.waitForTimeout(500);
    const after = await page.$$eval('mark.dealterm', (all) =>
      all.map((mark) => (mark as unknown as { kept?: boolean }).kept === true),
    );
    expect(after).toEqual(Array(marks).fill(true));
    await page.close();
  });

  it('stays clear of the header, the text it opens on and the card; its button shows what is not true today', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(server.url('seeds/000_f8b09dbe6a8d20b7.html'));
    await waitForLens(browser, page);
    const bar = page.locator('deal-lens-banner .deal-lens-banner');
    await bar.waitFor({ timeout: 10_000 });
    const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const barBox = (await bar.boundingBox())!;
    const firstLines = await page.evaluate(() => {
      const boxes: { x: number; y: number; width: number; height: number }[] = [];
      for (const el of document.querySelectorAll('header, nav, h1, article p:first-of-type')) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const first = range.getClientRects()[0] ?? el.getBoundingClientRect();
        boxes.push({ x: first.left, y: first.top, width: first.width, height: first.height });
      }
      return boxes;
    });
    expect(firstLines.length).toBeGreaterThan(0);
    for (const box of firstLines) expect(overlaps(barBox, box)).toBe(false);

    // Its button opens the card of a statement not true today; the bar makes room meanwhile.
    await page.locator('deal-lens-banner button.show').click();
    const card = page.locator('deal-lens-card [role="dialog"]');
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('data-status')).toMatch(/^(changed|out-of-date|wrong)$/);
    expect(await page.locator('deal-lens-banner').count()).toBe(0);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await bar.waitFor();
    await page.close();
  });

  it('stays dismissed on this page, across visits', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('seeds/002_712270f75fb8a2dd.html'));
    await waitForLens(browser, page);
    await page.locator('deal-lens-banner .text').waitFor({ timeout: 10_000 });
    await page.click('deal-lens-banner button.dismiss');
    await page.reload();
    await waitForLens(browser, page);
    await page.locator('mark.dealterm').first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('deal-lens-banner').count()).toBe(0);
    // Another article still gets its banner.
    await page.goto(server.url('seeds/001_047ff0b57fb89ef8.html'));
    await waitForLens(browser, page);
    await page.locator('deal-lens-banner .text').waitFor({ timeout: 10_000 });
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation (${colorScheme})`, async () => {
      const page = await browser.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(server.url('seeds/000_f8b09dbe6a8d20b7.html'));
      await waitForLens(browser, page);
      await page.locator('deal-lens-banner .deal-lens-banner').waitFor({ timeout: 10_000 });
      expect(await seriousViolations(page, ['deal-lens-banner', '.deal-lens-banner'])).toEqual([]);
      await page.close();
    });
  }

  it('comes into the page in the same task as the highlights: one rendering update', async () => {
    const page = await browser.newPage();
    // In the page's world: which mutation batch (one per task that changed the page) brought
    // the first mark, and which the banner.
    await page.addInitScript(() => {
      const seen = { batch: 0, mark: -1, banner: -1 };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver((records) => {
        seen.batch++;
        for (const r of records)
          for (const n of r.addedNodes) {
            if (!(n instanceof Element)) continue;
            if (seen.mark < 0 && n.matches('mark.dealterm')) seen.mark = seen.batch;
            if (seen.banner < 0 && n.localName === 'deal-lens-banner') seen.banner = seen.batch;
          }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(server.url('seeds/000_f8b09dbe6a8d20b7.html'));
    await waitForLens(browser, page);
    await page.locator('deal-lens-banner .text').waitFor({ timeout: 10_000 });
    const seen = await page.evaluate(
      () => (window as unknown as { __seen: { mark: number; banner: number } }).__seen,
    );
    expect(seen.mark).toBeGreaterThan(0);
    expect(seen.banner).toBe(seen.mark);
    await page.close();
  });
});
