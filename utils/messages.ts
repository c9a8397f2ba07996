/**
 * Messages between the extension's parts. Content script ⇄ popup (the page summary, revealing
 * a mention), content script → background (the badge count).
 */
import type { PageSummary } from './summary';

/** What the content script is doing on its page. */
export type LensState = 'scanning' | 'done' | 'off' | 'error';

export type Message =
  | { type: 'get-summary' }
  | { type: 'reveal'; mention: string }
  | ({ type: 'summary-changed' } & SummaryReply);

export interface SummaryReply {
  state: LensState;
  /** The page's site (`location.hostname`), for the popup's per-site switch. */
  hostname: string;
  summary: PageSummary;
  /** performance.now() when the content script started and when its first scan ended. */
  timing: { start: number; scanned: number | null };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
