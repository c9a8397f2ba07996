/**
 * Whose deal a sentence speaks of. Figures of investment and ownership are the same words
 * whoever invests: "Microsoft a investi 5 milliards dans Anthropic", "SoftBank will invest
 * $40 billion in OpenAI", "invertirá 1.500 millones de dólares en la empresa … G42". A sentence
 * that names another company and not both Microsoft and OpenAI states no term of this deal, nor
 * does one naming neither in a paragraph (a block) that names another company; nor does Azure's
 * supply told in a paragraph of another AI lab's, not OpenAI's ("Azure AI supercomputing
 * infrastructure" for Mistral). Apple's observer seat at OpenAI is told in the words of
 * Microsoft's: a sentence naming another company, and not Microsoft, is about that seat; so is
 * a stake told of Sam Altman or the employees. Nor is another cloud's exclusivity or commitment
 * Azure's.
 */
import type { OtherParties } from '@/data/lexicon-schema';
import { alternatives, bounded } from './patterns';

export interface CompiledParties {
  readonly terms: ReadonlySet<string>;
  readonly heldByOthers: ReadonlySet<string>;
  readonly suppliedTerms: ReadonlySet<string>;
  /** Another AI lab that Azure supplies, or null when the lexicon names none. */
  readonly lab: RegExp | null;
  readonly other: RegExp;
  readonly microsoft: RegExp;
  readonly openai: RegExp;
  readonly holderTerms: ReadonlySet<string>;
  /** Others holding stakes at OpenAI (Sam Altman, its employees), or null when none is named. */
  readonly holders: RegExp | null;
  readonly cloudClaims: ReadonlySet<string>;
  readonly cloudTerms: ReadonlySet<string>;
  /** Other clouds (AWS, Google Cloud), and Azure, or null when the lexicon names none. */
  readonly clouds: { readonly others: RegExp; readonly ours: RegExp } | null;
}

export function compileParties(parties: OtherParties): CompiledParties {
  const any = (body: string) => new RegExp(bounded(body), 'i');
  // Other companies are proper names: "Meta" and "Llama", not the Spanish "meta" or "llama".
  const named = (body: string) => new RegExp(bounded(body));
  return {
    terms: new Set(parties.terms),
    heldByOthers: new Set(parties.heldByOthers),
    suppliedTerms: new Set(parties.supplied.terms),
    lab: parties.supplied.labs.length ? named(alternatives(parties.supplied.labs)) : null,
    other: named(alternatives(parties.names)),
    microsoft: any(alternatives(parties.microsoft)),
    openai: any(alternatives(parties.openai)),
    holderTerms: new Set(parties.holders.terms),
    holders: parties.holders.names.length ? any(alternatives(parties.holders.names)) : null,
    cloudClaims: new Set(parties.clouds.claims),
    cloudTerms: new Set(parties.clouds.terms),
    clouds:
      parties.clouds.names.length && parties.clouds.ours.length
        ? {
            others: named(alternatives(parties.clouds.names)),
            ours: any(alternatives(parties.clouds.ours)),
          }
        : null,
  };
}

/** Does `text` name a company other than Microsoft and OpenAI ("Apple", "SoftBank", "G42")? */
export function namesAnotherCompany(parties: CompiledParties | null, text: string): boolean {
  return parties !== null && parties.other.test(text);
}

/**
 * What a paragraph (a block) says of other parties, each asked at most once however many of
 * its sentences ask: a block of 5 MB with a statement every 50 kB must not be read again for
 * each of them.
 */
export interface ParagraphParties {
  /** It names a company other than Microsoft and OpenAI. */
  readonly namesAnother: boolean;
  /** It names another AI lab that Azure supplies, and not OpenAI. */
  readonly namesAnotherLab: boolean;
}

export function paragraphParties(
  parties: CompiledParties | null,
  paragraph: string,
): ParagraphParties {
  let another: boolean | undefined;
  let lab: boolean | undefined;
  return {
    get namesAnother() {
      return (another ??= namesAnotherCompany(parties, paragraph));
    },
    get namesAnotherLab() {
      return (lab ??= namesAnotherLab(parties, paragraph));
    },
  };
}

function namesAnotherLab(parties: CompiledParties | null, text: string): boolean {
  return (
    parties !== null && parties.lab !== null && parties.lab.test(text) && !parties.openai.test(text)
  );
}

/**
 * Does `sentence` give this `term` to another company's deal rather than to this one? Azure's
 * supply is read in the sentence, then in its whole paragraph: one about another lab's
 * partnership names it in one sentence and tells "the collaboration revolves around
 * supercomputing infrastructure" in another. An investment or stake likewise, when the sentence
 * names neither Microsoft nor OpenAI.
 */
export function anotherPartysDeal(
  parties: CompiledParties | null,
  term: string,
  sentence: string,
  paragraph: ParagraphParties = paragraphParties(parties, sentence),
): boolean {
  if (!parties) return false;
  // A stake of Sam Altman's or of the employees: the sentence names them, and not Microsoft.
  if (
    parties.holderTerms.has(term) &&
    parties.holders?.test(sentence) &&
    !parties.microsoft.test(sentence)
  )
    return true;
  // A commitment to another cloud ("this $100B AWS commitment"), not naming Azure or Microsoft.
  if (parties.cloudTerms.has(term) && namesAnotherCloud(parties, sentence)) return true;
  if (parties.suppliedTerms.has(term))
    return namesAnotherLab(parties, sentence) || paragraph.namesAnotherLab;
  // Another company's seat at OpenAI: the sentence names it, and not Microsoft.
  if (parties.heldByOthers.has(term))
    return namesAnotherCompany(parties, sentence) && !parties.microsoft.test(sentence);
  if (!parties.terms.has(term)) return false;
  if (namesAnotherCompany(parties, sentence))
    return !parties.openai.test(sentence) || !parties.microsoft.test(sentence);
  // Nor does a figure told in a paragraph of another company's deal, in a sentence that names
  // neither party ("un fondo da 1 miliardo di dollari" beside G42).
  return (
    !parties.openai.test(sentence) && !parties.microsoft.test(sentence) && paragraph.namesAnother
  );
}

/**
 * Is `claim`, stated (not denied) in `sentence`, another cloud's exclusivity? "AWS will be the
 * exclusive third-party cloud for OpenAI Frontier" names AWS, and neither Azure nor Microsoft.
 */
export function anotherCloudsExclusivity(
  parties: CompiledParties | null,
  claim: string | null,
  sentence: string,
): boolean {
  if (!parties || claim === null || !parties.cloudClaims.has(claim)) return false;
  return namesAnotherCloud(parties, sentence);
}

/** Does `sentence` name another cloud (AWS, Oracle), and neither Azure nor Microsoft? */
function namesAnotherCloud(parties: CompiledParties, sentence: string): boolean {
  if (!parties.clouds) return false;
  const { others, ours } = parties.clouds;
  return others.test(sentence) && !ours.test(sentence) && !parties.microsoft.test(sentence);
}
