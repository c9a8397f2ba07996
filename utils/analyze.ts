/**
 * From plain text to mentions: which sentences state a deal term, which claim or version they
 * state, and whether that still holds. Pure: the content script feeds it the text of each block
 * of the page in document order; tests feed it strings.
 */
import { needsCorrection, noLongerHolds, type Deal } from '@/data/deal';
import type { Mention } from './mention';
import {
  carriedReading,
  negatedAfter,
  negatedAround,
  negatedBefore,
  pastFramed,
  pastInSentence,
  pastTense,
  readingsOf,
} from './hit-context';
import { findAnchors, findHits, groupOf, normalizeText, type AnchorHit, type Hit } from './hits';
import type { CompiledLexicon, Reading } from './lexicon';
import {
  anotherCloudsExclusivity,
  anotherPartysDeal,
  namesAnotherCompany,
  paragraphParties,
} from './parties';
import { splitSentences, type Span } from './sentences';

export interface PassageContext {
  deal: Deal;
  lexicon: CompiledLexicon;
  /** The page's publication date, YYYY-MM-DD, or null when unknown. */
  pageDate: string | null;
  /** The date statements are judged against, YYYY-MM-DD. */
  today: string;
}

/**
 * Characters of page text since the last actor name (Microsoft, OpenAI…), carried from one
 * block to the next so that a paragraph can lean on the one before it.
 */
export type ActorDistance = number;
export const NO_ACTOR: ActorDistance = Number.POSITIVE_INFINITY;

export interface BlockResult {
  mentions: Mention[];
  /** Actor distance at the end of this block, to pass to the next one. */
  actorDistance: ActorDistance;
  /** What the block's last sentence stated, to pass to the next block. */
  said: readonly Said[];
}

interface Candidate {
  hit: Hit;
  reading: Reading;
  claim: string | null;
  sentence: Span;
  /** The date the statement speaks of, when the text names an earlier year ("En 2019, …"). */
  spokenOf: string | null;
  /** The sentence presents the words as the past or as what was replaced ("previously"…). */
  past: boolean;
  /** The claim is the reading's negated one: a negation turned the words. */
  negated: boolean;
  via: Via;
}

/**
 * Whose words state the term: its own; another term's, through a list ("exklusiver Cloud- und
 * API-Partner"); or words pointing back to what the sentence before stated ("that exclusivity").
 */
type Via = 'own' | 'list' | 'reference';

/**
 * What a sentence stated of a term, as the reading that words pointing back to it take: its
 * claim as stated and, as `negated`, the claim a negation would turn it into.
 */
export type Said = Reading;

/** The words that place a statement in a year: "in 2019", "en 2019", "im Jahr 2019", "nel 2019". */
const IN_YEAR = 'in|en|im(?: Jahr)?|nel';

