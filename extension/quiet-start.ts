/**
 * WXT's content-script context tells older copies of the script (left in the page by an
 * extension update) that a new one started, and it does so twice: with a DOM event on the
 * document, which is what its contexts listen for, and with `window.postMessage`, kept only for
 * scripts built by older WXT versions. That message goes to every `message` listener of the
 * page, the extension's id in its type: any page could tell that Deal Lens is installed without
 * even looking for it, and the message is costly to send on a large page. Only the DOM event is
 * sent.
 *
 * WXT 0.21.4 has an option for this (`noScriptStartedPostMessage`), but needs Node 22, which
 * these machines lack (toolchain notes: WXT stays at 0.21.0). Imported by the content script's
 * module, which is evaluated before WXT builds the context.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What the announcement reads of a context: WXT's private fields, by the names 0.21 gives them. */
interface Announcing {
  contentScriptName: string;
  id: string;
}

ContentScriptContext.prototype.stopOldScripts = function stopOldScripts(
  this: ContentScriptContext,
): void {
  const { contentScriptName, id } = this as unknown as Announcing;
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName, messageId: id } }));
};

/**
 * The announcement is a DOM event whose name (the extension's id and the script's) any page can
 * learn and send: it only stops a copy whose extension is gone (an update or a reload), which is
 * what it is for. A page cannot switch Deal Lens off by sending it.
 */
const announcedBy = ContentScriptContext.prototype.verifyScriptStartedEvent;
ContentScriptContext.prototype.verifyScriptStartedEvent = function verifyScriptStartedEvent(
  this: ContentScriptContext,
  event: CustomEvent,
): boolean {
  return announcedBy.call(this, event) && browser.runtime?.id == null;
};
