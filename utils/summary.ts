/**
 * What a page states about the deal: one entry per judged mention, in page order. The popup,
 * the badge, the banner and `npm run check` all show this one summary (page/page-summary.ts
 * makes it from the marks the lens made).
 */
import { needsCorrection, type Status } from '@/data/deal';

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

/** A mark's contract: the judged mention it belongs to, but its text. */
export type MarkContract = Omit<MentionSummary, 'text'>;

export function pageSummary(mentions: MentionSummary[], pageDate: string | null): PageSummary {
  return { pageDate, mentions, outdated: mentions.filter((m) => needsCorrection(m.status)).length };
}
