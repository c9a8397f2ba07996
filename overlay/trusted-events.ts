/**
 * Listeners that hear only the reader's own input: events a page script dispatches
 * (`isTrusted === false`) open, pin and close nothing. All go at once with `signal`.
 */

/** On the document, in the capture phase: a page that stops propagation cannot blind us. */
export function onPage<K extends keyof DocumentEventMap>(
  type: K,
  handler: (event: DocumentEventMap[K]) => void,
  signal: AbortSignal,
): void {
  document.addEventListener(type, (event) => event.isTrusted && handler(event), {
    capture: true,
    signal,
  });
}

/** On an element of ours (the card's container, in its shadow root). */
export function onElement<K extends keyof HTMLElementEventMap>(
  el: HTMLElement,
  type: K,
  handler: (event: HTMLElementEventMap[K]) => void,
  signal: AbortSignal,
): void {
  el.addEventListener(type, (event) => event.isTrusted && handler(event), { signal });
}

/**
 * Where an event began. A mark inside a page's shadow root is seen at document level as its
 * host (events are retargeted): the path's first node is the mark's own text or the mark.
 */
export const origin = (event: Event): EventTarget | null => event.composedPath()[0] ?? event.target;
