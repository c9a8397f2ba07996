/**
 * Compiles the lexicon (data/lexicon.json) into the few regular expressions the analyser runs.
 *
 * The whole vocabulary — every phrase of every term in every language, plus the actor names —
 * becomes ONE pattern, so a text is scanned once however many phrases there are. Each entry is
 * a capture group; the index of the group that matched maps the hit back to its entry. (mark.js
 * `mark(array)` walks the DOM once per phrase, which is what made the naive approach slow.)
 */
import * as v from 'valibot';
import { Lexicon, type Entry, type LexiconLang, type Reading } from '@/data/lexicon-schema';
import { compileParties, type CompiledParties } from './parties';
import { amountInBillions, percentOf, valueKey } from './values';

export type { Entry, Reading };

/**
 * Why the big patterns run on normalized text and without the `u` flag: a case-insensitive
 * Unicode pattern of this size takes V8 well over 50 ms to compile (one long task on every
 * page about the deal). Folding every space to " " and every apostrophe to "'" first
 * (normalizeText, length-preserving) lets a space in a pattern be " +" instead of a 30-character
 * class, and dropping `u` avoids Unicode case-closure work: together they cut compile time to
 * about a third. Word edges are then spelled out for the scripts news is written in.
 */
const WORD_CHARS =
  '0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u1e00-\u1fff';
/**
 * What `\w` means in a pattern: the letters of the five languages read (ASCII word characters
 * and U+00C0–U+024F), written as the engine's own `\w` plus the literal range, 6 characters
 * instead of 24: a pattern's source length decides how many scan chunks the lexicon needs.
 */
const PATTERN_LETTERS = '\\w\u00c0-\u024f';
/** Letters and digits: a phrase must not start or end in the middle of a word. */
const BEFORE = `(?<![${WORD_CHARS}])`;
const AFTER = `(?![${WORD_CHARS}])`;
/** Spaces as pages write them: normal, no-break, narrow no-break, thin, figure. */
const SPACE_CHARS = '\\s\\u00a0\\u202f\\u2009\\u2007';
const APOSTROPHE_CHARS = "'\\u2019\\u02bc";
/**
 * The spaces and apostrophes normalizeText changes: every one in SPACE_CHARS and
 * APOSTROPHE_CHARS except " " and "'" themselves. Matching those too would make the replace
 * rewrite every ordinary space of the page: on a 5 MB page that was a second of work for nothing.
 */
const SPACE_RE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const APOSTROPHE_RE = /[\u2019\u02bc]/g;

/**
 * The text the compiled patterns read: every kind of space becomes " " and every apostrophe
 * "'", one character for one, so offsets into it are offsets into the page's text.
 */
export function normalizeText(text: string): string {
  return text.replace(SPACE_RE, ' ').replace(APOSTROPHE_RE, "'");
}

export interface Hit {
  /** Index into `entries`, or -1 for an actor name. */
  entry: number;
  start: number;
  end: number;
}

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
  /** Negations that follow what they negate, each anchored at the start of the text it is tried on. */
  readonly negationAfter: RegExp | null;
  readonly negationAfterWindow: number;
  /** An approximation word ending just before an amount ("more than ", "rund "). */
  readonly approximateBefore: RegExp;
  /** A movement word ending just before a percentage ("rose ", "um "), or null if none. */
  readonly movementBefore: RegExp | null;
  /** Past-framing phrases that stand before the words they frame, and after them. */
  readonly pastBefore: RegExp;
  readonly pastAfter: RegExp;
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
}

export class LexiconError extends Error {}

/**
 * V8 does not optimise a regular expression whose source passes 20 KiB (kRegExpTooLargeToOptimize):
 * the one combined pattern of 43k characters scanned text 40 times slower than one of 16k. The
 * entries are therefore split into patterns below that size. Below it, a pass costs little more
 * for being bigger (on 500k characters of article text, in Node: 1k of groups 4.6 ms, 8k 6.9 ms,
 * 16k 11 ms, 19k 12 ms; 24k 350 ms), so the chunks are as large as fits: groups up to 20,000
 * characters; the word edges (WORD_CHARS, its characters written as themselves, not escapes)
 * add about 100.
 */
const SCAN_CHUNK_CHARS = 20_000;

/** One of the scan patterns: `entryOfGroup[i]` is the entry of its group i + 1 (-1: actors). */
export interface ScanChunk {
  readonly re: RegExp;
  readonly entryOfGroup: readonly number[];
}

const LANGS: readonly LexiconLang[] = ['en', 'fr', 'de', 'es', 'it'];

/**
 * Applies the pattern conventions documented in data/lexicon-schema.ts, for text that went
 * through normalizeText: a space is " +", an optional one " *", an apostrophe "'", and `\w`
 * a letter or digit of the Latin alphabets, accented ones included ("elimin\w*" reaches "eliminó").
 */
