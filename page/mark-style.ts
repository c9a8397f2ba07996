/**
 * How highlights look. Each mark carries its look in its own inline style, written through the
 * CSSOM, and no style sheet is added to the page:
 * - a sheet added to the document makes the browser check every element of the page against
 *   it: on the 100× bench page, a 330–360 ms rendering update before a single mark was drawn.
 *   Inline declarations restyle the marks alone.
 * - `!important` inline declarations win over every rule of the page, `!important` ones
 *   included (pages that hide or reset `mark`).
 * - CSSOM writes are not subject to a page's `style-src` CSP (a style attribute in markup is).
 *
 * The look of each status lives in utils/mark-look.ts (the legend shows the same).
 */
import type { Status } from '@/data/deal';
import { markCss } from '@/utils/mark-look';
import type { HighlightStyle } from '@/utils/settings';

/** Gives `mark` the look of `status` (as judged, never as its attributes say) in `style`. */
export function styleMark(mark: HTMLElement, style: HighlightStyle, status: Status): void {
  mark.style.cssText = markCss(style, status);
}

const FOCUS_RING: [string, string][] = [
  ['outline', '2px solid #1d4ed8'],
  ['outline-offset', '2px'],
];

/**
 * Draws a focus ring on a mark focused from the keyboard (what a sheet's `:focus-visible` rule
 * would do), over pages that remove outlines; on our marks only (`isOurs`). Returns the
 * function that stops it.
 */
export function followFocus(doc: Document, isOurs: (el: Element) => boolean): () => void {
  const listeners = new AbortController();
  const options = { capture: true, signal: listeners.signal };
  // The event's first target, not `event.target`: a mark in a shadow tree is retargeted to its host.
  const markOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof HTMLElement && isOurs(target) ? target : null;
  doc.addEventListener(
    'focusin',
    (event) => {
      const mark = event.isTrusted ? markOf(event.composedPath()[0] ?? null) : null;
      if (!mark?.matches(':focus-visible')) return;
      for (const [property, value] of FOCUS_RING)
        mark.style.setProperty(property, value, 'important');
    },
    options,
  );
  doc.addEventListener(
    'focusout',
    (event) => {
      const mark = markOf(event.composedPath()[0] ?? null);
      if (mark) for (const [property] of FOCUS_RING) mark.style.removeProperty(property);
    },
    options,
  );
  return () => listeners.abort();
}
