// @vitest-environment happy-dom
/**
 * Every fixture page against its hand-checked expectations (tests/fixtures/expected): each
 * statement found with the right term, version and status, and nothing else. Negative pages
 * expect nothing at all.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage, FIXTURES, loadExpected, loadPage } from './fixture-pages';

const pages = ['seeds', 'pages', 'negatives'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ dir, file: f, stem: f.replace(/\.html$/, '') })),
);

describe.each(pages)('$dir/$file', ({ dir, file, stem }) => {
  const expected = loadExpected(stem);
  const found = analyzePage(loadPage(join(dir, file)));

  it('finds the same statements when read in the smallest regions', () => {
    // Stepping over regions that name no actor must never change what is found.
    expect(analyzePage(loadPage(join(dir, file)), undefined, 1).mentions).toEqual(found.mentions);
  });

  it('detects the publication date', () => {
    expect(found.pageDate).toBe(expected.pageDate);
  });

  it('finds exactly the expected statements, each with its term, version and status', () => {
    const norm = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    const actual = found.mentions.map((m) => ({
      term: m.term,
      version: m.version,
      status: m.status,
      text: m.text,
      sentence: norm(m.sentence),
    }));
    const wanted = expected.mentions.map((m) => ({ ...m, sentence: norm(m.sentence) }));
    // Pair each expected statement with a found one in the same sentence for the same term.
    const unmatched = [...actual];
    const missing: unknown[] = [];
    const wrong: unknown[] = [];
    for (const w of wanted) {
      const i = unmatched.findIndex((a) => a.term === w.term && a.sentence.includes(w.sentence));
      if (i < 0) {
        missing.push(w);
        continue;
      }
      const [a] = unmatched.splice(i, 1);
      if (a!.version !== w.version || a!.status !== w.status) wrong.push({ expected: w, found: a });
    }
    const optional = (expected.optional ?? []).map((m) => ({ ...m, sentence: norm(m.sentence) }));
    const unexpected = unmatched.filter(
      (a) => !optional.some((o) => o.term === a.term && a.sentence.includes(o.sentence)),
    );
    expect({ missing, wrong, unexpected }).toEqual({ missing: [], wrong: [], unexpected: [] });
  });
});
