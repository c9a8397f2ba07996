/**
 * What the popup, the banner and `npm run check` show about one page, computed from the page
 * summary and the knowledge base: one row per term the page states, in page order. Pure: no
 * DOM, no `browser.*`.
 */
import { needsCorrection, type Deal, type Status } from '@/data/deal';
import type { Lang } from '@/data/schema';
import type { PageSummary } from './summary';

export interface TermRow {
  /** Term id (data/deal.json). */
  term: string;
  /** The term's name in the UI language; the id when the knowledge base lacks the term. */
  name: string;
  /** The row's headline status: out of date if any statement is, else in force, history, unclear. */
  status: Status;
  /** Mentions of the term on the page. */
  count: number;
  /** Of those, statements that no longer hold today. */
  outdated: number;
  /** Mentions per status. */
  byStatus: Record<Status, number>;
  /** The first mention in page order: the one "reveal" scrolls to. */
  firstMention: string;
}

export interface SummaryView {
  pageDate: string | null;
  rows: TermRow[];
  /** All mentions on the page. */
  mentions: number;
  /** Statements that no longer hold today. */
  outdated: number;
  /**
   * Terms the page states that changed after its publication date (the banner's count), in
   * page order; empty when the date is unknown.
   */
  changedSince: string[];
  checkedAsOf: string;
}

/** Which status a row shows when its mentions differ: the one a reader most needs to know. */
const HEADLINE: readonly Status[] = ['wrong', 'superseded', 'current', 'history', 'unknown'];

export function summaryView(
  summary: PageSummary,
  deal: Deal,
  lang: Lang,
  today?: string,
): SummaryView {
  const rows = new Map<string, TermRow>();
  for (const mention of summary.mentions) {
    let row = rows.get(mention.term);
    if (!row) {
      row = {
        term: mention.term,
        name: deal.term(mention.term)?.name[lang] ?? mention.term,
        status: mention.status,
        count: 0,
        outdated: 0,
        byStatus: { current: 0, superseded: 0, history: 0, wrong: 0, unknown: 0 },
        firstMention: mention.id,
      };
      rows.set(mention.term, row);
    }
    row.count += 1;
    row.byStatus[mention.status] += 1;
    if (needsCorrection(mention.status)) row.outdated += 1;
  }
  for (const row of rows.values()) {
    row.status = HEADLINE.find((status) => row.byStatus[status] > 0) ?? 'unknown';
  }
  return {
    pageDate: summary.pageDate,
    rows: [...rows.values()],
    mentions: summary.mentions.length,
    outdated: summary.mentions.filter((m) => needsCorrection(m.status)).length,
    changedSince: termsChangedSince(summary, deal, today),
    checkedAsOf: deal.checkedAsOf,
  };
}

/**
 * Distinct terms with a mention on the page whose term has a version dated after the page's
 * publication date (and, given `today`, on or before today). Empty when the date is unknown.
 */
export function termsChangedSince(summary: PageSummary, deal: Deal, today?: string): string[] {
  const { pageDate } = summary;
  if (!pageDate) return [];
  const terms = new Set(summary.mentions.map((m) => m.term));
  return [...terms].filter((term) =>
    deal
      .changesSince(term, pageDate)
      .some((version) => today === undefined || version.date <= today),
  );
}

/** The toolbar badge: the out-of-date count, empty when nothing is out of date. */
export function badgeText(outdated: number): string {
  if (outdated <= 0) return '';
  return outdated > 99 ? '99+' : String(outdated);
}
