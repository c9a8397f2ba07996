/**
 * The shipped knowledge base (data/deal.json) against the project's fact sheet (its ids and
 * dates, copied below on purpose: renaming or dropping an id the sheet names must fail here;
 * docs/facts.md is the readable copy generated from the data), and the checks that must catch a
 * broken base.
 */
import { describe, expect, it } from 'vitest';
import dealJson from '@/data/deal.json';
import { Deal, DealBaseError, integrityProblems, parseDealBase } from '@/data/deal';
import type { DealBase, Text } from '@/data/schema';

const base = parseDealBase(dealJson);
const deal = new Deal(base);
const allVersions = base.terms.flatMap((t) => t.versions);

/** Term ids of the fact sheet sections 1–10. */
const TERM_IDS = [
  'compute-provider',
  'api-exclusivity',
  'ip-rights',
  'research-ip',
  'revenue-share',
  'agi-clause',
  'ms-stake',
  'investment',
  'openai-structure',
  'azure-commitment',
  'third-party-products',
  'ms-independent-agi',
  'open-weights',
  'national-security',
  'frontier-partner',
  'stargate',
  'board-observer',
];

/** Version ids of the fact sheet, per term. */
const VERSION_IDS: Record<string, string[]> = {
  'compute-provider': [
    'exclusive-2019',
    'exclusive-2023',
    'rofr-2025',
    'no-rofr-2025',
    'primary-2026',
  ],
  'api-exclusivity': [
    'api-azure-2023',
    'api-until-2030',
    'api-until-agi',
    'stateless-api-2026-02',
    'any-cloud-2026',
  ],
  'ip-rights': [
    'preferred-partner-2019',
    'gpt3-exclusive-2020',
    'ip-until-2030',
    'ip-2032-exclusive',
    'ip-2032-nonexclusive',
  ],
  'revenue-share': ['revshare-until-2030', 'revshare-until-agi', 'revshare-capped-2026'],
  'agi-clause': [
    'board-declares',
    'agi-100b-definition',
    'expert-panel-2025',
    'agi-decoupled-2026',
  ],
  'ms-stake': ['profit-49-2023', 'stake-32.5', 'stake-27'],
  'openai-structure': ['capped-profit', 'pbc-2025'],
};

/** The version in force today, as the fact sheet marks it ("current"). */
const CURRENT: Record<string, string> = {
  'compute-provider': 'primary-2026',
  'api-exclusivity': 'any-cloud-2026',
  'ip-rights': 'ip-2032-nonexclusive',
  'revenue-share': 'revshare-capped-2026',
  'agi-clause': 'agi-decoupled-2026',
  'ms-stake': 'stake-27',
  'openai-structure': 'pbc-2025',
};

/** One claim per row of the fact sheet's claims table, and the claim-like facts of §9–10. */
const CLAIM_IDS = [
  'azure-exclusive-cloud',
  'ms-has-rofr',
  'openai-may-use-other-compute',
  'ms-no-rofr',
  'azure-primary-ships-first',
  'any-cloud-all-products',
  'api-exclusive-azure',
  'api-exclusive-through-2030',
  'api-exclusive-until-agi',
  'stateless-api-on-azure',
  'natsec-api-any-cloud',
  'ip-exclusive',
  'ip-through-2030',
  'ip-through-2032',
  'ip-includes-post-agi',
  'ip-excludes-consumer-hardware',
  'ip-nonexclusive',
  'research-ip-until-agi-or-2030',
  'revshare-both-ways',
  'revshare-until-agi',
  'revshare-about-20-percent',
  'revshare-through-2030',
  'ms-stops-paying-revshare',
  'revshare-capped',
  'revshare-cap-38b',
  'board-declares-agi',
  'agi-100b-profits',
  'panel-verifies-agi',
  'payments-independent-of-agi',
  'ms-may-pursue-agi',
  'profit-75-then-49',
  'stake-32-5',
  'stake-27',
  'stake-worth-135b',
  'capped-profit',
  'openai-group-pbc',
  'azure-250b',
  'third-party-api-azure-exclusive',
  'third-party-joint-products',
  'open-weights-allowed',
  'board-observer-seat',
  'stargate-500b',
  'stargate-100b-immediately',
  'ms-not-stargate-equity',
  'microsoft-frontier-partner',
];

