import { describe, expect, it } from 'vitest';
import rawDeal from '@/data/deal.json';
import { Deal, parseDealBase } from '@/data/deal';
import type { DealBase } from '@/data/schema';
import { cardModel, type CardMention } from '@/utils/card-model';
import { shortStatement } from '@/utils/short-statement';
import { datePhrase, formatDate, t, uiLangFrom } from '@/utils/i18n';
import { shippedKnowledge } from '@/utils/shipped-knowledge';

// A small hand-built base, so these tests do not move with data/deal.json. Built as a literal
// (not through parseDealBase) so that it can hold an http source, which the schema rejects,
// to prove the card drops it anyway.
const text = (en: string, fr: string) => ({ en, fr });
const BASE: DealBase = {
  checkedAsOf: '2026-11-22',
  misstatements: [],
  sources: [
    {
      id: 'ms-2019',
      url: 'https://blogs.microsoft.com/2019',
      title: 'Microsoft invests in OpenAI',
      outlet: 'Microsoft',
      date: '2019-07-22',
      basis: 'official',
    },
    {
      id: 'ms-2025-01',
      url: 'https://blogs.microsoft.com/2025-01',
      title: 'Evolving the partnership',
      outlet: 'Microsoft',
      date: '2025-01-21',
      basis: 'official',
    },
    {
      id: 'oa-2025-10',
      url: 'https://openai.com/2025-10',
      title: 'The next chapter',
      outlet: 'OpenAI',
      date: '2025-10-28',
      basis: 'official',
    },
    {
      id: 'oa-2026-04',
      url: 'https://openai.com/2026-04',
      title: 'A simpler partnership',
      outlet: 'OpenAI',
      date: '2026-04-27',
      basis: 'official',
    },
    {
      id: 'press-2023',
      url: 'https://press.example/2023',
      title: 'Microsoft to take 49%',
      outlet: 'Semafor',
      date: '2023-01-09',
      basis: 'reported',
    },
    {
      id: 'plain-http',
      url: 'http://insecure.example/ip',
      title: 'Mirror over http',
      outlet: 'Mirror',
      date: '2025-10-29',
      basis: 'reported',
    },
  ],
  terms: [
    {
      id: 'compute-provider',
      kind: 'versioned',
      name: text("OpenAI's cloud provider", "Fournisseur cloud d'OpenAI"),
      explanation: text('Which cloud runs OpenAI.', 'Quel cloud fait tourner OpenAI.'),
      current: 'primary-2026',
      versions: [
        {
          id: 'exclusive-2019',
          date: '2019-07-22',
          precision: 'day',
          statement: text(
            'Azure is the exclusive cloud provider.',
            'Azure est le fournisseur cloud exclusif.',
          ),
          short: text('exclusive-2019', 'exclusive-2019'),
          basis: 'official',
          sources: ['ms-2019'],
          supersededBy: 'rofr-2025',
        },
        {
          id: 'rofr-2025',
          date: '2025-01-21',
          precision: 'day',
          statement: text(
            'Exclusivity gives way to a right of first refusal; OpenAI may build more capacity.',
            "L'exclusivité laisse place à un droit de premier refus ; OpenAI peut bâtir des capacités.",
          ),
          short: text('rofr-2025', 'rofr-2025'),
          basis: 'official',
          sources: ['ms-2025-01'],
          supersededBy: 'no-rofr-2025',
        },
        {
          id: 'no-rofr-2025',
          date: '2025-10-28',
          precision: 'day',
          statement: text(
            'Microsoft no longer has a right of first refusal.',
            "Microsoft n'a plus de droit de premier refus.",
          ),
          short: text('no-rofr-2025', 'no-rofr-2025'),
          basis: 'official',
          sources: ['oa-2025-10'],
          supersededBy: 'primary-2026',
        },
        {
          id: 'primary-2026',
          date: '2026-04-27',
          precision: 'day',
          statement: text(
            'Azure is the primary cloud; OpenAI may serve all products through any cloud.',
            "Azure est le cloud principal ; OpenAI peut servir tous ses produits via n'importe quel cloud.",
          ),
          short: text('primary-2026', 'primary-2026'),
          basis: 'official',
          sources: ['oa-2026-04'],
          supersededBy: null,
        },
      ],
    },
    {
      id: 'ip-rights',
      kind: 'versioned',
      name: text("Microsoft's rights to OpenAI's IP", "Droits de Microsoft sur la PI d'OpenAI"),
      explanation: text(
        'What Microsoft may do with OpenAI models.',
        "Ce que Microsoft peut faire des modèles d'OpenAI.",
      ),
      current: 'ip-2032-nonexclusive',
      versions: [
        {
          id: 'ip-until-2030',
          date: '2025-01-21',
          precision: 'day',
          statement: text(
            'Microsoft keeps exclusive IP rights through 2030.',
            'Microsoft garde des droits exclusifs de PI jusqu’en 2030.',
          ),
          short: text('ip-until-2030', 'ip-until-2030'),
          basis: 'official',
          sources: ['ms-2025-01'],
          supersededBy: 'ip-2032-exclusive',
        },
        {
          id: 'ip-2032-exclusive',
          date: '2025-10-28',
          precision: 'day',
          statement: text(
            "Microsoft's exclusive IP rights are extended through 2032.",
            'Les droits exclusifs de Microsoft sont prolongés jusqu’en 2032.',
          ),
          short: text('ip-2032-exclusive', 'ip-2032-exclusive'),
          basis: 'official',
          sources: ['oa-2025-10'],
          supersededBy: 'ip-2032-nonexclusive',
          note: text('Consumer hardware is excluded.', 'Le matériel grand public est exclu.'),
        },
        {
          id: 'ip-2032-nonexclusive',
          date: '2026-04-27',
          precision: 'day',
          statement: text(
            'Microsoft keeps a licence through 2032, but it is now non-exclusive.',
            'Microsoft garde une licence jusqu’en 2032, mais elle n’est plus exclusive.',
          ),
          short: text('ip-2032-nonexclusive', 'ip-2032-nonexclusive'),
          basis: 'official',
          sources: ['oa-2026-04'],
          supersededBy: null,
        },
      ],
    },
    {
      id: 'ms-stake',
      kind: 'versioned',
      name: text("Microsoft's stake", 'Participation de Microsoft'),
      explanation: text(
        'How much of OpenAI Microsoft owns.',
        "La part d'OpenAI que détient Microsoft.",
      ),
      current: 'stake-27',
      versions: [
        {
          id: 'profit-49',
          date: '2023-01-01',
          precision: 'month',
          statement: text(
            'Reportedly, Microsoft gets 49% of the for-profit arm.',
            'Selon la presse, Microsoft obtient 49 % de la filiale lucrative.',
          ),
          short: text('profit-49', 'profit-49'),
          basis: 'reported',
          sources: ['press-2023'],
          supersededBy: 'stake-32',
        },
        {
          id: 'stake-32',
          date: '2024-06-01',
          precision: 'month',
          statement: text('Microsoft holds 32.5%.', 'Microsoft détient 32,5 %.'),
          short: text('stake-32', 'stake-32'),
          basis: 'official',
          sources: ['ms-2025-01'],
          supersededBy: 'stake-27',
        },
        {
          id: 'stake-27',
          date: '2025-10-28',
          precision: 'day',
          statement: text('Microsoft holds about 27%.', 'Microsoft détient environ 27 %.'),
          short: text('stake-27', 'stake-27'),
          basis: 'official',
          sources: ['oa-2025-10'],
          supersededBy: null,
        },
      ],
    },
    {
      id: 'investment',
      kind: 'history',
      name: text("Microsoft's investment", 'Investissement de Microsoft'),
      explanation: text('Money Microsoft put in.', 'Les sommes investies par Microsoft.'),
      current: null,
      versions: [
        {
          id: 'inv-2019',
          date: '2019-07-22',
          precision: 'day',
          statement: text(
            'Microsoft invests $1 billion.',
            'Microsoft investit 1 milliard de dollars.',
          ),
          short: text('inv-2019', 'inv-2019'),
          basis: 'official',
          sources: ['ms-2019'],
          supersededBy: null,
        },
        {
          id: 'inv-2021',
          date: '2021-01-01',
          precision: 'year',
          statement: text(
            'Reportedly, about $2 billion more.',
            'Selon la presse, environ 2 milliards de plus.',
          ),
          short: text('inv-2021', 'inv-2021'),
          basis: 'reported',
          sources: ['press-2023'],
          supersededBy: null,
        },
      ],
    },
  ],
  claims: [
    {
      id: 'azure-exclusive',
      term: 'compute-provider',
      text: text(
        'Azure is the exclusive cloud provider.',
        'Azure est le fournisseur cloud exclusif.',
      ),
      short: text('azure-exclusive', 'azure-exclusive'),
      holds: [{ from: '2019-07-22', until: '2025-01-21' }],
      basis: 'official',
      sources: ['ms-2019'],
      versions: ['exclusive-2019'],
    },
    {
      id: 'may-build-elsewhere',
      term: 'compute-provider',
      text: text(
        'OpenAI may buy capacity outside Azure.',
        'OpenAI peut acheter des capacités hors Azure.',
      ),
      short: text('may-build-elsewhere', 'may-build-elsewhere'),
      holds: [{ from: '2025-01-21', until: null }],
      basis: 'official',
      sources: ['ms-2025-01'],
      versions: ['rofr-2025', 'no-rofr-2025', 'primary-2026'],
    },
    {
      id: 'ip-through-2032',
      term: 'ip-rights',
      text: text(
        'Microsoft has IP rights through 2032.',
        'Microsoft a des droits de PI jusqu’en 2032.',
      ),
      short: text('ip-through-2032', 'ip-through-2032'),
      holds: [{ from: '2025-10-28', until: null }],
      basis: 'official',
      sources: ['oa-2025-10', 'plain-http'],
      versions: ['ip-2032-exclusive', 'ip-2032-nonexclusive'],
    },
    // Outlived the version that first stated it: the claim ends 2026-04-27, its first version 2025-10-28.
    {
      id: 'ip-exclusive',
      term: 'ip-rights',
      text: text(
        "Microsoft's IP rights are exclusive.",
        'Les droits de PI de Microsoft sont exclusifs.',
      ),
      short: text('ip-exclusive', 'ip-exclusive'),
      holds: [{ from: '2025-01-21', until: '2026-04-27' }],
      basis: 'official',
      sources: ['ms-2025-01'],
      versions: ['ip-until-2030', 'ip-2032-exclusive'],
    },
  ],
};

