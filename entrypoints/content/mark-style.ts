/**
 * How highlights look. The sheet is adopted by the document rather than added as a <style>
 * element: the page's DOM stays as it was, and a strict style-src CSP does not block it.
 *
 * Status is never shown by colour alone: each status has its own underline style too
 * (solid = in force, wavy = superseded, dotted = history, dashed = unclear).
 */
import type { HighlightStyle } from '@/utils/settings';

const BASE = `
mark.dealterm { color: inherit !important; display: inline !important; visibility: visible !important;
  border-radius: 2px; text-decoration-thickness: 2px !important; text-underline-offset: 3px;
  text-decoration-skip-ink: none; cursor: help; }
mark.dealterm:focus-visible { outline: 2px solid #1d4ed8 !important; outline-offset: 2px; }
mark.dealterm[data-status="current"] { text-decoration: underline solid #15803d !important; }
mark.dealterm[data-status="superseded"] { text-decoration: underline wavy #b91c1c !important; }
mark.dealterm[data-status="history"] { text-decoration: underline dotted #1d4ed8 !important; }
mark.dealterm[data-status="unknown"] { text-decoration: underline dashed #6b7280 !important; }
`;
const BACKGROUND = `
mark.dealterm { background: rgba(250, 204, 21, 0.28) !important; }
mark.dealterm[data-status="superseded"] { background: rgba(248, 113, 113, 0.25) !important; }
mark.dealterm[data-status="current"] { background: rgba(74, 222, 128, 0.22) !important; }
`;
const UNDERLINE = `mark.dealterm { background: transparent !important; }`;
/** "off": no visible highlight; marks stay so the popup can still open cards. */
const OFF = `mark.dealterm { background: transparent !important; text-decoration: none !important; cursor: inherit; }`;

export function markCss(style: HighlightStyle): string {
  if (style === 'off') return OFF;
  return BASE + (style === 'background' ? BACKGROUND : UNDERLINE);
}

export interface MarkStyle {
  set(style: HighlightStyle): void;
  remove(): void;
}

export function adoptMarkStyle(doc: Document, style: HighlightStyle): MarkStyle {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(markCss(style));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    set: (next) => sheet.replaceSync(markCss(next)),
    remove: () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
