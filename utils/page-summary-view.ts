/**
 * What the popup, the banner and `npm run check` show about one page, computed from the page
 * summary and the knowledge base: one row per term the page states, in page order. Pure: no
 * DOM, no `browser.*`.
 */
import { needsCorrection, type Deal, type Status } from '@/data/deal';
import type { Lang } from '@/data/schema';
import type { MentionSummary, PageSummary } from './summary';

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
  /** The first mention in page order… */
  firstMention: string;
  /** …and the first that is not true today: the one the popup's row opens, when there is one. */
  firstOutdated: string | null;
  /** What changed, for that statement: what the page says and what holds today, in few words. */
  change: { page: string; today: string } | null;
}

export interface SummaryView {
  pageDate: string | null;
  rows: TermRow[];
  /** All mentions on the page. */
  mentions: number;
  /** Statements that no longer hold today. */
  outdated: number;
  checkedAsOf: string;
}

/**
 * What a statement not true today says and what holds instead, each in its few words (`short`
 * in data/deal.json): the claim's (or version's) against today's version (or, for a
 * misstatement, the claim true instead). Null when the facts lack either side.
 */
function changeOf(deal: Deal, mention: MentionSummary, lang: Lang): TermRow['change'] {
  const wrong =
    mention.status === 'wrong' && mention.claim ? deal.misstatement(mention.claim) : undefined;
  const page = wrong
    ? wrong.short[lang]
    : ((mention.claim ? deal.claim(mention.claim)?.short[lang] : undefined) ??
      (mention.version ? deal.version(mention.version)?.short[lang] : undefined));
  const today = wrong
    ? deal.claim(wrong.instead)?.short[lang]
    : deal.currentVersion(mention.term)?.short[lang];
  return page && today ? { page, today } : null;
}

/** Which status a row shows when its mentions differ: the one a reader most needs to know. */
const HEADLINE: readonly Status[] = [
  'wrong',
  'out-of-date',
  'changed',
  'in-force',
  'history',
  'unclear',
];

export function summaryView(summary: PageSummary, deal: Deal, lang: Lang): SummaryView {
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
        byStatus: { 'in-force': 0, changed: 0, 'out-of-date': 0, history: 0, wrong: 0, unclear: 0 },
        firstMention: mention.id,
        firstOutdated: null,
        change: null,
      };
      rows.set(mention.term, row);
    }
    row.count += 1;
    row.byStatus[mention.status] += 1;
    if (needsCorrection(mention.status)) {
      row.outdated += 1;
      if (row.firstOutdated === null) {
        row.firstOutdated = mention.id;
        row.change = changeOf(deal, mention, lang);
      }
    }
  }
  for (const row of rows.values()) {
    row.status = HEADLINE.find((status) => row.byStatus[status] > 0) ?? 'unclear';
  }
  return {
    pageDate: summary.pageDate,
    rows: [...rows.values()],
    mentions: summary.mentions.length,
    outdated: summary.outdated,
    checkedAsOf: deal.checkedAsOf,
  };
}

/**
 * The statement not true today after (`direction` 1) or before (-1) `last` in page order, round
 * and round, starting from the first (or the last) when `last` is none: for the banner's button
 * and next/previous. Null when every statement holds.
 */
export function nextNotTrue(
  mentions: readonly MentionSummary[],
  last: string | null,
  direction: 1 | -1 = 1,
): string | null {
  const outdated = mentions.filter((m) => needsCorrection(m.status));
  if (outdated.length === 0) return null;
  const at = outdated.findIndex((m) => m.id === last);
  const from = at < 0 ? (direction === 1 ? -1 : 0) : at;
  return outdated[(from + direction + outdated.length) % outdated.length]!.id;
}

/** The toolbar badge: the out-of-date count, empty when nothing is out of date. */
export function badgeText(outdated: number): string {
  if (outdated <= 0) return '';
  return outdated > 99 ? '99+' : String(outdated);
}
