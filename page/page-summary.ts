/**
 * The page summary, made from our own marks: each mark's judged mention comes from the memory
 * of whoever made it (`known`), never from attributes the page can write. A mark we did not make
 * counts nowhere.
 */
import type { MarkedMention } from './mark-contract';
import {
  pageSummary,
  type MarkContract,
  type MentionSummary,
  type PageSummary,
} from '@/utils/summary';

/** What we know of a mark we made; `text`, the words of all its mention's marks, if kept. */
export type KnownContract = (mark: Element) => (MarkContract & { text?: string }) | undefined;

/** One entry per mention of our marks (one or more marks a mention), in page order. */
export function summarize(
  marks: readonly Element[],
  pageDate: string | null,
  known: KnownContract,
): PageSummary {
  return pageSummary(mentionsOf(marks, known), pageDate);
}

/** The summary of `marks` and of `built`, mentions not yet in the page (see `summarize`). */
export function summarizeWith(
  marks: readonly Element[],
  built: readonly MarkedMention[],
  pageDate: string | null,
  known: KnownContract,
): PageSummary {
  const mentions = mentionsOf(marks, known);
  for (const mention of built) mentions.push(entryOf(mention, mention.text));
  return pageSummary(mentions, pageDate);
}

function mentionsOf(marks: readonly Element[], known: KnownContract): MentionSummary[] {
  const byId = new Map<string, MentionSummary>();
  let last: ReturnType<KnownContract> = undefined;
  for (const mark of marks) {
    const contract = known(mark);
    // The next mark of a mention whose words are kept: nothing to add, no lookup.
    if (!contract || (contract === last && contract.text !== undefined)) continue;
    last = contract;
    // Words kept in memory need no DOM call: 88,000 marks read back were a long task.
    const entry = byId.get(contract.id);
    if (entry) {
      if (contract.text === undefined) entry.text += mark.textContent ?? '';
      continue;
    }
    byId.set(contract.id, entryOf(contract, contract.text ?? mark.textContent ?? ''));
  }
  return [...byId.values()];
}

/** Field by field: the judged mention also holds its marks, which no message may carry. */
function entryOf(contract: MarkContract, text: string): MentionSummary {
  const { id, term, version, claim, status } = contract;
  return { id, term, version, claim, status, text };
}

/**
 * `summarize`, remembering its last answer: the popup, the badge and the banner ask again and
 * again for the same marks, and reading thousands of marks back is a long task of its own. The
 * same elements in the same order, on the same page date, give the same summary: the lens makes
 * new marks whenever a mention changes.
 */
export function rememberingSummary(
  known: KnownContract,
): (marks: readonly Element[], pageDate: string | null) => PageSummary {
  let last: { marks: readonly Element[]; pageDate: string | null; summary: PageSummary } | null =
    null;
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
