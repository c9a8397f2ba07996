/**
 * Compiles the lexicon (data/lexicon.json) into the few regular expressions the analyser runs.
 *
 * The whole vocabulary — every phrase of every term in every language, plus the actor names —
 * becomes ONE pattern, so a text is scanned once however many phrases there are. Each entry is
 * a capture group; the index of the group that matched maps the hit back to its entry. (mark.js
 * `mark(array)` walks the DOM once per phrase, which is what made the naive approach slow.)
 */
import * as v from 'valibot';
import { Lexicon, type Entry, type Reading, type References } from '@/data/lexicon-schema';
import { compileParties, type CompiledParties } from './parties';
import {
  alternatives,
  BEFORE,
  bounded,
  expandForRawText,
  expandPattern,
  LANGS,
  longestFirst,
  shapeProblem,
} from './patterns';

export type { Entry, Reading };

export interface CompiledLexicon {
  readonly entries: readonly Entry[];
  /**
   * Entries then actors, one capture group each, split in order into patterns of at most
   * SCAN_CHUNK_CHARS (findHits merges their matches as one alternation would match).
   */
  readonly scans: readonly ScanChunk[];
  readonly actor: RegExp;
  /**
   * Any actor name in raw text, without word edges: true for every text in which a block could
   * find an actor, including text read across blocks (textContent), where words run together.
   */
  readonly actorAnywhere: RegExp;
  /** `actorAnywhere`, global: each place such a name stands. */
  readonly actorsAnywhere: RegExp;
  readonly actorWindow: number;
  /** Other companies whose investments and stakes are told in the same words, or null. */
  readonly parties: CompiledParties | null;
  readonly pageGate: readonly RegExp[];
  readonly negation: RegExp;
  readonly negationWindow: number;
  /** Words that make the negation right after them an aim ("seeking to end"), or null. */
  readonly aimBefore: RegExp | null;
  /**
   * The text between two anchors of a list ("Cloud- und API-"), tried on exactly that text: a
   * comma, or a coordinator and a word of grammar; null when the lexicon has none.
   */
  readonly coordination: RegExp | null;
  /**
   * Noun phrases that point back to a term ("that exclusivity", "ce seuil"): capture group i + 1
   * is a noun of `groups[i]`. Null when the lexicon has none.
   */
  readonly references: CompiledReferences | null;
  /** Negations that follow what they negate, each anchored at the start of the text it is tried on. */
  readonly negationAfter: RegExp | null;
  /** A closing clause that ends the claim ("…, that is no longer the case"), read past commas. */
  readonly negationClosing: RegExp | null;
  readonly negationAfterWindow: number;
  /**
   * Separable verbs that end a claim: `verb` at most a few words before the end of the text it is
   * tried on, `particle` closing the clause that starts the text it is tried on.
   */
  readonly negationSplit: readonly { readonly verb: RegExp; readonly particle: RegExp }[];
  /** An approximation word ending just before an amount ("more than ", "rund "). */
  readonly approximateBefore: RegExp;
  /** A movement word ending just before a percentage ("rose ", "um "), or null if none. */
  readonly movementBefore: RegExp | null;
  /** A result ("net income", "perte") a few words before an amount, or after it; null if none. */
  readonly resultBefore: RegExp | null;
  readonly resultAfter: RegExp | null;
  /** Past-framing phrases that stand before the words they frame, and after them. */
  readonly pastBefore: RegExp;
  readonly pastAfter: RegExp;
  /** A past tense alone, anywhere in a sentence (`pastTense`). */
  readonly pastTense: RegExp;
  /** A change ("convert", "devenir") and the word leading to what it made ("into", "en"). */
  readonly changeVerb: RegExp | null;
  readonly changeInto: RegExp | null;
  /** Either kind opening a sentence ("Until now, …", "Avant la recapitalisation, …"). */
  readonly pastOpening: RegExp;
  readonly pastFramingWindow: { readonly before: number; readonly after: number };
  /**
   * One global pattern per anchor name, in `anchorNames` order: anchors of different names may
   * overlap ("a déjà investi" is both "invest" and "invested in OpenAI"), so each is sought alone.
   */
  readonly anchors: readonly RegExp[];
  readonly anchorNames: readonly string[];
  /** For each entry, the indices (into `anchors`) of the anchors its readings name. */
  readonly anchorsOfEntry: readonly (readonly number[])[];
  /** Anchors that only name a term's subject: the sentence before may stand for them. */
  readonly topicAnchors: ReadonlySet<string>;
}

