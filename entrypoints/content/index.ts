/**
 * The content script's whole life: load the facts, read the settings, scan and highlight,
 * follow the page, and leave nothing behind when turned off or when the extension goes away.
 */
import './quiet-start';
import { browser } from 'wxt/browser';
import { todayIso } from '@/data/deal';
import { uiLangFrom, type UiLang } from '@/utils/i18n';
import { loadDeal, loadLexicon, pageGatePatterns, type Knowledge } from '@/utils/knowledge';
import { warmUpSteps } from '@/utils/hits';
import { isMessage, scanTiming, type LensState, type SummaryReply } from '@/utils/messages';
import { bannerDismissedOn, rememberBannerDismissed } from '@/extension/dismissals';
import { loadSettings, watchSettings } from '@/extension/settings-store';
import type { Settings } from '@/utils/settings';
import { createBanner, type BannerController } from '@/overlay/banner';
import { createCardController, type CardController } from '@/overlay/card';
import { revealMark } from '@/overlay/reveal';
import { createSelectionCard, type SelectionCard } from '@/overlay/selection-card';
import { activeHere, datePublished, inTopFrame } from '@/page/frames';
import { aboutTheDeal } from '@/page/gate-watch';
import { Lens } from '@/page/lens';
import { followFocus } from '@/page/mark-style';
import { pageLoaded } from '@/page/page-load';
import { rememberingSummary, summarize } from '@/page/page-summary';
import { nextNotTrue } from '@/utils/page-summary-view';
import { selectionAnswer } from '@/utils/selection-check';
import { yieldToPage } from '@/page/yield';

/**
 * The longest the scan waits for a page still loading (at document_idle the browser may run us
 * anywhere between DOMContentLoaded and the load event): a reader should not wait on a stalled
 * ad for the first highlight.
 */
const MAX_LOAD_WAIT_MS = 1_000;

