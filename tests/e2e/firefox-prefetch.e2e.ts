/**
 * No lookup before a click (issue #28, item 4). Firefox resolves the host of every link a page
 * shows (DNS prefetch: http pages and extension pages, shadow roots included), and a resolved
 * host is the first step of any speculative connection. So the reader's browser would tell the
 * network which sources a card or the popup shows before the reader chose to follow one.
 *
 * This file launches Firefox WITHOUT the prefs the other tests use to stop such lookups, and has
 * it log every host it resolves (MOZ_LOG nsHostResolver, written synchronously). Connections
 * beyond the machine stay off (MOZ_DISABLE_NONLOCAL_CONNECTIONS); lookups still happen and are
 * logged. A negative ("not looked up") needs a point after which a lookup would have been logged:
 * each test adds a control link that Firefox does look up, in the same document or the same
 * process, after the links under test, and waits for the control's host in the log first.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll, waitForLens, type DriverPage } from './driver';
import { launchFirefox, pageOf, type FirefoxDriver } from './driver-firefox';
import { ROOT, serveFixtures, type FixtureServer } from './harness';

let driver: FirefoxDriver;
let server: FixtureServer;
let logDir: string;

beforeAll(async () => {
  server = await serveFixtures();
  logDir = mkdtempSync(join(tmpdir(), 'deal-lens-dns-'));
  driver = await launchFirefox({
    hygiene: false,
    env: { MOZ_LOG: 'sync,nsHostResolver:5', MOZ_LOG_FILE: join(logDir, 'dns') },
  });
});
afterAll(async () => {
  await driver?.close();
  await server?.close();
  if (logDir) rmSync(logDir, { recursive: true, force: true });
});

/** Every host Firefox has begun to resolve so far, from all its processes' logs. */
function resolvedHosts(): Set<string> {
  const hosts = new Set<string>();
  for (const file of readdirSync(logDir)) {
    const log = readFileSync(join(logDir, file), 'utf8');
    for (const match of log.matchAll(/Resolving host \[([^\]]+)\]/g)) hosts.add(match[1]!);
  }
  return hosts;
}

/** Waits until Firefox has looked `host` up: everything queued for lookup before it has been. */
async function untilResolved(host: string): Promise<void> {
  expect(
    await poll(async () => resolvedHosts().has(host), Boolean, 20_000),
    `${host} looked up`,
  ).toBe(true);
}

/** The hosts of the facts' sources, as data/deal.json lists them. */
const SOURCE_HOSTS = new Set(
  [...readFileSync(join(ROOT, 'data/deal.json'), 'utf8').matchAll(/"(https?:\/\/[^"]+)"/g)].map(
    (m) => new URL(m[1]!).host,
  ),
);

let controls = 0;
/** A host no one else names, for a control link. */
const controlHost = (what: string) => `${what}-${process.pid}-${++controls}.control.example`;

/** The addresses of the source links in the open card (whether or not they carry an href yet). */
const cardLinks = (page: DriverPage) =>
  page.evaluate(() =>
    [
      ...(document
        .querySelector('deal-lens-card')
        ?.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a.dl-link') ?? []),
    ].map((a) => a.getAttribute('href') ?? a.dataset.href ?? ''),
  );

describe('in Firefox without the anti-prefetch prefs', () => {
  it('shows the cards of an http page with their source links, and looks up no source host until a click', async () => {
    const page = await driver.open(server.url('seeds/004_679afbbb546c3045.html'));
    await waitForLens(driver, page);
    // Every statement's card, one after the other, by focus (the card opens on focus).
    const mentions = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('mark.dealterm[tabindex="0"]')].map(
        (m) => m.dataset.mention ?? '',
      ),
    );
    expect(mentions.length).toBeGreaterThan(5);
    const shown = new Set<string>();
    for (const mention of mentions) {
      await page.evaluate(
        (id) =>
          document
            .querySelector<HTMLElement>(`mark.dealterm[data-mention="${id}"][tabindex="0"]`)!
            .focus(),
        mention,
      );
      const open = await poll(
        () =>
          page.evaluate(
            (id) =>
              document
                .querySelector(`mark.dealterm[data-mention="${id}"]`)
                ?.getAttribute('aria-expanded') === 'true',
            mention,
          ),
        Boolean,
      );
      expect(open, `the card of ${mention} opened`).toBe(true);
      for (const url of await cardLinks(page)) shown.add(new URL(url).host);
    }
    // The cards did show links to the sources (else there would be nothing to look up).
    expect(shown.size).toBeGreaterThan(1);
    expect([...shown].filter((host) => !SOURCE_HOSTS.has(host))).toEqual([]);

    // The control: a link the page itself shows, in a shadow root as the card's are, after them.
    const control = controlHost('page');
    await page.evaluate((host) => {
      const root = document.body
        .appendChild(document.createElement('div'))
        .attachShadow({ mode: 'open' });
      const a = root.appendChild(document.createElement('a'));
      a.href = `https://${host}/`;
      a.textContent = 'control';
    }, control);
    await untilResolved(control);
    expect([...shown].filter((host) => resolvedHosts().has(host))).toEqual([]);

    // A click on a source link still follows it: now, and only now, its host is looked up.
    const [first] = await cardLinks(page);
    expect(first).toBeTruthy();
    await pageOf(page).click('deal-lens-card >>> a.dl-link');
    await untilResolved(new URL(first!).host);
    await page.close();
  });

  for (const path of ['popup.html', 'options.html']) {
    it(`${path} looks up no host of a link it shows`, async () => {
      const article = await driver.open(server.url('seeds/004_679afbbb546c3045.html'));
      await waitForLens(driver, article);
      const page =
        path === 'popup.html'
          ? await driver.openPopup(await driver.tabId(article))
          : await driver.openExtensionPage(path);
      // The popup shows no source link today: a link in its document stands for any it will.
      // The control: a link in a frame of the same page (same process, its own document, which
      // may prefetch), added after it.
      const probe = controlHost('probe');
      const control = controlHost('frame');
      await page.evaluate(
        async ([probe, control]) => {
          const a = document.body.appendChild(document.createElement('a'));
          a.href = `https://${probe}/`;
          a.textContent = 'probe';
          const frame = document.body.appendChild(document.createElement('iframe'));
          frame.srcdoc = '<p>control</p>';
          await new Promise((done) => frame.addEventListener('load', done, { once: true }));
          const b = frame.contentDocument!.body.appendChild(
            frame.contentDocument!.createElement('a'),
          );
          b.href = `https://${control}/`;
          b.textContent = 'control';
        },
        [probe, control] as const,
      );
      await untilResolved(control);
      expect(resolvedHosts().has(probe)).toBe(false);
      await page.close();
      await article.close();
    });
  }
});
