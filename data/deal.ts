/**
 * Typed access to the knowledge base (`deal.json`): what each term said when, and whether a
 * statement still holds. Pure: no DOM, no `browser.*`. Runs in the content script on every
 * page, so the constructor only builds lookup maps and every query is a few map hits plus a
 * walk over one term's handful of versions.
 *
 * Dates are ISO calendar days (YYYY-MM-DD) and are compared as strings; anything longer (a
 * full timestamp) is cut to its day first.
 */
import { within } from './schema';
import type { Claim, DealBase, Interval, Misstatement, Source, Term, Version } from './schema';
import { noLongerHolds, type Status } from './status';

// The judge's vocabulary and validation live apart; importers keep reaching them here.
export { STATUSES, isStatus, needsCorrection, noLongerHolds, type Status } from './status';
export { DealBaseError, integrityProblems, parseDealBase } from './deal-validation';

function day(date: string): string {
  return date.slice(0, 10);
}

/**
 * News lags what it reports: a change made public up to these days before a page's date may
 * postdate the writing of the page, which then was right when written (changed, not out of date).
 */
export const NEWS_LAG_DAYS = 3;

function daysBefore(date: string, days: number): string {
  const d = new Date(`${day(date)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Was a change of `changed` (a date) made public on `pageDate` or in the lag before it? */
export function withinNewsLag(changed: string, pageDate: string): boolean {
  const page = day(pageDate);
  return changed <= page && changed >= daysBefore(page, NEWS_LAG_DAYS);
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export class Deal {
  readonly base: DealBase;
  readonly #terms = new Map<string, Term>();
  readonly #versions = new Map<string, Version>();
  readonly #termOfVersion = new Map<string, Term>();
  readonly #claims = new Map<string, Claim>();
  readonly #claimsOfTerm = new Map<string, Claim[]>();
  readonly #sources = new Map<string, Source>();
  readonly #misstatements = new Map<string, Misstatement>();

  constructor(base: DealBase) {
    this.base = base;
    for (const m of base.misstatements) this.#misstatements.set(m.id, m);
    for (const source of base.sources) this.#sources.set(source.id, source);
    for (const term of base.terms) {
      this.#terms.set(term.id, term);
      for (const version of term.versions) {
        this.#versions.set(version.id, version);
        this.#termOfVersion.set(version.id, term);
      }
    }
    for (const claim of base.claims) {
      this.#claims.set(claim.id, claim);
      const list = this.#claimsOfTerm.get(claim.term);
      if (list) list.push(claim);
      else this.#claimsOfTerm.set(claim.term, [claim]);
    }
  }

  get checkedAsOf(): string {
    return this.base.checkedAsOf;
  }

  terms(): readonly Term[] {
    return this.base.terms;
  }

  term(id: string): Term | undefined {
    return this.#terms.get(id);
  }

  version(id: string): Version | undefined {
    return this.#versions.get(id);
  }

  termOfVersion(versionId: string): Term | undefined {
    return this.#termOfVersion.get(versionId);
  }

  claim(id: string): Claim | undefined {
    return this.#claims.get(id);
  }

  /**
   * Does the claim hold in every version of a term that has several ("controlled by the
   * nonprofit", under the capped-profit company and the PBC alike)? It then tells no version
   * apart: beside a claim of one version, it is the less specific.
   */
  spansEveryVersion(claimId: string): boolean {
    const claim = this.#claims.get(claimId);
    const versions = claim ? this.#terms.get(claim.term)?.versions : undefined;
    return (
      versions !== undefined &&
      versions.length > 1 &&
      versions.every((version) => claim!.versions.includes(version.id))
    );
  }

  /** A claim that never held, and what holds instead. */
  misstatement(id: string): Misstatement | undefined {
    return this.#misstatements.get(id);
  }

  claimsOf(termId: string): readonly Claim[] {
    return this.#claimsOfTerm.get(termId) ?? [];
  }

  source(id: string): Source | undefined {
    return this.#sources.get(id);
  }

  sourcesOf(item: { sources: readonly string[] }): Source[] {
    const found: Source[] = [];
    for (const id of item.sources) {
      const source = this.#sources.get(id);
      if (source) found.push(source);
    }
    return found;
  }

  /** The version in force today; undefined for history terms. */
  currentVersion(termId: string): Version | undefined {
    const term = this.#terms.get(termId);
    if (!term || term.kind === 'history' || term.current === null) return undefined;
    return this.#versions.get(term.current);
  }

  /** The latest version dated on or before `date`; undefined before the first one. */
  versionAt(termId: string, date: string): Version | undefined {
    const term = this.#terms.get(termId);
    if (!term) return undefined;
    const on = day(date);
    let found: Version | undefined;
    for (const version of term.versions) if (version.date <= on) found = version;
    return found;
  }

  /** Dated on or before `date` and not superseded by a version dated on or before it. History: false. */
  versionInForce(versionId: string, date: string): boolean {
    const version = this.#versions.get(versionId);
    const term = this.#termOfVersion.get(versionId);
    if (!version || !term || term.kind === 'history') return false;
    const on = day(date);
    if (version.date > on) return false;
    const next =
      version.supersededBy === null ? undefined : this.#versions.get(version.supersededBy);
    return !next || next.date > on;
  }

  supersession(versionId: string): {
    supersededBy: Version | null;
    on: string | null;
    currentNow: Version | null;
  } {
    const version = this.#versions.get(versionId);
    const term = this.#termOfVersion.get(versionId);
    const next =
      version?.supersededBy == null ? undefined : this.#versions.get(version.supersededBy);
    return {
      supersededBy: next ?? null,
      on: next?.date ?? null,
      currentNow: (term && this.currentVersion(term.id)) ?? null,
    };
  }

  claimHolds(claimId: string, date: string): boolean {
    const claim = this.#claims.get(claimId);
    const on = day(date);
    return claim?.holds.some((interval) => within(on, interval)) ?? false;
  }

  /** The interval containing `date`, else the last one that ended before it, else undefined. */
  claimInterval(claimId: string, date: string): Interval | undefined {
    const claim = this.#claims.get(claimId);
    if (!claim) return undefined;
    const on = day(date);
    let ended: Interval | undefined;
    for (const interval of claim.holds) {
      if (within(on, interval)) return interval;
      if (interval.until !== null && interval.until <= on) ended = interval;
    }
    return ended;
  }

  /** Versions dated after `date`, oldest first. */
  changesSince(termId: string, date: string): Version[] {
    const on = day(date);
    return this.#terms.get(termId)?.versions.filter((version) => version.date > on) ?? [];
  }

  /**
   * Of the versions that state the claim, the latest dated on or before `pageDate`; with no
   * page date, or none that early, the latest of them. Throws for an unknown claim.
   */
  versionForClaim(claimId: string, pageDate?: string | null): Version {
    const claim = this.#claims.get(claimId);
    if (!claim) throw new Error(`unknown claim "${claimId}"`);
    const version = this.#pickClaimVersion(claim, pageDate, null);
    if (!version) throw new Error(`claim "${claimId}" lists no known version`);
    return version;
  }

  /**
   * The status rules of docs/judging.md.
   * - Unknown term: 'unclear'.
   * - History term: 'history'; the version is the claim's (if a claim is given), else the given
   *   version, else the one at the page date, else null.
   * - Claim given: 'in-force' iff the claim holds today; the version is versionForClaim's, except
   *   that when the claim lists versions of several terms (see integrityProblems) only those of
   *   the asked term are considered, so the version always belongs to the term on the mark.
   * - Version given: 'in-force' iff it is in force today.
   * - Page date given: the version in force on that date, 'in-force' iff still in force today;
   *   'unclear' when the page predates every version.
   * - Nothing else: 'unclear'.
   * - What no longer holds is 'changed' if it held at the page's date, else 'out-of-date'.
   * - Past framing: what no longer holds, in a statement told as the past, is 'history'.
   * - What would be out of date is 'history' in a sentence told as the past (`toldAsPast`), and
   *   'changed' if it stopped holding on the page's date or up to NEWS_LAG_DAYS before.
   * - A known misstatement: 'wrong', whatever the date (it never held).
   * Unknown claim or version ids are ignored (as if not given).
   */
  judge(
    q: {
      term: string;
      claim?: string | null;
      version?: string | null;
      pageDate?: string | null;
      /**
       * An earlier date the sentence places itself in ("in 2019, …"): what it states is judged
       * as of then, instead of the page's date.
       */
      spokenOf?: string | null;
      pastFramed?: boolean;
      /**
       * Whether the sentence speaks of the past anywhere (a past tense, an earlier year): asked
       * only of what would be out of date, which it makes history.
       */
      toldAsPast?: () => boolean;
      misstatement?: string | null;
    },
    today: string,
  ): { status: Status; version: Version | null; claim: Claim | null } {
    if (q.misstatement && this.#misstatements.has(q.misstatement)) {
      return { status: 'wrong', version: null, claim: null };
    }
    // A year before the term had any version is not when its words held: told in the past ("En
    // 2024, Microsoft recibió 493 millones por el reparto de ingresos"), the sentence only names
    // what happened then; else the year was another sentence's, and the page's date tells.
    if (q.spokenOf && !this.versionAt(q.term, day(q.spokenOf))) {
      if (!q.claim && q.toldAsPast?.()) return { status: 'history', version: null, claim: null };
      return this.judge({ ...q, spokenOf: null }, today);
    }
    const statedOn = q.spokenOf ?? q.pageDate ?? null;
    const verdict = this.#judgeAsStated({ ...q, pageDate: statedOn }, today);
    if (q.pastFramed && noLongerHolds(verdict.status)) return { ...verdict, status: 'history' };
    // Told of an earlier year, what had ended before the page was written is history told in
    // the past ("in 2019, Microsoft made Azure its exclusive cloud"), not a change since it.
    if (q.spokenOf && verdict.status === 'changed') {
      // A sentence that only names the term states the version of the year it tells of.
      const told = q.claim ? q : { ...q, version: q.version ?? verdict.version?.id ?? null };
      if (this.#judgeAsStated(told, today).status === 'out-of-date' && q.toldAsPast?.())
        return { ...verdict, status: 'history' };
    }
    if (verdict.status !== 'out-of-date') return verdict;
    // Out of date says the page was wrong the day it was written: only of a sentence in the
    // present, and not of a change made public days before the page.
    if (q.toldAsPast?.()) return { ...verdict, status: 'history' };
    if (
      statedOn &&
      // Held the day before a change made public NEWS_LAG_DAYS before the page ('until' is
      // the change's own day, when it no longer holds).
      this.#judgeAsStated({ ...q, pageDate: daysBefore(statedOn, NEWS_LAG_DAYS + 1) }, today)
        .status === 'changed'
    )
      return { ...verdict, status: 'changed' };
    return verdict;
  }

  #judgeAsStated(
    q: { term: string; claim?: string | null; version?: string | null; pageDate?: string | null },
    today: string,
  ): { status: Status; version: Version | null; claim: Claim | null } {
    const term = this.#terms.get(q.term);
    if (!term) return { status: 'unclear', version: null, claim: null };
    const claim = q.claim ? (this.#claims.get(q.claim) ?? null) : null;
    const given = q.version ? (this.#versions.get(q.version) ?? null) : null;
    const pageDate = q.pageDate ? day(q.pageDate) : null;

    if (term.kind === 'history') {
      const version = claim
        ? (this.#pickClaimVersion(claim, pageDate, term.id) ?? null)
        : (given ?? (pageDate ? (this.versionAt(term.id, pageDate) ?? null) : null));
      return { status: 'history', version, claim };
    }
    if (claim) {
      const version = this.#pickClaimVersion(claim, pageDate, term.id) ?? null;
      return {
        status: this.claimHolds(claim.id, today)
          ? 'in-force'
          : pageDate && this.claimHolds(claim.id, pageDate)
            ? 'changed'
            : 'out-of-date',
        version,
        claim,
      };
    }
    if (given) {
      const status = this.versionInForce(given.id, today)
        ? 'in-force'
        : pageDate && this.versionInForce(given.id, pageDate)
          ? 'changed'
          : 'out-of-date';
      return { status, version: given, claim: null };
    }
    if (pageDate) {
      const version = this.versionAt(term.id, pageDate);
      if (!version) return { status: 'unclear', version: null, claim: null };
      // The version in force at the page's date: what no longer holds has changed since.
      const status = this.versionInForce(version.id, today) ? 'in-force' : 'changed';
      return { status, version, claim: null };
    }
    return { status: 'unclear', version: null, claim: null };
  }

  #pickClaimVersion(
    claim: Claim,
    pageDate: string | null | undefined,
    preferTerm: string | null,
  ): Version | undefined {
    let candidates: Version[] = [];
    for (const id of claim.versions) {
      const version = this.#versions.get(id);
      if (version) candidates.push(version);
    }
    if (preferTerm !== null) {
      const ofTerm = candidates.filter((x) => this.#termOfVersion.get(x.id)?.id === preferTerm);
      if (ofTerm.length > 0) candidates = ofTerm;
    }
    const on = pageDate ? day(pageDate) : null;
    let found: Version | undefined;
    if (on !== null) for (const version of candidates) if (version.date <= on) found = version;
    return found ?? candidates[candidates.length - 1];
  }
}