/** A year right after `words`. Not "until 2030" or "through 2032": terms of the deal, not when said. */
function yearIntroducedBy(words: string, flags: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words})[\\s\\u00a0]+((?:19|20)\\d\\d)(?!\\p{N})`,
    flags,
  );
}

/** Before the words, "desde 2019" places the statement too. */
const YEAR = yearIntroducedBy(`${IN_YEAR}|seit|depuis|since|desde|dès`, 'giu');

/** After the words, only "in 2024": there "since 2019" would say the claim still runs. */
const YEAR_AFTER = yearIntroducedBy(IN_YEAR, 'iu');

/**
 * The last year named in `before` (the text since the start of the previous sentence), else the
 * first the sentence names after the words ("… de revenus partagés en 2024").
 */
function yearSpokenOf(before: string, after: string, pageDate: string | null): string | null {
  let year: string | undefined;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(before); m !== null; m = YEAR.exec(before)) year = m[1];
  year ??= YEAR_AFTER.exec(after)?.[1];
  if (!year) return null;
  const endOfYear = `${year}-12-31`;
  return pageDate === null || endOfYear < pageDate ? endOfYear : null;
}

/** A year, unless it is where something runs from ("since 2019": then it still runs). */
const YEAR_NAMED =
  /(?<!(?:since|seit|depuis|dès|desde|dal|dall')[\s\u00a0]+)(?<![\p{L}\p{N}])((?:19|20)\d\d)(?!\p{N})/giu;

/**
 * Does the sentence name a year before the page's ("se remonta a 2019, cuando…")? It then tells
 * of that time; the terms of the deal are dated after any page (through 2030, 2032).
 */
function namesEarlierYear(sentence: string, pageDate: string | null): boolean {
  if (pageDate === null) return false;
  const pageYear = pageDate.slice(0, 4);
  YEAR_NAMED.lastIndex = 0;
  for (let m = YEAR_NAMED.exec(sentence); m !== null; m = YEAR_NAMED.exec(sentence))
    if (m[1]! < pageYear) return true;
  return false;
}

export interface BlockKind {
  /**
   * A short heading names topics rather than stating them: it yields mentions only for
   * specific claims ("Microsoft takes 27% stake"), never for a bare term ("IP rights and new
   * terms"). A heading written as a full sentence is read like any sentence.
   */
  heading?: boolean;
}

const SHORT_HEADING_WORDS = 10;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Analyses one block of text. `actorDistance` is the distance carried from earlier blocks;
 * `known`, the block's hits if the caller has found them already (what findHits would return);
 * `saidBefore`, what the sentence before the block stated (the last block's `said`).
 */
export function analyzeBlock(
  ctx: PassageContext,
  text: string,
  actorDistance: ActorDistance = NO_ACTOR,
  kind: BlockKind = {},
  known?: readonly Hit[],
  saidBefore: readonly Said[] = [],
): BlockResult {
  // Patterns read the normalized text; mentions quote the page's own (same offsets).
  const plain = normalizeText(text);
  const hits = known ?? findHits(ctx.lexicon, plain);
  const actors = hits.filter((h) => h.entry < 0);
  const lastActor = actors.at(-1);
  const after = lastActor ? text.length - lastActor.end : actorDistance + text.length;
  const termHits = hits.filter((h) => h.entry >= 0);
  if (termHits.length === 0 && saidBefore.length === 0)
    return { mentions: [], actorDistance: after, said: [] };

  const sentences = splitSentences(plain);
  const paragraph = paragraphParties(ctx.lexicon.parties, plain);
  const mentions: Mention[] = [];
  const namesOnly = kind.heading === true && wordCount(plain) < SHORT_HEADING_WORDS;
  let said = saidBefore;
  let next = 0; // hits and sentences are both in order: walk them together
  sentences.forEach((sentence, index) => {
    while (next < termHits.length && termHits[next]!.start < sentence.start) next++;
    const inSentence: Hit[] = [];
    for (let i = next; i < termHits.length && termHits[i]!.start < sentence.end; i++) {
      if (termHits[i]!.end <= sentence.end) inSentence.push(termHits[i]!);
    }
    if (inSentence.length === 0 && said.length === 0) return;
    const candidates: Candidate[] = [];
    const context = sentences[index - 1]?.start ?? sentence.start;
    const sentenceText = plain.slice(sentence.start, sentence.end);
    // Only the anchors that the readings of this sentence's hits name: most are never needed.
    const needed = new Set(
      inSentence.flatMap((h) =>
        [h, ...(h.shadowed ?? [])].flatMap((w) => ctx.lexicon.anchorsOfEntry[w.entry] ?? []),
      ),
    );
    const namesAnActor = actors.some((a) => a.start >= sentence.start && a.end <= sentence.end);
    const anchors = findAnchors(ctx.lexicon, sentenceText, needed).map((a) => ({
      ...a,
      start: a.start + sentence.start,
      end: a.end + sentence.start,
    }));
    // Whose deal, and whose money, is asked of every term the words state.
    const ours = (r: Reading): boolean =>
      !anotherPartysDeal(ctx.lexicon.parties, r.term, sentenceText, paragraph) &&
      (!r.named || namesAnActor);
    const consider = (r: Reading, at: Hit, via: Via, denied: boolean): void => {
      const negated = (r.negated !== undefined || r.misstatement !== undefined) && denied;
      // A misstatement denied ("the panel does not declare AGI") states nothing we can judge.
      if (negated && r.misstatement !== undefined) return;
      const claim = (negated ? r.negated : r.claim) ?? null;
      if (namesOnly && claim === null && !r.version) return;
      const spokenOf = yearSpokenOf(
        plain.slice(context, at.start),
        plain.slice(at.end, sentence.end),
        ctx.pageDate,
      );
      // A past tense tells the past of a sentence placed in an earlier year ("In 2019, it was
      // restructured…"); else it may narrate the day's news ("disposait désormais…").
      const past =
        pastFramed(ctx.lexicon, plain, sentence, at) ||
        (spokenOf !== null && pastTense(ctx.lexicon, sentenceText));
      // Another cloud's exclusivity is not Azure's, unless told as the past ("su ex socio
      // exclusivo" beside AWS is Azure's former one).
      if (!negated && !past && anotherCloudsExclusivity(ctx.lexicon.parties, claim, sentenceText))
        return;
      candidates.push({
        hit: at,
        reading: r,
        claim,
        negated,
        sentence,
        spokenOf,
        past,
        via,
      });
    };
    const deniedAt = (at: Hit): boolean =>
      negatedBefore(ctx.lexicon, plain, sentence.start, at.start) ||
      negatedAfter(ctx.lexicon, plain, at.end, sentence.end) ||
      negatedAround(ctx.lexicon, plain, sentence.start, at, sentence.end);
    // Where hidden words were read in place of a hit, the hits they run into are theirs.
    let readUntil = sentence.start;
    for (const found of inSentence) {
      if (found.start < readUntil) continue;
      if (!aboutTheDeal(ctx.lexicon, actors, actorDistance, sentence, found)) continue;
      // The hit's own words, else words of another entry that they hide (in the sentence).
      let hit = found;
      let chosen: Chosen | undefined;
      let tier: readonly Reading[] = [];
      for (const words of [found, ...(found.shadowed ?? [])]) {
        if (words.end > sentence.end) continue;
        const entry = ctx.lexicon.entries[words.entry]!;
        for (tier of readingsOf(ctx.lexicon, entry, plain, words, sentence.start)) {
          chosen = chooseReading(tier, anchors, words);
          if (chosen) break;
        }
        if (chosen) {
          hit = words;
          break;
        }
      }
      // Words with no anchor of their own in the sentence, right after one that stated their
      // term: a figure ("Plusieurs médias ont évoqué le chiffre de 10 milliards de dollars"),
      // or words whose anchor only names the subject ("sont cités comme partenaires
      // technologiques" after a sentence on Stargate).
      if (!chosen && said.length > 0) {
        const entry = ctx.lexicon.entries[found.entry]!;
        const r = carriedReading(
          ctx.lexicon,
          entry,
          plain,
          found,
          sentence.start,
          said.map((s) => s.term),
        );
        // A figure beside another company is likely its own ("a $100 billion expansion" of
        // Amazon's deal); a list of partners names other companies by nature. Asked last: most
        // hits carry nothing.
        if (
          r &&
          ours(r) &&
          !(entry.value !== undefined && namesAnotherCompany(ctx.lexicon.parties, sentenceText))
        ) {
          readUntil = found.end;
          consider(r, found, 'reference', deniedAt(found));
          continue;
        }
      }
      if (!chosen || !ours(chosen.reading)) continue;
      readUntil = hit.end;
      const denied = deniedAt(hit);
      const reading = anchorDenied(ctx.lexicon, plain, sentence, chosen, hit)
        ? { term: chosen.reading.term }
        : chosen.reading;
      consider(reading, hit, 'own', denied);
      for (const [r, at] of coordinated(
        ctx.lexicon,
        plain,
        tier,
        reading,
        anchors,
        hit,
        inSentence,
      ))
        if (ours(r)) consider(r, at, 'list', denied);
    }
    sharedTerms(ctx.lexicon, inSentence, candidates);
    // Words pointing back, where no words of the sentence were read as a term already ("That
    // exclusivity is gone": the bare word has no reading of its own there). Not in a heading,
    // which opens what follows; not in a sentence naming another company ("Apple's role").
    if (
      said.length > 0 &&
      kind.heading !== true &&
      !namesAnotherCompany(ctx.lexicon.parties, sentenceText)
    ) {
      const read = candidates.map((c) => c.hit);
      for (const { at, terms, claim } of referencesIn(ctx.lexicon, plain, sentence, read)) {
        if (!aboutTheDeal(ctx.lexicon, actors, actorDistance, sentence, at)) continue;
        const before = terms
          .map((t) => said.find((r) => r.term === t))
          .find((r) => r !== undefined);
        if (!before) continue;
        // A noun of the term's end ("the withdrawal") states that claim, whatever came before.
        const reading = claim ? { term: before.term, claim } : before;
        if (ours(reading)) consider(reading, at, 'reference', deniedAt(at));
      }
    }
    if (candidates.length === 0) {
      said = [];
      return;
    }
    leftBehind(ctx.lexicon, plain, candidates);
    givenUp(candidates);
    // Past framing is said of a claim, not of the words that name it: two phrases of one claim
    // in a sentence ("took an observer seat without a vote") share it.
    const pastClaims = new Set(
      candidates.filter((c) => c.past).map((c) => `${c.reading.term}:${c.claim}`),
    );
    for (const c of candidates) c.past ||= pastClaims.has(`${c.reading.term}:${c.claim}`);
    const judged = candidates.map((c) => ({ c, mention: judge(ctx, text, c, pastSomewhere) }));
    const kept = keepOnePerTerm(
      // Words pointing back never raise a flag: what a sentence says of a thing it only points
      // to ("That right expired in October", "Those rights gave Bing an edge") is not that
      // claim read again, and a wrong flag costs the reader more than a missing one.
      judged.filter(({ c, mention }) => c.via !== 'reference' || !needsCorrection(mention.status)),
      (claim) => ctx.deal.spansEveryVersion(claim),
    );
    mentions.push(...kept.map((k) => k.mention));
    // A misstatement lives in its own words ("Microsoft's Stargate investment"): words that
    // only point back to the thing ("ce projet") do not repeat it.
    said = kept.filter((k) => k.c.reading.misstatement === undefined).map((k) => saidOf(k.c));
  });
  return { mentions, actorDistance: after, said };

  // Asked only of what would be out of date: the whole sentence is read for it.
  function pastSomewhere(c: Candidate): boolean {
    return (
      pastInSentence(ctx.lexicon, plain, c.sentence, c.hit) ||
      namesEarlierYear(plain.slice(c.sentence.start, c.sentence.end), ctx.pageDate)
    );
  }
}

/** The most text a change may put between what it left and what it made. */
const CHANGE_SPAN = 100;

/**
 * Of two claims of one term joined by a change ("convert its capped-profit arm into a public
 * benefit corporation"), the first is what was left behind: it is told as the past, and the
 * sentence states the second.
 */
function leftBehind(lexicon: CompiledLexicon, text: string, candidates: Candidate[]): void {
  const { changeVerb, changeInto } = lexicon;
  if (!changeVerb || !changeInto) return;
  for (const from of candidates) {
    if (from.claim === null) continue;
    const to = candidates.find(
      (c) =>
        c.reading.term === from.reading.term &&
        c.claim !== null &&
        c.claim !== from.claim &&
        c.hit.start >= from.hit.end,
    );
    if (!to || to.hit.start - from.hit.end > CHANGE_SPAN) continue;
    if (
      changeInto.test(text.slice(from.hit.end, to.hit.start)) &&
      changeVerb.test(text.slice(from.sentence.start, from.sentence.end))
    )
      from.past = true;
  }
}

/**
 * The most text between the words of a claim's end and the claim it ended ("relinquishing its
 * seat as an observer").
 */
const GIVEN_UP_SPAN = 40;

/**
 * A claim named right after the words of its own end ("relinquishing its seat as an observer",
 * the end being the claim its reading turns into when denied) is what was given up: it is told as
 * the past, and the sentence states its end.
 */
function givenUp(candidates: Candidate[]): void {
  for (const from of candidates) {
    const end = from.reading.negated;
    if (from.negated || from.claim === null || !end) continue;
    from.past ||= candidates.some(
      (c) =>
        c.reading.term === from.reading.term &&
        c.claim === end &&
        c.hit.end <= from.hit.start &&
        from.hit.start - c.hit.end <= GIVEN_UP_SPAN,
    );
  }
}

/**
 * What the sentence of `c` stated of its term ("Microsoft had an observer seat."). A claim
 * stated by denying another keeps no opposite: words pointing back to the seat given up, denied
 * again ("…for giving up its seat"), still tell its end.
 */
function saidOf(c: Candidate): Said {
  const r = c.reading;
  const reading: Reading = { term: r.term };
  if (c.claim !== null) reading.claim = c.claim;
  if (!c.negated && r.negated !== undefined) reading.negated = r.negated;
  if (r.version !== undefined) reading.version = r.version;
  if (r.undated) reading.undated = true;
  return reading;
}

/**
 * The noun phrases of the sentence that point back to a term ("that exclusivity", "ce seuil"),
 * with the terms each may name; not over words already read as a term (they speak there), nor
 * where a complement names something else ("the cap of the index", "le droit de la concurrence").
 */
function referencesIn(
  lexicon: CompiledLexicon,
  text: string,
  sentence: Span,
  read: readonly Hit[],
): { at: Hit; terms: readonly string[]; claim?: string }[] {
  const references = lexicon.references;
  if (!references) return [];
  const { re, complement } = references;
  const words = text.slice(sentence.start, sentence.end);
  const found: { at: Hit; terms: readonly string[]; claim?: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(words); m !== null; m = re.exec(words)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const group = groupOf(m);
    if (read.some((h) => h.start < end && start < h.end)) continue;
    if (complement && ofSomethingElse(lexicon, complement, text.slice(end, sentence.end))) continue;
    found.push({ at: { entry: -1, start, end }, ...references.groups[group - 1]! });
  }
  return found;
}

/** A complement right after the words, naming no actor: "of the index", "de la concurrence". */
function ofSomethingElse(lexicon: CompiledLexicon, complement: RegExp, after: string): boolean {
  const opening = complement.exec(after);
  if (!opening) return false;
  // An article may stand before the name ("le retrait de l'éditeur de Windows").
  const actor = lexicon.actor.exec(after.slice(opening[0].length, opening[0].length + 60));
  return actor === null || actor.index > 4;
}

/**
 * A date or condition told once for a list of terms ("…through 2030, with our access to OpenAI's
 * IP, our revenue sharing arrangements and our exclusivity on OpenAI's APIs all continuing"):
 * each term the sentence only names takes the claim the date's words have for that term, which
 * their nearest anchor had given to one of them alone.
 */
function sharedTerms(
  lexicon: CompiledLexicon,
  inSentence: readonly Hit[],
  ofSentence: readonly Candidate[],
): void {
  for (const c of ofSentence) {
    if (c.claim !== null || c.reading.version || c.via !== 'own') continue;
    for (const hit of inSentence) {
      const entry = lexicon.entries[hit.entry]!;
      if (hit === c.hit || !entry.sharedByList) continue;
      const shared = entry.readings.find((r) => r.term === c.reading.term && r.claim);
      if (shared?.claim) {
        c.claim = shared.claim;
        break;
      }
    }
  }
}

/** An actor in the same sentence, or within the actor window before the hit. */
function aboutTheDeal(
  lexicon: CompiledLexicon,
  actors: readonly Hit[],
  carried: ActorDistance,
  sentence: Span,
  hit: Hit,
): boolean {
  if (carried + hit.start <= lexicon.actorWindow) return true;
  return actors.some(
    (a) =>
      (a.start >= sentence.start && a.end <= sentence.end) ||
      (a.end <= hit.start && hit.start - a.end <= lexicon.actorWindow),
  );
}

/** Do the two spans share a character? */
function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A reading chosen for a hit, with the anchor that chose it (none for a plain reading). */
interface Chosen {
  reading: Reading;
  anchor?: AnchorHit;
}

/**
 * The nearest anchored reading whose anchor stands in the sentence, else the first plain one.
 * Anchors that share words ("research IP rights" is both "research IP" and "IP rights") name
 * one thing: the reading listed first, the more specific, keeps it.
 */
function chooseReading(
  readings: readonly Reading[],
  anchors: readonly AnchorHit[],
  hit: Hit,
): Chosen | undefined {
  let best: Reading | undefined;
  let bestAnchor: AnchorHit | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const reading of readings) {
    if (reading.anchor === undefined) continue;
    for (const anchor of anchors) {
      if (anchor.name !== reading.anchor) continue;
      // A claim that lives in the anchor is stated by other words than the hit's own ("a
      // for-profit subsidiary" alone states no control).
      if (reading.claimInAnchor && overlaps(anchor, hit)) continue;
      const distance = Math.max(0, anchor.start - hit.end, hit.start - anchor.end);
      const sharesWords = bestAnchor !== undefined && overlaps(anchor, bestAnchor);
      if (distance < bestDistance && !(sharesWords && best !== reading)) {
        best = reading;
        bestAnchor = anchor;
        bestDistance = distance;
      }
    }
  }
  if (best) return { reading: best, anchor: bestAnchor };
  const plain = readings.find((r) => r.anchor === undefined);
  return plain && { reading: plain };
}

/** How far before its anchor a negation denies the claim the anchor gives. */
const ANCHOR_NEGATION_REACH = 25;

/**
 * Is the claim that lives in `reading`'s anchor (`claimInAnchor`) denied or only aimed at ("the
 * nonprofit would no longer control…", "plans to remove control of its nonprofit")? The words
 * then only name the term. The hit's own words are not searched ("organización sin fines de
 * lucro que controla").
 */
function anchorDenied(
  lexicon: CompiledLexicon,
  text: string,
  sentence: Span,
  { reading, anchor }: Chosen,
  hit: Hit,
): boolean {
  if (!reading.claimInAnchor || reading.claim === undefined || !anchor) return false;
  const from = Math.max(
    sentence.start,
    anchor.start - ANCHOR_NEGATION_REACH,
    anchor.start >= hit.end ? hit.end : 0,
  );
  const re = lexicon.negation;
  re.lastIndex = 0;
  return re.test(text.slice(from, anchor.start));
}

/** How far from the hit's words the anchor of a term it is joined to may stand. */
const COORDINATION_REACH = 40;

/**
 * The other terms the hit's words state through a list ("exklusiver Cloud- und API-Partner",
 * "diritti esclusivi sull'API e sulla proprietà intellettuale"): each anchored reading of the
 * same tier, of another term, whose anchor stands near the words and is joined by a comma or a
 * coordinator to the words or to an anchor of the chosen reading. Each is read on its anchor's
 * words, which no other hit of the sentence covers, so that every term has its own mark.
 */
function coordinated(
  lexicon: CompiledLexicon,
  text: string,
  tier: readonly Reading[],
  chosen: Reading,
  anchors: readonly AnchorHit[],
  hit: Hit,
  inSentence: readonly Hit[],
): [Reading, Hit][] {
  const joins = lexicon.coordination;
  if (!joins) return [];
  const partners: Span[] = [hit, ...anchors.filter((a) => a.name === chosen.anchor)];
  const joined = (a: Span, b: Span): boolean => {
    const [first, second] = a.start <= b.start ? [a, b] : [b, a];
    // An anchor may end on punctuation ("Cloud\S*" takes "cloud,"): that is the join's.
    let end = first.end;
    while (end > first.start && ',.;:'.includes(text[end - 1]!)) end--;
    return first.end <= second.start && joins.test(text.slice(end, second.start));
  };
  const found = new Map<string, [Reading, Hit]>();
  for (const reading of tier) {
    if (reading.anchor === undefined || reading.term === chosen.term || found.has(reading.term))
      continue;
    const anchor = anchors.find(
      (a) =>
        a.name === reading.anchor &&
        Math.max(a.start - hit.end, hit.start - a.end) <= COORDINATION_REACH &&
        !inSentence.some((h) => overlaps(h, a)) &&
        partners.some((p) => joined(p, a)),
    );
    if (anchor)
      found.set(reading.term, [
        reading,
        { entry: hit.entry, start: anchor.start, end: anchor.end },
      ]);
  }
  return [...found.values()];
}

/**
 * One mention per term in a sentence's candidates. A claim that never held beats all: the reader
 * must see it.
 * A specific claim beats a bare naming of the term; a claim that no longer holds beats one that
 * does, since the reader most needs to see what is out of date ("exclusive IP rights through
 * 2032" is flagged for "exclusive"); and what the sentence states as the present beats what it
 * tells as the past ("down from 32.5 % to 27 %"). A term's own words beat a reading borrowed
 * through a list or pointed back to.
 */
function keepOnePerTerm<J extends { c: Candidate; mention: Mention }>(
  judged: readonly J[],
  spansEveryVersion: (claim: string) => boolean,
): J[] {
  const kept = new Map<string, J>();
  for (const j of judged) {
    const previous = kept.get(j.c.reading.term);
    if (!previous || rank(j) > rank(previous)) kept.set(j.c.reading.term, j);
  }
  return [...kept.values()].sort((a, b) => a.mention.start - b.mention.start);

  function rank({ c, mention }: J): number {
    // A claim true of every version of its term tells no more than a version.
    const specificity =
      c.claim !== null ? (spansEveryVersion(c.claim) ? 1 : 2) : c.reading.version ? 1 : 0;
    if (mention.status === 'wrong') return Number.MAX_SAFE_INTEGER;
    const told = noLongerHolds(mention.status) ? 2 : mention.status === 'history' ? 0 : 1;
    // The term's own words beat a reading borrowed through a list or pointed back to.
    return (c.via === 'own' ? 9 : 0) + specificity * 3 + told;
  }
}

function judge(
  ctx: PassageContext,
  text: string,
  c: Candidate,
  pastSomewhere: (c: Candidate) => boolean,
): Mention {
  const { deal, pageDate, today } = ctx;
  // A denial with no opposite to name says what did not hold, not which version did.
  const undated = c.reading.undated === true || (c.negated && c.reading.negated === null);
  const question = {
    term: c.reading.term,
    claim: c.claim,
    version: c.reading.version ?? null,
    pageDate: undated ? null : pageDate,
    spokenOf: undated ? null : c.spokenOf,
    pastFramed: c.past,
    toldAsPast: () => pastSomewhere(c),
    misstatement: c.reading.misstatement ?? null,
  };
  const verdict = deal.judge(question, today);
  return {
    term: c.reading.term,
    version: verdict.version?.id ?? null,
    // A misstatement's id stands where a claim's would: it is the claim the sentence makes.
    claim: verdict.status === 'wrong' ? (c.reading.misstatement ?? null) : c.claim,
    status: verdict.status,
    start: c.hit.start,
    end: c.hit.end,
    text: text.slice(c.hit.start, c.hit.end),
    sentence: text.slice(c.sentence.start, c.sentence.end),
  };
}
