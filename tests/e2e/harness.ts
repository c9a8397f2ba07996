/**
 * The e2e tests' view of the one browser harness (scripts/lib/browser.mjs, shared with the bench,
 * eval and check): the fixture server, and what only tests read back from a page.
 */
import type { Page } from 'playwright-core';
import {
  FIXTURES_DIR,
  serveDir,
  type ExtensionBrowser,
  type FixtureServer,
} from '../../scripts/lib/browser.mjs';

export {
  CHROMIUM,
  EXTENSION_DIR,
  FIXTURES_DIR,
  ROOT,
  launchWithExtension,
  lensReply,
  waitForLens,
  type ExtensionBrowser,
  type FixtureServer,
} from '../../scripts/lib/browser.mjs';

/**
 * Serves `dir` (the fixtures by default) on 127.0.0.1 at a free port. A `*.headers.json` file
 * next to a page adds response headers (e.g. a strict CSP for the hazard pages).
 */
export function serveFixtures(dir = FIXTURES_DIR): Promise<FixtureServer> {
  return serveDir(dir);
}

/** The DOM contract, read back from the page. */
export interface MarkInfo {
  term: string;
  version: string;
  claim: string;
  status: string;
  mention: string;
  text: string;
  sentence: string;
}

/**
 * The DOM contract, read back in the page's world: one entry per mention (a mention may span
 * marks). Self-contained, so that any driver can evaluate it in a page.
 */
export function mentionsInPage(): MarkInfo[] {
  const byId = new Map<string, MarkInfo>();
  for (const m of document.querySelectorAll<HTMLElement>('mark.dealterm')) {
    const id = m.dataset.mention ?? '';
    const known = byId.get(id);
    if (known) {
      known.text += m.textContent ?? '';
      continue;
    }
    const block = m.closest('p, li, h1, h2, h3, h4, blockquote, td, div') ?? m.parentElement;
    byId.set(id, {
      term: m.dataset.term ?? '',
      version: m.dataset.version ?? '',
      claim: m.dataset.claim ?? '',
      status: m.dataset.status ?? '',
      mention: id,
      text: m.textContent ?? '',
      sentence: block?.textContent ?? '',
    });
  }
  return [...byId.values()];
}

export function readMentions(page: Page): Promise<MarkInfo[]> {
  return page.evaluate(mentionsInPage);
}

/** Writes the reader's settings the way the popup and options page do (storage.sync). */
export async function setSettings(
  browser: ExtensionBrowser,
  settings: Record<string, unknown>,
): Promise<void> {
  await browser.worker.evaluate(async (value) => {
    const storage = (
      globalThis as unknown as {
        chrome: {
          storage: {
            sync: {
              get(k: string): Promise<Record<string, unknown>>;
              set(v: object): Promise<void>;
            };
          };
        };
      }
    ).chrome.storage;
    const stored = (await storage.sync.get('settings')).settings as
      Record<string, unknown> | undefined;
    await storage.sync.set({ settings: { ...(stored ?? {}), ...value } });
  }, settings);
}
