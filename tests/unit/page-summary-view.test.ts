import { describe, expect, it } from 'vitest';
import rawDeal from '@/data/deal.json';
import { Deal, needsCorrection, parseDealBase, type Status } from '@/data/deal';
import { bannerText } from '@/overlay/banner';
import { badgeText, nextNotTrue, summaryView } from '@/utils/page-summary-view';
import type { MentionSummary, PageSummary } from '@/utils/summary';

const deal = new Deal(parseDealBase(rawDeal));

let next = 0;
function mention(term: string, status: Status, version: string | null = null): MentionSummary {
  next += 1;
  return { id: `m${next}`, term, version, claim: null, status, text: `text ${next}` };
}
function page(pageDate: string | null, mentions: MentionSummary[]): PageSummary {
  return { pageDate, mentions, outdated: mentions.filter((m) => needsCorrection(m.status)).length };
}

describe('summaryView', () => {
  const mentions = [
    mention('ms-stake', 'in-force', 'stake-27'),
    mention('compute-provider', 'changed', 'exclusive-2019'),
    mention('ms-stake', 'changed', 'stake-32.5'),
    mention('investment', 'history'),
    mention('compute-provider', 'changed', 'rofr-2025'),
    mention('agi-clause', 'unclear'),
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
      ['ms-stake', 'changed', 1],
      ['compute-provider', 'changed', 2],
      ['investment', 'history', 0],
      ['agi-clause', 'unclear', 0],
    ]);
    expect(rows[0]!.byStatus).toEqual({
      'in-force': 1,
      changed: 1,
      'out-of-date': 0,
      history: 0,
      wrong: 0,
      unclear: 0,
    });
  });

  it('prefers "in force" over history and unclear when nothing is out of date', () => {
    const rows = summaryView(
      page(null, [mention('ip-rights', 'unclear'), mention('ip-rights', 'in-force')]),
      deal,
      'en',
    ).rows;
    expect(rows[0]).toMatchObject({ status: 'in-force', count: 2, outdated: 0 });
  });

  it('names terms in French', () => {
    expect(summaryView(summary, deal, 'fr').rows[0]!.name).toBe(
      'Participation de Microsoft dans OpenAI',
    );
  });

  it('falls back to the id for a term the knowledge base lacks', () => {
    const view = summaryView(page(null, [mention('no-such-term', 'unclear')]), deal, 'en');
    expect(view.rows[0]!.name).toBe('no-such-term');
  });

  it('is empty for a page without mentions', () => {
    const view = summaryView(page('2024-01-01', []), deal, 'en');
    expect(view).toMatchObject({ rows: [], mentions: 0, outdated: 0 });
  });
});

describe('bannerText', () => {
  const summary = page('2025-01-24', [
    mention('compute-provider', 'changed'),
    mention('ip-rights', 'out-of-date'),
    mention('revenue-share', 'wrong'),
    mention('stargate', 'in-force'),
  ]);

  it('says when the article is from and how many of its statements are not true today, as the badge counts them', () => {
    expect(summary.outdated).toBe(3);
    expect(bannerText(summary, 'en')).toBe(
      'This article is from January 2025: 3 of its deal statements are not true today.',
    );
    expect(bannerText(summary, 'fr')).toBe(
      'Cet article date de janvier 2025\u00a0: 3 de ses affirmations sur l’accord ne sont pas exactes aujourd’hui.',
    );
  });

  it('uses the singular, and elides "de" before a vowel in French', () => {
    const one = page('2025-04-02', [mention('compute-provider', 'changed')]);
    expect(bannerText(one, 'en')).toBe(
      'This article is from April 2025: 1 of its deal statements is not true today.',
    );
    expect(bannerText(one, 'fr')).toBe(
      'Cet article date d’avril 2025\u00a0: 1 de ses affirmations sur l’accord n’est pas exacte aujourd’hui.',
    );
  });

  it('leaves out the month without a page date, and says nothing when every statement holds', () => {
    expect(bannerText({ ...summary, pageDate: null }, 'en')).toBe(
      '3 of its deal statements are not true today.',
    );
    expect(
      bannerText(
        page('2026-05-01', [mention('ip-rights', 'in-force'), mention('investment', 'history')]),
        'en',
      ),
    ).toBeNull();
  });
});

describe('what changed, on a row', () => {
  it('says what the page says and what holds today, for the first statement not true today', () => {
    const stale = { ...mention('ms-stake', 'changed'), claim: 'stake-32-5' };
    const view = summaryView(
      page('2024-06-01', [mention('ms-stake', 'in-force', 'stake-27'), stale]),
      deal,
      'en',
    );
    // In the few words the data gives each claim and version, not a cut sentence.
    expect(view.rows[0]!.change).toEqual({ page: '32.5%', today: 'about 27%' });
    expect(summaryView(page(null, [stale]), deal, 'fr').rows[0]!.change).toEqual({
      page: '32,5\u00a0%',
      today: 'environ 27\u00a0%',
    });
    const cloud = { ...mention('compute-provider', 'changed'), claim: 'azure-exclusive-cloud' };
    expect(summaryView(page(null, [cloud]), deal, 'en').rows[0]!.change).toEqual({
      page: 'exclusive cloud',
      today: 'any cloud, Azure first',
    });
    // A row whose statements all hold has none.
    expect(
      summaryView(page(null, [mention('ms-stake', 'in-force', 'stake-27')]), deal, 'en').rows[0]!
        .change,
    ).toBeNull();
  });

  it('gives, for a statement that never held, the claim true instead', () => {
    const wrong = { ...mention('investment', 'wrong'), claim: 'invest-10b-in-2019' };
    const change = summaryView(page(null, [wrong]), deal, 'en').rows[0]!.change!;
    expect(change).toEqual({ page: '$10 billion in 2019', today: '$1 billion in 2019' });
  });
});

describe('nextNotTrue', () => {
  it('walks the statements not true today in page order, round and round', () => {
    const ms = [
      mention('ms-stake', 'in-force'),
      mention('ip-rights', 'changed'),
      mention('revenue-share', 'wrong'),
      mention('investment', 'history'),
    ];
    expect(nextNotTrue(ms, null)).toBe(ms[1]!.id);
    expect(nextNotTrue(ms, ms[1]!.id)).toBe(ms[2]!.id);
    expect(nextNotTrue(ms, ms[2]!.id)).toBe(ms[1]!.id);
    expect(nextNotTrue([ms[0]!, ms[3]!], null)).toBeNull();
    // Backwards: from the last, round to the first.
    expect(nextNotTrue(ms, null, -1)).toBe(ms[2]!.id);
    expect(nextNotTrue(ms, ms[2]!.id, -1)).toBe(ms[1]!.id);
    expect(nextNotTrue(ms, ms[1]!.id, -1)).toBe(ms[2]!.id);
  });
});

describe('badgeText', () => {
  it('is the out-of-date count, empty at zero, capped at 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(120)).toBe('99+');
  });
});