export interface CompiledReferences {
  readonly re: RegExp;
  readonly groups: readonly { readonly terms: readonly string[]; readonly claim?: string }[];
  /** A complement opening right after the noun ("of", "de", "von"), or null. */
  readonly complement: RegExp | null;
}

export class LexiconError extends Error {}

/**
 * V8 does not optimise a regular expression whose source passes 20 KiB (kRegExpTooLargeToOptimize):
 * the one combined pattern of 43k characters scanned text 40 times slower than one of 16k. The
 * entries are therefore split into patterns below that size. Below it, a pass costs little more
 * for being bigger (on 500k characters of article text, in Node: 1k of groups 4.6 ms, 8k 6.9 ms,
 * 16k 11 ms, 19k 12 ms; 24k 350 ms), so the chunks are as large as fits: groups up to 20,390
 * characters; the word edges (WORD_CHARS, its characters written as themselves, not escapes)
 * add 87, which leaves each pattern under 20,480.
 */
const SCAN_CHUNK_CHARS = 20_390;

/** One of the scan patterns: `entryOfGroup[i]` is the entry of its group i + 1 (-1: actors). */
export interface ScanChunk {
  readonly re: RegExp;
  readonly entryOfGroup: readonly number[];
}

/** The first pattern of `sources` (with where it stands) that does not compile alone. */
function firstInvalid(sources: readonly (readonly [string, string])[]): string | null {
  for (const [where, source] of sources) {
    try {
      new RegExp(expandPattern(source), 'i');
    } catch (error) {
      return `${where}: ${(error as Error).message}`;
    }
  }
  return null;
}

