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

/** `make` once per file object: the same files give the same knowledge, validated once. */
function oncePerFile<T>(make: (raw: unknown) => T): (raw: unknown) => T {
  const made = new WeakMap<object, T>();
  return (raw) => {
    if (typeof raw !== 'object' || raw === null) return make(raw);
    let value = made.get(raw);
    if (value === undefined) {
      value = make(raw);
      made.set(raw, value);
    }
    return value;
  };
}

/** The deal base, validated. */
export const loadDeal = oncePerFile((raw) => new Deal(parseDealBase(raw)));

/** The lexicon, validated and compiled. */
export const loadLexicon = oncePerFile(compileLexicon);

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
