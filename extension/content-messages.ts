/**
 * The content script's messages: what it answers the popup, and what it tells the background
 * (for the toolbar badge).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isMessage, type SummaryReply } from '@/utils/messages';

export interface PopupRequests {
  summary(): SummaryReply;
  reveal(mentionId: string): Promise<boolean>;
  step(direction: 1 | -1): Promise<boolean>;
  checkSelection(): Promise<boolean>;
}

/** Answers the popup until the context ends. */
export function answerPopup(ctx: ContentScriptContext, requests: PopupRequests): void {
  // Only our own extension's pages (the popup) may ask; a message from anywhere else is ignored.
  const onMessage = (
    message: unknown,
    sender: { id?: string },
  ): Promise<SummaryReply | boolean> | undefined => {
    if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
    if (message.type === 'get-summary') return Promise.resolve(requests.summary());
    if (message.type === 'reveal') return requests.reveal(message.mention);
    if (message.type === 'step') return requests.step(message.direction === -1 ? -1 : 1);
    if (message.type === 'check-selection') return requests.checkSelection();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/** Tells the background the page's state or count changed. */
export function tellSummaryChanged(now: SummaryReply): void {
  browser.runtime
    .sendMessage({ type: 'summary-changed', state: now.state, outdated: now.summary.outdated })
    .catch(() => undefined /* no listener yet: the badge updates on the next change */);
}