const deal = new Deal(BASE);
const TODAY = '2026-11-22';
const mention = (m: Partial<CardMention> & Pick<CardMention, 'term' | 'status'>): CardMention => ({
  version: null,
  claim: null,
  text: 'the words',
  ...m,
});

describe('cardModel: status labels', () => {
  it('says "In force" when the statement holds and nothing changed since the page', () => {
    const model = cardModel(
      deal,
      mention({ term: 'compute-provider', version: 'primary-2026', status: 'in-force' }),
      '2026-05-02',
      TODAY,
      'en',
    );
    expect(model.status).toEqual({
      kind: 'in-force',
      label: 'In force',
      detail: 'This still holds today.',
    });
    expect(model.said.text).toBe(
      'Azure is the primary cloud; OpenAI may serve all products through any cloud.',
    );
    expect(model.said.date).toBe('Stated on 27 April 2026');
    expect(model.now).toBeNull();
    expect(model.term.name).toBe("OpenAI's cloud provider");
  });

  it('says "In force", and that the term changed since, for a claim that still holds under a newer version', () => {
    // A 2025-11 article: "IP rights through 2032" is still true, but the licence became non-exclusive.
    const model = cardModel(
      deal,
      mention({ term: 'ip-rights', claim: 'ip-through-2032', status: 'in-force' }),
      '2025-11-02',
      TODAY,
      'en',
    );
    expect(model.status.kind).toBe('in-force');
    expect(model.status.label).toBe('In force');
    expect(model.status.detail).toBe(
      'Still true, but the term changed on 27 April 2026: Microsoft keeps a licence through 2032, but it is now non-exclusive.',
    );
    expect(model.said.text).toBe('Microsoft has IP rights through 2032.');
    expect(model.said.date).toBe('Stated on 28 October 2025');
    expect(model.note).toBe('Consumer hardware is excluded.');
    const flags = model.timeline.map((e) => [e.id, e.stated, e.inForce]);
    expect(flags).toEqual([
      ['ip-until-2030', false, false],
      ['ip-2032-exclusive', true, false],
      ['ip-2032-nonexclusive', false, true],
    ]);
    expect(model.summary).toContain(
      "Microsoft's rights to OpenAI's IP: In force. Still true, but the term changed on 27 April 2026",
    );
  });

  it('counts several changes since the article and names the latest', () => {
    const model = cardModel(
      deal,
      mention({ term: 'compute-provider', claim: 'may-build-elsewhere', status: 'in-force' }),
      '2025-02-10',
      TODAY,
      'en',
    );
    expect(model.status.kind).toBe('in-force');
    expect(model.status.detail).toBe(
      'Still true, but the term changed 2 times since; the latest, on 27 April 2026: Azure is the primary cloud; OpenAI may serve all products through any cloud.',
    );
  });

  it('without a page date, counts changes from the stated version', () => {
    const latest = cardModel(
      deal,
      mention({ term: 'ip-rights', claim: 'ip-through-2032', status: 'in-force' }),
      null,
      TODAY,
      'en',
    );
    expect(latest.status.kind).toBe('in-force'); // the claim's latest version is today's
    const older = cardModel(
      deal,
      mention({
        term: 'compute-provider',
        version: 'no-rofr-2025',
        claim: 'may-build-elsewhere',
        status: 'in-force',
      }),
      null,
      TODAY,
      'en',
    );
    expect(older.status.kind).toBe('in-force');
    expect(older.status.detail).toMatch(/^Still true, but the term changed on 27 April 2026/);
  });

  it('never counts the stated version itself as a change, even with a page date before it', () => {
    const model = cardModel(
      deal,
      mention({ term: 'compute-provider', version: 'primary-2026', status: 'in-force' }),
      '2024-01-01',
      TODAY,
      'en',
    );
    expect(model.status.kind).toBe('in-force');
  });

  it.each([
    [
      'on or days before the page changed around its publication',
      '2025-01-23',
      'Changed around this article',
      'No longer true since 21 January 2025, around when this article was published: it was likely written before the change.',
    ],
    [
      'months before a page (dated by an earlier year) changed since, not around, it',
      '2025-06-01',
      'Changed since this article',
      'True when this article was published; no longer true since 21 January 2025.',
    ],
  ])('says a claim that ended %s', (_, pageDate, label, detail) => {
    const model = cardModel(
      deal,
      mention({ term: 'compute-provider', claim: 'azure-exclusive', status: 'changed' }),
      pageDate,
      TODAY,
      'en',
    );
    expect(model.status).toEqual({ kind: 'changed', label, detail });
  });

  it('dates a superseded claim by the end of its last interval', () => {
    const model = cardModel(
      deal,
      mention({ term: 'compute-provider', claim: 'azure-exclusive', status: 'changed' }),
      '2020-03-01',
      TODAY,
      'en',
    );
    expect(model.status).toEqual({
      kind: 'changed',
      label: 'Changed since this article',
      detail: 'True when this article was published; no longer true since 21 January 2025.',
    });
    expect(model.now).toEqual({
      statement: 'Azure is the primary cloud; OpenAI may serve all products through any cloud.',
      short: 'Azure is the primary cloud…',
      since: 'In force since 27 April 2026',
      basis: 'official',
      basisLabel: 'official',
    });
    expect(model.summary).toBe(
      "OpenAI's cloud provider: Changed since this article. True when this article was published; no longer true since 21 January 2025. Today: Azure is the primary cloud; OpenAI may serve all products through any cloud.",
    );
  });

  it('gives a correction to copy, with what holds today and an official source, for what is not true today only', () => {
    const changed = cardModel(
      deal,
      mention({
        term: 'compute-provider',
        claim: 'azure-exclusive',
        status: 'changed',
        text: 'Azure  is the exclusive cloud',
      }),
      '2020-03-01',
      TODAY,
      'en',
    );
    expect(changed.answerSource?.basis).toBe('official');
    const lines = changed.correction!.split('\n');
    expect(lines[0]).toBe(
      '“Azure is the exclusive cloud” — Changed since this article. True when this article was published; no longer true since 21 January 2025.',
    );
    expect(lines[1]).toBe(
      'Today: Azure is the primary cloud; OpenAI may serve all products through any cloud. (In force since 27 April 2026).',
    );
    expect(lines[2]).toBe(
      `Source: ${changed.answerSource!.title}, ${changed.answerSource!.outlet}, ${changed.answerSource!.url}`,
    );
    // The source cited answers for what holds today.
    expect(changed.sources.at(-1)!.sources.map((s) => s.id)).toContain(changed.answerSource!.id);

    const holds = cardModel(
      deal,
      mention({ term: 'ms-stake', claim: 'stake-27', status: 'in-force' }),
      '2025-11-01',
      TODAY,
      'en',
    );
    expect(holds.correction).toBeNull();
    expect(holds.answerSource).not.toBeNull();
  });

  it('lists official sources before reported ones in each group', () => {
    // Claims of the shipped base whose sources mix official posts and press reports, listed in
    // reverse: reports first.
    const base = parseDealBase(rawDeal);
    const shipped = new Deal({
      ...base,
      claims: base.claims.map((c) => ({ ...c, sources: [...c.sources].reverse() })),
      terms: base.terms.map((term) => ({
        ...term,
        versions: term.versions.map((v) => ({ ...v, sources: [...v.sources].reverse() })),
      })),
    });
    for (const [term, claim] of [
      ['compute-provider', 'ms-no-rofr'],
      ['ip-rights', 'ip-exclusive'],
      ['ip-rights', 'ip-through-2030'],
    ] as const) {
      const model = cardModel(
        shipped,
        mention({ term, claim, status: 'changed' }),
        '2020-01-01',
        TODAY,
        'en',
      );
      expect(new Set(model.sources.flatMap((g) => g.sources.map((s) => s.basis))).size, claim).toBe(
        2,
      );
      for (const group of model.sources) {
        const bases = group.sources.map((s) => s.basis);
        expect(bases, `${claim}: ${group.heading}`).toEqual(
          [...bases].sort((a, b) => Number(b === 'official') - Number(a === 'official')),
        );
      }
    }
  });

  it('uses the claim interval, not the version chain, when they differ', () => {
    // Stated by ip-until-2030 (replaced 2025-10-28), but exclusivity itself lasted to 2026-04-27.
    const model = cardModel(
      deal,
      mention({ term: 'ip-rights', claim: 'ip-exclusive', status: 'changed' }),
      '2025-03-01',
      TODAY,
      'en',
    );
    expect(model.timeline.find((e) => e.stated)?.id).toBe('ip-until-2030');
    expect(model.status.detail).toBe(
      'True when this article was published; no longer true since 27 April 2026.',
    );
  });

  it("dates a superseded version by its successor's date, with the successor's precision", () => {
    const byDay = cardModel(
      deal,
      mention({ term: 'compute-provider', version: 'rofr-2025', status: 'out-of-date' }),
      null,
      TODAY,
      'en',
    );
    expect(byDay.status).toMatchObject({
      label: 'Out of date',
      detail: 'No longer true since 28 October 2025.',
    });
    const byMonth = cardModel(
      deal,
      mention({ term: 'ms-stake', version: 'profit-49', status: 'out-of-date' }),
      null,
      TODAY,
      'en',
    );
    expect(byMonth.status.detail).toBe('No longer true since June 2024.');
    expect(byMonth.said).toMatchObject({
      date: 'Stated in January 2023',
      basis: 'reported',
      basisLabel: 'reported',
    });
    expect(byMonth.timeline[0]).toMatchObject({
      date: 'January 2023',
      basis: 'reported',
      basisLabel: 'reported',
    });
  });

  it('says a claim told as the past is history, correctly, and never states it as the present', () => {
    // "Rather than the exclusive access Microsoft used to have…", on the day exclusivity ended.
    const model = cardModel(
      deal,
      mention({ term: 'ip-rights', claim: 'ip-exclusive', status: 'history' }),
      '2026-04-27',
      TODAY,
      'en',
    );
    expect(model.status).toEqual({
      kind: 'history',
      label: 'History',
      detail: 'Stated as the past — correct. It stopped holding on 27 April 2026.',
    });
    expect(model.said.text).toMatch(/^Formerly: /);
    expect(model.correction).toBeNull();
    const fr = cardModel(
      deal,
      mention({ term: 'ip-rights', claim: 'ip-exclusive', status: 'history' }),
      '2026-04-27',
      TODAY,
      'fr',
    );
    expect(fr.status.detail).toBe(
      'Présenté comme du passé — exact. Cela a cessé de valoir le 27 avril 2026.',
    );
    expect(fr.said.text).toMatch(/^Auparavant\u00a0: /);
  });

  it('labels cumulative facts "History", with nothing in force and no "today" section', () => {
    const model = cardModel(
      deal,
      mention({ term: 'investment', version: 'inv-2019', status: 'history' }),
      '2020-01-01',
      TODAY,
      'en',
    );
    expect(model.status).toEqual({
      kind: 'history',
      label: 'History',
      detail: 'A past fact: it stays true and is never superseded.',
    });
    expect(model.now).toBeNull();
    expect(model.timeline.some((e) => e.inForce)).toBe(false);
    expect(model.timeline[1]).toMatchObject({ date: '2021', stated: false });
    expect(model.sources.map((g) => g.heading)).toEqual(['Sources']);
  });

  it('says "Version unclear" when the passage only names the term, and gives what holds today', () => {
    const model = cardModel(
      deal,
      mention({ term: 'compute-provider', status: 'unclear' }),
      null,
      TODAY,
      'en',
    );
    expect(model.status).toEqual({ kind: 'unclear', label: 'Version unclear', detail: null });
    expect(model.said.text).toBe(
      'The passage names this term without saying which version it means.',
    );
    expect(model.said.date).toBeNull();
    expect(model.now).toMatchObject({ since: 'In force since 27 April 2026' });
    expect(model.timeline.every((e) => !e.stated)).toBe(true);
    expect(model.sources).toEqual([
      expect.objectContaining({ heading: 'Sources for what holds today' }),
    ]);
  });

  it('survives a term the base does not know', () => {
    const model = cardModel(
      deal,
      mention({ term: 'no-such-term', status: 'in-force' }),
      null,
      TODAY,
      'en',
    );
    expect(model.status.kind).toBe('unclear');
    expect(model.term.name).toBe('Unknown deal term');
    expect(model.timeline).toEqual([]);
    expect(model.sources).toEqual([]);
  });
});

