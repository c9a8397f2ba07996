/**
 * The status logic of data/deal.ts: the shipped base with the examples of docs/judging.md
 * ("How to judge a statement"), then edge cases on a small hand-made base.
 */
import { describe, expect, it } from 'vitest';
import dealJson from '@/data/deal.json';
import { Deal, parseDealBase, todayIso } from '@/data/deal';
import type { DealBase, Version } from '@/data/schema';

const TODAY = '2026-11-22';
const deal = new Deal(parseDealBase(dealJson));
const ids = (versions: readonly Version[]) => versions.map((x) => x.id);

describe('judging statements against the shipped base (docs/judging.md examples)', () => {
  const byClaim = (claim: string, pageDate: string | null = null) =>
    deal.judge({ term: deal.claim(claim)!.term, claim, pageDate }, TODAY);

  it('"Microsoft no longer has a right of first refusal" is current after 2026-04-27', () => {
    expect(deal.claimHolds('ms-no-rofr', TODAY)).toBe(true);
    expect(byClaim('ms-no-rofr', '2025-11-02')).toMatchObject({
      status: 'in-force',
      version: { id: 'no-rofr-2025' },
      claim: { id: 'ms-no-rofr' },
    });
  });

  it('"IP rights extended through 2032" is current', () => {
    expect(byClaim('ip-through-2032', '2025-10-30')).toMatchObject({
      status: 'in-force',
      version: { id: 'ip-2032-exclusive' },
    });
  });

  it('"Microsoft keeps exclusive IP rights" is superseded since 2026-04-27', () => {
    expect(byClaim('ip-exclusive', '2025-10-30').status).toBe('changed');
    expect(deal.claimInterval('ip-exclusive', TODAY)).toEqual({
      from: '2020-09-22',
      until: '2026-04-27',
    });
  });

  it('"about 20% of revenue" is current; "until the panel verifies AGI" and "both ways" are superseded', () => {
    expect(byClaim('revshare-about-20-percent', '2025-01-25').status).toBe('in-force');
    expect(byClaim('revshare-until-agi', '2025-11-01').status).toBe('changed');
    expect(byClaim('revshare-both-ways', '2025-01-25').status).toBe('changed');
  });

  it('"27%" is in force; "32.5%" changed since a 2024 article, and was out of date in a November 2025 one', () => {
    expect(byClaim('stake-27', '2025-11-05')).toMatchObject({
      status: 'in-force',
      version: { id: 'stake-27' },
    });
    expect(byClaim('stake-32-5', '2024-06-01')).toMatchObject({
      status: 'changed',
      version: { id: 'stake-32.5' },
    });
    expect(byClaim('stake-32-5', '2025-11-05')).toMatchObject({
      status: 'out-of-date',
      version: { id: 'stake-32.5' },
    });
  });

  it('a term-only mention states the version in force on the page date', () => {
    expect(deal.judge({ term: 'revenue-share', pageDate: '2025-01-25' }, TODAY)).toMatchObject({
      status: 'changed',
      version: { id: 'revshare-until-2030' },
      claim: null,
    });
    expect(deal.judge({ term: 'ms-stake', pageDate: '2025-11-05' }, TODAY)).toMatchObject({
      status: 'in-force',
      version: { id: 'stake-27' },
      claim: null,
    });
  });

  it('amounts invested are history, never superseded', () => {
    expect(deal.judge({ term: 'investment', pageDate: '2023-02-01' }, TODAY)).toMatchObject({
      status: 'history',
      version: { id: 'investment-2023-10b' },
    });
    expect(deal.judge({ term: 'investment', version: 'investment-2019-1b' }, TODAY)).toMatchObject({
      status: 'history',
      version: { id: 'investment-2019-1b' },
    });
    expect(deal.judge({ term: 'investment', claim: 'investment-10b-2023' }, TODAY)).toMatchObject({
      status: 'history',
      version: { id: 'investment-2023-10b' },
      claim: { id: 'investment-10b-2023' },
    });
    expect(deal.judge({ term: 'investment' }, TODAY)).toEqual({
      status: 'history',
      version: null,
      claim: null,
    });
    expect(deal.currentVersion('investment')).toBeUndefined();
    expect(deal.versionInForce('investment-2019-1b', TODAY)).toBe(false);
  });

  it('a claim that ended on or days before the page changed around it: not out of date (news lags)', () => {
    // The right of first refusal ended on 2025-10-28: pages of that day and the three after.
    expect(byClaim('ms-has-rofr', '2025-10-28').status).toBe('changed');
    expect(byClaim('ms-has-rofr', '2025-10-31').status).toBe('changed');
    expect(byClaim('ms-has-rofr', '2025-11-01').status).toBe('out-of-date');
  });

  it('a right of first refusal in a 2025-01 article: rofr-2025, superseded', () => {
    expect(byClaim('ms-has-rofr', '2025-01-22')).toMatchObject({
      status: 'changed',
      version: { id: 'rofr-2025' },
    });
  });

  it('a version named outright is in force only while it is; without a page date, what ended is out of date', () => {
    expect(deal.judge({ term: 'ip-rights', version: 'preferred-partner-2019' }, TODAY).status).toBe(
      'out-of-date',
    );
    expect(
      deal.judge(
        { term: 'ip-rights', version: 'preferred-partner-2019', pageDate: '2019-08-01' },
        TODAY,
      ).status,
    ).toBe('changed');
    expect(deal.judge({ term: 'ip-rights', version: 'ip-2032-nonexclusive' }, TODAY).status).toBe(
      'in-force',
    );
  });

  it('a term only named, told of a year whose version had ended before the page, is history', () => {
    // "En 2023, Microsoft se aseguró el acceso a los modelos de OpenAI" in a page of September
    // 2025: the 2020 exclusive licence, the version of 2023, ended in January 2025.
    const in2023 = { term: 'ip-rights', pageDate: '2025-09-15', spokenOf: '2023-12-31' };
    expect(deal.judge({ ...in2023, toldAsPast: () => true }, TODAY)).toMatchObject({
      status: 'history',
      version: { id: 'gpt3-exclusive-2020' },
    });
    expect(deal.judge({ ...in2023, toldAsPast: () => false }, TODAY).status).toBe('changed');
    // Told of a year whose version still held on the page's date: a change since the page.
    const in2025 = { term: 'ip-rights', pageDate: '2025-09-15', spokenOf: '2025-03-01' };
    expect(deal.judge({ ...in2025, toldAsPast: () => true }, TODAY).status).toBe('changed');
  });

  it('a term told of a year before any of its versions is history in the past, of the page’s date in the present', () => {
    const paidIn2024 = { term: 'revenue-share', pageDate: '2025-11-19', spokenOf: '2024-12-31' };
    expect(deal.judge({ ...paidIn2024, toldAsPast: () => true }, TODAY).status).toBe('history');
    // In the present, a year before the term existed is not when its words held (a year of the
    // sentence before): the page's date tells, here the version of 2025-10-28, since replaced.
    expect(deal.judge({ ...paidIn2024, toldAsPast: () => false }, TODAY)).toMatchObject({
      status: 'changed',
      version: { id: 'revshare-until-agi' },
    });
    // A claim is judged by its own versions, never made history for want of one.
    expect(
      deal.judge({ ...paidIn2024, claim: 'revshare-capped', toldAsPast: () => true }, TODAY).status,
    ).not.toBe('history');
  });

  it('a claim stated for two terms gets the version of the term on the mark', () => {
    expect(
      deal.judge({ term: 'api-exclusivity', claim: 'any-cloud-all-products' }, TODAY),
    ).toMatchObject({
      status: 'in-force',
      version: { id: 'any-cloud-2026' },
    });
    expect(
      deal.judge({ term: 'compute-provider', claim: 'any-cloud-all-products' }, TODAY),
    ).toMatchObject({
      status: 'in-force',
      version: { id: 'primary-2026' },
    });
  });

  it('is unknown without a term it knows, or without anything to go on', () => {
    expect(deal.judge({ term: 'no-such-term', claim: 'ms-no-rofr' }, TODAY)).toEqual({
      status: 'unclear',
      version: null,
      claim: null,
    });
    expect(deal.judge({ term: 'revenue-share' }, TODAY)).toEqual({
      status: 'unclear',
      version: null,
      claim: null,
    });
    expect(deal.judge({ term: 'revenue-share', pageDate: '2024-06-01' }, TODAY)).toEqual({
      status: 'unclear',
      version: null,
      claim: null,
    });
    expect(
      deal.judge({ term: 'revenue-share', claim: 'no-such-claim', version: 'nope' }, TODAY).status,
    ).toBe('unclear');
  });

  it('judges by the day of a timestamped page date', () => {
    expect(
      deal.judge({ term: 'ms-stake', pageDate: '2025-10-28T08:00:00Z' }, TODAY).version?.id,
    ).toBe('stake-27');
  });
});

