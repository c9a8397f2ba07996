/**
 * What a hit says in its sentence: which readings apply (by value and tier), whether it is told
 * as the past, and whether a negation turns it.
 */
import type { Entry, Reading } from '@/data/lexicon-schema';
import type { CompiledLexicon } from './lexicon';
import { amountInBillions, percentOf, valueKey } from './values';

/** How far before an amount a word that makes it approximate ("more than") may end. */
const APPROXIMATION_REACH = 20;

/**
 * The same reading, naming no tranche and not dated by the page: "more than $13 billion" is an
 * investment, not the total nor the tranche of the page's year.
 */
function withoutVersion(reading: Reading): Reading {
  if (reading.version === undefined) return reading;
  const copy: Reading = { ...reading, undated: true };
  delete copy.version;
  return copy;
}

/**
 * The readings that apply to the hit of `entry` in `text` (its sentence starting at `from`), in
 * tiers: a later tier is tried only when no reading of an earlier one applies. For an amount or
 * a percentage, first those its value lists, then the entry's own; else the entry's readings,
 * then its fallbacks. An approximate amount ("more than $10 billion") still states a claim's
 * figure ("roughly $135 billion") and its term, but names no tranche (version); a percentage that
 * measures a movement ("rose 27%") has no reading. Only figures are read again; other hits cost
 * nothing here.
 */
export function readingsOf(
  lexicon: CompiledLexicon,
  entry: Entry,
  text: string,
  hit: { start: number; end: number },
  from: number,
): readonly (readonly Reading[])[] {
  if (!entry.values || !entry.value) return tiersOf(entry);
  const readings = valueReadings(lexicon, entry, text, hit, from);
  if (readings === null) return [];
  return readings ? [readings, ...tiersOf(entry)] : tiersOf(entry);
}

/**
 * The readings an amount's or a percentage's value lists (`undefined`: none; `null`: the figure
 * states no term here, a movement or a result).
 */
function valueReadings(
  lexicon: CompiledLexicon,
  entry: Entry,
  text: string,
  hit: { start: number; end: number },
  from: number,
): readonly Reading[] | null | undefined {
  if (!entry.values || !entry.value) return undefined;
  const words = text.slice(hit.start, hit.end);
  const value = entry.value === 'amount' ? amountInBillions(words) : percentOf(words);
  const readings = value === null ? undefined : entry.values[valueKey(value)];
  const before = text.slice(Math.max(from, hit.start - APPROXIMATION_REACH), hit.start);
  if (entry.value === 'percent' && lexicon.movementBefore?.test(before)) return null;
  if (entry.value === 'amount' && measuresResult(lexicon, text, hit, from)) return null;
  if (readings && entry.value === 'amount' && lexicon.approximateBefore.test(before))
    return readings.map(withoutVersion);
  return readings;
}

/**
 * The reading of the hit of `entry` that the sentence before, having stated `terms`, stands
 * in for when no anchor of the hit's sentence chose one: a figure's reading of such a term ("le
 * chiffre de 10 milliards de dollars"), or one whose anchor only names the term's subject
 * (`topicAnchors`). Not a figure that measures a result or a movement.
 */
export function carriedReading(
  lexicon: CompiledLexicon,
  entry: Entry,
  text: string,
  hit: { start: number; end: number },
  from: number,
  terms: readonly string[],
): Reading | undefined {
  const figure = valueReadings(lexicon, entry, text, hit, from);
  if (figure === null) return undefined;
  const ofTerm = (r: Reading): boolean => terms.includes(r.term);
  return (
    figure?.find(ofTerm) ??
    entry.readings.find(
      (r) => r.anchor !== undefined && lexicon.topicAnchors.has(r.anchor) && ofTerm(r),
    )
  );
}

/** How far around an amount the words of a result it measures may stand. */
const RESULT_REACH = 50;

/** Is the amount at `hit` a result ("net income rose by $7.6 billion", "a $3.1 billion hit")? */
function measuresResult(
  lexicon: CompiledLexicon,
  text: string,
  hit: { start: number; end: number },
  from: number,
): boolean {
  const { resultBefore, resultAfter } = lexicon;
  return (
    (resultBefore?.test(text.slice(Math.max(from, hit.start - RESULT_REACH), hit.start)) ??
      false) ||
    (resultAfter?.test(text.slice(hit.end, hit.end + RESULT_REACH)) ?? false)
  );
}

const tiers = new WeakMap<Entry, readonly (readonly Reading[])[]>();

/** An entry's readings, then its fallbacks (computed once per entry). */
function tiersOf(entry: Entry): readonly (readonly Reading[])[] {
  let found = tiers.get(entry);
  if (!found) {
    const fallbacks = entry.readings.filter((r) => r.fallback);
    found = fallbacks.length
      ? [entry.readings.filter((r) => !r.fallback), fallbacks]
      : [entry.readings];
    tiers.set(entry, found);
  }
  return found;
}

