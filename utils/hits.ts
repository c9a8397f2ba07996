/**
 * Finding the lexicon's words in text: the text made comparable (normalizeText), the hits of
 * entries and actors, and the anchors a sentence holds.
 */
import type { CompiledLexicon } from './lexicon';
import { negatedAfter, negatedBefore } from './hit-context';

/**
 * The spaces and apostrophes normalizeText changes: every one in SPACE_CHARS and
 * APOSTROPHE_CHARS except " " and "'" themselves. Matching those too would make the replace
 * rewrite every ordinary space of the page: on a 5 MB page that was a second of work for nothing.
 */
const SPACE_RE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const APOSTROPHE_RE = /[\u2019\u02bc]/g;
/** Quotation marks, which news puts inside the phrases it states ("a « significant » commitment"). */
const QUOTE_RE = /["\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a]/g;
/** Hyphens that are not "-" (the non-breaking one keeps "revenue‑share" on one line). */
const HYPHEN_RE = /[\u2010\u2011]/g;

/**
 * The text the compiled patterns read: every kind of space becomes " ", every apostrophe "'",
 * every quotation mark a space and every hyphen "-", one character for one, so offsets into it
 * are offsets into the page's text and a phrase reads the same quoted or not.
 */
export function normalizeText(text: string): string {
  return text
    .replace(SPACE_RE, ' ')
    .replace(APOSTROPHE_RE, "'")
    .replace(QUOTE_RE, ' ')
    .replace(HYPHEN_RE, '-');
}

export interface Hit {
  /** Index into `entries`, or -1 for an actor name. */
  entry: number;
  start: number;
  end: number;
  /**
   * Other entries' words that start inside this hit, in order: read in its place when its own
   * words have no reading in their sentence, so that a longer phrase never hides a shorter one.
   */
  shadowed?: Hit[];
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
      const group = groupOf(m);
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
  let kept: Hit | undefined;
  for (const hit of candidates) {
    if (hit.start < from) {
      if (kept && hit.entry >= 0) (kept.shadowed ??= []).push(hit);
      continue;
    }
    if (hit.entry >= 0) kept = hit;
    hits.push(hit);
    // An entry such as "OpenAI Group PBC" also names an actor.
    if (hit.entry >= 0 && lexicon.actor.test(text.slice(hit.start, hit.end))) {
      hits.push({ entry: -1, start: hit.start, end: hit.start });
    }
    from = Math.max(hit.end, hit.start + 1);
  }
  return hits;
}

/** The capture group that matched: each entry (or noun group) of a combined pattern is one. */
export function groupOf(m: RegExpExecArray): number {
  return m.findIndex((value, i) => i > 0 && value !== undefined);
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
 * V8 compiles a pattern on its first run and again, to machine code, on a later one — and
 * once more for each kind of string it reads: text of Latin-1 characters only, and any other
 * (a "—" or a "’" is enough). Page text comes in both kinds. Running each on a short sample of
 * each kind, between yields, keeps those compiles out of the scan's slices (the scan pattern's
 * compile for the second kind took 13–15 ms in Node, in whichever read slice first met it).
 * One scan pattern per step: a step that ran them all grew with the lexicon into a long task.
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
  const scan = (sample: string) =>
    lexicon.scans.map(({ re }) => () => {
      re.lastIndex = 0;
      for (let m = re.exec(sample); m !== null; m = re.exec(sample)) re.lastIndex = m.index + 1;
    });
  return [...scan(latin1), ...scan(latin1), ...scan(wide), ...scan(wide), rest(latin1), rest(wide)];
}
