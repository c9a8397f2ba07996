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
 * Status is never shown by colour alone: each status has its own underline style too
 * (solid = in force, wavy = superseded, double = never true, dotted = history, dashed = unclear).
 */
import type { Status } from '@/data/deal';
import type { HighlightStyle } from '@/utils/settings';

/** Whatever the page's CSS says, a mark's text reads as the page's own text around it. */
const ALWAYS = 'color: inherit !important; display: inline !important; visibility: visible !important;';

const UNDERLINE: Record<Status, string> = {
  current: 'solid #15803d',
  superseded: 'wavy #b91c1c',
  history: 'dotted #1d4ed8',
  wrong: 'double #7e22ce',
  unknown: 'dashed #6b7280',
};

const BACKGROUND: Record<Status, string> = {
  current: 'rgba(74, 222, 128, 0.22)',
  superseded: 'rgba(248, 113, 113, 0.25)',
  history: 'rgba(250, 204, 21, 0.28)',
  wrong: 'rgba(192, 132, 252, 0.3)',
  unknown: 'rgba(250, 204, 21, 0.28)',
};

/** The inline declarations of a mark of `status`, in highlight style `style`. */
export function markCss(style: HighlightStyle, status: Status): string {
  // "off": no visible highlight; marks stay so the popup can still open cards.
  if (style === 'off') {
    return `${ALWAYS} background: transparent !important; text-decoration: none !important; cursor: inherit;`;
  }
  const background = style === 'background' ? BACKGROUND[status] : 'transparent';
  return (
    `${ALWAYS} background: ${background} !important; border-radius: 2px;` +
    ` text-decoration: underline ${UNDERLINE[status]} !important; text-decoration-thickness: 2px !important;` +
    ' text-underline-offset: 3px; text-decoration-skip-ink: none; cursor: help;'
  );
}

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
  const markOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof HTMLElement && isOurs(target) ? target : null;
  doc.addEventListener(
    'focusin',
    (event) => {
      const mark = event.isTrusted ? markOf(event.target) : null;
      if (!mark?.matches(':focus-visible')) return;
      for (const [property, value] of FOCUS_RING) mark.style.setProperty(property, value, 'important');
    },
    options,
  );
  doc.addEventListener(
    'focusout',
    (event) => {
      const mark = markOf(event.target);
      if (mark) for (const [property] of FOCUS_RING) mark.style.removeProperty(property);
    },
    options,
  );
  return () => listeners.abort();
}
