/**
 * What a page states about the deal, read back from its highlights (the DOM contract). The
 * popup, the badge, the banner and `npm run check` all show this one summary.
 */
import { needsCorrection, type Status } from '@/data/deal';
import { MARK_ATTR } from './mention';

export interface MentionSummary {
  id: string;
  term: string;
  version: string | null;
  claim: string | null;
  status: Status;
  text: string;
}

export interface PageSummary {
  pageDate: string | null;
  mentions: MentionSummary[];
  /** Statements that no longer hold today. */
  outdated: number;
}

/** A mark's DOM contract, as its attributes say. */
export type MarkContract = Omit<MentionSummary, 'text'>;

/** Reads a mark's contract from its attributes. */
export function contractOf(mark: Element): MarkContract {
  return {
    id: mark.getAttribute(MARK_ATTR.mention) ?? '',
    term: mark.getAttribute(MARK_ATTR.term) ?? '',
    version: mark.getAttribute(MARK_ATTR.version) || null,
    claim: mark.getAttribute(MARK_ATTR.claim) || null,
    status: (mark.getAttribute(MARK_ATTR.status) ?? 'unknown') as Status,
  };
}

/**
 * Reads marks (one or more per mention) into one entry per mention, in page order. `known`
 * gives the contract of the marks whose writer kept it (the content script's own: five
 * attribute reads a mark, 4,663 marks, were most of a long task); others are read.
 */
export function summarize(
  marks: readonly Element[],
  pageDate: string | null,
  known: (mark: Element) => MarkContract | undefined = () => undefined,
): PageSummary {
  const byId = new Map<string, MentionSummary>();
  for (const mark of marks) {
    // A foreign mark's attributes are read once, whole: such marks are few (the lens knows its own).
    const contract = known(mark) ?? contractOf(mark);
    const entry = byId.get(contract.id);
    if (entry) {
      entry.text += mark.textContent ?? '';
      continue;
    }
    byId.set(contract.id, { ...contract, text: mark.textContent ?? '' });
  }
  const mentions = [...byId.values()];
  return { pageDate, mentions, outdated: mentions.filter((m) => needsCorrection(m.status)).length };
}

/**
 * `summarize`, remembering its last answer: the popup, the badge and the banner ask again and
 * again for the same marks, and reading thousands of marks back is a long task of its own (on
 * the 100× bench page, 32 ms per question). The same elements in the same order, on the same
 * page date, give the same summary: the lens makes new marks whenever a mention changes.
 */
export function rememberingSummary(
  known?: (mark: Element) => MarkContract | undefined,
): (marks: readonly Element[], pageDate: string | null) => PageSummary {
  let last: { marks: readonly Element[]; pageDate: string | null; summary: PageSummary } | null = null;
  return (marks, pageDate) => {
    if (last && last.pageDate === pageDate && sameElements(last.marks, marks)) return last.summary;
    const summary = summarize(marks, pageDate, known);
    last = { marks: [...marks], pageDate, summary };
    return summary;
  };
}

function sameElements(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((el, i) => el === b[i]);
}
