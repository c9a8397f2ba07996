/**
 * Whose deal a sentence speaks of. Figures of investment and ownership are the same words
 * whoever invests: "Microsoft a investi 5 milliards dans Anthropic", "SoftBank will invest
 * $40 billion in OpenAI", "a 49% stake in the joint venture with G42". A sentence that names
 * another company as what is invested in or held, without naming OpenAI, or as the one who
 * invests, without naming Microsoft, states no term of this deal.
 */
import type { LexiconLang, OtherParties } from '@/data/lexicon-schema';
import { bounded, expandPattern } from './patterns';

export interface CompiledParties {
  readonly terms: ReadonlySet<string>;
  /** Another company, named after a word that makes it the object ("in Anthropic"). */
  readonly otherAsObject: RegExp;
  readonly other: RegExp;
  readonly microsoft: RegExp;
  readonly openai: RegExp;
}

const LANGS: readonly LexiconLang[] = ['en', 'fr', 'de', 'es', 'it'];

export function compileParties(parties: OtherParties): CompiledParties {
  const any = (sources: readonly string[]) =>
    new RegExp(bounded([...new Set(sources)].map(expandPattern).join('|')), 'i');
  const names = [...new Set(parties.names)].map(expandPattern).join('|');
  const objectWords = [...new Set(LANGS.flatMap((l) => parties.objectWords[l] ?? []))]
    .map(expandPattern)
    .join('|');
  return {
    terms: new Set(parties.terms),
    otherAsObject: new RegExp(bounded(`(?:${objectWords}) (?:the )?(?:${names})`), 'i'),
    other: any(parties.names),
    microsoft: any(parties.microsoft),
    openai: any(parties.openai),
  };
}

/** Does `sentence` give this `term` to another company's deal rather than to this one? */
export function anotherPartysDeal(
  parties: CompiledParties | null,
  term: string,
  sentence: string,
): boolean {
  if (!parties || !parties.terms.has(term) || !parties.other.test(sentence)) return false;
  return (
    (parties.otherAsObject.test(sentence) && !parties.openai.test(sentence)) ||
    !parties.microsoft.test(sentence)
  );
}
