/**
 * docs/facts.md is the readable copy of data/deal.json: it must say what the data says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsSheet } from '@/scripts/lib/facts-sheet.mjs';
import dealJson from '@/data/deal.json';

const ROOT = join(import.meta.dirname, '../..');

describe('docs/facts.md', () => {
  it('is in step with data/deal.json (run `npm run facts` after editing the data)', () => {
    expect(readFileSync(join(ROOT, 'docs/facts.md'), 'utf8')).toBe(factsSheet(dealJson));
  });

  it('gives every version, claim and source of the data, with the source links', () => {
    const sheet = factsSheet(dealJson);
    for (const t of dealJson.terms)
      for (const v of t.versions) expect(sheet).toContain(`\`${v.id}\``);
    for (const c of dealJson.claims) expect(sheet).toContain(`| \`${c.id}\` |`);
    for (const s of dealJson.sources) expect(sheet).toContain(`](${s.url})`);
  });

  it('changes when the data does', () => {
    const edited = structuredClone(dealJson);
    edited.claims[0]!.holds[0]!.until = '2099-01-01';
    expect(factsSheet(edited)).not.toBe(factsSheet(dealJson));
  });
});
