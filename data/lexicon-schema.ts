/**
 * The shape of `lexicon.json`: how news writes each term, in English, French, German,
 * Spanish and Italian. Patterns are JavaScript regular-expression sources with these
 * conventions, applied when the lexicon is compiled (utils/lexicon.ts):
 * - a literal space matches any run of spaces, including no-break and thin spaces, and " ?"
 *   an optional one ("32, 5 %" and "32,5%" alike);
 * - an apostrophe (') matches ' and ’;
 * - `\w` matches any letter or digit, accented ones included ("elimin\w*" reaches "eliminó");
 * - matching is case-insensitive and Unicode-aware, and every pattern is bounded so that it
 *   never starts or ends inside a word ("AGI" never matches in "agile");
 * - groups must be non-capturing `(?:…)`: capture groups are how the compiled matcher maps a
 *   hit back to its entry.
 */
import * as v from 'valibot';
import { Id } from './schema';

const Pattern = v.pipe(v.string(), v.nonEmpty());
const Patterns = v.strictObject({
  en: v.optional(v.array(Pattern), []),
  fr: v.optional(v.array(Pattern), []),
  de: v.optional(v.array(Pattern), []),
  es: v.optional(v.array(Pattern), []),
  it: v.optional(v.array(Pattern), []),
});

/**
 * One way to read a hit. A reading with an `anchor` applies only when a phrase of that anchor
 * group stands in the same sentence; the nearest anchor wins. A reading without one always
 * applies (after any anchored reading that does).
 */
export const Reading = v.strictObject({
  anchor: v.optional(Id),
  term: Id,
  /** The claim the words state; omitted when they only name the term. */
  claim: v.optional(Id),
  /**
   * The claim stated when a negation precedes the words ("no longer", "renonce à"…) or, in
   * `negationsAfter`, follows them ("…Vorkaufsrecht entfällt", "…droit de préemption disparaît").
   * `null` where the facts name no opposite ("barred from pursuing AGI"): denied, the words
   * name the term and no version (`unclear`). Omitted, a negation is not read ("sin fines de lucro").
   */
  negated: v.optional(v.nullable(Id)),
  /** A claim that never held, which the words state (data/deal.json `misstatements`). */
  misstatement: v.optional(Id),
  /** A version the words name outright (e.g. "$1 billion in 2019"). */
  version: v.optional(Id),
  /**
   * The words name the term but no version can be told from them, and the page date must not
   * be used to guess one (e.g. an amount invested that matches no tranche).
   */
  undated: v.optional(v.boolean()),
  /**
   * Applies only when no other reading of the entry does: "Azure's exclusive hold on the API"
   * is API exclusivity, and only "exclusivité d'Azure" alone is the cloud's.
   */
  fallback: v.optional(v.literal(true)),
  /**
   * Applies only in a sentence that names an actor (Microsoft, OpenAI, Azure, an epithet of
   * theirs): a bare "billions" is anyone's money ("les milliards que le Times a investis").
   */
  named: v.optional(v.literal(true)),
  /**
   * The claim lives in the anchor's words (the nonprofit "controls"), never in the hit's own ("a
   * for-profit subsidiary" states no control): a negation or an aim just before the anchor
   * ("would no longer control", "plans to remove control") denies it, and the words then only
   * name the term.
   */
  claimInAnchor: v.optional(v.literal(true)),
});

export const Entry = v.strictObject({
  id: Id,
  patterns: Patterns,
  /**
   * Words that may not stand right before, or right after, the entry's words, whichever pattern
   * matched: written once for the entry, compiled once ("(110 milliards d'euros)" after an amount
   * is its conversion; "a seat on the board of Siemens" is another company's board).
   */
  notPrecededBy: v.optional(Pattern),
  notFollowedBy: v.optional(Pattern),
  /** How to read the words; for an entry with `values`, how to read a value not listed there. */
  readings: v.array(Reading),
  /**
   * The words are an amount (in billions) or a percentage: their value, read by
   * utils/values.ts, picks the readings in `values` ("10" → the 2023 tranche).
   */
  value: v.optional(v.picklist(['amount', 'percent'])),
  values: v.optional(v.record(v.string(), v.pipe(v.array(Reading), v.minLength(1)))),
  /**
   * A date or condition that a sentence may say once for a list of terms ("through 2030, with
   * our access to OpenAI's IP, our revenue sharing arrangements… all continuing"): each term the
   * sentence only names takes this entry's claim for it.
   */
  sharedByList: v.optional(v.literal(true)),
});

/**
 * Words that point back to a term the sentence before stated ("That exclusivity is gone.", "Ce
 * seuil…", "Der Rückzug…"): a pointing word, then a noun that names the term. Such a noun phrase
 * states of the term what the sentence before stated (utils/analyze.ts); after a sentence that
 * stated nothing of it, it is only a word. Each language's pointing words go with its own nouns.
 */
