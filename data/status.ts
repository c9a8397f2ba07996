// The status vocabulary: the one word for what a statement is today, and what each implies.

/**
 * The verdict on one statement, the one vocabulary every surface speaks (docs/judging.md):
 * - in-force: it holds today;
 * - changed: it held when the page was published, and no longer does ("changed since this
 *   article");
 * - out-of-date: it no longer holds, and did not hold at the page's date either (or the page
 *   has no date);
 * - history: told as the past, or a cumulative fact, and true as such;
 * - wrong: it never held (a known misstatement);
 * - unclear: the passage names the term, not what it says of it.
 */
export const STATUSES = [
  'in-force',
  'changed',
  'out-of-date',
  'history',
  'wrong',
  'unclear',
] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Statuses a reader must be warned of: no longer true, or never true. The badge, the popup,
 * the banner and `npm run check` count these.
 */
export function needsCorrection(status: Status): boolean {
  return status === 'changed' || status === 'out-of-date' || status === 'wrong';
}

/** No longer true today (whether or not it was when published). */
export function noLongerHolds(status: Status): boolean {
  return status === 'changed' || status === 'out-of-date';
}

/** Whether `value` (a mark's data-status, say) names a status. */
export function isStatus(value: string | null): value is Status {
  return (STATUSES as readonly (string | null)[]).includes(value);
}