describe('versions over time (shipped base)', () => {
  it('versionAt: the latest version dated on or before the date, undefined before the first', () => {
    expect(deal.versionAt('compute-provider', '2019-07-21')).toBeUndefined();
    expect(deal.versionAt('compute-provider', '2019-07-22')?.id).toBe('exclusive-2019');
    expect(deal.versionAt('compute-provider', '2025-10-27')?.id).toBe('rofr-2025');
    expect(deal.versionAt('compute-provider', TODAY)?.id).toBe('primary-2026');
    expect(deal.versionAt('no-such-term', TODAY)).toBeUndefined();
  });

  it('spansEveryVersion: a claim of each version of a term with several tells none apart', () => {
    expect(deal.spansEveryVersion('nonprofit-controls')).toBe(true);
    expect(deal.spansEveryVersion('capped-profit')).toBe(false);
    // A term of one version: its claims are as specific as any.
    expect(deal.spansEveryVersion('ms-may-pursue-agi')).toBe(false);
    expect(deal.spansEveryVersion('no-such-claim')).toBe(false);
  });

  it('changesSince: versions dated after the date, oldest first', () => {
    expect(ids(deal.changesSince('ip-rights', '2025-01-25'))).toEqual([
      'ip-2032-exclusive',
      'ip-2032-nonexclusive',
    ]);
    expect(deal.changesSince('ip-rights', TODAY)).toEqual([]);
    expect(deal.changesSince('no-such-term', TODAY)).toEqual([]);
  });

  it('supersession: what replaced a version, when, and what is in force now', () => {
    const s = deal.supersession('rofr-2025');
    expect(s.supersededBy?.id).toBe('no-rofr-2025');
    expect(s.on).toBe('2025-10-28');
    expect(s.currentNow?.id).toBe('primary-2026');
    const now = deal.supersession('primary-2026');
    expect(now).toMatchObject({ supersededBy: null, on: null, currentNow: { id: 'primary-2026' } });
    expect(deal.supersession('investment-2019-1b')).toEqual({
      supersededBy: null,
      on: null,
      currentNow: null,
    });
    expect(deal.supersession('nope')).toEqual({ supersededBy: null, on: null, currentNow: null });
  });

  it('versionInForce: from its date until the date of the version that replaced it', () => {
    expect(deal.versionInForce('rofr-2025', '2025-01-20')).toBe(false);
    expect(deal.versionInForce('rofr-2025', '2025-01-21')).toBe(true);
    expect(deal.versionInForce('rofr-2025', '2025-10-27')).toBe(true);
    expect(deal.versionInForce('rofr-2025', '2025-10-28')).toBe(false);
    expect(deal.versionInForce('nope', TODAY)).toBe(false);
  });

  it('claimHolds and claimInterval follow the intervals, end exclusive', () => {
    expect(deal.claimHolds('revshare-through-2030', '2025-06-01')).toBe(true);
    expect(deal.claimHolds('revshare-through-2030', '2025-10-28')).toBe(false);
    expect(deal.claimHolds('revshare-through-2030', '2026-01-01')).toBe(false);
    expect(deal.claimHolds('revshare-through-2030', '2026-04-27')).toBe(true);
    expect(deal.claimInterval('revshare-through-2030', '2026-01-01')).toEqual({
      from: '2025-01-21',
      until: '2025-10-28',
    });
    expect(deal.claimInterval('revshare-through-2030', TODAY)).toEqual({
      from: '2026-04-27',
      until: null,
    });
    expect(deal.claimInterval('revshare-through-2030', '2024-01-01')).toBeUndefined();
    expect(deal.claimHolds('nope', TODAY)).toBe(false);
    expect(deal.claimInterval('nope', TODAY)).toBeUndefined();
  });

  it('versionForClaim: the latest stating version on or before the page date, else the latest', () => {
    expect(deal.versionForClaim('ip-through-2032', '2025-11-01').id).toBe('ip-2032-exclusive');
    expect(deal.versionForClaim('ip-through-2032', '2026-05-01').id).toBe('ip-2032-nonexclusive');
    expect(deal.versionForClaim('ip-through-2032').id).toBe('ip-2032-nonexclusive');
    expect(deal.versionForClaim('ip-through-2032', '2020-01-01').id).toBe('ip-2032-nonexclusive');
    expect(() => deal.versionForClaim('nope')).toThrow(/nope/);
  });

  it('looks things up by id', () => {
    expect(deal.checkedAsOf).toBe('2026-12-06');
    expect(deal.termOfVersion('stake-32.5')?.id).toBe('ms-stake');
    expect(deal.termOfVersion('nope')).toBeUndefined();
    expect(ids(deal.term('ms-stake')!.versions)).toEqual([
      'profit-49-2023',
      'stake-32.5',
      'stake-27',
    ]);
    expect(deal.claimsOf('ms-stake').map((c) => c.id)).toEqual([
      'profit-75-then-49',
      'stake-32-5',
      'stake-27',
      'stake-worth-135b',
    ]);
    expect(deal.claimsOf('nope')).toEqual([]);
    expect(deal.source('microsoft-next-phase-2026')?.outlet).toBe('Microsoft');
    expect(
      deal.sourcesOf({ sources: ['microsoft-next-phase-2026', 'nope'] }).map((s) => s.id),
    ).toEqual(['microsoft-next-phase-2026']);
    expect(deal.terms()).toHaveLength(17);
  });
});

