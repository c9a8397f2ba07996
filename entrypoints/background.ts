/**
 * The background: each tab's toolbar badge shows how many statements on its page are not true
 * today, and the keyboard commands step through them. The content script reports every change (`summary-changed`); Chromium and
 * Firefox clear a tab's badge on navigation by themselves.
 */
import { browser } from 'wxt/browser';
import { popupStrings } from '@/components/popup-strings';
import { uiLangFrom } from '@/utils/i18n';
import { isMessage } from '@/utils/messages';
import { badgeText } from '@/utils/page-summary-view';
import { loadSettings } from '@/extension/settings-store';

const BADGE_COLOUR = '#b91c1c';

/** The keyboard commands of the manifest (wxt.config.ts): next and previous statement not true today. */
const STEPS: Record<string, 1 | -1> = { 'next-not-true': 1, 'previous-not-true': -1 };

export default defineBackground(() => {
  browser.commands?.onCommand.addListener((command) => {
    const direction = STEPS[command];
    if (!direction) return;
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) =>
        tab?.id === undefined
          ? undefined
          : browser.tabs.sendMessage(tab.id, { type: 'step', direction }, { frameId: 0 }),
      )
      .catch(() => undefined /* a page Deal Lens does not run on */);
  });

  // MV3 has `action`; Firefox's MV2 build has `browserAction` (same methods used here).
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    // Only our own content scripts set the badge.
    if (sender.id !== browser.runtime.id) return;
    if (!isMessage(message) || message.type !== 'summary-changed' || tabId === undefined) return;
    // Only the top frame's content script speaks for the tab.
    if (sender.frameId !== undefined && sender.frameId !== 0) return;
    const { outdated } = message;
    void (async () => {
      const settings = await loadSettings();
      const lang = settings.uiLang === 'auto' ? uiLangFrom(navigator.language) : settings.uiLang;
      await action.setBadgeText({ tabId, text: badgeText(outdated) });
      await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
      // The badge is only a number: the tooltip says what it counts, for every reader.
      await action.setTitle({ tabId, title: popupStrings(lang).badgeTitle(outdated) });
    })().catch(() => undefined /* the tab closed meanwhile */);
    // No reply: other listeners (the popup) are not answered on our behalf.
    return undefined;
  });
});
