import type { Status } from '@/data/deal';

/**
 * A mention: one statement of a deal term found in a page's text. Produced by the pure
 * analyser from plain text, then written into the page as highlights.
 */
export interface Mention {
  /** Term id (data/deal.json). */
  term: string;
  /** The version the statement belongs to, null when it cannot be told. */
  version: string | null;
  /** The specific claim the sentence makes, null when it only names the term. */
  claim: string | null;
  status: Status;
  /** Offsets of the highlighted words in the analysed text (end exclusive). */
  start: number;
  end: number;
  /** The highlighted words and the sentence around them, as the page has them. */
  text: string;
  sentence: string;
}

/**
 * The DOM contract: the one interface between the content script and everything that reads
 * a page (card, popup, `npm run check`, tests). One mention may be split over several marks
 * (when it crosses inline elements); they share `data-mention`.
 */
export const MARK_TAG = 'mark';
export const MARK_CLASS = 'dealterm';
export const MARK_SELECTOR = `${MARK_TAG}.${MARK_CLASS}`;
export const MARK_ATTR = {
  term: 'data-term',
  version: 'data-version',
  claim: 'data-claim',
  status: 'data-status',
  mention: 'data-mention',
} as const;
/** Our own UI roots carry this attribute; the scanner never looks inside them. */
export const OWN_UI_ATTR = 'data-deal-lens-ui';