export const References = v.strictObject({
  /**
   * "this", "ce", "dieser", "este", "questo": they point back before any noun of a term, and may
   * have one word between ("this financial benchmark"). One written with its apostrophe
   * ("quest'") joins the noun without a space.
   */
  demonstratives: Patterns,
  /**
   * "its", "sa", "seinen", "su", "suo": a thing the sentence before named, owned ("giving up its
   * seat", "Microsoft gibt seinen Platz auf"); they point back as demonstratives do.
   */
  possessives: v.optional(Patterns, {}),
  /** "the", "le", "der", "el", "il": they point back only before the nouns that allow it. */
  articles: Patterns,
  /** Words that cannot stand between a demonstrative and its noun (possessives, prepositions…). */
  notBetween: v.optional(Patterns, {}),
  /**
   * Prepositions that open a complement ("of", "de", "von", "di"): a noun followed by one names
   * another thing ("the cap of the index", "le droit de la concurrence") unless an actor follows.
   */
  complements: v.optional(Patterns, {}),
  /**
   * Nouns and the terms each may name, the likeliest first. `claim`: a noun of one term that
   * states that claim whatever the sentence before stated ("the withdrawal": the seat given up).
   * `afterArticle`: nouns specific enough to point back after an article too ("the threshold");
   * others ("the right", "la cifra") do so only after a demonstrative.
   */
  nouns: v.array(
    v.strictObject({
      terms: v.pipe(v.array(Id), v.minLength(1)),
      claim: v.optional(Id),
      afterArticle: v.optional(v.literal(true)),
      patterns: Patterns,
    }),
  ),
});
export type References = v.InferOutput<typeof References>;

/** Other companies whose deals use the same words (utils/parties.ts). */
export const OtherParties = v.strictObject({
  /** The terms whose words fit any company's deal: an investment, a stake. */
  terms: v.array(Id),
  /**
   * Azure's supply to other AI labs, in the same words as OpenAI's ("Azure AI supercomputing
   * infrastructure" for Mistral): its terms are told of another lab's deal when the sentence
   * names one of these labs and not OpenAI.
   */
  supplied: v.optional(v.strictObject({ terms: v.array(Id), labs: v.array(Pattern) }), {
    terms: [],
    labs: [],
  }),
  /**
   * Terms another company may hold in its own name at OpenAI (Apple's observer seat, 2024): told
   * of another company in a sentence that does not name Microsoft, they are not this deal's.
   */
  heldByOthers: v.optional(v.array(Id), []),
  /**
   * Stakes others hold at OpenAI in the same words as Microsoft's (Sam Altman's, the
   * employees'): told of one of these holders in a sentence that does not name Microsoft, its
   * `terms` are not this deal's.
   */
  holders: v.optional(v.strictObject({ terms: v.array(Id), names: v.array(Pattern) }), {
    terms: [],
    names: [],
  }),
  /**
   * Other clouds' deals in Azure's words ("AWS will be the exclusive third-party cloud for
   * OpenAI Frontier", "this $100B AWS commitment"): `claims` stated, not denied, and any
   * reading of `terms`, in a sentence naming one of `names` and none of `ours` nor Microsoft,
   * are that cloud's.
   */
  clouds: v.optional(
    v.strictObject({
      claims: v.array(Id),
      terms: v.optional(v.array(Id), []),
      names: v.array(Pattern),
      ours: v.array(Pattern),
    }),
    { claims: [], terms: [], names: [], ours: [] },
  ),
  /** Other companies, as any language writes them, and the other investors as a whole. */
  names: v.array(Pattern),
  /** Microsoft and OpenAI by name or epithet. */
  microsoft: v.array(Pattern),
  openai: v.array(Pattern),
});
export type OtherParties = v.InferOutput<typeof OtherParties>;