/**
 * Does its sentence present the words at `hit` as the past: a past-framing phrase opening the
 * sentence, within the window before them (`reach`, the lexicon's by default) or within them,
 * or one of the phrases that follow what they frame, just after them?
 */
export function pastFramed(
  lexicon: CompiledLexicon,
  text: string,
  sentence: { start: number; end: number },
  hit: { start: number; end: number },
  reach: { readonly before: number; readonly after: number } = lexicon.pastFramingWindow,
): boolean {
  const { before, after } = reach;
  return (
    lexicon.pastOpening.test(text.slice(sentence.start, hit.start)) ||
    lexicon.pastBefore.test(text.slice(Math.max(sentence.start, hit.start - before), hit.start)) ||
    // The words may hold their own past tense: "non aveva diritto di voto".
    lexicon.pastBefore.test(text.slice(hit.start, hit.end)) ||
    lexicon.pastAfter.test(text.slice(hit.end, Math.min(sentence.end, hit.end + after)))
  );
}

/** No window: the whole sentence on either side of the words. */
const WHOLE_SENTENCE = { before: Number.POSITIVE_INFINITY, after: Number.POSITIVE_INFINITY };

/**
 * Does its sentence speak of the past anywhere, not only around the words: `pastFramed` over
 * the whole sentence, the words of the past that stand before what they frame found after it
 * too, and any past tense ("Dabei besaß Microsoft während des genannten Quartals 32,5
 * Prozent…"). Too loose to frame every claim; enough to doubt that an article stated as the
 * present what no longer held when it was written.
 */
export function pastInSentence(
  lexicon: CompiledLexicon,
  text: string,
  sentence: { start: number; end: number },
  hit: { start: number; end: number },
): boolean {
  return (
    pastFramed(lexicon, text, sentence, hit, WHOLE_SENTENCE) ||
    lexicon.pastBefore.test(text.slice(hit.end, sentence.end)) ||
    pastTense(lexicon, text.slice(sentence.start, sentence.end))
  );
}

/** Does `sentence` hold a past tense anywhere ("had", "détenait", "besaß", "tenía", "aveva")? */
export function pastTense(lexicon: CompiledLexicon, sentence: string): boolean {
  return lexicon.pastTense.test(sentence);
}

/** A hyphen right after a negation makes it the prefix of one word ("non-voting"). */
const JOINED = /^[-\u2010\u2011]/;
/** How far before a negation the words that make it an aim ("asked the FTC to") may start. */
const AIM_REACH = 40;

/** Where the negation window before `position` starts: no further back than `from`. */
function negationWindowStart(lexicon: CompiledLexicon, from: number, position: number): number {
  return Math.max(from, position - lexicon.negationWindow);
}

/**
 * Does `text` hold a negation that ends within the negation window before `position`? A
 * negation joined to the next word by a hyphen negates that word alone: "non-voting observer
 * seat" is a seat, "non-exclusive" is not exclusive. A negation that is an aim ("seeking to end")
 * negates nothing yet.
 */
export function negatedBefore(
  lexicon: CompiledLexicon,
  text: string,
  from: number,
  position: number,
): boolean {
  const start = negationWindowStart(lexicon, from, position);
  const window = text.slice(start, position);
  const re = lexicon.negation;
  re.lastIndex = 0;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    const end = m.index + m[0].length;
    const aimed = lexicon.aimBefore?.test(
      text.slice(Math.max(from, start + m.index - AIM_REACH), start + m.index),
    );
    if (!aimed && (!JOINED.test(window.slice(end)) || end + 1 === window.length)) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

/**
 * Is the hit at `hit` inside a separable verb that ends it, its verb within the negation window
 * before (from `from`, its sentence's start) and its particle closing the clause after (before
 * `to`): "Microsoft gibt die Exklusivität für OpenAIs Modelle auf"?
 */
export function negatedAround(
  lexicon: CompiledLexicon,
  text: string,
  from: number,
  hit: { start: number; end: number },
  to: number,
): boolean {
  if (lexicon.negationSplit.length === 0) return false;
  const before = text.slice(negationWindowStart(lexicon, from, hit.start), hit.start);
  const after = text.slice(hit.end, to);
  return lexicon.negationSplit.some(
    ({ verb, particle }) => verb.test(before) && particle.test(after),
  );
}

/**
 * Does `text` hold a negation that follows `position` (the end of a hit) closely, before `to`
 * (the end of its sentence) and before any clause break (",", ";", ":"), or a closing clause
 * that ends the claim past a comma ("…, that is no longer the case")?
 */
export function negatedAfter(
  lexicon: CompiledLexicon,
  text: string,
  position: number,
  to: number,
): boolean {
  const after = text.slice(position, Math.min(to, position + lexicon.negationAfterWindow));
  return (
    (lexicon.negationAfter?.test(after) ?? false) || (lexicon.negationClosing?.test(after) ?? false)
  );
}
