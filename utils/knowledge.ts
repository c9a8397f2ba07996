/**
 * The knowledge the content script judges pages with: the deal base and the lexicon, both
 * validated before use. A base that fails validation throws: a page is never judged on facts
 * that did not check out.
 */
import rawDeal from '@/data/deal.json';
import rawLexicon from '@/data/lexicon.json';
import { Deal, parseDealBase } from '@/data/deal';
import { compileLexicon, compilePageGate, type CompiledLexicon } from './lexicon';

export interface Knowledge {
  deal: Deal;
  lexicon: CompiledLexicon;
}

let cachedDeal: Deal | undefined;
let cachedLexicon: CompiledLexicon | undefined;

/** The deal base, validated. */
export function loadDeal(raw: unknown = rawDeal): Deal {
  if (raw === rawDeal && cachedDeal) return cachedDeal;
  const deal = new Deal(parseDealBase(raw));
  if (raw === rawDeal) cachedDeal = deal;
  return deal;
}

/** The lexicon, validated and compiled. */
export function loadLexicon(raw: unknown = rawLexicon): CompiledLexicon {
  if (raw === rawLexicon && cachedLexicon) return cachedLexicon;
  const lexicon = compileLexicon(raw);
  if (raw === rawLexicon) cachedLexicon = lexicon;
  return lexicon;
}

/**
 * Both at once. (The content script loads them in separate tasks: on a slow machine each is
 * tens of milliseconds.)
 */
export function loadKnowledge(deal: unknown = rawDeal, lexicon: unknown = rawLexicon): Knowledge {
  return { deal: loadDeal(deal), lexicon: loadLexicon(lexicon) };
}

/**
 * The page gate straight from the shipped lexicon, before (and without) validating and
 * compiling the rest: most pages never name both companies, and pay only for this. It reads the
 * page's text a subtree at a time (page/gate-watch.ts), where blocks run into
 * each other, so without word edges: it may open on a page that only seems to name both, and
 * then the lens, which reads block by block with word edges, highlights nothing there.
 */
export function pageGatePatterns(lexicon: unknown = rawLexicon): RegExp[] {
  const groups = (lexicon as { pageGate?: unknown }).pageGate;
  if (
    !Array.isArray(groups) ||
    !groups.every((g) => Array.isArray(g) && g.every((p) => typeof p === 'string'))
  ) {
    throw new Error('lexicon.json has no valid pageGate');
  }
  return compilePageGate(groups as string[][], { wordEdges: false });
}
