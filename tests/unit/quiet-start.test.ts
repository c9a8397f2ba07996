// @vitest-environment happy-dom
/**
 * A new content script still stops the copy an extension update left in the page (WXT's DOM
 * event), and says nothing to the page's own `message` listeners.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import '@/entrypoints/content/quiet-start';

afterEach(() => vi.restoreAllMocks());

describe('the content script starting', () => {
  it('invalidates an older copy of itself, and posts no message to the page', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const older = new ContentScriptContext('content');
    expect(older.isValid).toBe(true);
    const newer = new ContentScriptContext('content');
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    // Another script's start leaves this one alone.
    new ContentScriptContext('other');
    expect(newer.isValid).toBe(true);
    expect(posted).not.toHaveBeenCalled();
  });
});
