/**
 * From blocks of page text to what they state: the text pipeline the lens runs on each slice
 * of blocks it reads, and the tests run on whole pages. No DOM writes.
 *
 * Every statement needs an actor (Microsoft, OpenAI…) in reach: named in its own block or
 * within the actor window before it. What follows from that is most of the speed:
 *
 * - A run of blocks is read as one string — the blocks' normalized texts, joined — first with a
 *   cheap pattern of actor names, then with the lexicon's big pattern only over the blocks within
 *   an actor's reach. Only the blocks with a hit go through the analyser, with the hits found
 *   (and the block right after one that stated something, for words pointing back to it); for
 *   the others the result is known without it: no mention, and the actor distance grows by
 *   their length. Statements are rare on a news page, so most text never meets the big pattern
 *   nor the analyser.
 * - A subtree is read region by region (`SubtreeReading`): a region whose text names no actor is
 *   stepped over, after reading its text natively, as soon as no actor before it is in reach —
 *   at once, or after the blocks still within reach — without visiting its nodes one by one
 *   from the content script.
 */
import {
  analyzeBlock,
  NO_ACTOR,
  type ActorDistance,
  type PassageContext,
  type Said,
} from '@/utils/analyze';
import { blocksWithHits, BLOCK_SEPARATOR } from '@/utils/block-hits';
import { normalizeText } from '@/utils/hits';
import type { Mention } from '@/utils/mention';
import type { PageGate } from '@/utils/page-gate';
import { blocksUnder, isHeading, type Block } from './scanner';
import { regionsUnder, REGION_ELEMENTS, shadowRootsUnder, type Region } from './regions';

export interface Statement {
  block: Block;
  mentions: Mention[];
}

/**
 * A block this long is analysed without the shared pattern run first: it is its own slice
 * anyway, and reading it twice (a 5 MB text node) would double the one task the lens cannot
 * cut into slices.
 */
const LONE_BLOCK = 65_536;

/** Characters of blocks read with one pattern run, at most (a few milliseconds of it). */
const READ_TOGETHER = 16_384;

/** Blocks read between two looks at the clock. */
const CLOCK_EVERY = 16;

export class BlockReader {
  private distance: ActorDistance;
  /** What the last sentence read stated: words of the next block may point back to it. */
  private said: readonly Said[];

  /**
   * `gate` is fed the text read until it opens; `carried` is the actor distance at the first
   * block (NO_ACTOR at the top of a page) and `saidBefore` what the sentence before it stated;
   * `onSaid` is told what each block analysed ends by stating (nothing, often).
   */
  constructor(
    private readonly ctx: PassageContext,
    private readonly gate: PageGate,
    carried: ActorDistance = NO_ACTOR,
    saidBefore: readonly Said[] = [],
    private readonly onSaid?: (block: Block, said: readonly Said[]) => void,
  ) {
    this.distance = carried;
    this.said = saidBefore;
  }

  /**
   * No actor within reach: the last one (if any) is further back than the actor window, so a
   * text with no actor name in it states nothing (every mention needs an actor in reach).
   */
  get outOfReach(): boolean {
    return this.reach < 0;
  }

  /** Characters of text naming no actor that can follow with an actor still in reach. */
  get reach(): number {
    return this.ctx.lexicon.actorWindow - this.distance;
  }

  /**
   * Steps over text known to state nothing and name no actor (see `outOfReach`), of `length`
   * characters or more: the actor stays out of reach, as reading it block by block would leave it.
   */
  pass(length: number): void {
    this.distance += length;
    this.said = [];
  }

  /** Reads the next run of blocks, in document order; returns those that state something. */
  read(blocks: readonly Block[]): Statement[] {
    if (blocks.length === 0) return [];
    // Long blocks stand in the joined text as empty strings: analysed below in any case.
    const texts = blocks.map((block) => (block.text.length < LONE_BLOCK ? block.text : ''));
    const joined = normalizeText(texts.join(BLOCK_SEPARATOR));
    if (!this.gate.open) this.gate.feed(joined);
    const withHits = blocksWithHits(this.ctx.lexicon, joined, texts, this.distance);
    const found: Statement[] = [];
    blocks.forEach((block, i) => {
      const hits = withHits.get(i);
      const lone = block.text.length >= LONE_BLOCK;
      // No hit nor actor in it, or out of an actor's reach without one of its own (see
      // blocksWithHits)…
      const noHit = hits === undefined && !lone;
      if (noHit && this.said.length === 0) {
        // …what analyzeBlock returns for it is known.
        this.distance += block.text.length;
        return;
      }
      if (!this.gate.open && lone) this.gate.feed(block.text);
      const result = analyzeBlock(
        this.ctx,
        block.text,
        this.distance,
        { heading: isHeading(block.element) },
        // Read only for the words that may point back to the block before.
        noHit ? [] : (hits ?? undefined),
        this.said,
      );
      this.distance = result.actorDistance;
      this.said = result.said;
      this.onSaid?.(block, result.said);
      if (result.mentions.length > 0) found.push({ block, mentions: result.mentions });
    });
    return found;
  }
}

