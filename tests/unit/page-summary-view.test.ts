import { describe, expect, it } from 'vitest';
import rawDeal from '@/data/deal.json';
import { Deal, parseDealBase, type Status } from '@/data/deal';
import { bannerText } from '@/overlay/banner';
import { badgeText, summaryView, termsChangedSince } from '@/utils/page-summary-view';
import type { MentionSummary, PageSummary } from '@/utils/summary';

const deal = new Deal(parseDealBase(rawDeal));

let next = 0;
function mention(term: string, status: Status, version: string | null = null): MentionSummary {
  next += 1;
  return { id: `m${next}`, term, version, claim: null, status, text: `text ${next}` };
}
function page(pageDate: string | null, mentions: MentionSummary[]): PageSummary {
  return { pageDate, mentions, outdated: mentions.filter((m) => m.status === 'superseded').length };
}

describe('summaryView', () => {
  const mentions = [
    mention('ms-stake', 'current', 'stake-27'),
    mention('compute-provider', 'superseded', 'exclusive-2019'),
    mention('ms-stake', 'superseded', 'stake-32.5'),
    mention('investment', 'history'),
    mention('compute-provider', 'superseded', 'rofr-2025'),
    mention('agi-clause', 'unknown'),
  ];
  const summary = page('2025-10-30', mentions);

  it('gives one row per term, in page order, with its name, count and first mention', () => {
    const view = summaryView(summary, deal, 'en');
    expect(view.rows.map((r) => [r.term, r.name, r.count, r.firstMention])).toEqual([
      ['ms-stake', "Microsoft's stake in OpenAI", 2, mentions[0]!.id],
      ['compute-provider', "OpenAI's cloud provider", 2, mentions[1]!.id],
      ['investment', "Microsoft's investment in OpenAI", 1, mentions[3]!.id],
      ['agi-clause', 'AGI clause', 1, mentions[5]!.id],
    ]);
    expect(view.mentions).toBe(6);
    expect(view.outdated).toBe(3);
    expect(view.pageDate).toBe('2025-10-30');
    expect(view.checkedAsOf).toBe(deal.checkedAsOf);
  });

  it('heads a row with "out of date" as soon as one statement is, and counts them', () => {
    const rows = summaryView(summary, deal, 'en').rows;
    expect(rows.map((r) => [r.term, r.status, r.outdated])).toEqual([
      ['ms-stake', 'superseded', 1],
      ['compute-provider', 'superseded', 2],
      ['investment', 'history', 0],
      ['agi-clause', 'unknown', 0],
    ]);
    expect(rows[0]!.byStatus).toEqual({ current: 1, superseded: 1, history: 0, wrong: 0, unknown: 0 });
  });

  it('prefers "in force" over history and unclear when nothing is out of date', () => {
    const rows = summaryView(
      page(null, [mention('ip-rights', 'unknown'), mention('ip-rights', 'current')]),
      deal,
      'en',
    ).rows;
    expect(rows[0]).toMatchObject({ status: 'current', count: 2, outdated: 0 });
  });

  it('names terms in French', () => {
    expect(summaryView(summary, deal, 'fr').rows[0]!.name).toBe(
      'Participation de Microsoft dans OpenAI',
    );
  });

  it('falls back to the id for a term the knowledge base lacks', () => {
    const view = summaryView(page(null, [mention('no-such-term', 'unknown')]), deal, 'en');
    expect(view.rows[0]!.name).toBe('no-such-term');
  });

  it('is empty for a page without mentions', () => {
    const view = summaryView(page('2024-01-01', []), deal, 'en');
    expect(view).toMatchObject({ rows: [], mentions: 0, outdated: 0, changedSince: [] });
  });
});

describe('termsChangedSince (the banner count)', () => {
  it('counts distinct terms with a version dated after the page date', () => {
    const summary = page('2025-01-24', [
      mention('compute-provider', 'superseded'),
      mention('compute-provider', 'superseded'),
      mention('stargate', 'current'), // one version, 2025-01-21: unchanged since
      mention('ip-rights', 'superseded'),
    ]);
    expect(termsChangedSince(summary, deal)).toEqual(['compute-provider', 'ip-rights']);
  });

  it('ignores versions dated after today', () => {
    const summary = page('2025-01-24', [mention('compute-provider', 'superseded')]);
    expect(termsChangedSince(summary, deal, '2025-06-01')).toEqual([]);
    expect(termsChangedSince(summary, deal, '2025-10-28')).toEqual(['compute-provider']);
  });

  it('is empty without a page date', () => {
    expect(
      termsChangedSince(page(null, [mention('compute-provider', 'superseded')]), deal),
    ).toEqual([]);
  });
});

describe('bannerText', () => {
  const summary = page('2025-01-24', [
    mention('compute-provider', 'superseded'),
    mention('ip-rights', 'superseded'),
    mention('revenue-share', 'superseded'),
  ]);

  it('says when the article is from and how many terms changed since', () => {
    expect(bannerText(summary, deal, '2026-06-01', 'en')).toBe(
      'This article is from January 2025. 3 deal terms it states have changed since.',
    );
    expect(bannerText(summary, deal, '2026-06-01', 'fr')).toBe(
      'Cet article date de janvier 2025. 3 termes de l’accord qu’il mentionne ont changé depuis.',
    );
  });

  it('uses the singular, and elides "de" before a vowel in French', () => {
    const one = page('2025-04-02', [mention('compute-provider', 'superseded')]);
    expect(bannerText(one, deal, '2025-12-01', 'en')).toBe(
      'This article is from April 2025. 1 deal term it states has changed since.',
    );
    expect(bannerText(one, deal, '2025-12-01', 'fr')).toBe(
      'Cet article date d’avril 2025. 1 terme de l’accord qu’il mentionne a changé depuis.',
    );
  });

  it('says nothing without a page date or when nothing changed', () => {
    expect(bannerText({ ...summary, pageDate: null }, deal, '2026-06-01', 'en')).toBeNull();
    expect(
      bannerText(page('2026-05-01', [mention('ip-rights', 'current')]), deal, '2026-06-01', 'en'),
    ).toBeNull();
  });
});

describe('badgeText', () => {
  it('is the out-of-date count, empty at zero, capped at 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(120)).toBe('99+');
  });
});
