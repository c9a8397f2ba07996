/**
 * Validation of the knowledge base (`deal.json`): its shape (valibot schema) and its integrity
 * (ids, references, dates, order), each problem said readably. Pure: no DOM, no `browser.*`.
 */
import * as v from 'valibot';
import * as schema from './schema';
import { within, type DealBase, type Version } from './schema';

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
