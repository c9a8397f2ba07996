/**
 * How a mark of each status looks, as inline declarations: the page's marks (page/mark-style.ts)
 * and the legend in the popup and options show the same. Pure.
 *
 * Status is never shown by colour alone: each has its own line (solid = in force, wavy =
 * changed since the article, wavy under and over = out of date, double = never true, dotted =
 * history, dashed = unclear).
 */
import type { Status } from '@/data/deal';
import type { HighlightStyle } from './settings';

/** Whatever the page's CSS says, a mark's text reads as the page's own text around it. */
const ALWAYS = 'color: inherit !important; display: inline !important; visibility: visible !important;';

/** The lines under (and, out of date, over) a mark: each status its own shape. */
const LINE: Record<Status, string> = {
  'in-force': 'underline solid #15803d',
  changed: 'underline wavy #b45309',
  'out-of-date': 'underline overline wavy #b91c1c',
  history: 'underline dotted #1d4ed8',
  wrong: 'underline double #7e22ce',
  unclear: 'underline dashed #6b7280',
};

const BACKGROUND: Record<Status, string> = {
  'in-force': 'rgba(74, 222, 128, 0.22)',
  changed: 'rgba(251, 146, 60, 0.25)',
  'out-of-date': 'rgba(248, 113, 113, 0.25)',
  history: 'rgba(250, 204, 21, 0.28)',
  wrong: 'rgba(192, 132, 252, 0.3)',
  unclear: 'rgba(203, 213, 225, 0.35)',
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
    ` text-decoration: ${LINE[status]} !important; text-decoration-thickness: 2px !important;` +
    ' text-underline-offset: 3px; text-decoration-skip-ink: none; cursor: help;'
  );
}
