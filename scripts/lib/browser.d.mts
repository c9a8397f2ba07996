// Types for browser.mjs, so the e2e tests can use the one harness under `tsc --noEmit`.
import type { Browser, BrowserContext, Page, Worker } from 'playwright-core';
import type { SummaryReply } from '../../utils/messages';

export const ROOT: string;
export const EXTENSION_DIR: string;
export const FIXTURES_DIR: string;
export const CHROMIUM: string;

export function chromiumArgs(extensionDir?: string): string[];

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}
export function serveDir(dir: string): Promise<FixtureServer>;

export interface LaunchOptions {
  extensionDir?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (re-found if Chromium restarted it). */
  readonly worker: Worker;
  currentWorker(): Promise<Worker>;
  newPage(): Promise<Page>;
  lensReply(page: Page): Promise<SummaryReply | null>;
  waitForLens(page: Page, timeoutMs?: number, pollMs?: number): Promise<SummaryReply>;
  close(): Promise<void>;
}
export function launchWithExtension(opts?: LaunchOptions): Promise<ExtensionBrowser>;

export interface PlainBrowser {
  browser: Browser;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
export function launchPlain(): Promise<PlainBrowser>;

export function lensReply(browser: ExtensionBrowser, page: Page): Promise<SummaryReply | null>;
export function poll<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs?: number,
  pollMs?: number,
): Promise<T>;
export function finished(reply: SummaryReply | null | undefined): boolean;
export function waitForLens(
  browser: ExtensionBrowser,
  page: Page,
  timeoutMs?: number,
  pollMs?: number,
): Promise<SummaryReply>;
export function heapAfterGc(page: Page): Promise<number | null>;
