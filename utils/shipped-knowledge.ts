/**
 * The facts as shipped (data/deal.json, data/lexicon.json), for what may bundle them: the
 * background, the popup, the tests and scripts. Never the content script: it asks the
 * background for them (extension/knowledge-source.ts) once a page names both companies.
 */
import rawDeal from '@/data/deal.json';
import rawLexicon from '@/data/lexicon.json';
import { loadKnowledge, pageGatePatterns, type Knowledge } from './knowledge';

export const SHIPPED_FILES = { deal: rawDeal as unknown, lexicon: rawLexicon as unknown };

export function shippedKnowledge(): Knowledge {
  return loadKnowledge(SHIPPED_FILES.deal, SHIPPED_FILES.lexicon);
}

export function shippedPageGate(): RegExp[] {
  return pageGatePatterns(rawLexicon.pageGate);
}
