/**
 * The card's verdict in words: the status the judge gave (data/deal.ts), its label, and the
 * detail line that says since when, or what changed since the page. Pure.
 */
import { noLongerHolds, withinNewsLag, type Deal, type Status } from '@/data/deal';
import type { Claim, Term, Version } from '@/data/schema';
import type { CardMention, CardModel } from './card-model';
import { datePhrase, t, type UiLang } from './i18n';

/** A verdict's name in the UI language: the card's label, a mark's accessible name. */
export function statusLabel(status: Status, lang: UiLang): string {
  return t(lang, `status.${status}`);
}

/**
 * The version the passage states: the one on the mark, else (for a claim) the claim's version
 * at the page date, preferring versions of the mark's own term.
 */
export function statedVersion(
  deal: Deal,
  term: Term,
  mention: CardMention,
  claim: Claim | undefined,
  pageDate: string | null,
  today: string,
): Version | undefined {
  const given = mention.version ? deal.version(mention.version) : undefined;
  if (given) return given;
  if (claim)
    return deal.judge({ term: term.id, claim: claim.id, pageDate }, today).version ?? undefined;
  return undefined;
}

export function statusOf(
  deal: Deal,
  term: Term | undefined,
  status: Status,
  claim: Claim | undefined,
  stated: Version | undefined,
  pageDate: string | null,
  today: string,
  lang: UiLang,
): CardModel['status'] {
  if (!term || status === 'unclear') {
    return {
      kind: 'unclear',
      label: statusLabel('unclear', lang),
      detail: t(lang, 'detail.unclear'),
    };
  }
  if (status === 'history' && term.kind !== 'history') {
    // A claim that no longer holds, told as the past: the passage is right.
    const on = supersededOn(deal, claim, stated, today);
    return {
      kind: 'history',
      label: statusLabel('history', lang),
      detail: on
        ? t(lang, 'detail.pastFramed', { on: datePhrase('on', on.date, lang, on.precision) })
        : t(lang, 'detail.pastFramedUndated'),
    };
  }
  if (status === 'history' || status === 'wrong') {
    return {
      kind: status,
      label: statusLabel(status, lang),
      detail: t(lang, `detail.${status}`),
    };
  }
  if (noLongerHolds(status)) {
    const on = supersededOn(deal, claim, stated, today);
    const since = on ? datePhrase('since', on.date, lang, on.precision) : null;
    // Changed on or days before the page's date (the news lag the judge allows): right when written.
    const justBefore =
      status === 'changed' && on !== null && pageDate !== null && withinNewsLag(on.date, pageDate);
    const key =
      status === 'changed'
        ? since
          ? justBefore
            ? 'detail.changedJustBefore'
            : 'detail.changed'
          : 'detail.changedUndated'
        : !since
          ? 'detail.outOfDateUndated'
          : pageDate
            ? 'detail.outOfDateAtPage'
            : 'detail.outOfDate';
    return {
      kind: status,
      label: justBefore ? t(lang, 'status.changedAround') : statusLabel(status, lang),
      detail: t(lang, key, { since: since ?? '' }),
    };
  }
  // In force. Other changes of the term count from the page's date, or without one from the
  // stated version's, and never include the stated version itself (a page date detected too
  // early must not turn the passage's own version into a "change").
  const from = latest(pageDate?.slice(0, 10) ?? null, stated?.date ?? null);
  const changes = from ? deal.changesSince(term.id, from) : [];
  const last = changes[changes.length - 1];
  const detail = last
    ? t(lang, changes.length === 1 ? 'detail.changedOne' : 'detail.changedMany', {
        on: datePhrase('on', last.date, lang, last.precision),
        statement: last.statement[lang],
        count: changes.length,
      })
    : t(lang, 'detail.inForce');
  return { kind: 'in-force', label: statusLabel('in-force', lang), detail };
}

/**
 * When a superseded statement stopped holding: for a claim, the end of the last of its
 * intervals that ended by today; for a version, its successor's date (with its precision).
 */
function supersededOn(
  deal: Deal,
  claim: Claim | undefined,
  stated: Version | undefined,
  today: string,
): { date: string; precision: Version['precision'] } | null {
  if (claim) {
    const until = deal.claimInterval(claim.id, today)?.until;
    if (until) return { date: until, precision: 'day' };
  }
  if (stated) {
    const next = deal.supersession(stated.id).supersededBy;
    if (next) return { date: next.date, precision: next.precision };
  }
  return null;
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
