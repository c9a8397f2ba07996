/**
 * The background: each tab's toolbar badge shows how many statements on its page are not true
 * today; the keyboard commands step through them; "Check with Deal Lens" judges a selection; a
 * content script on a page about the deal gets the facts from here. The content script reports
 * every change (`summary-changed`); Chromium and Firefox clear a tab's badge on navigation.
 */
import { browser } from 'wxt/browser';
import { t, uiLangFrom } from '@/utils/i18n';
import { isMessage, type Message } from '@/utils/messages';
import { badgeText } from '@/utils/page-summary-view';
import { uiLangOf } from '@/utils/settings';
import { loadSettings } from '@/extension/settings-store';
import { SHIPPED_FILES } from '@/utils/shipped-knowledge';

const BADGE_COLOUR = '#b91c1c';

/** The keyboard commands of the manifest (wxt.config.ts): next and previous statement not true today. */
const STEPS: Record<string, 1 | -1> = { 'next-not-true': 1, 'previous-not-true': -1 };
const CHECK = 'check-selection';

/** Tells the active tab's page `message` (its top frame: the only one that listens). */
function tellActiveTab(message: Message, frameId = 0): void {
  void browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) =>
      tab?.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message, { frameId }),
    )
    .catch(() => undefined /* a page Deal Lens does not run on */);
}

export default defineBackground(() => {
  browser.commands?.onCommand.addListener((command) => {
    if (command === CHECK) return tellActiveTab({ type: CHECK });
    const direction = STEPS[command];
    if (direction) tellActiveTab({ type: 'step', direction });
  });

  // "Check with Deal Lens" on selected text. Made anew each time the background starts (an MV3
  // worker starts often): removeAll first, so there is never a second.
  const title = t(uiLangFrom(navigator.language), 'menu.checkSelection');
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: CHECK, title, contexts: ['selection'] }))
    .catch(() => undefined);
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === CHECK) tellActiveTab({ type: CHECK }, info.frameId ?? 0);
  });

  // MV3 has `action`; Firefox's MV2 build has `browserAction` (same methods used here).
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    // Only our own content scripts set the badge or get the facts.
    if (sender.id !== browser.runtime.id || !isMessage(message)) return;
    // The facts for a page that names both companies (the content script does not bundle them).
    if (message.type === 'get-knowledge') return Promise.resolve(SHIPPED_FILES);
    if (message.type !== 'summary-changed' || tabId === undefined) return;
    // Only the top frame's content script speaks for the tab.
    if (sender.frameId !== undefined && sender.frameId !== 0) return;
    const { outdated } = message;
    void (async () => {
      const settings = await loadSettings();
      const lang = uiLangOf(settings, navigator.language);
      await action.setBadgeText({ tabId, text: badgeText(outdated) });
      await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
      // The badge is only a number: the tooltip says what it counts, for every reader.
      await action.setTitle({
        tabId,
        title: t(lang, outdated === 0 ? 'badge.none' : 'badge.title', { n: outdated }),
      });
    })().catch(() => undefined /* the tab closed meanwhile */);
    // No reply: other listeners (the popup) are not answered on our behalf.
    return undefined;
  });
});
