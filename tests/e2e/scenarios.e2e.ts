/**
 * The scenarios every browser must pass, written once and run in each (Chromium through
 * Playwright, Firefox through Puppeteer over WebDriver BiDi; see driver.ts): highlights and
 * their exact removal, the hover card by pointer and by keyboard, the popup for a tab, an option
 * taking effect live, no request leaving 127.0.0.1, and a hostile page unable to make Deal Lens
 * say what it did not judge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  poll,
  selectedBrowsers,
  waitForLens,
  waitInPage,
  type BrowserName,
  type DriverPage,
  type LensDriver,
} from './driver';
import { launchChromium } from './driver-chromium';
import { launchFirefox } from './driver-firefox';
import { addStatement, churnState, rememberMarks } from './churn-page';
import { mentionsInPage, serveFixtures, type FixtureServer } from './harness';

const LAUNCH: Record<BrowserName, () => Promise<LensDriver>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};

const SEED = 'seeds/004_679afbbb546c3045.html';

interface CardInfo {
  text: string;
  labelledBy: string | null;
  timeline: number;
  links: {
    href: string | null;
    address: string | null;
    role: string | null;
    target: string | null;
    rel: string | null;
  }[];
}

/** The open card (in the content script's open shadow root), or null when none is visible. */
function cardInPage(): CardInfo | null {
  const dialog = document
    .querySelector('deal-lens-card')
    ?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) return null;
  const box = dialog.getBoundingClientRect();
  if (box.width === 0 || box.height === 0 || getComputedStyle(dialog).visibility === 'hidden')
    return null;
  return {
    text: dialog.innerText,
    labelledBy: dialog.getAttribute('aria-labelledby'),
    timeline: dialog.querySelectorAll('.dl-timeline li').length,
    links: [...dialog.querySelectorAll('a')].map((a) => ({
      href: a.getAttribute('href'),
      address: a.getAttribute('data-href'),
      role: a.getAttribute('role'),
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    })),
  };
}

/** What tests/fixtures/hazards/forger.html offers the test. */
interface Forger {
  rewriteFirstMark(times: number): string;
  synthesize(selector: string): void;
  forge(extensionId: string): void;
  sameMarks(): boolean;
}

const markCount = (page: DriverPage) =>
  page.evaluate(() => document.querySelectorAll('mark.dealterm').length);

