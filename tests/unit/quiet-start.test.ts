// @vitest-environment happy-dom
/**
 * A new content script still stops the copy an extension update left in the page (WXT's DOM
 * event), and says nothing to the page's own `message` listeners.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import '@/extension/quiet-start';

afterEach(() => vi.restoreAllMocks());

describe('the content script starting', () => {
  it('invalidates an older copy of itself, and posts no message to the page', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const older = new ContentScriptContext('content');
    expect(older.isValid).toBe(true);
    // An update took the extension away from under the older copy…
    const id = vi
      .spyOn(fakeBrowser.runtime, 'id', 'get')
      .mockReturnValue(undefined as unknown as string);
    const invalidated = vi.fn();
    older.onInvalidated(invalidated);
    const newer = new ContentScriptContext('content');
    expect(invalidated).toHaveBeenCalledOnce(); // …and the newer copy's start stopped it at once.
    id.mockRestore();
    expect(newer.isValid).toBe(true);
    // Another script's start leaves this one alone.
    new ContentScriptContext('other');
    expect(newer.isValid).toBe(true);
    expect(posted).not.toHaveBeenCalled();
  });

  it('stays on when the page sends the announcement itself', () => {
    const ctx = new ContentScriptContext('content');
    const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    document.dispatchEvent(
      new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
    );
    expect(ctx.isValid).toBe(true);
  });
});
