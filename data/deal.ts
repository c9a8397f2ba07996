/**
 * Typed access to the knowledge base (`deal.json`): what each term said when, and whether a
 * statement still holds. Pure: no DOM, no `browser.*`. Runs in the content script on every
 * page, so the constructor only builds lookup maps and every query is a few map hits plus a
 * walk over one term's handful of versions.
 *
 * Dates are ISO calendar days (YYYY-MM-DD) and are compared as strings; anything longer (a
 * full timestamp) is cut to its day first.
 */
import * as v from 'valibot';
import * as schema from './schema';
import type { Claim, DealBase, Interval, Misstatement, Source, Term, Version } from './schema';

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

export class DealBaseError extends Error {
  override name = 'DealBaseError';
}

/** valibot-parse + integrityProblems; throws DealBaseError whose message lists every problem readably. */
export function parseDealBase(json: unknown): DealBase {
  const result = v.safeParse(schema.DealBase, json);
  if (!result.success) {
    const lines = result.issues.map((issue) => `${issuePath(issue)}: ${issue.message}`);
    throw new DealBaseError(problemReport('does not match the schema', lines));
  }
  const problems = integrityProblems(result.output);
  if (problems.length > 0) throw new DealBaseError(problemReport('is inconsistent', problems));
  return result.output;
}

function problemReport(what: string, lines: readonly string[]): string {
  const count = lines.length === 1 ? '1 problem' : `${lines.length} problems`;
  return `The deal knowledge base ${what} (${count}):\n${lines.map((l) => `- ${l}`).join('\n')}`;
}

/**
 * Where a schema issue sits, naming the ids of the objects on the way so that the message says
 * which term, version, claim or source is wrong: `terms[ip-rights].versions[ip-2032-exclusive].sources`.
 */
function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const value: unknown = item.value;
    const id =
      typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string'
        ? value.id
        : undefined;
    const key = String(item.key);
    if (typeof item.key === 'number') path += `[${id ?? key}]`;
    else path += path === '' ? key : `.${key}`;
  }
  return path === '' ? '(root)' : path;
}

/**
 * Referential and ordering problems, as readable strings (empty = fine).
 *
 * Besides the rules in the brief, two documented choices:
 * - A claim's versions must belong to its term, except a version of another term announced on
 *   the same day as one of the claim's own versions: one announcement can state one thing for two
 *   terms (2026-04-27: "OpenAI may serve all its products through any cloud" is both the new
 *   compute-provider and the end of api-exclusivity).
 * - A version that states a claim must be dated inside one of the claim's intervals: a version
 *   cannot state what did not hold on its own date.
 */
