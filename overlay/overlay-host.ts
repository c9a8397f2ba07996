/**
 * A zero-size host at the end of <body> with a shadow root holding its own styles: the DOM that
 * WXT's `createShadowRootUi` builds in "overlay" position, built here synchronously, for the
 * banner and the card. WXT's helper first fetches the content script's stylesheet, and that
 * fetch's answer waits behind the scan's slices: the banner then came into the page in a rendering update of its own after
 * the highlights instead of with them, and the answer's task, the first of ours after that
 * update, took the page's garbage collector's catch-up step (a long task). Styles passed in as
 * text need no fetch, and no file that pages could load to tell that Deal Lens is installed.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OWN_UI_ATTR } from '@/page/mark-contract';

export interface OverlayHost {
  host: HTMLElement;
  /** Where the UI renders, inside the shadow root. */
  container: HTMLElement;
  /** Puts the host into the page (at the end of <body>); again after `remove` if need be. */
  mount(): void;
  remove(): void;
}

/** `name` must be a valid custom element name (it can carry a shadow root). */
export function createOverlayHost(
  ctx: ContentScriptContext,
  name: string,
  css: string,
): OverlayHost {
  const host = document.createElement(name);
  // The scanner never looks inside our own UI.
  host.setAttribute(OWN_UI_ATTR, '');
  // A 0×0 box: it never shifts the page; what it shows is position: fixed.
  for (const [property, value] of [
    ['position', 'relative'],
    ['display', 'block'],
    ['width', '0'],
    ['height', '0'],
    ['overflow', 'visible'],
  ]) {
    host.style.setProperty(property!, value!);
  }
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  // Nothing of the page's styles reaches in through inheritance.
  style.textContent = `:host { all: initial !important; }\n${css}`;
  const container = document.createElement('body');
  head.append(style);
  html.append(head, container);
  html.style.setProperty('position', 'absolute');
  html.style.setProperty('top', '0');
  html.style.setProperty('left', '0');
  shadow.append(html);

  const remove = (): void => host.remove();
  ctx.onInvalidated(remove);
  return {
    host,
    container,
    mount: () => {
      if (!host.isConnected) (document.body ?? document.documentElement).append(host);
    },
    remove,
  };
}