describe.each(selectedBrowsers())('in %s', (name) => {
  let driver: LensDriver;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures();
    driver = await LAUNCH[name]();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  async function openSeed(path = SEED): Promise<DriverPage> {
    const page = await driver.open(server.url(path));
    await waitForLens(driver, page);
    return page;
  }

  async function openCard(page: DriverPage): Promise<CardInfo> {
    const card = await poll(
      () => page.evaluate(cardInPage),
      (c) => c !== null,
    );
    expect(card, 'the card opened').not.toBeNull();
    return card!;
  }

  describe('highlights', () => {
    it('marks each statement of a French seed article with term, version and status', async () => {
      const page = await openSeed();
      const mentions = await page.evaluate(mentionsInPage);
      const find = (term: string, text: RegExp) =>
        mentions.find((m) => m.term === term && text.test(m.text));

      expect(find('ip-rights', /exclusivité/)).toMatchObject({
        version: 'ip-2032-exclusive',
        status: 'changed',
      });
      expect(find('ip-rights', /2032/)).toMatchObject({
        claim: 'ip-through-2032',
        status: 'in-force',
      });
      expect(find('ms-stake', /27/)).toMatchObject({ version: 'stake-27', status: 'in-force' });
      // "sa participation précédente de 32,5 %": the stake before, told as such.
      expect(find('ms-stake', /32, 5/)).toMatchObject({
        version: 'stake-32.5',
        status: 'history',
      });
      expect(find('compute-provider', /préemption/)).toMatchObject({
        claim: 'ms-no-rofr',
        status: 'in-force',
      });
      // Nothing inside the comment form, the script or the page chrome.
      const inForbidden = await page.evaluate(
        () =>
          document.querySelectorAll('textarea mark, script mark, input mark, nav mark, footer mark')
            .length,
      );
      expect(inForbidden).toBe(0);
      await page.close();
    });

    it('turned off, restores document.body.innerHTML exactly; on again, highlights again', async () => {
      await driver.setSettings({ disabledSites: ['127.0.0.1'] });
      const page = await openSeed('seeds/002_712270f75fb8a2dd.html');
      try {
        const pristine = await page.evaluate(() => document.body.innerHTML);
        expect(pristine).not.toContain('dealterm');

        await driver.setSettings({ disabledSites: [] });
        await waitInPage(
          page,
          () => document.querySelector('mark.dealterm') !== null,
          'highlights',
        );
        await waitForLens(driver, page);
        expect(await page.evaluate(() => document.body.innerHTML)).not.toBe(pristine);

        await driver.setSettings({ disabledSites: ['127.0.0.1'] });
        await waitInPage(
          page,
          () => document.querySelectorAll('mark.dealterm').length === 0,
          'no highlight',
        );
        expect(await page.evaluate(() => document.body.innerHTML)).toBe(pristine);
      } finally {
        await driver.setSettings({ disabledSites: [] });
        await page.close();
      }
    });
  });

  describe('shadow roots and frames', () => {
    /**
     * The markup of each tree of a hazard page that Deal Lens may read: shadow-dom.html's light
     * DOM, open shadow roots (one nested) and closed one; iframe-host.html's page and its
     * same-origin frame. With its marks counted, and the editable areas' and closed root's.
     */
    function treesInPage(): {
      html: string[];
      text: string[];
      marks: number[];
      untouchable: number;
    } {
      const trees: (Document | ShadowRoot)[] = [document];
      const article = document.getElementById('host')?.shadowRoot;
      const quote = article?.querySelector('pull-quote')?.shadowRoot;
      const frame = document.querySelector<HTMLIFrameElement>('#frame')?.contentDocument;
      for (const tree of [article, quote, frame]) if (tree) trees.push(tree);
      const sealed = (window as unknown as { sealedRoot?: ShadowRoot }).sealedRoot;
      const html = (tree: Document | ShadowRoot) =>
        'body' in tree ? tree.body.innerHTML : tree.innerHTML;
      return {
        html: [...trees.map(html), sealed?.innerHTML ?? ''],
        text: trees.map(
          (tree) => ('body' in tree ? tree.body.textContent : tree.textContent) ?? '',
        ),
        marks: trees.map((tree) => tree.querySelectorAll('mark.dealterm').length),
        untouchable:
          (sealed?.querySelectorAll('mark').length ?? 0) +
          trees.reduce((n, tree) => n + tree.querySelectorAll('[contenteditable] mark').length, 0),
      };
    }

    for (const [path, trees] of [
      ['hazards/shadow-dom.html', 3],
      ['hazards/iframe-host.html', 2],
    ] as const) {
      it(`${path}: every open shadow tree or same-origin frame is highlighted, nothing untouchable is, and off restores each exactly`, async () => {
        await driver.setSettings({ disabledSites: ['127.0.0.1'] });
        const page = await openSeed(path);
        try {
          const pristine = await page.evaluate(treesInPage);
          expect(pristine.marks).toEqual(Array(trees).fill(0));

          await driver.setSettings({ disabledSites: [] });
          const on = await poll(
            () => page.evaluate(treesInPage),
            (t) => t.marks.every((n) => n > 0),
          );
          expect(on.marks.length).toBe(trees);
          for (const n of on.marks) expect(n).toBeGreaterThan(0);
          expect(on.untouchable).toBe(0);
          expect(on.text).toEqual(pristine.text);

          await driver.setSettings({ disabledSites: ['127.0.0.1'] });
          const off = await poll(
            () => page.evaluate(treesInPage),
            (t) => t.marks.every((n) => n === 0),
          );
          expect(off.html).toEqual(pristine.html);
        } finally {
          await driver.setSettings({ disabledSites: [] });
          await page.close();
        }
      });
    }
  });

  describe('the hover card', () => {
    it('opens on hover with the status, dates, timeline and sources; one card at a time', async () => {
      const page = await openSeed();
      // The exclusive-IP statement of seed 004: changed since the article, on 27 April 2026.
      await page.hover('mark.dealterm[data-claim="ip-exclusive"]');
      const card = await openCard(page);
      expect(card.labelledBy).toBeTruthy();
      expect(card.text).toMatch(/Changed since this article/);
      expect(card.text).toMatch(/27 April 2026/); // the non-exclusive licence
      expect(card.text).toMatch(/non-exclusive/i); // what holds today, in one sentence
      // The facts' date, or their age once they are over 60 days old.
      expect(card.text).toMatch(
        /Facts checked (as of 6 December 2026|.* ago — newer changes may be missing)/,
      );
      expect(card.timeline).toBeGreaterThanOrEqual(4);

      expect(card.links.length).toBeGreaterThan(0);
      for (const link of card.links) {
        // No address until the reader reaches for the link: no lookup before a click.
        expect(link.href).toBeNull();
        expect(link.role).toBe('link');
        expect(link.address).toMatch(/^https:\/\//);
        expect(link.target).toBe('_blank');
        expect(link.rel).toBe('noopener noreferrer');
      }
      // Hovering another highlight replaces it.
      await page.hover('mark.dealterm[data-claim="stake-27"]');
      const next = await poll(
        () => page.evaluate(cardInPage),
        (c) => c !== null && /In force|Changed since this article/.test(c.text),
      );
      expect(next?.text).toMatch(/In force|Changed since this article/);
      expect(await page.evaluate(() => document.querySelectorAll('deal-lens-card').length)).toBe(1);
      await page.close();
    });

    it('with the keyboard alone: Tab reaches a highlight, Enter opens its card and moves in, Esc returns', async () => {
      const page = await openSeed();
      let onMark = false;
      for (let i = 0; i < 60 && !onMark; i++) {
        await page.press('Tab');
        onMark = await page.evaluate(
          () => document.activeElement?.matches('mark.dealterm') ?? false,
        );
      }
      expect(onMark).toBe(true);
      const mark = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { popup: el.getAttribute('aria-haspopup'), id: el.dataset.mention ?? '' };
      });
      expect(mark.popup).toBe('dialog');
      const outlineOf = (id: string) =>
        page.evaluate((id) => {
          const s = getComputedStyle(document.querySelector(`mark[data-mention="${id}"]`)!);
          return s.outlineStyle === 'none' ? 'none' : `${s.outlineStyle} ${s.outlineWidth}`;
        }, id);
      // Marks carry no style sheet: the keyboard focus ring is drawn on the focused mark itself.
      expect(await outlineOf(mark.id)).toBe('solid 2px');

      await page.press('Enter');
      await openCard(page);
      expect(
        await poll(
          () => page.evaluate(() => document.activeElement?.tagName.toLowerCase()),
          (tag) => tag === 'deal-lens-card',
        ),
      ).toBe('deal-lens-card');
      expect(await outlineOf(mark.id)).toBe('none');
      const expanded = (id: string) =>
        page.evaluate(
          (id) =>
            document.querySelector(`mark[data-mention="${id}"]`)?.getAttribute('aria-expanded'),
          id,
        );
      expect(await expanded(mark.id)).toBe('true');

      await page.press('Escape');
      expect(
        await poll(
          () => page.evaluate(cardInPage),
          (c) => c === null,
        ),
      ).toBeNull();
      expect(
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.mention),
      ).toBe(mark.id);
      await page.close();
    });

    it('opens when a highlight gets the focus', async () => {
      const page = await openSeed();
      expect(await page.evaluate(cardInPage)).toBeNull();
      await page.evaluate(() =>
        document
          .querySelector<HTMLElement>('mark.dealterm[data-term="ms-stake"][tabindex="0"]')!
          .focus(),
      );
      const card = await openCard(page);
      expect(card.text).toMatch(/Microsoft’s stake|Microsoft's stake/i);
      await page.close();
    });
  });

  describe('the popup', () => {
    it('lists every term the page states, with the page’s counts, statuses and date', async () => {
      const page = await openSeed();
      const mentions = await page.evaluate(mentionsInPage);
      expect(mentions.length).toBeGreaterThan(10);
      const expected = new Map<string, number>();
      for (const m of mentions) expected.set(m.term, (expected.get(m.term) ?? 0) + 1);

      const popup = await driver.openPopup(await driver.tabId(page));
      const view = await popup.evaluate(() => ({
        rows: [...document.querySelectorAll('button.term')].map((b) => ({
          term: b.getAttribute('data-term') ?? '',
          status: b.getAttribute('data-status') ?? '',
          count: Number(/\d+/.exec(b.querySelector('.term-count')?.textContent ?? '')?.[0]),
          label: b.querySelector('.term-status')?.textContent ?? '',
        })),
        outdated: document.querySelector('.outdated')?.getAttribute('data-outdated'),
        date: document.querySelector('.page-date')?.textContent,
        checked: document.querySelector('.checked')?.textContent,
      }));
      expect(view.rows.map((r) => [r.term, r.count])).toEqual([...expected]);
      expect(view.rows.find((r) => r.term === 'ms-stake')).toMatchObject({
        count: 2,
        status: 'in-force',
        label: 'In force',
      });
      expect(view.rows.find((r) => r.term === 'api-exclusivity')).toMatchObject({
        status: 'changed',
        label: 'Changed since this article',
      });
      // Its 2019 exclusivity told as history, and the right of first refusal waived: in force.
      expect(view.rows.find((r) => r.term === 'compute-provider')).toMatchObject({
        status: 'in-force',
        label: 'In force',
      });
      expect(view.rows.find((r) => r.term === 'frontier-partner')).toMatchObject({
        status: 'in-force',
        label: 'In force',
      });
      expect(view.outdated).toBe(
        String(
          mentions.filter((m) => ['changed', 'out-of-date', 'wrong'].includes(m.status)).length,
        ),
      );
      expect(view.date).toBe('Published 30 October 2025');
      expect(view.checked).toMatch(
        /^Facts checked (as of \d+ \w+ \d{4}|.+ ago — newer changes may be missing)$/,
      );
      await popup.close();
      await page.close();
    });
  });

  describe('the options page', () => {
    it('turns a site back on and changes the highlight style, and an open tab follows without a reload', async () => {
      await driver.setSettings({ disabledSites: ['127.0.0.1'] });
      const page = await openSeed();
      try {
        expect(await markCount(page)).toBe(0);
        const options = await driver.openExtensionPage('options.html');
        await waitInPage(
          options,
          () => document.querySelector('button[aria-label="Remove 127.0.0.1"]') !== null,
          'the site list',
        );
        await options.click('button[aria-label="Remove 127.0.0.1"]');
        await waitInPage(
          page,
          () => document.querySelector('mark.dealterm') !== null,
          'highlights',
        );
        expect(await options.evaluate(() => document.querySelectorAll('.sites li').length)).toBe(0);

        const background = () =>
          page.evaluate(
            () => getComputedStyle(document.querySelector('mark.dealterm')!).backgroundColor,
          );
        expect(await background()).not.toBe('rgba(0, 0, 0, 0)');
        await options.click('#opt-style-underline');
        expect(await poll(background, (bg) => bg === 'rgba(0, 0, 0, 0)')).toBe('rgba(0, 0, 0, 0)');
        await options.click('#opt-style-background');
        expect(await poll(background, (bg) => bg !== 'rgba(0, 0, 0, 0)')).not.toBe(
          'rgba(0, 0, 0, 0)',
        );
        await options.close();
      } finally {
        await driver.setSettings({ disabledSites: [], highlightStyle: 'background' });
        await page.close();
      }
    });
  });

  describe('pages that never stop changing', () => {
    const CHURN_MS = 5_000;
    const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

    it.each(['ads', 'ticker', 'liveblog', 'rerender', 'recycle'])(
      'churn.html?churn=%s: the marks stay the same elements, an open card stays open beside its mark, new statements are marked',
      async (churn) => {
        const page = await openSeed(`hazards/churn.html?churn=${churn}`);
        await waitInPage(
          page,
          () => document.querySelectorAll('#article mark.dealterm').length >= 30,
          'the article highlighted',
        );
        const start = await page.evaluate(rememberMarks);
        expect(
          await poll(
            () => page.evaluate(churnState),
            (s) => s.cardOpen,
          ),
          'the focused mark opened its card',
        ).toMatchObject({ cardOpen: true, focused: true });
        await pause(CHURN_MS);
        const after = await page.evaluate(churnState);
        // The page kept changing all along (every 50 to 300 ms)…
        expect(after.churned - start.churned).toBeGreaterThanOrEqual(10);
        // …and at least 95 % of the marks are the very elements they were.
        expect(after.same / after.before).toBeGreaterThanOrEqual(0.95);
        expect(after).toMatchObject({ focused: true, cardOpen: true });
        expect(after.cardGap).toBeLessThan(24);
        // A statement the page adds meanwhile is marked within a second, measured in the page.
        const id = await page.evaluate(addStatement);
        const marked = await poll(
          () => page.evaluate((id) => document.querySelector(`#${id} mark.dealterm`) !== null, id),
          Boolean,
          1_000,
        );
        expect(marked, `#${id} marked within 1 s`).toBe(true);
        await page.close();
      },
    );
  });

  describe('privacy', () => {
    it('sends no request beyond 127.0.0.1 while pages are read, cards opened and the popup shown', async () => {
      const recorder = driver.recordRequests();
      try {
        // The recorder sees what a page asks for: without this, "nothing" would prove nothing.
        const probe = await driver.open(server.url('negatives/openai-product.html'));
        const probeUrl = server.url('probe-from-the-page');
        await probe.evaluate(
          (url) =>
            fetch(url).then(
              () => undefined,
              () => undefined,
            ),
          probeUrl,
        );
        expect(await poll(async () => recorder.urls.includes(probeUrl), Boolean)).toBe(true);
        await probe.close();

        for (const path of [
          SEED,
          'seeds/000_f8b09dbe6a8d20b7.html',
          'pages/en-2025-10-28-nextchapter.html',
          'hazards/iframe-host.html',
        ]) {
          const page = await openSeed(path);
          if ((await markCount(page)) > 0) {
            await page.hover('mark.dealterm');
            await openCard(page);
          }
          const popup = await driver.openPopup(await driver.tabId(page));
          await popup.close();
          await page.close();
        }
        const options = await driver.openExtensionPage('options.html');
        await options.close();
      } finally {
        recorder.stop();
      }
      const network = recorder.urls.filter((url) => /^(https?|wss?|ftp):/.test(url));
      expect(network.length).toBeGreaterThan(4);
      expect(network.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
    });
  });

  // tests/fixtures/hazards/forger.html: a page that tries to make Deal Lens say what it did not judge.
  describe('the page cannot speak through Deal Lens', () => {
    const FORGER = 'hazards/forger.html';
    const OURS = 'mark.dealterm:not(#planted)';
    /** Longer than the card's open delay (150 ms) and its positioning. */
    const CARD_WOULD_SHOW_MS = 700;
    const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
    const statusOfFirst = (page: DriverPage) =>
      page.evaluate(
        () =>
          document.querySelector('mark.dealterm:not(#planted)')?.getAttribute('data-status') ??
          null,
      );

    it('gives a mark the page planted no card and no count', async () => {
      const page = await openSeed(FORGER);
      const reply = await driver.lensReply(page);
      expect(reply?.summary.mentions.length).toBeGreaterThan(0);
      expect(reply?.summary.mentions.map((m) => m.text).join(' ')).not.toMatch(/worth watching/);
      expect(reply?.summary.outdated).toBe(0);
      // Ours are keyboard stops; the planted one is not.
      expect(
        await page.evaluate(() => document.querySelector('#planted')!.getAttribute('tabindex')),
      ).toBeNull();
      await page.hover('#planted');
      await pause(CARD_WOULD_SHOW_MS);
      expect(await page.evaluate(cardInPage)).toBeNull();
      // The same hover on one of ours opens its card: the check above would have seen one.
      await page.hover(OURS);
      await openCard(page);
      await page.close();
    });

    it('puts back attributes the page rewrites, and the card shows what was judged', async () => {
      const page = await openSeed(FORGER);
      await page.evaluate(() => (window as unknown as Forger).rewriteFirstMark(1));
      expect(
        await poll(
          () => statusOfFirst(page),
          (s) => s === 'in-force',
        ),
      ).toBe('in-force');
      await page.close();

      // Rewritten each time it is put back: we stop after a while, and the card still says ours.
      const again = await openSeed(FORGER);
      await again.evaluate(() => (window as unknown as Forger).rewriteFirstMark(10_000));
      expect(
        await poll(
          () => statusOfFirst(again),
          (s) => s === 'superseded',
        ),
      ).toBe('superseded');
      await pause(200);
      expect(await statusOfFirst(again)).toBe('superseded');
      await again.hover(OURS);
      const card = await openCard(again);
      // What the passage says is what we read in it (27 %), not the claim the page wrote (32.5 %).
      expect(card.text).toMatch(/What this passage says\s+Microsoft holds about 27%/i);
      expect(card.text).toMatch(/In force/);
      const reply = await driver.lensReply(again);
      expect(reply?.summary.mentions.find((m) => m.claim === 'stake-27')?.status).toBe('in-force');
      await again.close();
    });

    it('opens no card for input the page makes up', async () => {
      const page = await openSeed(FORGER);
      const target = 'mark.dealterm[tabindex="0"]:not(#planted)';
      await page.evaluate((selector) => (window as unknown as Forger).synthesize(selector), target);
      await pause(CARD_WOULD_SHOW_MS);
      expect(await page.evaluate(cardInPage)).toBeNull();
      // The reader's own Enter on the same mark opens it.
      await page.evaluate(
        (selector) => document.querySelector<HTMLElement>(selector)!.focus(),
        target,
      );
      await page.press('Enter');
      await openCard(page);
      await page.close();
    });

    it('changes nothing for forged messages and events', async () => {
      const page = await openSeed(FORGER);
      const before = await driver.lensReply(page);
      await page.evaluate((id) => (window as unknown as Forger).forge(id), driver.extensionId);
      await pause(CARD_WOULD_SHOW_MS);
      expect(await page.evaluate(() => (window as unknown as Forger).sameMarks())).toBe(true);
      expect(await page.evaluate(cardInPage)).toBeNull();
      const after = await driver.lensReply(page);
      expect(after?.state).toBe('done');
      expect(after?.summary).toEqual(before?.summary);
      await page.close();
    });
  });

  // tests/fixtures/hazards/selection.html: no company named, so the page stays unread; the reader
  // selects a sentence and asks ("Check with Deal Lens": the context menu or Alt+Shift+L).
  describe('checking a selection', () => {
    /** The selection card's dialog, as the page sees it: its text, or null when none is open. */
    const selectionCard = () =>
      document
        .querySelector('deal-lens-selection')
        ?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]')?.innerText ?? null;
    const select = (page: DriverPage, id: string) =>
      page.evaluate((target) => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(target)!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }, id);

    it('judges the selected sentence where the page stays unread, and says so when it finds nothing', async () => {
      const page = await openSeed('hazards/selection.html');
      expect(await markCount(page)).toBe(0);

      await select(page, 'stake');
      expect(await driver.tell(page, { type: 'check-selection' })).toBe(true);
      const found = await poll(
        () => page.evaluate(selectionCard),
        (text) => text !== null,
      );
      expect(found).toMatch(/Microsoft's stake in OpenAI/);
      expect(found).toMatch(/Out of date/);
      expect(found).toMatch(/32\.5%/);
      // Nothing of the page changed: no mark, the same text.
      expect(await markCount(page)).toBe(0);

      await select(page, 'weather');
      await driver.tell(page, { type: 'check-selection' });
      const none = await poll(
        () => page.evaluate(selectionCard),
        (text) => text !== null && /found no statement/.test(text),
      );
      expect(none).toMatch(/found no statement/);
      expect(none).toMatch(/Microsoft's stake in OpenAI/);
      // Picking a term shows what holds today for it.
      await page.evaluate(() =>
        document
          .querySelector('deal-lens-selection')!
          .shadowRoot!.querySelector<HTMLElement>('button[data-term="ms-stake"]')!
          .click(),
      );
      const picked = await poll(
        () => page.evaluate(selectionCard),
        (text) => text !== null && /What holds today/i.test(text),
      );
      expect(picked).toMatch(/about 27%/);
      await page.close();
    });
  });
});