export function expandPattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\' && source[i + 1] === 'w') {
      out += inClass ? PATTERN_LETTERS : `[${PATTERN_LETTERS}]`;
      i++;
    } else if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ' ' && source[i + 1] === '?') {
      out += ' *';
      i++;
    } else {
      out += c === ' ' ? ' +' : c;
    }
  }
  return out;
}

/** The same conventions for raw page text (the page gate reads titles and whole pages). */
function expandForRawText(source: string): string {
  return expandPattern(source)
    .replace(/ \+/g, `[${SPACE_CHARS}]+`)
    .replace(/ \*/g, `[${SPACE_CHARS}]*`)
    .replace(/'/g, `[${APOSTROPHE_CHARS}]`);
}

function alternatives(patterns: Partial<Record<LexiconLang, string[]>>): string {
  const all = LANGS.flatMap((lang) => patterns[lang] ?? []);
  // Longest first, so that where two phrases of one entry start at the same place the fuller
  // one is the one highlighted ("droit de premier refus" before "premier refus").
  return [...new Set(all)]
    .sort((a, b) => b.length - a.length)
    .map(expandPattern)
    .join('|');
}

/**
 * What is wrong with one pattern's shape, read without compiling it: a capturing group (each
 * entry must be exactly one group of the combined pattern, or hits map to the wrong entry),
 * or brackets that do not close — which a combined pattern could hide, `a)|(?:b` closing
 * its neighbours' groups. Compiling each of the ~400 patterns instead cost 20–60 ms on every
 * page about the deal (in one task, at times a long one).
 */
export function shapeProblem(source: string): string | null {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === ')') {
      if (--depth < 0) return 'unbalanced ")"';
    } else if (c === '(') {
      depth++;
      const named = source.startsWith('?<', i + 1) && !/^\?<[=!]/.test(source.slice(i + 1, i + 4));
      if (source[i + 1] !== '?' || named) return 'use (?:…), not (…)';
    }
  }
  if (inClass) return 'unclosed "["';
  if (depth > 0) return 'unclosed "("';
  return null;
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
  lexicon.actors.forEach((p) => check('actors', p));
  if (problems.length > 0)
    throw new LexiconError(`lexicon.json is invalid:\n${problems.join('\n')}`);

  const entryGroups = lexicon.entries.map((entry) => `(${alternatives(entry.patterns)})`);
  const actors = lexicon.actors.map(expandPattern).join('|');
  const actorsInRawText = lexicon.actors.map(expandForRawText).join('|');
  const anchorNames = Object.keys(lexicon.anchors);
  const pastBefore = alternatives(lexicon.pastFraming.before);
  const pastAfter = alternatives(lexicon.pastFraming.after);
  const movement = alternatives(lexicon.movement);
  const negationAfter = alternatives(lexicon.negationsAfter);
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
    parties: lexicon.otherParties
      ? compileParties(lexicon.otherParties, expandPattern, bounded)
      : null,
    pageGate: compilePageGate(lexicon.pageGate),
    negation: new RegExp(bounded(alternatives(lexicon.negations)), 'gi'),
    negationWindow: lexicon.negationWindow,
    negationAfter: negationAfter ? new RegExp(`^[^.,;:!?]*?${bounded(negationAfter)}`, 'i') : null,
    negationAfterWindow: lexicon.negationAfterWindow,
    approximateBefore: new RegExp(`${BEFORE}(?:${alternatives(lexicon.approximate)}) *$`, 'i'),
    movementBefore: movement ? new RegExp(`${BEFORE}(?:${movement}) *$`, 'i') : null,
    pastBefore: new RegExp(bounded(pastBefore), 'i'),
    pastAfter: new RegExp(bounded(pastAfter), 'i'),
    pastOpening: new RegExp(`^[ "'«“„¿¡(—–-]*${bounded(`${pastBefore}|${pastAfter}`)}`, 'i'),
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
  };
}

const bounded = (body: string): string => `${BEFORE}(?:${body})${AFTER}`;

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
  const words = text.slice(hit.start, hit.end);
  const value = entry.value === 'amount' ? amountInBillions(words) : percentOf(words);
  let readings = value === null ? undefined : entry.values[valueKey(value)];
  const before = text.slice(Math.max(from, hit.start - APPROXIMATION_REACH), hit.start);
  if (entry.value === 'percent' && lexicon.movementBefore?.test(before)) return [];
  if (readings && entry.value === 'amount' && lexicon.approximateBefore.test(before))
    readings = readings.map(withoutVersion);
  return readings ? [readings, ...tiersOf(entry)] : tiersOf(entry);
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
 * Every entry and actor hit in `text`, in order, as the one alternation of all the chunks would
 * find them: at each place, the first entry that matches there wins, and the scan goes on after
 * it. Each chunk reports every place it matches (resuming one character on), so that the merge
 * can pick, at each place, the first entry of all.
 */
