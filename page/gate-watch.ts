/**
 * Waits, at almost no cost, until the page names both sides of the deal. Most pages never do:
 * for them the full lexicon is never compiled and no block is ever analysed. Pages that load
 * their article later (single-page sites, infinite scroll) are watched until they do.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageGate } from '@/utils/page-gate';
import { isLarge, REGION_ELEMENTS } from './regions';
import { SLICE_MS, yieldToPage } from './yield';

export interface TopicWatch {
  /** Whether the page named both companies in its first reading. */
  now: Promise<boolean>;
  /** Resolves true once it does (now or later); false if the script is invalidated first. */
  eventually: Promise<boolean>;
}

export function aboutTheDeal(ctx: ContentScriptContext, patterns: readonly RegExp[]): TopicWatch {
  const gate = new PageGate(patterns);
  let settle: (on: boolean) => void = () => undefined;
  const eventually = new Promise<boolean>((resolve) => (settle = resolve));
  // Watch from the start, so nothing added while we read is missed.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') gate.feed(record.target.textContent ?? '');
      record.addedNodes.forEach((node) => gate.feed(node.textContent ?? ''));
    }
    if (gate.feed(document.title)) done(true);
  });
  const done = (on: boolean): void => {
    observer.disconnect();
    settle(on);
  };
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => done(false));
  const now = readPage(gate, ctx).then((on) => {
    if (on) done(true);
    return on;
  });
  return { now, eventually };
}

/** Feeds the page's text to the gate in slices, stopping as soon as it opens. */
async function readPage(gate: PageGate, ctx: ContentScriptContext): Promise<boolean> {
  if (gate.feed(document.title)) return true;
  const pieces = textPieces(document.body ?? document.documentElement);
  for (;;) {
    const sliceEnd = performance.now() + SLICE_MS;
    while (performance.now() < sliceEnd) {
      const piece = pieces.next();
      if (piece.done) return gate.open;
      if (gate.feed(piece.value)) return true;
    }
    await yieldToPage();
    if (ctx.isInvalid) return false;
  }
}

/**
 * The text under `root`, in document order, in pieces: a small subtree's whole text at once
 * (`textContent`, assembled natively), a large one's children one by one. Touching every
 * text node from the content script instead costs a wrapper object per node in its isolated
 * world, an order of magnitude more on a large page.
 */
export function* textPieces(
  root: Node,
  maxElements = REGION_ELEMENTS,
): Generator<string, void, undefined> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === Node.ELEMENT_NODE && isLarge(node as Element, maxElements)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    } else {
      yield node.textContent ?? '';
    }
  }
}
