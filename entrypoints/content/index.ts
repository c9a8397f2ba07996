/**
 * The content script: gate the page on its text, load the facts and settings, and hand the page
 * to its lens (overlay/page-lens.ts); it leaves nothing behind when turned off or when the
 * extension goes away.
 */
import '@/extension/quiet-start';
import { pageGate } from '@/data/lexicon.json';
import { pageGatePatterns, type Knowledge } from '@/utils/knowledge';
import { knowledgeOnce } from '@/extension/knowledge-source';
import { warmUpSteps } from '@/utils/hits';
import { scanTiming } from '@/utils/messages';
import { answerPopup, tellSummaryChanged } from '@/extension/content-messages';
import { bannerDismissedOn, rememberBannerDismissed } from '@/extension/dismissals';
import { loadSettings, watchSettings } from '@/extension/settings-store';
import { createPageLens } from '@/overlay/page-lens';
import { inTopFrame } from '@/page/frames';
import { aboutTheDeal } from '@/page/gate-watch';
import { pageLoaded } from '@/page/page-load';
import { yieldToPage } from '@/page/yield';

/**
 * The longest the scan waits for a page still loading (at document_idle the browser may run us
 * anywhere between DOMContentLoaded and the load event): a reader should not wait on a stalled
 * ad for the first highlight.
 */
const MAX_LOAD_WAIT_MS = 1_000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Articles embedded in frames too. Each frame is gated on its own text: a frame that never
  // names both companies costs one read of its text (see the start of `main`).
  allFrames: true,
  runAt: 'document_idle',
  // The card's and banner's styles come as text for their shadow roots (overlay-host.ts); a
  // stylesheet imported here some day would go into a shadow root too, never into the page.
  cssInjectionMode: 'ui',
  async main(ctx) {
    const isTopFrame = inTopFrame();
    const timing = scanTiming(performance.now());
    let gate: RegExp[];
    try {
      gate = pageGatePatterns(pageGate);
    } catch (error) {
      console.error(`Deal Lens is off on this page: ${(error as Error).message}`);
      return;
    }
    // A frame speaks to no popup and no badge (both are the top frame's): until its own text
    // names both companies it reads no settings, listens to nothing and watches no address.
    if (!isTopFrame) {
      await pageLoaded(window, MAX_LOAD_WAIT_MS);
      if (ctx.isInvalid || !(await aboutTheDeal(ctx, gate).eventually)) return;
    }
    // The facts come from the background, once, when first needed (a page about the deal, or a
    // selection to check); each file is validated in a task of its own.
    const knowledge = knowledgeOnce(yieldToPage);
    const page = createPageLens(ctx, {
      isTopFrame,
      timing,
      settings: await loadSettings(),
      tellBackground: tellSummaryChanged,
      bannerDismissedOn,
      rememberBannerDismissed,
      knowledge,
    });

    ctx.onInvalidated(page.stop);
    ctx.onInvalidated(watchSettings(page.changeSettings));
    // The popup asks the top frame only (frameId 0): a frame need not listen.
    if (isTopFrame) {
      answerPopup(ctx, {
        summary: page.reply,
        reveal: page.reveal,
        step: page.showNextOutdated,
        checkSelection: page.checkSelection,
      });
    }
    // Single-page sites: a new article under the same document. The event comes on `window`,
    // where the page can send one of that name too: only WXT's own (its `newUrl` a URL of our
    // world, which no page can make) for a new address starts the lens again.
    let address = location.href;
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      const next = (event as Event & { newUrl?: unknown }).newUrl;
      if (!(next instanceof URL) || next.href === address) return;
      address = next.href;
      page.newAddress(address);
    });

    // From here on a popup gets its answer ('scanning'). The reading waits for the page to
    // finish loading: nothing of ours runs meanwhile (unless the reader changes a setting).
    await pageLoaded(window, MAX_LOAD_WAIT_MS);
    if (ctx.isInvalid) return;
    timing.began = performance.now();
    // Nothing more happens on a page that never names both Microsoft and OpenAI.
    const onTopic = aboutTheDeal(ctx, gate);
    const onTopicNow = await onTopic.now;
    timing.gated = performance.now();
    if (!onTopicNow) page.offTopic();
    if (!(await onTopic.eventually)) return;
    let facts: Knowledge;
    try {
      facts = await knowledge();
    } catch (error) {
      page.failed(error);
      return;
    }
    page.know(facts);
    for (const step of warmUpSteps(facts.lexicon)) {
      await yieldToPage();
      step();
    }
    await page.ready();
  },
});
