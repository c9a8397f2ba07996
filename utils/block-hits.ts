/**
 * Which of a run of blocks, read as one joined string, the analyser must see, and with which
 * hits: the cheap half of reading a page (page/reader.ts). Pure: text in, offsets out.
 */
import type { ActorDistance } from '@/utils/analyze';
import { findHits, type Hit } from '@/utils/hits';
import type { CompiledLexicon } from '@/utils/lexicon';

/**
 * Joins block texts for one pattern run. Neither a space, a letter nor a digit: no phrase runs
 * from one block into the next, and word edges hold at each block's ends exactly as when each
 * block is read alone.
 */
export const BLOCK_SEPARATOR = '\u0000';

/**
 * The blocks that must go through the analyser, each with its hits (offsets into its own text):
 * those that hold a match of the lexicon's pattern in `joined` and may state something.
 * `carried` is the actor distance at the first block; a long block (an empty text here) is
 * analysed by the caller in any case.
 *
 * Every statement needs an actor in reach: in its own block, or within the actor window before
 * it. So the big pattern runs only over the blocks that name an actor or start within the window
 * of one (on a front page, articles about the deal sit among many others), and a cheap pass of actor names alone decides which. That pass is loose (no word
 * edges: a superset of the actors the big pattern finds), and a block that names one counts as
 * reaching the window from its end, so it never misses a block the analyser would need.
 *
 * A match found in the joined text is the one the block's own text gives: a separator, like
 * the start or end of a text, is no word character. But a pattern such as `Azure\S*` can run
 * through a separator into the next block; every block such a match touches gets null instead
 * of hits, and the analyser finds them in its text alone, so no hit is lost or misplaced.
 */
export function blocksWithHits(
  lexicon: CompiledLexicon,
  joined: string,
  texts: readonly string[],
  carried: ActorDistance,
): Map<number, Hit[] | null> {
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length;
    ends.push(offset);
    offset += BLOCK_SEPARATOR.length;
  }
  /** The block holding the character at `position` (a separator counts as the block before). */
  const blockAt = (position: number): number => {
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Blocks in which an actor's name may stand. */
  const naming = new Set<number>();
  const names = lexicon.actorsAnywhere;
  names.lastIndex = 0;
  for (let m = names.exec(joined); m !== null; m = names.exec(joined)) {
    const last = blockAt(m.index + Math.max(m[0].length - 1, 0));
    for (let i = blockAt(m.index); i <= last; i++) naming.add(i);
    if (m[0].length === 0) names.lastIndex++;
  }
  const found = new Map<number, Hit[] | null>();
  /** Runs the patterns over blocks `first`…`last`, the text between their edges alone. */
  const scanBlocks = (first: number, last: number): void => {
    const from = starts[first]!;
    const text = first === 0 && last === texts.length - 1 ? joined : joined.slice(from, ends[last]);
    for (const hit of findHits(lexicon, text)) {
      const block = blockAt(from + hit.start);
      const stop = from + hit.end;
      if (stop <= ends[block]!) {
        const offset = starts[block]! - from;
        const inBlock: Hit = { entry: hit.entry, start: hit.start - offset, end: hit.end - offset };
        const shadowed = hit.shadowed
          ?.filter((h) => from + h.end <= ends[block]!)
          .map((h) => ({ entry: h.entry, start: h.start - offset, end: h.end - offset }));
        if (shadowed?.length) inBlock.shadowed = shadowed;
        const hits = found.get(block);
        if (hits === undefined) found.set(block, [inBlock]);
        else if (hits !== null) hits.push(inBlock);
      } else {
        // Into the separator at least: the analyser reads each block it touches alone.
        for (let i = block; i <= blockAt(stop - 1); i++) found.set(i, null);
      }
    }
  };
  let distance = carried;
  let runStart = -1;
  texts.forEach((text, i) => {
    const named = naming.has(i);
    if (named || distance <= lexicon.actorWindow) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      scanBlocks(runStart, i - 1);
      runStart = -1;
    }
    // Never more than the true distance: a named block may hold no actor the analyser counts,
    // and a long block (read apart) may hold one.
    distance = named || text === '' ? 0 : distance + text.length;
  });
  if (runStart >= 0) scanBlocks(runStart, texts.length - 1);
  return found;
}