/** Every Text in the base, with a label naming where it is. */
function texts(b: DealBase): [string, Text][] {
  const out: [string, Text][] = [];
  for (const t of b.terms) {
    out.push([`${t.id}.name`, t.name], [`${t.id}.explanation`, t.explanation]);
    for (const x of t.versions) {
      out.push([`${x.id}.statement`, x.statement]);
      if (x.note) out.push([`${x.id}.note`, x.note]);
    }
  }
  for (const c of b.claims) out.push([`${c.id}.text`, c.text]);
  return out;
}

/** A fresh, independent copy of the shipped base to break. */
function copy(): DealBase {
  return structuredClone(base);
}

function versionOf(b: DealBase, id: string) {
  const found = b.terms.flatMap((t) => t.versions).find((x) => x.id === id);
  if (!found) throw new Error(`no version ${id}`);
  return found;
}

function termOf(b: DealBase, id: string) {
  const found = b.terms.find((t) => t.id === id);
  if (!found) throw new Error(`no term ${id}`);
  return found;
}

describe('the shipped deal.json', () => {
  it('parses with no schema or integrity problem', () => {
    expect(() => parseDealBase(dealJson)).not.toThrow();
    expect(integrityProblems(base)).toEqual([]);
  });

  it('writes French with the typographic apostrophe, as the interface does', () => {
    const straight: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'fr' && typeof inner === 'string' && inner.includes("'"))
            straight.push(inner);
          else walk(inner);
        }
      }
    };
    walk(dealJson);
    expect(straight).toEqual([]);
  });

  it('was checked as of 2026-12-06', () => {
    expect(base.checkedAsOf).toBe('2026-12-06');
  });

  it('has every term of the fact sheet, and no other', () => {
    expect(base.terms.map((t) => t.id).sort()).toEqual([...TERM_IDS].sort());
  });

  it('has every version id the fact sheet names, under its term, in the doc order', () => {
    for (const [termId, ids] of Object.entries(VERSION_IDS)) {
      const versions = deal.term(termId)?.versions.map((x) => x.id);
      expect(versions, termId).toEqual(ids);
    }
  });

  it('has the versions the brief asked for where the doc gives no id', () => {
    const expected: Record<string, string[]> = {
      investment: [
        'investment-2019-1b',
        'investment-2021-2b',
        'investment-2023-10b',
        'investment-total-13b',
      ],
      'research-ip': ['research-ip-2025'],
      'azure-commitment': ['azure-commitment-2025-01', 'azure-250b-2025'],
      'third-party-products': ['third-party-2025', 'third-party-any-cloud-2026'],
      'ms-independent-agi': ['ms-agi-allowed-2025'],
      'open-weights': ['open-weights-2025'],
      'national-security': ['natsec-any-cloud-2025'],
      'frontier-partner': ['frontier-partner-2025'],
      stargate: ['stargate-2025'],
      'board-observer': ['observer-2023', 'no-observer-2024'],
    };
    for (const [termId, ids] of Object.entries(expected)) {
      expect(
        deal.term(termId)?.versions.map((x) => x.id),
        termId,
      ).toEqual(ids);
    }
  });

  it('has a claim for every row of the claims table', () => {
    for (const id of CLAIM_IDS) expect(deal.claim(id), id).toBeDefined();
  });

  it('gives the kinds the doc gives', () => {
    expect(deal.term('investment')?.kind).toBe('history');
    expect(deal.term('stargate')?.kind).toBe('context');
    expect(deal.term('board-observer')?.kind).toBe('context');
    const others = base.terms.filter(
      (t) => !['investment', 'stargate', 'board-observer'].includes(t.id),
    );
    for (const t of others) expect(t.kind, t.id).toBe('versioned');
  });

  it('cites at least one https source for every version and claim', () => {
    for (const item of [...allVersions, ...base.claims]) {
      const sources = deal.sourcesOf(item);
      expect(sources.length, item.id).toBeGreaterThan(0);
      expect(sources.length, item.id).toBe(item.sources.length);
      for (const s of sources) expect(s.url, `${item.id} → ${s.id}`).toMatch(/^https:\/\//);
    }
  });

  it('backs official items with an official source and reported ones with a reported source', () => {
    for (const item of [...allVersions, ...base.claims]) {
      const bases = deal.sourcesOf(item).map((s) => s.basis);
      expect(bases, `${item.id} is ${item.basis}`).toContain(item.basis);
    }
  });

  it('cites every listed source somewhere, and no seed article', () => {
    const cited = new Set([
      ...[...allVersions, ...base.claims].flatMap((x) => x.sources),
      ...allVersions.flatMap((x) => x.noteSources ?? []),
    ]);
    for (const s of base.sources) expect(cited.has(s.id), s.id).toBe(true);
    for (const s of base.sources) expect(s.url, s.id).not.toMatch(/seeds\//);
  });

  it('orders every chain by date, oldest first', () => {
    for (const t of base.terms) {
      const dates = t.versions.map((x) => x.date);
      expect(dates, t.id).toEqual([...dates].sort());
      expect(new Set(dates).size, t.id).toBe(dates.length);
    }
  });

  it('dates the versions as the fact sheet does', () => {
    const dates: Record<string, string> = {
      'exclusive-2019': '2019-07-22',
      'exclusive-2023': '2023-01-23',
      'rofr-2025': '2025-01-21',
      'no-rofr-2025': '2025-10-28',
      'primary-2026': '2026-04-27',
      'stateless-api-2026-02': '2026-02-27',
      'gpt3-exclusive-2020': '2020-09-22',
      'agi-100b-definition': '2024-12-26',
      'no-observer-2024': '2024-07-10',
      'investment-2019-1b': '2019-07-22',
    };
    for (const [id, date] of Object.entries(dates)) expect(deal.version(id)?.date, id).toBe(date);
    expect(deal.version('board-declares')).toMatchObject({ date: '2019-01-01', precision: 'year' });
    expect(deal.version('profit-49-2023')).toMatchObject({
      date: '2023-01-01',
      precision: 'month',
    });
    expect(deal.version('capped-profit')).toMatchObject({ date: '2019-03-01', precision: 'month' });
    const stake325 = deal.version('stake-32.5');
    expect(stake325?.note?.en).toMatch(/never published/);
    expect(stake325!.date > deal.version('profit-49-2023')!.date).toBe(true);
    expect(stake325!.date < '2025-10-28').toBe(true);
  });

  it('has exactly one version in force per versioned term, the one the fact sheet marks current', () => {
    const today = base.checkedAsOf;
    for (const t of base.terms.filter((x) => x.kind !== 'history')) {
      const inForce = t.versions.filter((x) => deal.versionInForce(x.id, today)).map((x) => x.id);
      expect(inForce, t.id).toEqual([t.current]);
      expect(t.versions.at(-1)?.id, t.id).toBe(t.current);
    }
    for (const [termId, id] of Object.entries(CURRENT)) {
      expect(deal.currentVersion(termId)?.id, termId).toBe(id);
    }
  });

  it('keeps the investment amounts as history', () => {
    const investment = deal.term('investment')!;
    expect(investment.current).toBeNull();
    for (const x of investment.versions) expect(x.supersededBy, x.id).toBeNull();
    expect(deal.version('investment-2021-2b')?.basis).toBe('reported');
    expect(deal.version('investment-2023-10b')?.basis).toBe('reported');
  });

  it('states the reported items as reported', () => {
    for (const id of ['agi-100b-definition', 'profit-49-2023']) {
      expect(deal.version(id)?.basis, id).toBe('reported');
    }
    for (const id of [
      'revshare-about-20-percent',
      'revshare-cap-38b',
      'agi-100b-profits',
      'profit-75-then-49',
    ]) {
      expect(deal.claim(id)?.basis, id).toBe('reported');
    }
    expect(deal.version('revshare-capped-2026')?.note?.en).toMatch(/\$38 billion/);
  });

  it('gives the claim intervals of the claims table', () => {
    const holds = (id: string) => deal.claim(id)?.holds;
    expect(holds('ms-no-rofr')).toEqual([{ from: '2025-10-28', until: null }]);
    expect(holds('ip-exclusive')).toEqual([{ from: '2020-09-22', until: '2026-04-27' }]);
    expect(holds('revshare-through-2030')).toEqual([
      { from: '2025-01-21', until: '2025-10-28' },
      { from: '2026-04-27', until: null },
    ]);
    expect(holds('revshare-about-20-percent')).toEqual([{ from: '2023-01-23', until: null }]);
    expect(holds('stake-32-5')).toEqual([
      { from: deal.version('stake-32.5')!.date, until: '2025-10-28' },
    ]);
    expect(holds('board-observer-seat')).toEqual([{ from: '2023-11-01', until: '2024-07-10' }]);
    expect(holds('stateless-api-on-azure')).toEqual([{ from: '2026-02-27', until: '2026-04-27' }]);
  });

  it('has English and French text everywhere', () => {
    for (const [where, text] of texts(base)) {
      expect(text.en.trim(), `${where}.en`).not.toBe('');
      expect(text.fr.trim(), `${where}.fr`).not.toBe('');
      // Names can be proper nouns ("Stargate"); sentences must be translated.
      if (!where.endsWith('.name')) expect(text.fr, `${where} is not translated`).not.toBe(text.en);
    }
    for (const s of base.sources) expect(s.title.trim(), s.id).not.toBe('');
  });

  it('gives every claim, version and misstatement a few words for a popup row, in each language', () => {
    const pairs: [string, Text, Text][] = [
      ...allVersions.map((x): [string, Text, Text] => [x.id, x.statement, x.short]),
      ...base.claims.map((c): [string, Text, Text] => [c.id, c.text, c.short]),
      ...base.misstatements.map((m): [string, Text, Text] => [m.id, m.says, m.short]),
    ];
    for (const [id, sentence, short] of pairs) {
      for (const lang of ['en', 'fr'] as const) {
        expect(short[lang].length, `${id}.short.${lang}`).toBeLessThan(sentence[lang].length);
        expect(short[lang].length, `${id}.short.${lang}`).toBeLessThanOrEqual(60);
      }
    }
  });
});

