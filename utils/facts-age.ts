/**
 * How old the facts are: past STALE_AFTER_DAYS since they were last checked, the card and the
 * popup say so plainly, since the deal may have changed since. Pure.
 */
import type { UiLang } from './i18n';

export const STALE_AFTER_DAYS = 60;

const DAY_MS = 86_400_000;

/** Whole days from `checkedAsOf` to `today` (both YYYY-MM-DD). */
export function factsAgeDays(checkedAsOf: string, today: string): number {
  return Math.floor(
    (Date.parse(today.slice(0, 10)) - Date.parse(checkedAsOf.slice(0, 10))) / DAY_MS,
  );
}

/** "3 months ago" / "il y a 3 mois" when the facts are stale, else null. */
export function staleFactsAge(checkedAsOf: string, today: string, lang: UiLang): string | null {
  const days = factsAgeDays(checkedAsOf, today);
  if (!(days > STALE_AFTER_DAYS)) return null;
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  return days >= 365
    ? format.format(-Math.floor(days / 365), 'year')
    : format.format(-Math.round(days / 30), 'month');
}
