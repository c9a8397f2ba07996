/**
 * The e2e launch set-up, written once: a test file calls `useExtension()` at its top and gets
 * the built extension in Chromium and the fixture server, launched before its tests and closed
 * after them.
 */
import { afterAll, beforeAll } from 'vitest';
import {
  launchWithExtension,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import type { LaunchOptions } from '../../scripts/lib/browser.mjs';

/**
 * Stands for an object that exists only once `beforeAll` ran: the test file can name it at load
 * time, and every use reaches the real one.
 */
function late<T extends object>(what: string, current: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_, key) {
      const real = current();
      if (!real) throw new Error(`${what} used before the test file's beforeAll ran`);
      const value: unknown = Reflect.get(real, key, real);
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
}

export function useExtension(opts: LaunchOptions = {}): {
  browser: ExtensionBrowser;
  server: FixtureServer;
} {
  let browser: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension(opts);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    browser: late('The extension browser', () => browser),
    server: late('The fixture server', () => server),
  };
}
