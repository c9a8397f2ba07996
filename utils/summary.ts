/**
 * What a page states about the deal, read back from its highlights (the DOM contract). The
 * popup, the badge, the banner and `npm run check` all show this one summary.
 */
import type { Status } from '../data/deal';
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

/** Reads marks (one or more per mention) into one entry per mention, in page order. */
export function summarize(marks: readonly Element[], pageDate: string | null): PageSummary {
  const byId = new Map<string, MentionSummary>();
  for (const mark of marks) {
    const id = mark.getAttribute(MARK_ATTR.mention) ?? '';
    const known = byId.get(id);
    if (known) {
      known.text += mark.textContent ?? '';
      continue;
    }
    byId.set(id, {
      id,
      term: mark.getAttribute(MARK_ATTR.term) ?? '',
      version: mark.getAttribute(MARK_ATTR.version) || null,
      claim: mark.getAttribute(MARK_ATTR.claim) || null,
      status: (mark.getAttribute(MARK_ATTR.status) ?? 'unknown') as Status,
      text: mark.textContent ?? '',
    });
  }
  const mentions = [...byId.values()];
  return { pageDate, mentions, outdated: mentions.filter((m) => m.status === 'superseded').length };
}

/**
 * `summarize`, remembering its last answer: the popup, the badge and the banner ask again and
 * again for the same marks, and reading thousands of marks back is a long task of its own (on
 * the 100× bench page, 32 ms per question). The same elements in the same order, on the same
 * page date, give the same summary: the lens makes new marks whenever a mention changes.
 */
export function rememberingSummary(): (marks: readonly Element[], pageDate: string | null) => PageSummary {
  let last: { marks: readonly Element[]; pageDate: string | null; summary: PageSummary } | null = null;
  return (marks, pageDate) => {
    if (last && last.pageDate === pageDate && sameElements(last.marks, marks)) return last.summary;
    const summary = summarize(marks, pageDate);
    last = { marks: [...marks], pageDate, summary };
    return summary;
  };
}

function sameElements(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((el, i) => el === b[i]);
}