/** Validates the raw lexicon and compiles it; throws LexiconError with every problem found. */
export function compileLexicon(raw: unknown): CompiledLexicon {
  const parsed = v.safeParse(Lexicon, raw);
  if (!parsed.success) {
    const problems = parsed.issues.map(
      (issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`,
    );
    throw new LexiconError(`lexicon.json is invalid:\n${problems.join('\n')}`);
  }
  const lexicon = parsed.output;
  const problems: string[] = [];
  const sources: (readonly [string, string])[] = [];
  const check = (where: string, source: string): void => {
    sources.push([where, source]);
    const problem = shapeProblem(source);
    if (problem) problems.push(`${where}: ${problem}`);
  };
  for (const entry of lexicon.entries) {
    for (const lang of LANGS) entry.patterns[lang]?.forEach((p) => check(`${entry.id}.${lang}`, p));
    if (entry.notPrecededBy) check(`${entry.id}.notPrecededBy`, entry.notPrecededBy);
    if (entry.notFollowedBy) check(`${entry.id}.notFollowedBy`, entry.notFollowedBy);
    if (entry.readings.length === 0 && !entry.values) problems.push(`${entry.id}: no reading`);
    if ((entry.value === undefined) !== (entry.values === undefined)) {
      problems.push(`${entry.id}: "value" and "values" go together`);
    }
    for (const reading of [...entry.readings, ...Object.values(entry.values ?? {}).flat()]) {
      if (reading.anchor && !(reading.anchor in lexicon.anchors)) {
        problems.push(`${entry.id}: unknown anchor "${reading.anchor}"`);
      }
    }
  }
  for (const name of lexicon.topicAnchors) {
    if (!(name in lexicon.anchors)) problems.push(`topicAnchors: unknown anchor "${name}"`);
  }
  if (lexicon.references) {
    // Every pattern of them joins one combined pattern: a capture group anywhere would shift
    // which noun group each match is read as.
    const { nouns, ...words } = lexicon.references;
    for (const [name, patterns] of Object.entries(words))
      for (const lang of LANGS) patterns[lang]?.forEach((p) => check(`references.${name}`, p));
    nouns.forEach((group, i) => {
      for (const lang of LANGS) group.patterns[lang]?.forEach((p) => check(`references.${i}`, p));
      if (group.claim && group.terms.length !== 1)
        problems.push(`references.${i}: a claim belongs to one term`);
    });
  }
  lexicon.actors.forEach((p) => check('actors', p));
  if (problems.length > 0)
    throw new LexiconError(`lexicon.json is invalid:\n${problems.join('\n')}`);

  const entryGroups = lexicon.entries.map((entry) => {
    const words = alternatives(entry.patterns);
    if (!entry.notPrecededBy && !entry.notFollowedBy) return `(${words})`;
    const before = entry.notPrecededBy ? `(?<!${expandPattern(entry.notPrecededBy)})` : '';
    const after = entry.notFollowedBy ? `(?!${expandPattern(entry.notFollowedBy)})` : '';
    return `(${before}(?:${words})${after})`;
  });
  const actors = lexicon.actors.map(expandPattern).join('|');
  const actorsInRawText = lexicon.actors.map(expandForRawText).join('|');
  const anchorNames = Object.keys(lexicon.anchors);
  const pastBefore = alternatives(lexicon.pastFraming.before);
  const pastAfter = alternatives(lexicon.pastFraming.after);
  const movement = alternatives(lexicon.movement);
  const results = lexicon.results ? alternatives(lexicon.results) : '';
  const negationAfter = alternatives(lexicon.negationsAfter);
  const negationClosing = alternatives(lexicon.negationsClosing);
  const aims = alternatives(lexicon.aims);
  const coordinators = alternatives(lexicon.coordinators);
  let scans: ScanChunk[];
  try {
    scans = scanChunks([...entryGroups.map((g, i) => [g, i] as const), [`(${actors})`, -1]]);
  } catch (error) {
    // Only now is each pattern compiled alone: to name the one at fault.
    const culprit = firstInvalid(sources) ?? (error as Error).message;
    throw new LexiconError(`lexicon.json is invalid:\n${culprit}`);
  }
  return {
    entries: lexicon.entries,
    scans,
    actor: new RegExp(bounded(actors), 'i'),
    actorAnywhere: new RegExp(actorsInRawText, 'i'),
    actorsAnywhere: new RegExp(actorsInRawText, 'gi'),
    actorWindow: lexicon.actorWindow,
    parties: lexicon.otherParties ? compileParties(lexicon.otherParties) : null,
    pageGate: compilePageGate(lexicon.pageGate),
    negation: new RegExp(bounded(alternatives(lexicon.negations)), 'gi'),
    negationWindow: lexicon.negationWindow,
    aimBefore: aims ? endingHere(aims) : null,
    // A comma alone, or a coordinator and at most one word of grammar ("e sulla"): ", and the"
    // joins clauses, not the nouns of a list.
    coordination: coordinators
      ? new RegExp(`^ *(?:, *|(?:${coordinators}) +(?:[^ ,.;:]+ +)?)$`, 'i')
      : null,
    references: lexicon.references ? compileReferences(lexicon.references) : null,
    negationAfter: negationAfter ? new RegExp(`^[^.,;:!?]*?${bounded(negationAfter)}`, 'i') : null,
    negationClosing: negationClosing
      ? new RegExp(`^[^.;:!?]*?${bounded(negationClosing)}`, 'i')
      : null,
    negationAfterWindow: lexicon.negationAfterWindow,
    negationSplit: lexicon.negationsSplit.map(({ verb, particle }) => ({
      // A few words (the claim's article, an adjective) may stand between the verb and the claim.
      verb: endingHere(`(?:${expandPattern(verb)})(?: +[^ .;:!?,]+){0,4}`),
      particle: new RegExp(`^[^.;:!?,]*?${bounded(expandPattern(particle))} *(?:[.;:!?,]|$)`, 'i'),
    })),
    approximateBefore: endingHere(alternatives(lexicon.approximate)),
    movementBefore: movement ? endingHere(movement) : null,
    // Up to three words between, none ending a clause: "beneficio neto aumentó en ", " de son bénéfice net".
    resultBefore: results ? new RegExp(`${bounded(results)}(?: +[^ .;:!?]+){0,3} *$`, 'i') : null,
    resultAfter: results ? new RegExp(`^(?: +[^ .;:!?]+){0,3}? +${bounded(results)}`, 'i') : null,
    pastBefore: new RegExp(bounded(pastBefore), 'i'),
    pastAfter: new RegExp(bounded(pastAfter), 'i'),
    pastTense: new RegExp(bounded(alternatives(lexicon.pastTense)), 'i'),
    changeVerb: lexicon.changes
      ? new RegExp(bounded(alternatives(lexicon.changes.verbs)), 'i')
      : null,
    changeInto: lexicon.changes
      ? new RegExp(bounded(alternatives(lexicon.changes.into)), 'i')
      : null,
    // Quotation marks opening the sentence are spaces by now (normalizeText).
    pastOpening: new RegExp(`^[ '¿¡(—–-]*${bounded(`${pastBefore}|${pastAfter}`)}`, 'i'),
    pastFramingWindow: lexicon.pastFramingWindow,
    anchors: anchorNames.map(
      (name) => new RegExp(bounded(alternatives(lexicon.anchors[name]!)), 'gi'),
    ),
    anchorNames,
    anchorsOfEntry: lexicon.entries.map((entry) => {
      const names = new Set(
        [...entry.readings, ...Object.values(entry.values ?? {}).flat()].map((r) => r.anchor),
      );
      return anchorNames.flatMap((name, i) => (names.has(name) ? [i] : []));
    }),
    topicAnchors: new Set(lexicon.topicAnchors),
  };
}

/**
 * Each language's pointing words before its own nouns ("this financial benchmark", "die
 * Obergrenze"), one capture group per language and noun group: the Spanish article "la" must not
 * point at an Italian "quota", nor the German "des" at a French noun.
 */
function compileReferences(references: References): CompiledReferences {
  /** Words written with their apostrophe join the noun; others are followed by a space. */
  const pointing = (words: readonly string[], between: string) => {
    const spaced = longestFirst(words.filter((w) => !w.endsWith("'")));
    const elided = longestFirst(words.filter((w) => w.endsWith("'")));
    return [spaced && `(?:${spaced}) ${between}`, elided && `(?:${elided})`]
      .filter(Boolean)
      .join('|');
  };
  const sources: string[] = [];
  const groups: { terms: readonly string[]; claim?: string }[] = [];
  for (const lang of LANGS) {
    const notBetween = longestFirst(references.notBetween[lang] ?? []);
    const slot = notBetween ? `(?:(?!(?:${notBetween}) )\\w+ )?` : '(?:\\w+ )?';
    // Possessives point back as demonstratives do: one alternation of both.
    const demonstrative = pointing(
      [...(references.demonstratives[lang] ?? []), ...(references.possessives[lang] ?? [])],
      slot,
    );
    const article = pointing(references.articles[lang] ?? [], '');
    for (const { terms, claim, afterArticle, patterns } of references.nouns) {
      const nouns = longestFirst(patterns[lang] ?? []);
      const point = [demonstrative, afterArticle ? article : ''].filter(Boolean).join('|');
      if (!nouns || !point) continue;
      sources.push(`(?:${point})(${nouns})`);
      groups.push(claim ? { terms, claim } : { terms });
    }
  }
  const complements = alternatives(references.complements);
  // Sources as written (longestFirst): the whole pattern is expanded once, around them.
  return {
    re: new RegExp(bounded(expandPattern(sources.join('|'))), 'gi'),
    groups,
    complement: complements ? new RegExp(`^ *(?:${complements})(?: +|(?<='))`, 'i') : null,
  };
}

/** Words (a pattern body) that end right where the text tried ends, spaces aside. */
function endingHere(body: string): RegExp {
  return new RegExp(`${BEFORE}(?:${body}) *$`, 'i');
}

/**
 * The page gate's patterns alone: a few names, cheap to compile, so that a page that never
 * names both companies costs almost nothing (the full lexicon is never compiled for it).
 * `wordEdges: false` for text read across elements, where one block's last word runs into the
 * next block's first ("…the termsMicrosoft…"): a name must still be found there.
 */
export function compilePageGate(
  groups: readonly (readonly string[])[],
  { wordEdges = true }: { wordEdges?: boolean } = {},
): RegExp[] {
  return groups.map((group) => {
    const names = group.map(expandForRawText).join('|');
    return new RegExp(wordEdges ? bounded(names) : names, 'i');
  });
}

/**
 * Groups into patterns of at most SCAN_CHUNK_CHARS (a group longer alone stands alone), each
 * group in the first pattern with room for it: every pass over the text costs, so as few
 * patterns as the groups fit in. Within a pattern the groups keep their order (the first entry
 * that matches at a place wins there, and actors, last, lose to every entry); across patterns
 * findHits ranks the matches by entry, so a group need not sit next to its neighbours.
 */
function scanChunks(groups: readonly (readonly [string, number])[]): ScanChunk[] {
  const open: { sources: string[]; entryOfGroup: number[]; size: number }[] = [];
  for (const [source, entry] of groups) {
    let chunk = open.find((c) => c.size + source.length <= SCAN_CHUNK_CHARS);
    if (!chunk) {
      chunk = { sources: [], entryOfGroup: [], size: 0 };
      open.push(chunk);
    }
    chunk.sources.push(source);
    chunk.entryOfGroup.push(entry);
    chunk.size += source.length + 1;
  }
  return open.map(({ sources, entryOfGroup }) => ({
    re: new RegExp(bounded(sources.join('|')), 'gi'),
    entryOfGroup,
  }));
}
