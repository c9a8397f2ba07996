/**
 * The content script's whole life: load the facts, read the settings, scan and highlight,
 * follow the page, and leave nothing behind when turned off or when the extension goes away.
 */
import { browser } from 'wxt/browser';
import { todayIso } from '@/data/deal';
import { loadKnowledge, type Knowledge } from '@/utils/knowledge';
import { isMessage, type LensState, type SummaryReply } from '@/utils/messages';
import { detectPageDate } from '@/utils/page-date';
import { isActiveOn, loadSettings, watchSettings, type Settings } from '@/utils/settings';
import { summarize } from '@/utils/summary';
import { Lens } from './lens';
import { adoptMarkStyle, type MarkStyle } from './mark-style';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const timing: SummaryReply['timing'] = { start: performance.now(), scanned: null };
    let knowledge: Knowledge;
    try {
      knowledge = loadKnowledge();
    } catch (error) {
      // One clear message, and the page stays untouched.
      console.error(`Deal Lens is off on this page: ${(error as Error).message}`);
      return;
    }

    let settings: Settings = await loadSettings();
    let lens: Lens | null = null;
    let style: MarkStyle | null = null;
    let state: LensState = 'off';
    let pageDate: string | null = null;

    const reply = (): SummaryReply => ({ state, summary: summarize(lens?.marks ?? [], pageDate), timing });
    const report = (): void => {
      if (ctx.isInvalid) return;
      browser.runtime
        .sendMessage({ type: 'summary-changed', ...reply() })
        .catch(() => undefined /* no listener yet: the badge updates on the next change */);
    };

    const start = (): void => {
      if (lens || ctx.isInvalid || !isActiveOn(settings, location.hostname)) return;
      state = 'scanning';
      pageDate = detectPageDate(document, location.href)?.date ?? null;
      style = adoptMarkStyle(document, settings.highlightStyle);
      const current = new Lens({ ...knowledge, pageDate, today: todayIso(), onChange: report });
      lens = current;
      current
        .start()
        .then(() => {
          if (lens !== current) return;
          state = 'done';
          timing.scanned ??= performance.now();
          report();
        })
        .catch((error: unknown) => {
          console.error('Deal Lens stopped after an error; the page was restored.', error);
          stop();
          state = 'error';
        });
    };
    const stop = (): void => {
      lens?.stop();
      lens = null;
      style?.remove();
      style = null;
      state = 'off';
      report();
    };

    ctx.onInvalidated(stop);
    ctx.onInvalidated(
      watchSettings((next) => {
        settings = next;
        if (isActiveOn(settings, location.hostname)) {
          style?.set(settings.highlightStyle);
          start();
        } else stop();
      }),
    );
    const onMessage = (message: unknown): Promise<SummaryReply> | undefined => {
      if (!isMessage(message) || message.type !== 'get-summary') return undefined;
      return Promise.resolve(reply());
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    // Single-page sites: a new article under the same document.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      stop();
      start();
    });

    start();
  },
});