describe('cardModel: sources and the rest', () => {
  it('links only https sources, for the stated claim and for what holds today', () => {
    const model = cardModel(
      deal,
      mention({ term: 'ip-rights', claim: 'ip-through-2032', status: 'in-force' }),
      '2025-11-02',
      TODAY,
      'en',
    );
    const urls = model.sources.flatMap((g) => g.sources.map((s) => s.url));
    expect(urls).toEqual(['https://openai.com/2025-10', 'https://openai.com/2026-04']);
    expect(urls.every((u) => u.startsWith('https://'))).toBe(true);
    expect(model.sources.map((g) => g.heading)).toEqual([
      'Sources for what this passage says',
      'Sources for what holds today',
    ]);
    expect(model.sources[0]!.sources[0]).toEqual({
      id: 'oa-2025-10',
      title: 'The next chapter',
      outlet: 'OpenAI',
      date: '28 October 2025',
      url: 'https://openai.com/2025-10',
      basis: 'official',
      basisLabel: 'official',
    });
  });

  it('gives one source group when the stated version is today’s', () => {
    const model = cardModel(
      deal,
      mention({ term: 'compute-provider', version: 'primary-2026', status: 'in-force' }),
      null,
      TODAY,
      'en',
    );
    expect(model.sources).toHaveLength(1);
    expect(model.sources[0]!.heading).toBe('Sources');
  });

  it('says when the facts were checked and keeps the quote tidy', () => {
    const model = cardModel(
      deal,
      mention({
        term: 'compute-provider',
        version: 'primary-2026',
        status: 'in-force',
        text: '  primary\n  cloud ',
      }),
      null,
      TODAY,
      'en',
    );
    expect(model.checked).toBe('Facts checked as of 22 November 2026');
    expect(model.quote).toBe('primary cloud');
  });

  it('shortens timeline statements to their first clause, keeping the full text', () => {
    const model = cardModel(
      deal,
      mention({ term: 'compute-provider', status: 'unclear' }),
      null,
      TODAY,
      'en',
    );
    expect(model.timeline[1]).toMatchObject({
      statement: 'Exclusivity gives way to a right of first refusal…',
      full: 'Exclusivity gives way to a right of first refusal; OpenAI may build more capacity.',
    });
    expect(model.timeline[0]).toMatchObject({
      statement: 'Azure is the exclusive cloud provider.',
      full: null,
    });
  });
});

