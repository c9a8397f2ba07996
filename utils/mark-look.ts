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
const ALWAYS =
  'color: inherit !important; display: inline !important; visibility: visible !important;';

/** The page's colour scheme, as its own background says (page/mark-style.ts reads it). */
export type Scheme = 'light' | 'dark';

/** Each status's line shape: under (and, out of date, over) the words. */
const SHAPE: Record<Status, string> = {
  'in-force': 'underline solid',
  changed: 'underline wavy',
  'out-of-date': 'underline overline wavy',
  history: 'underline dotted',
  wrong: 'underline double',
  unclear: 'underline dashed',
};

/**
 * Line colours, at least 3:1 against the page's background in each scheme (WCAG 1.4.11,
 * non-text contrast; tests/unit/mark-look.test.ts checks them against white and near-black).
 */
export const LINE_COLOUR: Record<Scheme, Record<Status, string>> = {
  light: {
    'in-force': '#15803d',
    changed: '#b45309',
    'out-of-date': '#b91c1c',
    history: '#1d4ed8',
    wrong: '#7e22ce',
    unclear: '#6b7280',
  },
  dark: {
    'in-force': '#4ade80',
    changed: '#fb923c',
    'out-of-date': '#f87171',
    history: '#60a5fa',
    wrong: '#c084fc',
    unclear: '#9ca3af',
  },
};

const BACKGROUND: Record<Scheme, Record<Status, string>> = {
  light: {
    'in-force': 'rgba(74, 222, 128, 0.22)',
    changed: 'rgba(251, 146, 60, 0.25)',
    'out-of-date': 'rgba(248, 113, 113, 0.25)',
    history: 'rgba(250, 204, 21, 0.28)',
    wrong: 'rgba(192, 132, 252, 0.3)',
    unclear: 'rgba(203, 213, 225, 0.35)',
  },
  // Tints that keep the page's light text readable on a dark page.
  dark: {
    'in-force': 'rgba(74, 222, 128, 0.16)',
    changed: 'rgba(251, 146, 60, 0.18)',
    'out-of-date': 'rgba(248, 113, 113, 0.18)',
    history: 'rgba(250, 204, 21, 0.14)',
    wrong: 'rgba(192, 132, 252, 0.2)',
    unclear: 'rgba(148, 163, 184, 0.2)',
  },
};

/** The inline declarations of a mark of `status`, in highlight style `style`. */
export function markCss(style: HighlightStyle, status: Status, scheme: Scheme = 'light'): string {
  // "off": no visible highlight; marks stay so the popup can still open cards.
  if (style === 'off') {
    return `${ALWAYS} background: transparent !important; text-decoration: none !important; cursor: inherit;`;
  }
  const background = style === 'background' ? BACKGROUND[scheme][status] : 'transparent';
  return (
    `${ALWAYS} background: ${background} !important; border-radius: 2px;` +
    ` text-decoration: ${SHAPE[status]} ${LINE_COLOUR[scheme][status]} !important; text-decoration-thickness: 2px !important;` +
    ' text-underline-offset: 3px; text-decoration-skip-ink: none; cursor: help;'
  );
}
