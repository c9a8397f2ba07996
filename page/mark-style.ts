/**
 * How highlights look. Each mark carries its look in its own inline style, written through the
 * CSSOM, and no style sheet is added to the page:
 * - a sheet added to the document makes the browser check every element of the page against
 *   it, a rendering update as large as the page before a single mark is drawn. Inline
 *   declarations restyle the marks alone.
 * - `!important` inline declarations win over every rule of the page, `!important` ones
 *   included (pages that hide or reset `mark`).
 * - CSSOM writes are not subject to a page's `style-src` CSP (a style attribute in markup is).
 *
 * The look of each status lives in utils/mark-look.ts (the legend shows the same).
 */
import type { Status } from '@/data/deal';
import { markCss, type Scheme } from '@/utils/mark-look';
import type { HighlightStyle } from '@/utils/settings';

/** Gives `mark` the look of `status` (as judged, never as its attributes say) in `style`. */
export function styleMark(
  mark: HTMLElement,
  style: HighlightStyle,
  status: Status,
  scheme: Scheme,
): void {
  mark.style.cssText = markCss(style, status, scheme);
}

/**
 * Whether the page reads dark: the background of its body, else of its root, else white (a
 * page that sets none is white in every browser). Read once when the lens starts.
 */
export function pageScheme(doc: Document): Scheme {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseRgb(getComputedStyle(el).backgroundColor);
    if (rgb && rgb.alpha > 0.5) return luminance(rgb) < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}

function parseRgb(colour: string): { r: number; g: number; b: number; alpha: number } | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(
    colour,
  );
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: +m[1]!, g: +m[2]!, b: +m[3]!, alpha: a };
}

/** WCAG relative luminance. */
function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
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