describe('edge cases on a hand-made base', () => {
  const text = { en: 'x', fr: 'x' };
  const version = (id: string, date: string, supersededBy: string | null): Version => ({
    id,
    date,
    precision: 'day',
    statement: text,
    short: text,
    basis: 'official',
    sources: ['s'],
    supersededBy,
  });
  const base: DealBase = {
    checkedAsOf: '2026-01-01',
    misstatements: [],
    sources: [
      {
        id: 's',
        url: 'https://example.org/',
        title: 't',
        outlet: 'o',
        date: '2020-01-01',
        basis: 'official',
      },
    ],
    terms: [
      {
        id: 'skip',
        kind: 'versioned',
        name: text,
        explanation: text,
        current: 'c',
        // "a" is superseded directly by "c" (skipping "b", which is also superseded by "c").
        versions: [
          version('a', '2020-01-01', 'c'),
          version('b', '2021-01-01', 'c'),
          version('c', '2022-01-01', null),
        ],
      },
    ],
    claims: [
      {
        id: 'gap',
        term: 'skip',
        text,
        short: text,
        holds: [
          { from: '2020-01-01', until: '2021-01-01' },
          { from: '2022-01-01', until: null },
        ],
        basis: 'official',
        sources: ['s'],
        versions: ['a', 'c'],
      },
    ],
  };
  const small = new Deal(parseDealBase(base));

  it('accepts a supersededBy that skips to a later version', () => {
    expect(small.versionInForce('a', '2021-06-01')).toBe(true);
    expect(small.versionInForce('a', '2022-01-01')).toBe(false);
    expect(small.supersession('a')).toMatchObject({ on: '2022-01-01', currentNow: { id: 'c' } });
  });

  it('judges a claim that lapsed and came back', () => {
    expect(
      small.judge({ term: 'skip', claim: 'gap', pageDate: '2021-06-01' }, '2021-06-01'),
    ).toMatchObject({
      status: 'out-of-date',
      version: { id: 'a' },
    });
    expect(
      small.judge({ term: 'skip', claim: 'gap', pageDate: '2021-06-01' }, '2026-01-01').status,
    ).toBe('in-force');
  });
});

describe('todayIso', () => {
  it('is the UTC calendar day', () => {
    expect(todayIso(new Date('2026-11-22T23:30:00-05:00'))).toBe('2026-11-23');
    expect(todayIso(new Date('2026-11-22T00:00:00Z'))).toBe('2026-11-22');
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
