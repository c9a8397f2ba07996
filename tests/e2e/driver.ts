/**
 * A browser-neutral way to drive the built extension, so that one list of scenarios
 * (scenarios.e2e.ts) runs in Chromium (Playwright, driver-chromium.ts) and in Firefox
 * (Puppeteer over WebDriver BiDi, driver-firefox.ts). Small on purpose: open a page, evaluate in
 * it, hover, click, press a key, open the popup for a tab, open an extension page, set an
 * option, record requests.
 */
import type { SummaryReply } from '../../utils/messages';
import { finished, poll } from '../../scripts/lib/browser.mjs';

export { poll };

export type BrowserName = 'chromium' | 'firefox';

/** The browsers the shared scenarios run in: `E2E_BROWSERS=firefox` (or `chromium`) narrows it. */
export function selectedBrowsers(): BrowserName[] {
  const all: BrowserName[] = ['chromium', 'firefox'];
  const wanted = process.env.E2E_BROWSERS?.split(',').map((name) => name.trim());
  return wanted ? all.filter((name) => wanted.includes(name)) : all;
}

export interface DriverPage {
  /** Runs `fn` in the page's own world (not the content script's) and returns its result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  hover(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** A key on the keyboard, by its `KeyboardEvent.key` name ("Tab", "Enter", "Escape", "j"). */
  press(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface LensDriver {
  readonly name: BrowserName;
  /** The extension's `runtime.id` (which a hostile page may know: the store publishes it). */
  readonly extensionId: string;
  /** A new tab at `url`, once its load event ran. */
  open(url: string): Promise<DriverPage>;
  /** Sends `message` to `page`'s content script from the extension (as the background does). */
  tell(page: DriverPage, message: unknown): Promise<unknown>;
  /** The content script's own account of `page` (state and summary), asked by the extension. */
  lensReply(page: DriverPage): Promise<SummaryReply | null>;
  /** The tab id the extension knows `page` by. */
  tabId(page: DriverPage): Promise<number>;
  /** The toolbar popup for a tab, opened as `popup.html?tab=<id>` in a tab of its own. */
  openPopup(tabId: number): Promise<DriverPage>;
  /** One of the extension's own pages (`options.html`), once its document has loaded. */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** Writes the reader's settings the way the popup and options page do (storage.sync). */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  /** Records the URL of every request the browser's tabs make from now on, until `stop()`. */
  recordRequests(): { urls: string[]; stop(): void };
  close(): Promise<void>;
}

/** Waits until the content script has finished reading `page` (`done`, `off` or `error`). */
export async function waitForLens(
  driver: LensDriver,
  page: DriverPage,
  timeoutMs = 15_000,
): Promise<SummaryReply> {
  const reply = await poll(() => driver.lensReply(page), finished, timeoutMs);
  if (!finished(reply)) {
    throw new Error(
      `Deal Lens did not finish in ${driver.name} (state ${JSON.stringify(reply?.state)})`,
    );
  }
  return reply!;
}

/** Waits until `fn` is true in the page. */
export async function waitInPage(
  page: DriverPage,
  fn: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const ok = await poll(() => page.evaluate(fn), Boolean, timeoutMs);
  if (!ok) throw new Error(`Timed out waiting for ${what}`);
}
