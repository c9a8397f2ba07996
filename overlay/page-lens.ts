/**
 * What Deal Lens shows on one page, from start to stop: the lens with its card and banner, its
 * state and summary for the popup, and the reader's requests (reveal, step, check a selection).
 * It talks to no extension API: the content script hands it the few it needs.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { todayIso } from '@/data/deal';
import type { UiLang } from '@/utils/i18n';
import type { Knowledge } from '@/utils/knowledge';
import type { LensState, ScanTiming, SummaryReply } from '@/utils/messages';
import { uiLangOf, type Settings } from '@/utils/settings';
import { nextNotTrue } from '@/utils/page-summary-view';
import { selectionAnswer } from '@/utils/selection-check';
import { createBanner, type BannerController } from '@/overlay/banner';
import { createCardController, type CardController } from '@/overlay/card';
import { revealMark } from '@/overlay/reveal';
import { createSelectionCard, type SelectionCard } from '@/overlay/selection-card';
import { activeHere, datePublished } from '@/page/frames';
import { Lens } from '@/page/lens';
import { followFocus } from '@/page/mark-style';
import { rememberingSummary, summarizeWith } from '@/page/page-summary';
import { yieldToPage } from '@/page/yield';

/** Up to this many marks, what the marks' change means for the rest is done in one task. */
const IN_TASK_MARKS = 1_000;

/** Everything that exists while Deal Lens is on for this page. */
interface Session {
  lens: Lens;
  /** Stops drawing focus rings on marks. */
  stopFocus: () => void;
  cards: CardController;
  banner: BannerController;
}

/** The extension's side of things, which only the content script may touch. */
export interface PageLensNeeds {
  isTopFrame: boolean;
  timing: ScanTiming;
  settings: Settings;
  /** Tells the background the page's state changed (for the toolbar badge). */
  tellBackground: (now: SummaryReply) => void;
  bannerDismissedOn: (url: string) => Promise<boolean>;
  rememberBannerDismissed: (url: string) => Promise<void>;
  /** The facts, once they are needed (asked of the background the first time). */
  knowledge: () => Promise<Knowledge>;
}

export type PageLens = ReturnType<typeof createPageLens>;

export function createPageLens(ctx: ContentScriptContext, needs: PageLensNeeds) {
  const { isTopFrame, timing } = needs;
  let knowledge: Knowledge | null = null;
  let settings = needs.settings;
  // 'scanning' until the page has been read: a popup asking now must not see 'off'.
  let state: LensState = 'scanning';
  let pageDate: string | null = null;
  let session: Session | null = null;

  // Every surface reads what the lens judged, kept in memory: never the marks' attributes.
  const ourMention = (mark: Element) => session?.lens.mentionOf(mark);
  const summaryOf = rememberingSummary(ourMention);
  const lang = (): UiLang => uiLangOf(settings, navigator.language);
  const reply = (): SummaryReply => ({
    state,
    hostname: location.hostname,
    summary: summaryOf(session?.lens.marks ?? [], pageDate),
    timing,
  });

  const onMarksChanged = (marks: readonly HTMLElement[]): void => {
    const changed = session;
    if (!changed) return;
    const decorate = () => {
      if (session === changed) changed.cards.decorate(marks);
    };
    const summarize = () => {
      if (session !== changed) return;
      const now = reply();
      if (settings.showBanner) changed.banner.update(now.summary);
      report(now);
    };
    // A few marks: in this task, the lens's own (a follow-up runs in the page's), so the page
    // is drawn once. Thousands: each a task of its own, and each a task's worth of work (the
    // decorating walks every mark, the summary reads them back).
    if (marks.length <= IN_TASK_MARKS) {
      decorate();
      summarize();
      return;
    }
    void yieldToPage().then(decorate);
    void yieldToPage().then(summarize);
  };
  /** What was last sent: sending thousands of mentions again for nothing costs a long task. */
  let reported: Pick<SummaryReply, 'state' | 'summary'> | null = null;
  const report = (now: SummaryReply = reply()): void => {
    // The badge counts the top frame's page only (the background ignores frames anyway).
    if (ctx.isInvalid || !isTopFrame) return;
    if (reported?.state === now.state && reported.summary === now.summary) return;
    reported = now;
    needs.tellBackground(now);
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
      // The banner goes into the page with the marks, in the same task: one rendering update
      // instead of two, each costly on a long page.
      // (A change of showBanner makes a new lens: without the banner, no task is spent on it.)
      onMarksBuilt: settings.showBanner
        ? (built) => {
            if (session?.lens !== lens) return;
            session.banner.prepare(summarizeWith(lens.marks, built, pageDate, ourMention));
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
          void needs.rememberBannerDismissed(location.href).catch(() => undefined);
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
  const checkSelection = async (): Promise<boolean> => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
    const range = selection.getRangeAt(0);
    const text = selection.toString();
    knowledge ??= await needs.knowledge();
    const passage = { ...knowledge, pageDate: pageDate ?? datePublished(), today: todayIso() };
    session?.cards.close();
    selectionCard ??= createSelectionCard(ctx);
    selectionCard.open(range, selectionAnswer(passage, text, lang()));
    return true;
  };

  /** The popup asked to show a mention: scroll to it and open its card, focused. */
  const reveal = async (mentionId: string): Promise<boolean> => {
    const [mark] = session?.lens.marksOf(mentionId) ?? [];
    return mark && session ? revealMark(mark, session.cards) : false;
  };

  return {
    reply,
    start,
    stop,
    reveal,
    showNextOutdated,
    checkSelection,

    changeSettings(next: Settings): void {
      const previous = settings;
      settings = next;
      if (!activeHere(settings)) return stop();
      // What is highlighted and shown depends on these; the style applies in place.
      if (
        previous.showReported !== next.showReported ||
        previous.onlyNotTrue !== next.onlyNotTrue ||
        previous.showBanner !== next.showBanner
      )
        stop();
      session?.lens.restyle(settings.highlightStyle);
      start();
    },

    /** A single-page site showed a new article under the same document: read it afresh. */
    newAddress(address: string): void {
      dismissedHere = false;
      stop();
      start();
      void needs
        .bannerDismissedOn(address)
        .then((on) => on && (dismissedHere = true) && session?.banner.update(reply().summary))
        .catch(() => undefined);
    },

    /** Not about the deal (yet): nothing to show, and nothing more to do until it is. */
    offTopic(): void {
      state = activeHere(settings) ? 'done' : 'off';
      pageDate = datePublished();
      timing.scanned = performance.now();
    },

    /** The facts could not be loaded: one clear message, and the page stays untouched. */
    failed(error: unknown): void {
      console.error(`Deal Lens is off on this page: ${(error as Error).message}`);
      state = 'error';
    },

    /** The facts are in: from now on, a change of settings may start the lens. */
    know(loaded: Knowledge): void {
      knowledge = loaded;
    },

    /** The page is ready to be read: start, unless the reader turned Deal Lens off here. */
    async ready(): Promise<void> {
      if (!activeHere(settings)) state = 'off';
      dismissedHere = await needs.bannerDismissedOn(location.href).catch(() => false);
      start();
    },
  };
}
