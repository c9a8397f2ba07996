/**
 * Everything the hover card shows for one mention, worked out from the knowledge base: pure,
 * no DOM, so every wording rule is tested with plain inputs and the components only lay it out.
 * The verdict's words are card-verdict.ts's; the sources and the correction card-sources.ts's.
 *
 * The card says the verdict the judge gave (data/deal.ts `Status`), in words, never another:
 * - In force: it holds today (and, when the term changed since the page's date in some other
 *   respect, the detail says so: a 2025-10 "IP rights through 2032" is still true; the licence
 *   became non-exclusive on 2026-04-27).
 * - Changed since this article / Out of date: no longer true, since the end of the claim's
 *   last interval or the version's successor.
 * - History: told as the past, or cumulative facts (amounts invested) that stay true.
 * - Version unclear: the passage names the term but not which version.
 * - Never true: a known misstatement; the card gives the claim that holds instead, since when,
 *   and its sources.
 */
import { noLongerHolds, type Deal, type Status } from '@/data/deal';
import type { Basis, Misstatement } from '@/data/schema';
import { staleFactsAge } from './facts-age';
import { shortStatement } from './short-statement';
import { answer, basisLabel, sourceGroups } from './card-sources';
import { statedVersion, statusLabel, statusOf } from './card-verdict';
import { datePhrase, formatDate, t, type UiLang } from './i18n';

/** What the card needs to know about a mention (a subset of Mention; marks carry it). */
export interface CardMention {
  term: string;
  version: string | null;
  claim: string | null;
  status: Status;
  text: string;
}

export interface CardSource {
  id: string;
  title: string;
  outlet: string;
  /** Formatted in the UI language. */
  date: string;
  url: string;
  basis: Basis;
  basisLabel: string;
}

export interface SourceGroup {
  heading: string;
  sources: CardSource[];
}

export interface TimelineEntry {
  id: string;
  isoDate: string;
  /** Formatted to the version's precision. */
  date: string;
  /** The statement cut to its first clause (and ~110 characters). */
  statement: string;
  /** The whole statement, when `statement` was shortened; else null. */
  full: string | null;
  basis: Basis;
  basisLabel: string;
  /** The version this passage states. */
  stated: boolean;
  /** The version in force today (never set for history terms). */
  inForce: boolean;
}

export interface CardModel {
  lang: UiLang;
  term: { id: string; name: string; explanation: string | null };
  /** The highlighted words as the page has them. */
  quote: string;
  said: {
    text: string;
    /** "Stated on 27 April 2026"; null when no version is known. */
    date: string | null;
    basis: Basis | null;
    basisLabel: string | null;
  };
  status: { kind: Status; label: string; detail: string | null };
  /** What holds today, when the card must say it apart from the passage. */
  now:
    | {
        statement: string;
        /** Its first clause, for the card's answer; the whole statement is in the details. */
        short: string;
        since: string;
        basis: Basis;
        basisLabel: string;
      }
    | { none: string }
    | null;
  note: string | null;
  timeline: TimelineEntry[];
  sources: SourceGroup[];
  /** "Facts checked as of 22 November 2026". */
  checked: string;
  /** One line for assistive technology and the popup: term, status and what holds now. */
  summary: string;
  /** The one source the card's answer cites: official first, for what holds today. */
  answerSource: CardSource | null;
  /**
   * For a statement not true today: the correction as plain text (the passage, the verdict,
   * what holds today, the source), for people who write. Null otherwise.
   */
  correction: string | null;
}

