/**
 * Runs the content script's text pipeline (scanner → page gate → analyser) over a fixture
 * page in happy-dom, without writing to it. Shared by the fixture tests and their report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '@/utils/knowledge';
import type { Mention } from '@/utils/mention';
import { PageGate } from '@/utils/page-gate';
import { detectPageDate } from '@/utils/page-date';
import { BlockReader } from '@/entrypoints/content/reader';
import { blocksUnder } from '@/entrypoints/content/scanner';

export const FIXTURES = join(import.meta.dirname, '../fixtures');
/** Statements are judged as of the day the facts were last checked, so results are stable. */
export const JUDGED_ON = '2026-11-22';

export interface Expected {
  pageDate: string | null;
  mentions: ExpectedMention[];
  /** Borderline statements: a finding that matches one is neither required nor wrong. */
  optional?: ExpectedMention[];
}

export interface ExpectedMention {
  term: string;
  version: string | null;
  status: string;
  sentence: string;
  says?: string;
}

/** Parses a fixture with the test environment's own DOM (run tests with happy-dom). */
export function loadPage(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, path), 'utf8'), 'text/html');
}

export function analyzePage(doc: Document, today = JUDGED_ON): { pageDate: string | null; mentions: Mention[] } {
  const { deal, lexicon } = loadKnowledge();
  const pageDate = detectPageDate(doc)?.date ?? null;
  const gate = new PageGate(lexicon.pageGate);
  gate.feed(doc.title);
  const reader = new BlockReader({ deal, lexicon, pageDate, today }, gate);
  const mentions = reader.read([...blocksUnder(doc.body)]).flatMap((found) => found.mentions);
  return { pageDate, mentions: gate.open ? mentions : [] };
}

export function loadExpected(stem: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, 'expected', `${stem}.json`), 'utf8')) as Expected;
}