describe('cardModel in French', () => {
  it('gives every knowledge-base text and label in French', () => {
    const model = cardModel(
      deal,
      mention({ term: 'ip-rights', claim: 'ip-through-2032', status: 'in-force' }),
      '2025-11-02',
      TODAY,
      'fr',
    );
    expect(model.lang).toBe('fr');
    expect(model.term.name).toBe("Droits de Microsoft sur la PI d'OpenAI");
    expect(model.status.label).toBe('En vigueur');
    expect(model.status.detail).toBe(
      'Toujours vrai, mais le terme a changé le 27 avril 2026\u00a0: Microsoft garde une licence jusqu’en 2032, mais elle n’est plus exclusive.',
    );
    expect(model.said.text).toBe('Microsoft a des droits de PI jusqu’en 2032.');
    expect(model.said.date).toBe('Annoncé le 28 octobre 2025');
    expect(model.note).toBe('Le matériel grand public est exclu.');
    expect(model.timeline[2]!.date).toBe('27 avril 2026');
    expect(model.sources[0]!.sources[0]!.date).toBe('28 octobre 2025');
    expect(model.checked).toBe('Faits vérifiés au 22 novembre 2026');
  });

  it('dates supersession, today’s version and reported items in French', () => {
    const claim = cardModel(
      deal,
      mention({ term: 'compute-provider', claim: 'azure-exclusive', status: 'changed' }),
      '2020-03-01',
      TODAY,
      'fr',
    );
    expect(claim.status).toMatchObject({
      label: 'Modifié depuis cet article',
      detail: 'Vrai à la publication de cet article\u00a0; plus vrai depuis le 21 janvier 2025.',
    });
    expect(claim.now).toMatchObject({
      statement:
        "Azure est le cloud principal ; OpenAI peut servir tous ses produits via n'importe quel cloud.",
      since: 'En vigueur depuis le 27 avril 2026',
    });
    const stake = cardModel(
      deal,
      mention({ term: 'ms-stake', version: 'profit-49', status: 'out-of-date' }),
      null,
      TODAY,
      'fr',
    );
    expect(stake.status).toMatchObject({ label: 'Dépassé', detail: 'Plus vrai depuis juin 2024.' });
    expect(stake.said).toMatchObject({
      date: 'Annoncé en janvier 2023',
      basisLabel: 'non confirmé',
    });
    const unclear = cardModel(
      deal,
      mention({ term: 'investment', status: 'unclear' }),
      null,
      TODAY,
      'fr',
    );
    expect(unclear.status.label).toBe('Version incertaine');
    const history = cardModel(
      deal,
      mention({ term: 'investment', version: 'inv-2019', status: 'history' }),
      null,
      TODAY,
      'fr',
    );
    expect(history.status.label).toBe('Historique');
  });
});

