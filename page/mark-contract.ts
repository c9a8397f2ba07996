/**
 * The mark contract: how Deal Lens writes a judged mention into the page, and the one place
 * that knows it. The attributes are an output for tests and tools (`npm run check`, `eval`);
 * they are never an input to what we tell the reader: a page can write any of them. What the
 * card, banner, popup and badge show comes from `MarkedMention`, kept in memory by whoever
 * made the mark (the highlighter).
 */
import type { Mention } from '@/utils/mention';
import type { MarkContract } from '@/utils/summary';

export type { MarkContract } from '@/utils/summary';

export const MARK_TAG = 'mark';
export const MARK_CLASS = 'dealterm';
export const MARK_SELECTOR = `${MARK_TAG}.${MARK_CLASS}`;
/** One mention may be several marks (it crosses inline elements); they share `data-mention`. */
export const MARK_ATTR = {
  term: 'data-term',
  version: 'data-version',
  claim: 'data-claim',
  status: 'data-status',
  mention: 'data-mention',
} as const;
/** Every attribute of the contract, for an observer that watches them. */
export const CONTRACT_ATTRIBUTES: readonly string[] = Object.values(MARK_ATTR);
/** Our own UI roots carry this attribute; the scanner never looks inside them. */
export const OWN_UI_ATTR = 'data-deal-lens-ui';

/** A judged mention as we marked it: its contract and all its marks, in document order. */
export interface MarkedMention extends MarkContract {
  readonly marks: HTMLElement[];
  /** The words its marks were written with, in order: summaries read them without the DOM. */
  text: string;
}

/** The contract of one mention (its id given): what the analyser judged, nothing else. */
export function contractFor(mention: Mention, id: string): MarkContract {
  // An empty value is none, as the attributes say it.
  return {
    id,
    term: mention.term,
    version: mention.version || null,
    claim: mention.claim || null,
    status: mention.status,
  };
}

/** The attribute values `contract` is written as. */
export function contractAttributes(contract: MarkContract): Record<string, string> {
  return {
    [MARK_ATTR.term]: contract.term,
    [MARK_ATTR.version]: contract.version ?? '',
    [MARK_ATTR.claim]: contract.claim ?? '',
    [MARK_ATTR.status]: contract.status,
    [MARK_ATTR.mention]: contract.id,
  };
}

/** Writes the contract's attributes on `el`, but its mention id when `withId` is false. */
export function writeContract(el: Element, contract: MarkContract, withId = true): void {
  for (const [name, value] of Object.entries(contractAttributes(contract))) {
    if (withId || name !== MARK_ATTR.mention) el.setAttribute(name, value);
  }
}

/**
 * Puts back the contract attributes of our mark the page rewrote; returns whether any differed.
 * The reader never sees them, but tools and tests do, and a page should not make us say, in the
 * DOM, what we did not judge.
 */
export function repairContract(mark: Element, contract: MarkContract): boolean {
  let repaired = false;
  for (const [name, value] of Object.entries(contractAttributes(contract))) {
    if (mark.getAttribute(name) === value) continue;
    mark.setAttribute(name, value);
    repaired = true;
  }
  return repaired;
}
