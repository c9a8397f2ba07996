/**
 * The knowledge the content script judges pages with: the deal base and the lexicon, both
 * validated before use. A base that fails validation throws: a page is never judged on facts
 * that did not check out. The files come as arguments: the content script receives them from
 * the background (extension/knowledge-source.ts), the tests and scripts import them.
 */
import { Deal, parseDealBase } from '@/data/deal';
import { compileLexicon, compilePageGate, type CompiledLexicon } from './lexicon';

export interface Knowledge {
  deal: Deal;
  lexicon: CompiledLexicon;
}

// The same files give the same knowledge: validated and compiled once.
const deals = new WeakMap<object, Deal>();
const lexicons = new WeakMap<object, CompiledLexicon>();

/** The deal base, validated. */
export function loadDeal(raw: unknown): Deal {
  const known = typeof raw === 'object' && raw !== null ? deals.get(raw) : undefined;
  if (known) return known;
  const deal = new Deal(parseDealBase(raw));
  if (typeof raw === 'object' && raw !== null) deals.set(raw, deal);
  return deal;
}

/** The lexicon, validated and compiled. */
export function loadLexicon(raw: unknown): CompiledLexicon {
  const known = typeof raw === 'object' && raw !== null ? lexicons.get(raw) : undefined;
  if (known) return known;
  const lexicon = compileLexicon(raw);
  if (typeof raw === 'object' && raw !== null) lexicons.set(raw, lexicon);
  return lexicon;
}

/**
 * Both at once. (The content script loads them in separate tasks: on a slow machine each is
 * tens of milliseconds.)
 */
export function loadKnowledge(deal: unknown, lexicon: unknown): Knowledge {
  return { deal: loadDeal(deal), lexicon: loadLexicon(lexicon) };
}

/**
 * The page gate straight from the shipped lexicon, before (and without) validating and
 * compiling the rest: most pages never name both companies, and pay only for this. It reads the
 * page's text a subtree at a time (page/gate-watch.ts), where blocks run into
 * each other, so without word edges: it may open on a page that only seems to name both, and
 * then the lens, which reads block by block with word edges, highlights nothing there.
 */
export function pageGatePatterns(groups: unknown): RegExp[] {
  if (
    !Array.isArray(groups) ||
    !groups.every((g) => Array.isArray(g) && g.every((p) => typeof p === 'string'))
  ) {
    throw new Error('lexicon.json has no valid pageGate');
  }
  return compilePageGate(groups as string[][], { wordEdges: false });
}