/**
 * Reads the blocks under `root` in document order, a deadline at a time, stepping over what
 * cannot state anything: a region with no actor name anywhere in its text (read whole with
 * `textContent`, a superset of what its blocks read), from where no actor before it is in
 * reach — its start, or the first block past the reach. Every mention needs an actor in reach,
 * so what is found is exactly what reading every block would find (property-tested). The one
 * text this cannot see is an actor's name split in the middle of a word by an element the
 * scanner skips (a button inside "Micro|soft").
 */
export class SubtreeReading {
  private readonly regions: Generator<Region, void, undefined>;
  private blocks: Generator<Block, void, undefined> | null = null;
  /**
   * For a region whose text names no actor, read while an actor before it is in reach: the
   * characters of it still to read before that actor is out of reach. Null for any other region.
   */
  private reachLeft: number | null = null;
  private finished = false;
  /** The region being read. */
  private region: Element | null = null;

  constructor(
    root: Element | ShadowRoot,
    private readonly reader: BlockReader,
    private readonly actorAnywhere: RegExp,
    maxElements = REGION_ELEMENTS,
    /** Told of each open shadow root met on the way (each is read as a tree of its own). */
    private readonly onShadowRoot?: (root: ShadowRoot) => void,
  ) {
    this.regions = regionsUnder(root, maxElements);
  }

  get done(): boolean {
    return this.finished;
  }

  /** Reads until `deadline` (a performance.now() time) or the end; returns what was stated. */
  readUntil(deadline: number): Statement[] {
    const found: Statement[] = [];
    const slice: Block[] = [];
    let chars = 0;
    const readSlice = (): void => {
      found.push(...this.reader.read(slice));
      slice.length = 0;
      chars = 0;
    };
    // The clock is read once every few blocks: a block is microseconds of work, a clock read
    // is not free either. A region is more (its whole text read and searched): the clock is read
    // before each, or sixteen regions of the 100× bench page made a 35–40 ms slice.
    for (let n = 0; n % CLOCK_EVERY !== 0 || performance.now() < deadline; n++) {
      if (this.blocks) {
        const next = this.blocks.next();
        if (!next.done) {
          slice.push(next.value);
          // Plain blocks come fast and long: read them as they add up, so that the reading
          // counts against the deadline as well as the walking.
          chars += next.value.text.length;
          if (this.reachLeft !== null) {
            // With no actor in the region, each block takes the actor one block further away.
            this.reachLeft -= next.value.text.length;
            if (this.reachLeft < 0) {
              // Out of reach: the rest of the region states nothing (its shadow trees may).
              readSlice();
              this.blocks = null;
              if (this.onShadowRoot && this.region)
                shadowRootsUnder(this.region, this.onShadowRoot);
              continue;
            }
          }
          if (chars >= READ_TOGETHER) readSlice();
          continue;
        }
        this.blocks = null;
      }
      if (n % CLOCK_EVERY !== 0 && performance.now() >= deadline) break;
      const region = this.regions.next();
      if (region.done) {
        this.finished = true;
        break;
      }
      const { element, small } = region.value;
      this.region = element;
      this.reachLeft = null;
      if (small) {
        readSlice(); // the reader's actor distance must cover every block before this region
        const text = element.textContent ?? '';
        const named = this.actorAnywhere.test(text);
        if (!named) {
          // A region that names no actor states something only within reach of one before it.
          if (this.reader.outOfReach) {
            this.reader.pass(text.length);
            // Its shadow trees are read apart, with their own actors: still find them.
            if (this.onShadowRoot) shadowRootsUnder(element, this.onShadowRoot);
            continue;
          }
          this.reachLeft = this.reader.reach;
        }
      }
      this.blocks = blocksUnder(element, true, this.onShadowRoot);
    }
    readSlice();
    return found;
  }
}
