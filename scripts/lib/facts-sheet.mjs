/**
 * The knowledge base (data/deal.json) as a page a person reads: docs/facts.md. Pure — a deal
 * object in, Markdown out — so that `npm run facts` writes it and a unit test fails when the
 * committed page no longer matches the data.
 */

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s+/g, ' ')
    .trim();

/** `deal`: the parsed contents of data/deal.json. */
export function factsSheet(deal) {
  const sources = new Map(deal.sources.map((s) => [s.id, s]));
  const link = (id) => {
    const s = sources.get(id);
    if (!s) return `\`${id}\` (unknown source)`;
    return `[${cell(s.outlet)}, ${s.date}: ${cell(s.title)}](${s.url})`;
  };
  const out = [];
  out.push(
    '# The Microsoft–OpenAI deal: the facts Deal Lens judges by',
    '',
    '<!-- Generated from data/deal.json by `npm run facts`; edit the data, not this page. -->',
    '',
    `Facts checked as of **${deal.checkedAsOf}**. Each term lists its versions, oldest first, with`,
    'the date each was announced, whether it is **official** (stated by Microsoft or OpenAI) or',
    '**reported** (press reporting the companies never confirmed), what it says, the few words a',
    'popup row shows for it, its sources and the version that replaced it. Then come the',
    '**claims**: the specific things a sentence can say, each with the intervals over which it',
    'holds. How a sentence is judged against them is in [judging.md](judging.md).',
    '',
    '## Terms',
  );
  for (const term of deal.terms) {
    out.push('', `### ${term.name.en} (\`${term.id}\`)`, '', term.explanation.en, '');
    if (term.current) out.push(`In force today: \`${term.current}\`.`, '');
    else out.push('Cumulative: each entry adds to the others, none replaces another.', '');
    out.push(
      '| version | date | basis | what it says | in a popup row | replaced by |',
      '|---|---|---|---|---|---|',
    );
    for (const v of term.versions) {
      const date = v.precision === 'month' ? v.date.slice(0, 7) : v.date;
      const noteRefs = (v.noteSources ?? []).map((id) => `\`${id}\``).join(', ');
      const says = v.note ? `${v.statement.en} *${v.note.en}* (${noteRefs})` : v.statement.en;
      out.push(
        `| \`${v.id}\`${v.id === term.current ? ' (in force)' : ''} | ${date} | ${v.basis} | ${cell(says)} | ${cell(v.short.en)} | ${v.supersededBy ? `\`${v.supersededBy}\`` : '—'} |`,
      );
    }
    out.push('', 'Sources:');
    const ids = [...new Set(term.versions.flatMap((v) => v.sources))];
    for (const id of ids) out.push(`- ${link(id)}`);
  }
  out.push(
    '',
    '## Claims',
    '',
    'A claim holds from its first date up to, not including, its end; "now" means it still holds.',
    'A claim known to have held before any source said so gives the day it was disclosed, and why.',
    '',
    '| claim | term | basis | what it says | in a popup row | holds | sources |',
    '|---|---|---|---|---|---|---|',
  );
  for (const c of deal.claims) {
    const disclosed = c.disclosed ? ` (disclosed ${c.disclosed.on}: ${c.disclosed.why})` : '';
    const holds = c.holds.map((h) => `${h.from} → ${h.until ?? 'now'}`).join('; ') + disclosed;
    const refs = c.sources
      .map((id) =>
        sources.has(id)
          ? `[${cell(sources.get(id).outlet)} ${sources.get(id).date}](${sources.get(id).url})`
          : id,
      )
      .join(', ');
    out.push(
      `| \`${c.id}\` | \`${c.term}\` | ${c.basis} | ${cell(c.text.en)} | ${cell(c.short.en)} | ${holds} | ${refs} |`,
    );
  }
  out.push(
    '',
    '## Never true',
    '',
    'Claims seen in articles that no version of the deal ever made. A sentence stating one is',
    'judged `wrong`, and the card gives the claim true instead.',
    '',
    '| misstatement | term | what the sentence says | in a popup row | true instead | seen in |',
    '|---|---|---|---|---|---|',
  );
  const claimText = new Map(deal.claims.map((c) => [c.id, c.text.en]));
  for (const m of deal.misstatements ?? []) {
    const seen = (m.seenIn ?? []).map((url, i) => `[${i + 1}](${url})`).join(' ') || '—';
    out.push(
      `| \`${m.id}\` | \`${m.term}\` | ${cell(m.says.en)} | ${cell(m.short.en)} | \`${m.instead}\`: ${cell(claimText.get(m.instead))} | ${seen} |`,
    );
  }
  out.push('', '## Sources', '');
  for (const s of [...deal.sources].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  )) {
    out.push(`- \`${s.id}\` — ${link(s.id)} (${s.basis})`);
  }
  return `${out.join('\n')}\n`;
}