export function cardModel(
  deal: Deal,
  mention: CardMention,
  pageDate: string | null,
  today: string,
  lang: UiLang,
): CardModel {
  const term = deal.term(mention.term);
  const misstatement =
    mention.status === 'wrong' && mention.claim ? deal.misstatement(mention.claim) : undefined;
  if (misstatement) return wrongCard(deal, mention, misstatement, today, lang);
  const claim = mention.claim ? deal.claim(mention.claim) : undefined;
  const stated = term ? statedVersion(deal, term, mention, claim, pageDate, today) : undefined;
  const current = term ? deal.currentVersion(term.id) : undefined;

  const status = statusOf(deal, term, mention.status, claim, stated, pageDate, today, lang);

  const saidBasis = claim?.basis ?? stated?.basis ?? null;
  // Told as the past, the passage states the claim as what was: never as what is.
  const pastFramed = mention.status === 'history' && term !== undefined && term.kind !== 'history';
  const saidText = claim?.text[lang] ?? stated?.statement[lang];
  const said: CardModel['said'] = {
    text: saidText
      ? pastFramed
        ? t(lang, 'said.past', { statement: saidText })
        : saidText
      : t(lang, 'detail.unclear'),
    date: stated
      ? t(lang, 'said.stated', { on: datePhrase('on', stated.date, lang, stated.precision) })
      : null,
    basis: saidBasis,
    basisLabel: saidBasis ? basisLabel(saidBasis, lang) : null,
  };
  if (status.kind === 'unclear' && !claim && !stated) status.detail = null; // `said` says it

  // Today's version, told apart only where it differs from what the passage states; for
  // "changed" the detail line already gives the latest change.
  let now: CardModel['now'] = null;
  if (term && (noLongerHolds(status.kind) || status.kind === 'unclear')) {
    if (current && current.id !== stated?.id) {
      now = {
        statement: current.statement[lang],
        short: shortStatement(current.statement[lang]),
        since: t(lang, 'now.since', {
          since: datePhrase('since', current.date, lang, current.precision),
        }),
        basis: current.basis,
        basisLabel: basisLabel(current.basis, lang),
      };
    } else if (!current && term.kind !== 'history') {
      now = { none: t(lang, 'now.none') };
    }
  }

  const timeline: TimelineEntry[] = (term?.versions ?? []).map((version) => {
    const full = version.statement[lang];
    const statement = shortStatement(full);
    return {
      id: version.id,
      isoDate: version.date,
      date: formatDate(version.date, lang, version.precision),
      statement,
      full: statement === full ? null : full,
      basis: version.basis,
      basisLabel: basisLabel(version.basis, lang),
      stated: version.id === stated?.id,
      inForce: term?.kind !== 'history' && version.id === term?.current,
    };
  });

  const apart = current && current.id !== stated?.id && status.kind !== 'history';
  const sources = sourceGroups(deal, claim ?? stated, apart ? current : undefined, lang);

  const name = term?.name[lang] ?? t(lang, 'card.unknownTerm');

  return {
    lang,
    term: { id: mention.term, name, explanation: term?.explanation[lang] ?? null },
    quote: mention.text.replace(/\s+/g, ' ').trim(),
    said,
    status,
    now,
    note: stated?.note?.[lang] ?? null,
    timeline,
    sources,
    checked: checkedLine(deal, today, lang),
    summary: summaryLine(name, status, now, lang),
    ...answer(mention, status, now, sources, lang),
  };
}

/** "Facts checked as of …", or, past 60 days, how long ago and that changes may be missing. */
function checkedLine(deal: Deal, today: string, lang: UiLang): string {
  const ago = staleFactsAge(deal.checkedAsOf, today, lang);
  return ago
    ? t(lang, 'checked.stale', { ago })
    : t(lang, 'checked', { date: formatDate(deal.checkedAsOf, lang) });
}

/**
 * A misstatement's card: what the passage says, that it never held, and the claim true
 * instead with its date and sources.
 */
function wrongCard(
  deal: Deal,
  mention: CardMention,
  misstatement: Misstatement,
  today: string,
  lang: UiLang,
): CardModel {
  const term = deal.term(misstatement.term);
  const instead = deal.claim(misstatement.instead);
  const name = term?.name[lang] ?? t(lang, 'card.unknownTerm');
  const status = {
    kind: 'wrong' as const,
    label: statusLabel('wrong', lang),
    detail: t(lang, 'detail.wrong'),
  };
  const since = instead?.holds[0]?.from;
  const now: CardModel['now'] = instead
    ? {
        statement: instead.text[lang],
        short: shortStatement(instead.text[lang]),
        since: since ? t(lang, 'now.since', { since: datePhrase('since', since, lang) }) : '',
        basis: instead.basis,
        basisLabel: basisLabel(instead.basis, lang),
      }
    : null;
  const sources = sourceGroups(deal, instead, undefined, lang);
  return {
    lang,
    term: { id: misstatement.term, name, explanation: term?.explanation[lang] ?? null },
    quote: mention.text.replace(/\s+/g, ' ').trim(),
    said: { text: misstatement.says[lang], date: null, basis: null, basisLabel: null },
    status,
    now,
    note: null,
    timeline: [],
    sources,
    checked: checkedLine(deal, today, lang),
    summary: summaryLine(name, status, now, lang),
    ...answer(mention, status, now, sources, lang),
  };
}

/** One line for assistive technology and the popup: term, status, the change, what holds now. */
function summaryLine(
  name: string,
  status: CardModel['status'],
  now: CardModel['now'],
  lang: UiLang,
): string {
  const parts = [t(lang, 'summary', { term: name, status: status.label })];
  // The detail when it tells more than the label: a change, an end date, what never held.
  if (
    status.detail &&
    status.kind !== 'unclear' &&
    status.kind !== 'history' &&
    status.detail !== t(lang, 'detail.inForce')
  ) {
    parts.push(status.detail);
  }
  if (now && 'statement' in now) parts.push(t(lang, 'summary.now', { statement: now.statement }));
  return parts.join(' ');
}
