// @vitest-environment happy-dom
/**
 * The banner's host is built at once, off the page, with its styles inside its shadow root; it
 * goes into the page only when mounted, once, and leaves with the content script.
 */
import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createOverlayHost } from '@/overlay/overlay-host';
import { OWN_UI_ATTR } from '@/page/mark-contract';

describe('an overlay host', () => {
  it('is built off the page, marked as ours, with its own styles', () => {
    const overlay = createOverlayHost(
      new ContentScriptContext('host-test'),
      'deal-lens-test',
      '.bar { color: red; }',
    );
    expect(overlay.host.isConnected).toBe(false);
    expect(overlay.host.hasAttribute(OWN_UI_ATTR)).toBe(true);
    const style = overlay.host.shadowRoot?.querySelector('style')?.textContent ?? '';
    expect(style).toContain(':host { all: initial !important; }');
    expect(style).toContain('.bar { color: red; }');
    expect(overlay.host.shadowRoot?.contains(overlay.container)).toBe(true);
  });

  it('goes in at the end of the body once, and out on remove or when the script is invalidated', () => {
    const ctx = new ContentScriptContext('host-test-2');
    const overlay = createOverlayHost(ctx, 'deal-lens-test', '');
    overlay.mount();
    overlay.mount();
    expect(document.querySelectorAll('deal-lens-test')).toHaveLength(1);
    expect(document.body.lastElementChild).toBe(overlay.host);
    overlay.remove();
    expect(overlay.host.isConnected).toBe(false);
    overlay.mount();
    ctx.abort();
    expect(overlay.host.isConnected).toBe(false);
  });
});
