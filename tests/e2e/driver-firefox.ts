/**
 * The scenario driver for Firefox: puppeteer-core driving Debian's firefox-esr over WebDriver
 * BiDi, with the Firefox build (.output/firefox-mv2) installed as a temporary add-on.
 *
 * Firefox specifics (see /work/shared/toolchain.md):
 * - BiDi cannot list extensions, so the add-on's internal UUID is fixed by a pref, which makes
 *   `moz-extension://<uuid>/…` known in advance;
 * - opening a `moz-extension://` page needs `--remote-allow-system-access`, and its `goto()`
 *   never settles (Firefox sends no navigation events for extension pages): it is started
 *   without waiting and the document is polled instead;
 * - there is no background page to evaluate in: a "control" tab on one of the extension's own
 *   pages calls the extension APIs (tabs, storage) for the tests;
 * - offline: no connection beyond the machine (MOZ_DISABLE_NONLOCAL_CONNECTIONS; lookups still
 *   happen), and, unless `hygiene: false`, prefs for no DNS prefetch, no predictor and no
 *   speculative connections.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import type { SummaryReply } from '../../utils/messages';
import type { DriverPage, LensDriver } from './driver';
import { ROOT } from './harness';

export const FIREFOX_EXTENSION_DIR =
  process.env.FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on's internal UUID, fixed for the tests (any UUID will do). */
export const EXTENSION_UUID = '3c6e0b8a-5d2f-4e1b-9a7c-2f4d6e8b0a1c';

/** The WebExtension APIs as seen in an extension page, for `evaluate` callbacks. */
interface ExtensionApis {
  browser: {
    tabs: {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(
        tabId: number,
        message: unknown,
        options?: { frameId?: number },
      ): Promise<unknown>;
    };
    storage: {
      sync: {
        get(key: string): Promise<Record<string, unknown>>;
        set(value: object): Promise<void>;
      };
    };
  };
}

/** Prefs that keep Firefox from looking up hosts it was not asked to load. */
export const HYGIENE_PREFS = {
  'network.dns.disablePrefetch': true,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
};

class FirefoxPage implements DriverPage {
  constructor(readonly page: Page) {}
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.page.evaluate(
      fn as unknown as (arg: unknown) => Promise<R>,
      arg as unknown,
    )) as R;
  }
  hover(selector: string): Promise<void> {
    return this.page.hover(selector);
  }
  click(selector: string): Promise<void> {
    return this.page.click(selector);
  }
  press(key: string): Promise<void> {
    return this.page.keyboard.press(key as KeyInput);
  }
  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

/** The Puppeteer page behind a driver page, for what only Firefox tests do. */
export const pageOf = (page: DriverPage): Page => (page as FirefoxPage).page;

function geckoId(): string {
  const file = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(
      `No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`,
    );
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('The Firefox manifest names no gecko id.');
  return id;
}

export interface FirefoxLaunchOptions {
  /** The prefs that stop lookups no page asked for (default true). */
  hygiene?: boolean;
  /** More environment for the browser (e.g. MOZ_LOG). */
  env?: Record<string, string>;
  /** More prefs. */
  prefs?: Record<string, unknown>;
}

export interface FirefoxDriver extends LensDriver {
  readonly browser: Browser;
  readonly extensionOrigin: string;
}

export async function launchFirefox(opts: FirefoxLaunchOptions = {}): Promise<FirefoxDriver> {
  const hygiene = opts.hygiene ?? true;
  const id = geckoId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 720 },
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1', ...opts.env },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      ...(hygiene ? HYGIENE_PREFS : {}),
      ...opts.prefs,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

  // Every tab the driver opens reports its requests to the recorders alive at the time.
  const recorders = new Set<(url: string) => void>();
  const track = (page: Page): FirefoxPage => {
    page.on('request', (request) => {
      for (const record of recorders) record(request.url());
    });
    return new FirefoxPage(page);
  };

  const openExtensionPage = async (path: string): Promise<FirefoxPage> => {
    const page = track(await browser.newPage());
    const url = `${extensionOrigin}/${path}`;
    // Never settles for an extension page (no navigation events); rejects when the tab closes.
    void page.page.goto(url).catch(() => undefined);
    const loaded = async () => {
      try {
        return await page.evaluate(
          (want) => location.href === want && document.readyState === 'complete',
          url,
        );
      } catch {
        return false; // the document was replaced while we asked
      }
    };
    const deadline = Date.now() + 15_000;
    while (!(await loaded())) {
      if (Date.now() > deadline) throw new Error(`Firefox did not open ${url}`);
      await new Promise((done) => setTimeout(done, 50));
    }
    return page;
  };

  const control = await openExtensionPage('popup.html?tab=999999');
  const inControl = <R, A>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> =>
    control.evaluate(fn, arg);

  const tabId = async (page: DriverPage): Promise<number> => {
    await pageOf(page).bringToFront();
    return inControl(async () => {
      const { browser: ext } = globalThis as unknown as ExtensionApis;
      const [tab] = await ext.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    }, undefined);
  };

  const driver: FirefoxDriver = {
    name: 'firefox',
    extensionId: id,
    browser,
    extensionOrigin,
    async open(url) {
      const page = track(await browser.newPage());
      await page.page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async tell(page, message) {
      const id = await tabId(page);
      return inControl(
        async ([tab, msg]) => {
          const { browser: ext } = globalThis as unknown as ExtensionApis;
          return (await ext.tabs.sendMessage(tab, msg, { frameId: 0 })) ?? null;
        },
        [id, message] as const,
      );
    },
    async lensReply(page) {
      const id = await tabId(page);
      return inControl(async (tab) => {
        const { browser: ext } = globalThis as unknown as ExtensionApis;
        try {
          return ((await ext.tabs.sendMessage(tab, { type: 'get-summary' }, { frameId: 0 })) ??
            null) as SummaryReply | null;
        } catch {
          return null;
        }
      }, id);
    },
    tabId,
    async openPopup(tab) {
      const popup = await openExtensionPage(`popup.html?tab=${tab}`);
      await popup.page.setViewport({ width: 360, height: 600 });
      await popup.page.waitForSelector('button.term, .note:not(.note-loading)');
      return popup;
    },
    openExtensionPage,
    async setSettings(settings) {
      await inControl(async (value) => {
        const { storage } = (globalThis as unknown as ExtensionApis).browser;
        const stored = (await storage.sync.get('settings')).settings as
          Record<string, unknown> | undefined;
        await storage.sync.set({ settings: { ...(stored ?? {}), ...value } });
      }, settings);
    },
    recordRequests() {
      const urls: string[] = [];
      const record = (url: string) => void urls.push(url);
      recorders.add(record);
      return { urls, stop: () => void recorders.delete(record) };
    },
    async close() {
      await browser.close();
    },
  };
  return driver;
}
