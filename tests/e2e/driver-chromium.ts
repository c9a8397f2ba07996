/**
 * The scenario driver for Chromium: Playwright driving Debian's Chromium with the Chrome build
 * (.output/chrome-mv3), through the same harness as the Chromium-only tests.
 */
import type { Page } from 'playwright-core';
import type { DriverPage, LensDriver } from './driver';
import { launchWithExtension, lensReply, setSettings } from './harness';

declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown>;
  };
};

class ChromiumPage implements DriverPage {
  constructor(readonly page: Page) {}
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as unknown as (arg: unknown) => Promise<R>, arg as unknown);
  }
  hover(selector: string): Promise<void> {
    return this.page.locator(selector).first().hover();
  }
  click(selector: string): Promise<void> {
    return this.page.locator(selector).first().click();
  }
  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }
  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

const pageOf = (page: DriverPage): Page => (page as ChromiumPage).page;

export async function launchChromium(): Promise<LensDriver> {
  const browser = await launchWithExtension();
  const origin = `chrome-extension://${browser.extensionId}`;

  const openExtensionPage = async (path: string, viewport?: { width: number; height: number }) => {
    const page = await browser.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(`${origin}/${path}`);
    return new ChromiumPage(page);
  };

  return {
    name: 'chromium',
    extensionId: browser.extensionId,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return new ChromiumPage(page);
    },
    lensReply: (page) => lensReply(browser, pageOf(page)),
    async tell(page, message) {
      await pageOf(page).bringToFront();
      return browser.worker.evaluate(async (msg) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined ? null : chrome.tabs.sendMessage(tab.id, msg, { frameId: 0 });
      }, message);
    },
    async tabId(page) {
      await pageOf(page).bringToFront();
      return browser.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
    },
    async openPopup(tabId) {
      const popup = await openExtensionPage(`popup.html?tab=${tabId}`, { width: 360, height: 600 });
      await popup.page.waitForSelector('button.term, .note:not(.note-loading)');
      return popup;
    },
    openExtensionPage: (path) => openExtensionPage(path),
    setSettings: (settings) => setSettings(browser, settings),
    recordRequests() {
      const urls: string[] = [];
      const listener = (request: { url(): string }) => void urls.push(request.url());
      browser.context.on('request', listener);
      return { urls, stop: () => void browser.context.off('request', listener) };
    },
    close: () => browser.close(),
  };
}
