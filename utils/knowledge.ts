/**
 * The knowledge the content script judges pages with: the deal base and the lexicon, both
 * validated before use. A base that fails validation throws: a page is never judged on facts
 * that did not check out.
 */
import rawDeal from '../data/deal.json';
import rawLexicon from '../data/lexicon.json';
import { Deal, parseDealBase } from '../data/deal';
import { compileLexicon, type CompiledLexicon } from './lexicon';

export interface Knowledge {
  deal: Deal;
  lexicon: CompiledLexicon;
}

let cached: Knowledge | undefined;

export function loadKnowledge(deal: unknown = rawDeal, lexicon: unknown = rawLexicon): Knowledge {
  if (deal === rawDeal && lexicon === rawLexicon && cached) return cached;
  const knowledge = { deal: new Deal(parseDealBase(deal)), lexicon: compileLexicon(lexicon) };
  if (deal === rawDeal && lexicon === rawLexicon) cached = knowledge;
  return knowledge;
}
