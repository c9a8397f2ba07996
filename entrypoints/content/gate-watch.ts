/**
 * Waits, at almost no cost, until the page names both sides of the deal. Most pages never do:
 * for them the full lexicon is never compiled and no block is ever analysed. Pages that load
 * their article later (single-page sites, infinite scroll) are watched until they do.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageGate } from '@/utils/page-gate';

/** Resolves true once the page is about the deal; resolves false if the script is invalidated. */
export function aboutTheDeal(ctx: ContentScriptContext, patterns: readonly RegExp[]): Promise<boolean> {
  const gate = new PageGate(patterns);
  gate.feed(document.title);
  if (gate.feed(document.body?.textContent ?? '')) return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') gate.feed(record.target.textContent ?? '');
        record.addedNodes.forEach((node) => gate.feed(node.textContent ?? ''));
      }
      if (gate.feed(document.title)) {
        observer.disconnect();
        resolve(true);
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      resolve(false);
    });
  });
}
