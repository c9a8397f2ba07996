/**
 * Runs the content script's text pipeline (scanner → page gate → analyser) over a fixture
 * page in happy-dom, without writing to it. Shared by the fixture tests and their report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedKnowledge } from '@/utils/shipped-knowledge';
import type { Mention } from '@/utils/mention';
import { PageGate } from '@/utils/page-gate';
import { detectPageDate } from '@/page/page-date';
import { BlockReader, SubtreeReading } from '@/page/reader';
import { REGION_ELEMENTS } from '@/page/regions';

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

/**
 * `maxElements`: how large a region the reader may read whole (see regionsUnder); 1 cuts every
 * subtree as finely as the rules allow, so that stepping over regions is tried everywhere.
 */
export function analyzePage(
  doc: Document,
  today = JUDGED_ON,
  maxElements = REGION_ELEMENTS,
): { pageDate: string | null; mentions: Mention[] } {
  const { deal, lexicon } = shippedKnowledge();
  const pageDate = detectPageDate(doc)?.date ?? null;
  const gate = new PageGate(lexicon.pageGate);
  gate.feed(doc.title);
  const reader = new BlockReader({ deal, lexicon, pageDate, today }, gate);
  const reading = new SubtreeReading(doc.body, reader, lexicon.actorAnywhere, maxElements);
  const mentions = reading.readUntil(Infinity).flatMap((found) => found.mentions);
  return { pageDate, mentions: gate.open ? mentions : [] };
}

export function loadExpected(stem: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, 'expected', `${stem}.json`), 'utf8')) as Expected;
}