export function integrityProblems(base: DealBase): string[] {
  const problems: string[] = [];
  const report = (message: string) => problems.push(message);

  const duplicates = (kind: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) report(`duplicate ${kind} id "${id}"`);
      seen.add(id);
    }
  };
  const allVersions = base.terms.flatMap((t) => t.versions);
  duplicates(
    'source',
    base.sources.map((s) => s.id),
  );
  duplicates(
    'term',
    base.terms.map((t) => t.id),
  );
  duplicates(
    'version',
    allVersions.map((x) => x.id),
  );
  duplicates('claim or misstatement', [
    ...base.claims.map((c) => c.id),
    ...base.misstatements.map((m) => m.id),
  ]);

  const sourceIds = new Set(base.sources.map((s) => s.id));
  const termById = new Map(base.terms.map((t) => [t.id, t]));
  const versionById = new Map(allVersions.map((x) => [x.id, x]));
  const termOfVersion = new Map<string, string>();
  for (const t of base.terms) for (const x of t.versions) termOfVersion.set(x.id, t.id);

  const checkSources = (owner: string, ids: readonly string[]) => {
    for (const id of ids) if (!sourceIds.has(id)) report(`${owner} cites unknown source "${id}"`);
  };

  for (const term of base.terms) {
    const where = `term "${term.id}"`;
    term.versions.forEach((version, i) => {
      const vWhere = `${where}: version "${version.id}"`;
      checkSources(vWhere, version.sources);
      const previous = term.versions[i - 1];
      if (previous && !(version.date > previous.date)) {
        report(
          `${vWhere} (${version.date}) is not dated after the version before it, "${previous.id}" (${previous.date}); versions go oldest first`,
        );
      }
      if (term.kind === 'history') {
        if (version.supersededBy !== null) {
          report(
            `${vWhere} is history but has supersededBy "${version.supersededBy}"; history is never superseded`,
          );
        }
        return;
      }
      if (version.supersededBy === null) return;
      const next = versionById.get(version.supersededBy);
      if (!next) {
        report(`${vWhere} is superseded by unknown version "${version.supersededBy}"`);
      } else if (termOfVersion.get(next.id) !== term.id) {
        report(`${vWhere} is superseded by "${next.id}", a version of another term`);
      } else if (!(term.versions.indexOf(next) > i && next.date > version.date)) {
        report(`${vWhere} is superseded by "${next.id}", which is not a later version of the term`);
      }
    });

    if (term.kind === 'history') {
      if (term.current !== null)
        report(`${where} is history but has current "${term.current}"; it must be null`);
      continue;
    }
    const inForce = term.versions.filter((x) => x.supersededBy === null).map((x) => x.id);
    if (term.current === null) {
      report(`${where} has no current version`);
    } else if (!versionById.has(term.current)) {
      report(`${where} has unknown current version "${term.current}"`);
    } else if (termOfVersion.get(term.current) !== term.id) {
      report(`${where} has current "${term.current}", a version of another term`);
    } else if (inForce.length !== 1 || inForce[0] !== term.current) {
      report(
        `${where} has current "${term.current}" but the versions not superseded are [${inForce.join(', ')}]; exactly the current one must have supersededBy null`,
      );
    }
  }

  const claimIds = new Set(base.claims.map((c) => c.id));
  for (const m of base.misstatements) {
    const where = `misstatement "${m.id}"`;
    if (!termById.has(m.term)) report(`${where} is about unknown term "${m.term}"`);
    if (!claimIds.has(m.instead)) report(`${where}: the claim instead, "${m.instead}", is unknown`);
  }

  const sourceDate = new Map(base.sources.map((s) => [s.id, s.date]));
  const claimById = new Map(base.claims.map((c) => [c.id, c]));
  for (const term of base.terms) {
    for (const version of term.versions) {
      if (!version.note) continue;
      const where = `version "${version.id}"`;
      if ((version.noteSources ?? []).length === 0)
        report(`${where} has a note that cites no source`);
      checkSources(`${where}'s note`, version.noteSources ?? []);
    }
  }

  for (const claim of base.claims) {
    const where = `claim "${claim.id}"`;
    checkSources(where, claim.sources);
    // A claim's start is backed by a source dated on or before it (within the month or year
    // its version's date stands for, when that date is no more precise), or declared disclosed later.
    const start = claim.holds[0]!.from;
    const earliest = claim.sources.map((id) => sourceDate.get(id) ?? '9999').sort()[0]!;
    const period = claim.versions
      .map((id) => versionById.get(id))
      .find((x) => x?.date === start && x.precision !== 'day');
    const digits = period?.precision === 'month' ? 7 : 4;
    const inItsPeriod =
      period !== undefined && earliest.slice(0, digits) === start.slice(0, digits);
    if (earliest > start && !inItsPeriod) {
      if (!claim.disclosed) {
        report(
          `${where} starts on ${start}, before its earliest source (${earliest}); say when and why it was disclosed later`,
        );
      } else if (claim.disclosed.on < earliest || claim.disclosed.on <= start) {
        report(
          `${where} is disclosed on ${claim.disclosed.on}, which its sources (earliest ${earliest}) or its start (${start}) do not bear out`,
        );
      }
    }
    for (const id of claim.excludes ?? []) {
      const other = claimById.get(id);
      if (!other) {
        report(`${where} excludes unknown claim "${id}"`);
        continue;
      }
      if (other.term !== claim.term) report(`${where} excludes "${id}", a claim of another term`);
      for (const a of claim.holds) {
        for (const b of other.holds) {
          if (a.from < (b.until ?? '9999') && b.from < (a.until ?? '9999')) {
            report(
              `${where} and "${id}" contradict each other, yet both hold from ${a.from > b.from ? a.from : b.from}`,
            );
          }
        }
      }
    }
    if (!termById.has(claim.term)) report(`${where} is about unknown term "${claim.term}"`);

    claim.holds.forEach((interval, i) => {
      if (interval.until !== null && !(interval.from < interval.until)) {
        report(
          `${where}: interval ${interval.from}…${interval.until} does not end after it starts`,
        );
      }
      const previous = claim.holds[i - 1];
      if (previous && (previous.until === null || previous.until > interval.from)) {
        report(
          `${where}: interval from ${interval.from} overlaps or precedes the one before it (${previous.from}…${previous.until ?? 'now'}); intervals go oldest first without overlap`,
        );
      }
    });

    const stated: Version[] = [];
    for (const id of claim.versions) {
      const version = versionById.get(id);
      if (!version) {
        report(`${where} lists unknown version "${id}"`);
        continue;
      }
      stated.push(version);
      if (!claim.holds.some((interval) => within(version.date, interval))) {
        report(
          `${where} lists version "${id}" (${version.date}), but the claim does not hold on that date`,
        );
      }
    }
    const own = stated.filter((x) => termOfVersion.get(x.id) === claim.term);
    for (const version of stated) {
      if (termOfVersion.get(version.id) === claim.term) continue;
      if (!own.some((x) => x.date === version.date)) {
        report(
          `${where} lists version "${version.id}" of term "${termOfVersion.get(version.id) ?? '?'}", not of "${claim.term}" (allowed only beside a version of "${claim.term}" announced the same day)`,
        );
      }
    }
    stated.forEach((version, i) => {
      const previous = stated[i - 1];
      if (previous && version.date < previous.date) {
        report(
          `${where} lists version "${version.id}" before "${previous.id}"; versions go oldest first`,
        );
      }
    });
  }
  return problems;
}

function within(date: string, interval: Interval): boolean {
  return interval.from <= date && (interval.until === null || date < interval.until);
}

function day(date: string): string {
  return date.slice(0, 10);
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
   * - A known misstatement: 'wrong', whatever the date (it never held).
   * Unknown claim or version ids are ignored (as if not given).
   */
  judge(
    q: {
      term: string;
      claim?: string | null;
      version?: string | null;
      pageDate?: string | null;
      pastFramed?: boolean;
      misstatement?: string | null;
    },
    today: string,
  ): { status: Status; version: Version | null; claim: Claim | null } {
    if (q.misstatement && this.#misstatements.has(q.misstatement)) {
      return { status: 'wrong', version: null, claim: null };
    }
    const verdict = this.#judgeAsStated(q, today);
    return q.pastFramed && noLongerHolds(verdict.status)
      ? { ...verdict, status: 'history' }
      : verdict;
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
