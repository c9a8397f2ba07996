#!/usr/bin/env node
// `node scripts/corpus-split.mjs --add`: puts the corpus articles that tests/corpus/split.json
// does not hold yet on a side — an outlet already on a side keeps it; the new outlets are drawn
// by the split's own rule (drawSplit: per language, by hash, 45 % held out) — and prints the
// held-out fingerprint the corpus test must then freeze. Run it on new articles before anyone
// runs the reader on them. `--redraw` draws the whole split afresh, as it was drawn once on
// 2026-12-06: never again.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, drawSplit, heldOutFingerprint, loadCorpus, loadSplit } from './lib/corpus.mjs';

const articles = loadCorpus();
let split;
if (process.argv.includes('--add')) {
  split = loadSplit();
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
  const sideOf = new Map();
  for (const side of ['dev', 'heldout']) {
    for (const id of split[side]) if (outletOf.has(id)) sideOf.set(outletOf.get(id), side);
  }
  const placed = new Set([...split.dev, ...split.heldout]);
  const fresh = articles.filter((a) => !placed.has(a.id));
  const known = fresh.filter((a) => sideOf.has(a.outlet));
  for (const a of known) split[sideOf.get(a.outlet)].push(a.id);
  const drawn = drawSplit(fresh.filter((a) => !sideOf.has(a.outlet)));
  split.dev.push(...drawn.dev);
  split.heldout.push(...drawn.heldout);
  console.log(
    `added ${fresh.length}: ${known.length} to their outlet's side, ${drawn.dev.length} to dev, ${drawn.heldout.length} held out`,
  );
} else if (process.argv.includes('--redraw')) {
  split = drawSplit(articles);
} else {
  console.error('corpus-split: --add (new articles) or --redraw (the whole split, never again)');
  process.exit(2);
}
writeFileSync(join(CORPUS_DIR, 'split.json'), `${JSON.stringify(split, null, 2)}\n`);
const all = split.dev.length + split.heldout.length;
console.log(
  `dev ${split.dev.length}, held-out ${split.heldout.length} (${((100 * split.heldout.length) / all).toFixed(1)} %); held-out fingerprint ${heldOutFingerprint(split, articles)}`,
);
