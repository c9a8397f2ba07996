/**
 * Holds the scan back until the page has finished loading. At `document_idle` Chromium may run
 * the content script just before the page's load event, and the page's own work around that
 * event (a long task on a large page) then falls inside our scan and competes with it. Reading after it keeps our slices off the page's
 * busiest moment.
 */

/** What of a window the wait needs (a plain EventTarget stands in for it in tests). */
export interface LoadingWindow extends Pick<
  EventTarget,
  'addEventListener' | 'removeEventListener'
> {
  document: Pick<Document, 'readyState'>;
}

/**
 * Resolves once the page's load event has run — in a task after it, never inside the page's
 * load task — or after `maxWaitMs`, for pages whose load never ends (a stalled image or ad).
 */
export function pageLoaded(win: LoadingWindow, maxWaitMs: number): Promise<void> {
  if (win.document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const onLoad = (): void => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(() => {
      win.removeEventListener('load', onLoad);
      resolve();
    }, maxWaitMs);
    win.addEventListener('load', onLoad, { once: true });
  });
}
