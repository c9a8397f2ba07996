/**
 * Whose deal a sentence speaks of. Figures of investment and ownership are the same words
 * whoever invests: "Microsoft a investi 5 milliards dans Anthropic", "SoftBank will invest
 * $40 billion in OpenAI", "a 49% stake in the joint venture with G42". A sentence that names
 * another company as what is invested in or held, without naming OpenAI, or as the one who
 * invests, without naming Microsoft, states no term of this deal; nor does Azure's supply told
 * beside another AI lab and not OpenAI ("Azure AI supercomputing infrastructure" for Mistral).
 */
import type { OtherParties } from '@/data/lexicon-schema';
import { alternatives, bounded } from './patterns';

export interface CompiledParties {
  readonly terms: ReadonlySet<string>;
  readonly suppliedTerms: ReadonlySet<string>;
  /** Another AI lab that Azure supplies, or null when the lexicon names none. */
  readonly lab: RegExp | null;
  /** Another company, named after a word that makes it the object ("in Anthropic"). */
  readonly otherAsObject: RegExp;
  readonly other: RegExp;
  readonly microsoft: RegExp;
  readonly openai: RegExp;
}

export function compileParties(parties: OtherParties): CompiledParties {
  const any = (body: string) => new RegExp(bounded(body), 'i');
  const names = alternatives(parties.names);
  return {
    terms: new Set(parties.terms),
    suppliedTerms: new Set(parties.supplied.terms),
    lab: parties.supplied.labs.length ? any(alternatives(parties.supplied.labs)) : null,
    otherAsObject: any(`(?:${alternatives(parties.objectWords)}) (?:the )?(?:${names})`),
    other: any(names),
    microsoft: any(alternatives(parties.microsoft)),
    openai: any(alternatives(parties.openai)),
  };
}

/** Does `sentence` give this `term` to another company's deal rather than to this one? */
export function anotherPartysDeal(
  parties: CompiledParties | null,
  term: string,
  sentence: string,
): boolean {
  if (!parties) return false;
  if (parties.suppliedTerms.has(term))
    return parties.lab !== null && parties.lab.test(sentence) && !parties.openai.test(sentence);
  if (!parties.terms.has(term) || !parties.other.test(sentence)) return false;
  return (
    (parties.otherAsObject.test(sentence) && !parties.openai.test(sentence)) ||
    !parties.microsoft.test(sentence)
  );
}