describe('i18n', () => {
  it('picks French for any fr* browser language, else English', () => {
    expect(uiLangFrom('fr')).toBe('fr');
    expect(uiLangFrom('fr-CA')).toBe('fr');
    expect(uiLangFrom('FR-fr')).toBe('fr');
    expect(uiLangFrom('en-GB')).toBe('en');
    expect(uiLangFrom('de-DE')).toBe('en');
    expect(uiLangFrom('fry')).toBe('en'); // Western Frisian is not French
    expect(uiLangFrom('')).toBe('en');
  });

  it('formats dates without Intl, to day, month or year', () => {
    expect(formatDate('2026-04-27', 'en')).toBe('27 April 2026');
    expect(formatDate('2026-04-27', 'fr')).toBe('27 avril 2026');
    expect(formatDate('2026-01-01', 'fr')).toBe('1er janvier 2026');
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatDate('2023-01-01', 'en', 'month')).toBe('January 2023');
    expect(formatDate('2023-08-01', 'fr', 'month')).toBe('août 2023');
    expect(formatDate('2019-01-01', 'fr', 'year')).toBe('2019');
    expect(formatDate('2026-04-27T10:00:00Z', 'en')).toBe('27 April 2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(datePhrase('on', '2023-01-01', 'fr', 'month')).toBe('en janvier 2023');
    expect(datePhrase('since', '2023-01-01', 'fr', 'month')).toBe('depuis janvier 2023');
  });

  it('fills placeholders and leaves unknown ones alone', () => {
    expect(t('en', 'checked', { date: 'today' })).toBe('Facts checked as of today');
    expect(t('en', 'checked')).toBe('Facts checked as of {date}');
    expect(t('fr', 'mark.label', { text: 'droits', status: 'En vigueur' })).toBe(
      'droits — Deal Lens\u00a0: En vigueur',
    );
  });

  it('shortens long statements at a word boundary', () => {
    const long = 'Microsoft '.repeat(20).trim();
    const short = shortStatement(long);
    expect(short.length).toBeLessThanOrEqual(111);
    expect(short.endsWith('Microsoft…')).toBe(true);
    expect(
      shortStatement('Restated: as the exclusive cloud provider, Azure runs everything.'),
    ).toBe('Restated: as the exclusive cloud provider, Azure runs everything.');
  });
});

describe('a claim that never held', () => {
  const { deal } = shippedKnowledge();
  const mention = {
    term: 'agi-clause',
    version: null,
    claim: 'panel-declares-agi',
    status: 'wrong' as const,
    text: 'an independent expert panel will determine when AGI',
  };

  it('says so, gives what is true instead with its date, and its official sources', () => {
    for (const lang of ['en', 'fr'] as const) {
      const model = cardModel(deal, mention, '2025-10-30', '2026-12-06', lang);
      expect(model.status.kind).toBe('wrong');
      expect(model.said.text).toBe(deal.misstatement('panel-declares-agi')!.says[lang]);
      expect(model.now).toMatchObject({ statement: deal.claim('panel-verifies-agi')!.text[lang] });
      expect(model.now && 'since' in model.now ? model.now.since : '').toMatch(/2025/);
      const urls = model.sources.flatMap((g) => g.sources.map((s) => s.url));
      expect(urls).toContain(
        'https://openai.com/index/next-chapter-of-microsoft-openai-partnership/',
      );
    }
  });
});