export const Lexicon = v.strictObject({
  /**
   * Names that make a passage about the deal. Every hit needs one within `actorWindow`
   * characters before it (or in its own sentence), so "exclusive rights" in a sports story is
   * never read as a deal term.
   */
  actors: v.pipe(v.array(Pattern), v.minLength(1)),
  actorWindow: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /**
   * The page must name one actor of every group (Microsoft and OpenAI) somewhere before
   * anything is highlighted.
   */
  pageGate: v.pipe(v.array(v.array(Pattern)), v.minLength(1)),
  /** Words that turn a claim into its `negated` reading when they precede it closely. */
  negations: Patterns,
  negationWindow: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /**
   * Words that make a negation right after them an aim or a mere possibility, not a fact:
   * "seeking to end the exclusivity", "demande de mettre fin à", "could lose its exclusive rights",
   * "podría perder" state the exclusivity, not its end.
   */
  aims: v.optional(Patterns, {}),
  /**
   * Words that negate a claim they follow in its sentence, within `negationAfterWindow`
   * characters: a predicate that ends the claim ("is gone", "entfällt", "disparaît", "viene
   * meno") or a verb that German puts last ("…dass Microsoft sein Vorkaufsrecht verliert").
   */
  negationsAfter: v.optional(Patterns, {}),
  /**
   * A clause that closes the sentence by saying the claim no longer holds ("…, but that is no
   * longer the case", "…, ce ne sera désormais plus le cas"): unlike `negationsAfter`, read past a
   * comma, within the same window.
   */
  negationsClosing: v.optional(Patterns, {}),
  /**
   * Verbs that end a claim with their particle split off to close the clause, as German
   * separable verbs do ("Microsoft gibt die Exklusivität auf", "hebt … auf", "schafft … ab"):
   * `verb` ends within the negation window before the claim, `particle` closes its clause after.
   */
  negationsSplit: v.optional(v.array(v.strictObject({ verb: Pattern, particle: Pattern })), []),
  negationAfterWindow: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  /**
   * Words that present a claim as the past or as what was replaced: `before` it ("instead
   * of", "previously", "bisher") or `after` it ("used to", "before the recapitalisation").
   * A claim that no longer holds, so framed within the window in its sentence, is history
   * told rightly, not an outdated statement (docs/judging.md). The windows are short: "until
   * now exclusive, Azure keeps a right of first refusal" frames the exclusivity, not the right.
   */
  pastFraming: v.strictObject({ before: Patterns, after: Patterns }),
  /**
   * A past tense alone ("had", "détenait", "besaß", "tenía", "aveva"): it narrates, and does not
   * say the claim was replaced. It makes history only of what had already ended when the page
   * was written (it is read over the whole sentence, `pastInSentence`); what still held then,
   * told in the past ("Microsoft disposait désormais d'un droit de premier refus"), has changed
   * since the article (docs/judging.md, rule 4).
   */
  pastTense: Patterns,
  /**
   * Two claims of one term joined by a change ("convert its capped-profit arm into a public
   * benefit corporation", "va se transformer en PBC"): the first is what was left, told as the
   * past; the second is what the sentence states. `verbs` say the change, anywhere in the
   * sentence (German puts it last); `into` stands between the two ("into", "en", "in", "zu").
   * Verbs whose order runs the other way ("replaces") are not among them.
   */
  changes: v.optional(v.strictObject({ verbs: Patterns, into: Patterns })),
  pastFramingWindow: v.strictObject({
    before: v.pipe(v.number(), v.integer(), v.minValue(0)),
    after: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  /**
   * Words that make an amount approximate when they precede it ("more than $10 billion"): it
   * then names no tranche (its value's readings stand without their version).
   */
  approximate: Patterns,
  /**
   * Results an amount may measure (net income, a loss, a charge): "su beneficio neto aumentó en
   * 7.600 millones de dólares gracias a su participación en OpenAI", "a $3.1 billion hit" state
   * no money invested. Within three words before or after the amount, in its sentence.
   */
  results: v.optional(Patterns),
  /**
   * Words that make a percentage a movement or one end of a range rather than a level when they
   * stand right before it ("shares rose 27%", "um 27 Prozent", "zwischen 20% und 49%"): such a
   * figure states no stake nor share of revenue.
   */
  movement: v.optional(Patterns, {}),
  otherParties: v.optional(OtherParties),
  /** Named groups of context words ("intellectual property", "API", "stake"…). */
  anchors: v.record(Id, Patterns),
  /**
   * Anchors that only name a term's subject ("Stargate"), not its claim: a sentence right after
   * one that stated the term needs no such word ("Microsoft, Nvidia et Arm sont partenaires
   * technologiques" after a sentence on Stargate).
   */
  topicAnchors: v.optional(v.array(Id), []),
  /**
   * Words that join the nouns of a list ("and", "und", "et", "y", "e"): the words of a hit
   * joined to anchors of two terms ("exklusiver Cloud- und API-Partner") state both terms.
   */
  coordinators: v.optional(Patterns, {}),
  references: v.optional(References),
  /** In priority order: where two entries match at the same place, the earlier one wins. */
  entries: v.pipe(v.array(Entry), v.minLength(1)),
});

export type Reading = v.InferOutput<typeof Reading>;
export type Entry = v.InferOutput<typeof Entry>;
export type Lexicon = v.InferOutput<typeof Lexicon>;
export type LexiconLang = keyof v.InferOutput<typeof Patterns>;