/** Everything that exists while Deal Lens is on for this page. */
interface Session {
  lens: Lens;
  /** Stops drawing focus rings on marks. */
  stopFocus: () => void;
  cards: CardController;
  banner: BannerController;
}

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
      gate = pageGatePatterns();
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
    let knowledge: Knowledge | null = null;
    let settings: Settings = await loadSettings();
    // 'scanning' until the page has been read: a popup asking now must not see 'off'.
    let state: LensState = 'scanning';
    let pageDate: string | null = null;
    let session: Session | null = null;

    // Every surface reads what the lens judged, kept in memory: never the marks' attributes.
    const ourMention = (mark: Element) => session?.lens.mentionOf(mark);
    const summaryOf = rememberingSummary(ourMention);
    const lang = (): UiLang =>
      settings.uiLang === 'auto' ? uiLangFrom(navigator.language) : settings.uiLang;
    const reply = (): SummaryReply => ({
      state,
      hostname: location.hostname,
      summary: summaryOf(session?.lens.marks ?? [], pageDate),
      timing,
    });

    const onMarksChanged = (marks: readonly HTMLElement[]): void => {
      const changed = session;
      if (!changed) return;
      // Each of these in a task of its own: on a page with thousands of marks, each is a task's
      // worth of work (the decorating walks every mark, the summary reads them back).
      void yieldToPage().then(() => {
        if (session === changed) changed.cards.decorate(marks);
      });
      void yieldToPage().then(() => {
        if (session !== changed) return;
        const now = reply();
        if (settings.showBanner) changed.banner.update(now.summary);
        report(now);
      });
    };
    /** What was last sent: sending thousands of mentions again for nothing costs a long task. */
    let reported: Pick<SummaryReply, 'state' | 'summary'> | null = null;
    const report = (now: SummaryReply = reply()): void => {
      // The badge counts the top frame's page only (the background ignores frames anyway).
      if (ctx.isInvalid || !isTopFrame) return;
      if (reported?.state === now.state && reported.summary === now.summary) return;
      reported = now;
      browser.runtime
        .sendMessage({ type: 'summary-changed', state: now.state, outdated: now.summary.outdated })
        .catch(() => undefined /* no listener yet: the badge updates on the next change */);
    };

    const start = (): void => {
      if (session || ctx.isInvalid || !knowledge || !activeHere(settings)) return;
      const { deal } = knowledge;
      state = 'scanning';
      pageDate = datePublished();
      const lens = new Lens({
        ...knowledge,
        pageDate,
        today: todayIso(),
        showReported: settings.showReported,
        onlyNotTrue: settings.onlyNotTrue,
        highlightStyle: settings.highlightStyle,
        onChange: onMarksChanged,
        // The banner goes into the page with the marks, in the same task: one rendering
        // update instead of two (each 0.8–1 s on the 100× bench page).
        // (A change of showBanner makes a new lens: without the banner, no task is spent on it.)
        onMarksBuilt: settings.showBanner
          ? (built) => {
              if (session?.lens !== lens) return;
              session.banner.prepare(summarize([...lens.marks, ...built], pageDate, ourMention));
            }
          : undefined,
        onWriteStart: () => {
          if (settings.showBanner && session?.lens === lens) session.banner.draw();
        },
        onFirstScan: (stats) => {
          if (timing.scanned !== null) return;
          timing.read = stats.read;
          timing.scanned = stats.written;
          timing.writeSlices = stats.writeSlices;
        },
      });
      const current: Session = {
        lens,
        stopFocus: followFocus(document, (el) => lens.mentionOf(el) !== undefined),
        cards: createCardController(ctx, {
          deal,
          mentionOf: (mark) => lens.mentionOf(mark),
          getPageDate: () => pageDate,
          lang,
          today: todayIso,
          onOpenChange: (open) => {
            session?.banner.setCovered(open);
            if (open) selectionCard?.close();
          },
        }),
        banner: createBanner(ctx, {
          lang,
          dismissed: () => dismissedHere,
          onDismiss: () => {
            dismissedHere = true;
            void rememberBannerDismissed(location.href).catch(() => undefined);
          },
          onShow: () => void showNextOutdated(),
        }),
      };
      session = current;
      timing.ready ??= performance.now();
      lens
        .start()
        .then(async () => {
          if (session !== current) return;
          state = 'done';
          await yieldToPage();
          if (session === current) report();
        })
        .catch((error: unknown) => {
          console.error('Deal Lens stopped after an error; the page was restored.', error);
          stop();
          state = 'error';
        });
    };

    const stop = (): void => {
      const ending = session;
      session = null;
      state = 'off';
      if (ending) {
        ending.lens.stop();
        ending.stopFocus();
        ending.banner.destroy();
        ending.cards.destroy();
      }
      report();
    };

    /** Whether the reader dismissed the banner on this page, on this visit or an earlier one. */
    let dismissedHere = false;
    /** The statement not true today the banner's button showed last; the next press goes on. */
    let shownLast: string | null = null;
    const showNextOutdated = async (direction: 1 | -1 = 1): Promise<boolean> => {
      shownLast = nextNotTrue(reply().summary.mentions, shownLast, direction);
      return shownLast !== null && reveal(shownLast);
    };

    /**
     * The reader asked about the text they selected: judge it, even where the page gate stays
     * dark, and show its card by the selection. False when nothing is selected.
     */
    let selectionCard: SelectionCard | null = null;
    const checkSelection = (): boolean => {
      const selection = getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
      knowledge ??= { deal: loadDeal(), lexicon: loadLexicon() };
      const passage = { ...knowledge, pageDate: pageDate ?? datePublished(), today: todayIso() };
      session?.cards.close();
      selectionCard ??= createSelectionCard(ctx);
      selectionCard.open(
        selection.getRangeAt(0),
        selectionAnswer(passage, selection.toString(), lang()),
      );
      return true;
    };

    /** The popup asked to show a mention: scroll to it and open its card, focused. */
    const reveal = async (mentionId: string): Promise<boolean> => {
      const [mark] = session?.lens.marksOf(mentionId) ?? [];
      return mark && session ? revealMark(mark, session.cards) : false;
    };

    ctx.onInvalidated(stop);
    ctx.onInvalidated(
      watchSettings((next) => {
        const previous = settings;
        settings = next;
        if (!activeHere(settings)) return stop();
        // What is highlighted and shown depends on these two; the style applies in place.
        if (
          previous.showReported !== next.showReported ||
          previous.onlyNotTrue !== next.onlyNotTrue ||
          previous.showBanner !== next.showBanner
        )
          stop();
        session?.lens.restyle(settings.highlightStyle);
        start();
      }),
    );
    // Only our own extension's pages (the popup) may ask; a message from anywhere else is ignored.
    const onMessage = (
      message: unknown,
      sender: { id?: string },
    ): Promise<SummaryReply | boolean> | undefined => {
      if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
      if (message.type === 'get-summary') return Promise.resolve(reply());
      if (message.type === 'reveal') return reveal(message.mention);
      if (message.type === 'step') return showNextOutdated(message.direction === -1 ? -1 : 1);
      if (message.type === 'check-selection') return Promise.resolve(checkSelection());
      return undefined;
    };
    // The popup asks the top frame only (frameId 0): a frame need not listen.
    if (isTopFrame) {
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    }
    // Single-page sites: a new article under the same document. The event comes on `window`,
    // where the page can send one of that name too: only WXT's own (its `newUrl` a URL of our
    // world, which no page can make) for a new address starts the lens again.
    let address = location.href;
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      const next = (event as Event & { newUrl?: unknown }).newUrl;
      if (!(next instanceof URL) || next.href === address) return;
      address = next.href;
      dismissedHere = false;
      stop();
      start();
      void bannerDismissedOn(address)
        .then((on) => on && (dismissedHere = true) && session?.banner.update(reply().summary))
        .catch(() => undefined);
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
    if (!onTopicNow) {
      // Not about the deal (yet): nothing to show, and nothing more to do until it is.
      state = activeHere(settings) ? 'done' : 'off';
      pageDate = datePublished();
      timing.scanned = performance.now();
    }
    if (!(await onTopic.eventually)) return;
    try {
      // Each in a task of its own (the gate's last read ends the task this resumes in).
      await yieldToPage();
      const deal = loadDeal();
      await yieldToPage();
      knowledge = { deal, lexicon: loadLexicon() };
    } catch (error) {
      // One clear message, and the page stays untouched.
      console.error(`Deal Lens is off on this page: ${(error as Error).message}`);
      state = 'error';
      return;
    }
    for (const step of warmUpSteps(knowledge.lexicon)) {
      await yieldToPage();
      step();
    }
    if (!activeHere(settings)) state = 'off';
    dismissedHere = await bannerDismissedOn(location.href).catch(() => false);
    start();
  },
});