export function findHits(lexicon: CompiledLexicon, text: string): Hit[] {
  let candidates: Hit[] = [];
  for (const { re, entryOfGroup } of lexicon.scans) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const group = m.findIndex((value, i) => i > 0 && value !== undefined);
      candidates.push({
        entry: entryOfGroup[group - 1]!,
        start: m.index,
        end: m.index + m[0].length,
      });
      re.lastIndex = m.index + 1;
    }
  }
  if (lexicon.scans.length > 1) {
    // Actors (-1) come last in the alternation: rank them after every entry.
    const rank = (h: Hit) => (h.entry < 0 ? Number.MAX_SAFE_INTEGER : h.entry);
    candidates = candidates.sort((a, b) => a.start - b.start || rank(a) - rank(b));
  }
  const hits: Hit[] = [];
  let from = 0;
  for (const hit of candidates) {
    if (hit.start < from) continue;
    hits.push(hit);
    // An entry such as "OpenAI Group PBC" also names an actor.
    if (hit.entry >= 0 && lexicon.actor.test(text.slice(hit.start, hit.end))) {
      hits.push({ entry: -1, start: hit.start, end: hit.start });
    }
    from = Math.max(hit.end, hit.start + 1);
  }
  return hits;
}

export interface AnchorHit {
  name: string;
  start: number;
  end: number;
}

/**
 * Anchor phrases in `text` (only run on sentences that hold a hit): of the anchors at the indices
 * `only` when given (those the sentence's hits can read), else of all.
 */
export function findAnchors(
  lexicon: CompiledLexicon,
  text: string,
  only?: ReadonlySet<number>,
): AnchorHit[] {
  const found: AnchorHit[] = [];
  lexicon.anchors.forEach((re, i) => {
    if (only && !only.has(i)) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found.push({ name: lexicon.anchorNames[i]!, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  });
  return found;
}

/**
 * Does its sentence present the words at `hit` as the past: a past-framing phrase opening the
 * sentence or within the window before them, or one of the phrases that follow what they
 * frame, just after them?
 */
export function pastFramed(
  lexicon: CompiledLexicon,
  text: string,
  sentence: { start: number; end: number },
  hit: { start: number; end: number },
): boolean {
  const { before, after } = lexicon.pastFramingWindow;
  return (
    lexicon.pastOpening.test(text.slice(sentence.start, hit.start)) ||
    lexicon.pastBefore.test(text.slice(Math.max(sentence.start, hit.start - before), hit.start)) ||
    lexicon.pastAfter.test(text.slice(hit.end, Math.min(sentence.end, hit.end + after)))
  );
}

/** Does `text` hold a negation that ends within the negation window before `position`? */
export function negatedBefore(
  lexicon: CompiledLexicon,
  text: string,
  from: number,
  position: number,
): boolean {
  const start = Math.max(from, position - lexicon.negationWindow);
  const window = text.slice(start, position);
  lexicon.negation.lastIndex = 0;
  return lexicon.negation.test(window);
}

/**
 * Does `text` hold a negation that follows `position` (the end of a hit) closely, before `to`
 * (the end of its sentence) and before any clause break (",", ";", ":")?
 */
export function negatedAfter(
  lexicon: CompiledLexicon,
  text: string,
  position: number,
  to: number,
): boolean {
  if (!lexicon.negationAfter) return false;
  return lexicon.negationAfter.test(
    text.slice(position, Math.min(to, position + lexicon.negationAfterWindow)),
  );
}

/**
 * V8 compiles a pattern on its first run and again, to machine code, on a later one — and
 * once more for each kind of string it reads: text of Latin-1 characters only, and any other
 * (a "—" or a "’" is enough). Page text comes in both kinds. Running each on a short sample of
 * each kind, between yields, keeps those compiles out of the scan's slices (the scan pattern's
 * compile for the second kind took 13–15 ms in Node, in whichever read slice first met it).
 */
export function warmUpSteps(lexicon: CompiledLexicon): (() => void)[] {
  const latin1 = "Microsoft no longer has a right of first refusal; OpenAI's API.";
  const wide = `${latin1} \u2014`;
  const rest = (sample: string) => () => {
    findAnchors(lexicon, sample);
    negatedBefore(lexicon, sample, 0, sample.length);
    negatedAfter(lexicon, sample, 0, sample.length);
    lexicon.actorsAnywhere.lastIndex = 0;
    lexicon.actorsAnywhere.exec(sample);
  };
  return [
    () => findHits(lexicon, latin1),
    () => findHits(lexicon, latin1),
    () => findHits(lexicon, wide),
    () => findHits(lexicon, wide),
    rest(latin1),
    rest(wide),
  ];
}
