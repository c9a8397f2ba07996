#!/usr/bin/env node
// `npm run facts`: writes docs/facts.md from data/deal.json (the unit tests fail while it is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { factsSheet } from './lib/facts-sheet.mjs';

const root = resolve(import.meta.dirname, '..');
const deal = JSON.parse(readFileSync(join(root, 'data/deal.json'), 'utf8'));
writeFileSync(join(root, 'docs/facts.md'), factsSheet(deal));
console.log('Wrote docs/facts.md');
