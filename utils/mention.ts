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
