/**
 * The toolbar popup, wired to the browser. It reads the active tab of its window, or the tab
 * named by `?tab=<id>` (how tests and `npm run check` open `popup.html` in a tab of its own).
 */
import { render } from 'preact';
import '@/components/extension-page.css';
import '@/components/popup.css';
import { browser } from 'wxt/browser';
import { Popup, type PopupApi, type PopupReply } from '@/components/Popup';
import rawDeal from '@/data/deal.json';
import { Deal, parseDealBase } from '@/data/deal';
import { isMessage, type Message } from '@/utils/messages';
import { loadSettings, setSiteEnabled, watchSettings } from '@/extension/settings-store';
import { uiLangOf } from '@/utils/settings';

/** The tab's top frame: only its content script answers the popup. */
const TOP_FRAME = { frameId: 0 };

async function targetTab(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main(): Promise<void> {
  const settings = await loadSettings();
  const lang = uiLangOf(settings, navigator.language);
  document.documentElement.lang = lang;
  const tabId = await targetTab();

  const getSummary = async (): Promise<PopupReply> => {
    if (tabId === undefined) throw new Error('no tab');
    // The top frame speaks for the tab: frames run the content script too, and a message to the
    // whole tab gets whichever answers first.
    const reply: unknown = await browser.tabs.sendMessage(
      tabId,
      { type: 'get-summary' },
      TOP_FRAME,
    );
    // No content script, or one from an older build: this page cannot be read.
    if (!reply || typeof reply !== 'object' || !('summary' in reply)) throw new Error('no reply');
    return reply as PopupReply;
  };
  /** Asks the tab to show a statement; the page answers once it has scrolled there, and the popup never waits long. */
  const showInTab = async (message: Message): Promise<void> => {
    if (tabId === undefined) return;
    await Promise.race([
      browser.tabs.sendMessage(tabId, message, TOP_FRAME),
      new Promise((done) => setTimeout(done, 1_500)),
    ]);
  };
  const api: PopupApi = {
    getSummary,
    onSummary(listener) {
      const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
        // The notice says only that the summary changed: ask for it.
        if (isMessage(message) && message.type === 'summary-changed' && sender.tab?.id === tabId) {
          getSummary().then(listener, () => undefined);
        }
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
    loadSettings,
    watchSettings,
    setSiteEnabled,
    reveal: (mention) => showInTab({ type: 'reveal', mention }),
    step: (direction) => showInTab({ type: 'step', direction }),
    openOptions: () => void browser.runtime.openOptionsPage(),
    close: () => window.close(),
  };

  render(
    <Popup api={api} deal={new Deal(parseDealBase(rawDeal))} lang={lang} />,
    document.getElementById('app')!,
  );
}

void main();