describe('a broken base is refused, naming the bad id', () => {
  /** Every way to ask: parseDealBase throws a DealBaseError and integrityProblems agrees. */
  function expectRefused(broken: DealBase, id: string) {
    let error: unknown;
    try {
      parseDealBase(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DealBaseError);
    expect((error as Error).message).toContain(id);
  }

  it('(a) a version dated out of order', () => {
    const broken = copy();
    versionOf(broken, 'ip-2032-exclusive').date = '2024-06-01';
    expectRefused(broken, 'ip-2032-exclusive');
    expect(integrityProblems(broken).join('\n')).toContain('ip-2032-exclusive');
  });

  it('(a′) a short form written as a sentence, or missing', () => {
    const broken = copy();
    versionOf(broken, 'stake-27').short.en = 'Microsoft holds about 27% of OpenAI Group PBC.';
    expectRefused(broken, 'stake-27');
    const missing = copy();
    delete (missing.claims.find((c) => c.id === 'stake-32-5') as { short?: Text }).short;
    expectRefused(missing, 'stake-32-5');
  });

  it('(b) a version without sources', () => {
    const broken = copy();
    versionOf(broken, 'rofr-2025').sources = [];
    expectRefused(broken, 'rofr-2025');
  });

  it('(b′) a version citing an unknown source', () => {
    const broken = copy();
    versionOf(broken, 'rofr-2025').sources = ['no-such-source'];
    expectRefused(broken, 'no-such-source');
    expect(integrityProblems(broken).join('\n')).toContain('rofr-2025');
  });

  it('(c) a supersededBy link to a missing id', () => {
    const broken = copy();
    versionOf(broken, 'rofr-2025').supersededBy = 'no-rofr-2099';
    expectRefused(broken, 'no-rofr-2099');
    expect(integrityProblems(broken).join('\n')).toContain('rofr-2025');
  });

  it('(c′) a supersededBy link pointing backwards', () => {
    const broken = copy();
    versionOf(broken, 'no-rofr-2025').supersededBy = 'rofr-2025';
    expectRefused(broken, 'no-rofr-2025');
  });

  it('(d) current pointing at a superseded version', () => {
    const broken = copy();
    termOf(broken, 'ip-rights').current = 'ip-2032-exclusive';
    expectRefused(broken, 'ip-rights');
  });

  it('(d′) current pointing at a version of another term, or at nothing', () => {
    const other = copy();
    termOf(other, 'ip-rights').current = 'primary-2026';
    expectRefused(other, 'primary-2026');
    const missing = copy();
    termOf(missing, 'ms-stake').current = 'stake-99';
    expectRefused(missing, 'stake-99');
  });

  it('(d″) a history term with a current version', () => {
    const broken = copy();
    termOf(broken, 'investment').current = 'investment-total-13b';
    expectRefused(broken, 'investment');
  });

  it('(e) duplicate ids', () => {
    const versions = copy();
    versionOf(versions, 'stake-27').id = 'exclusive-2019';
    expectRefused(versions, 'exclusive-2019');

    const claims = copy();
    claims.claims.push(structuredClone(claims.claims[0]!));
    expectRefused(claims, claims.claims[0]!.id);

    const sources = copy();
    sources.sources.push({ ...sources.sources[0]!, url: 'https://example.org/copy' });
    expectRefused(sources, sources.sources[0]!.id);

    const terms = copy();
    terms.terms.push({ ...structuredClone(termOf(terms, 'open-weights')), versions: [] });
    expect(() => parseDealBase(terms)).toThrow(DealBaseError);
  });

  it('(f) an http:// source', () => {
    const broken = copy();
    broken.sources[0]!.url = broken.sources[0]!.url.replace('https://', 'http://');
    expectRefused(broken, broken.sources[0]!.id);
  });

  it('claims: unknown term, versions of another term, overlapping or inverted intervals', () => {
    const term = copy();
    term.claims.find((c) => c.id === 'ms-no-rofr')!.term = 'no-such-term';
    expectRefused(term, 'no-such-term');

    const foreign = copy();
    foreign.claims.find((c) => c.id === 'ms-no-rofr')!.versions = ['stake-27'];
    expectRefused(foreign, 'stake-27');

    const overlap = copy();
    overlap.claims.find((c) => c.id === 'revshare-through-2030')!.holds = [
      { from: '2025-01-21', until: '2026-05-01' },
      { from: '2026-04-27', until: null },
    ];
    expectRefused(overlap, 'revshare-through-2030');

    const inverted = copy();
    inverted.claims.find((c) => c.id === 'ms-has-rofr')!.holds = [
      { from: '2025-10-28', until: '2025-01-21' },
    ];
    expectRefused(inverted, 'ms-has-rofr');
  });

  it('claims: a version that states a claim on a date the claim does not hold', () => {
    const broken = copy();
    broken.claims.find((c) => c.id === 'ms-has-rofr')!.versions = ['rofr-2025', 'no-rofr-2025'];
    expectRefused(broken, 'no-rofr-2025');
  });

  it('claims that contradict each other never hold on the same date', () => {
    const broken = copy();
    // The reported 75 %-then-49 % plan, planted back over the 32.5 % stake.
    broken.claims.find((c) => c.id === 'profit-75-then-49')!.holds = [
      { from: '2023-01-01', until: '2025-10-28' },
    ];
    expectRefused(broken, 'profit-75-then-49');
    expect(integrityProblems(broken).join('\n')).toMatch(/contradict each other/);
  });

  it('a claim starts no earlier than a source says, unless its later disclosure is stated', () => {
    const unsourced = copy();
    unsourced.claims.find((c) => c.id === 'ms-no-rofr')!.holds[0]!.from = '2024-01-01';
    expectRefused(unsourced, 'ms-no-rofr');
    expect(integrityProblems(unsourced).join('\n')).toMatch(/before its earliest source/);

    const undisclosed = copy();
    delete undisclosed.claims.find((c) => c.id === 'stake-32-5')!.disclosed;
    expectRefused(undisclosed, 'stake-32-5');
  });

  it('a note that states a fact cites a source', () => {
    const broken = copy();
    delete versionOf(broken, 'stake-27').noteSources;
    expectRefused(broken, 'stake-27');
    expect(integrityProblems(broken).join('\n')).toMatch(/note that cites no source/);
  });

  it('lists every problem, not just the first', () => {
    const broken = copy();
    versionOf(broken, 'rofr-2025').supersededBy = 'nowhere-1';
    versionOf(broken, 'ip-until-2030').supersededBy = 'nowhere-2';
    const problems = integrityProblems(broken).join('\n');
    expect(problems).toContain('nowhere-1');
    expect(problems).toContain('nowhere-2');
  });
});
