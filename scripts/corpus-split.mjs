#!/usr/bin/env node
// Draws the corpus's held-out split from its outlets and writes tests/corpus/split.json. Run
// once, before any tuning; afterwards the corpus test holds the file fixed, and new articles are
// added to a side by hand (an outlet already on a side stays there).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, drawSplit, loadCorpus, heldOutFingerprint } from './lib/corpus.mjs';

const articles = loadCorpus();
const split = drawSplit(articles);
writeFileSync(join(CORPUS_DIR, 'split.json'), `${JSON.stringify(split, null, 2)}\n`);
console.log(
  `dev ${split.dev.length}, held-out ${split.heldout.length}; held-out fingerprint ${heldOutFingerprint(split, articles)}`,
);
