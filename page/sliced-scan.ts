/**
 * Reads trees of the page in slices, then writes what they state in slices: all the reading
 * first, every DOM write after, each slice well under a long task.
 */
import { needsCorrection, type Deal } from '@/data/deal';
import { NO_ACTOR, type ActorDistance, type Said } from '@/utils/analyze';
import type { CompiledLexicon } from '@/utils/lexicon';
import type { Mention } from '@/utils/mention';
import type { PageGate } from '@/utils/page-gate';
import type { Highlighter, Prepared } from './highlighter';
import type { MarkedMention } from './mark-contract';
import type { ReadRoot } from './page-changes';
import { BlockReader, SubtreeReading } from './reader';
import { isWholeElement, type Block } from './scanner';
import { SLICE_MS, yieldToPage } from './yield';

export interface ScanOptions {
  deal: Deal;
  lexicon: CompiledLexicon;
  pageDate: string | null;
  today: string;
  /** Whether to highlight statements that rest only on press reports… */
  showReported: boolean;
  /** …and whether to highlight only those not true today. */
  onlyNotTrue?: boolean;
  /**
   * Called in a task of its own, once a scan has read the page, with the mentions it is about
   * to write (marks built, not yet in the page): what is drawn from them can be made ready
   * meanwhile… (Mentions, not marks: 88,000 marks looked up one by one were a long task.)
   */
  onMarksBuilt?: (built: readonly MarkedMention[]) => void;
  /**
   * …and drawn when this is called, at the start of the scan's first write slice: the page's
   * changes of one task share one rendering update, which on a huge page costs the same for
   * one element as for thousands (the 100× bench page: 0.8–1 s each).
   */
  onWriteStart?: () => void;
}

export interface ScanStats {
  /** performance.now() when the scan had read the whole page… */
  read: number;
  /** …and when it had written its last highlight. */
  written: number;
  /** Write slices it took (each followed by a rendering update of the page). */
  writeSlices: number;
  /** Whether it wrote any mark. */
  wrote: boolean;
}

/** What the scan needs of whoever follows the page's changes. */
export interface Following {
  /** Whether the lens was stopped: the scan ends where it stands. */
  readonly stopped: boolean;
  /** How many batches of the page's own changes have been seen so far. */
  readonly pageChanges: number;
  /** Starts following an open shadow root met on the way; false if it is followed already. */
  follow(shadow: ShadowRoot): boolean;
  /** Runs `write` unobserved, once the page's changes queued before it are taken in. */
  unobserved(write: () => boolean): boolean;
}

/**
 * Writing gets longer slices than reading: once the page has changed, the browser soon updates
 * its rendering — on a huge page, hundreds of milliseconds however little was written (the 100×
 * bench page: 500–900 ms) — and it often does so between two write slices. Fewer, fuller
 * slices finish far sooner, each still under a long task — with room left for a step of the
 * garbage collector or a busy machine: 40 ms slices made 50–100 ms tasks on corpus-100k.
 */
const WRITE_SLICE_MS = 32;
/**
 * …and may run on to this when, at its pace so far, the rest of the writing fits: a remainder
 * left for another slice would wait for the whole rendering update.
 */
const WRITE_STRETCH_MS = 46;
/**
 * A follow-up that read its blocks in one slice and has at most this many to write writes them
 * in the same task, with the banner: run in the page's task, it adds to the page's rendering
 * update instead of making up to three of its own.
 */
const IN_STEP_BLOCKS = 64;

/** How far `saidBefore` looks: levels up, and empty siblings stepped over on each. */
const SAID_LEVELS = 4;
const SAID_SIBLINGS = 8;

/** An element without text, cheaply: no child at all, or only blank text (an ad slot). */
const isEmpty = (el: Element): boolean =>
  el.firstChild === null || (el.firstElementChild === null && !/\S/.test(el.textContent ?? ''));

/** The length and a 32-bit FNV-1a hash of a text: equal texts, equal prints. */
function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) * 0x100000 + (text.length % 0x100000);
}

export class SlicedScan {
  /** Marks built while reading, waiting for the write slices (from `nextWrite` on). */
  private pending: Prepared[] = [];
  private nextWrite = 0;
  /** How many page changes had been seen when the oldest block in `pending` was read. */
  private pendingSince = 0;
  /** Milliseconds of work so far, summed over every scan's slices (not the page's in between). */
  private busy = 0;
  /**
   * What each block read last stated, with a fingerprint of its element's text then: a block
   * read again on its own takes from the block before it what a reading of the whole page gave
   * it (see `saidBefore`). Held weakly, and no text kept: what the page drops is let go.
   */
  private readonly saidAt = new WeakMap<Element, { text: number; said: readonly Said[] }>();
  private readonly remember = (block: Block, said: readonly Said[]): void => {
    // A block that states nothing is written down only over what it stated before.
    if (said.length === 0 && !this.saidAt.has(block.element)) return;
    // A plain block's text is its element's: no second copy of it made while the page is read.
    const text = isWholeElement(block) ? block.text : (block.element.textContent ?? '');
    this.saidAt.set(block.element, { text: fingerprint(text), said });
  };

  constructor(
    private readonly opts: ScanOptions,
    private readonly highlighter: Highlighter,
    private readonly gate: PageGate,
    private readonly following: Following,
  ) {}

  /** Marks built, not yet written. */
  get unwritten(): Prepared[] {
    return this.pending.slice(this.nextWrite);
  }

  /**
   * For a tree read again on its own: what the block right before it stated last when it was
   * read, if its text is still what it was then — the last element of the nearest earlier
   * sibling with text (past an empty ad slot), a few levels up for a paragraph in a wrapper of
   * its own.
   */
  saidBefore(root: ReadRoot): readonly Said[] {
    if (!(root instanceof Element)) return [];
    let at: Element | null = root;
    for (let up = 0; at && up < SAID_LEVELS; up++, at = at.parentElement) {
      let prev = at.previousElementSibling;
      for (let n = 0; prev && n < SAID_SIBLINGS && isEmpty(prev); n++)
        prev = prev.previousElementSibling;
      if (prev && !isEmpty(prev)) return this.lastSaid(prev);
    }
    return [];
  }

  private lastSaid(before: Element): readonly Said[] {
    for (let el: Element | null = before; el; el = el.lastElementChild) {
      const known = this.saidAt.get(el);
      if (known) return fingerprint(el.textContent ?? '') === known.text ? known.said : [];
    }
    return [];
  }

  /**
   * Reads the blocks under each tree in slices — and the open shadow trees met on the way, each
   * after them, with no actor in reach at its start — then writes what they state. `inStep`:
   * a follow-up, written in the task it runs in when it is small (IN_STEP_BLOCKS).
   */
  async scan(
    trees: [ReadRoot, ActorDistance, readonly Said[]][],
    { inStep = false } = {},
  ): Promise<ScanStats | null> {
    const { opts, following } = this;
    const ctx = {
      deal: opts.deal,
      lexicon: opts.lexicon,
      pageDate: opts.pageDate,
      today: opts.today,
    };
    // Only a tree not followed yet: one already followed keeps its marks, and is read again on
    // its own changes.
    const found = (shadow: ShadowRoot): void => {
      if (following.follow(shadow)) trees.push([shadow, NO_ACTOR, []]);
    };
    let yielded = false;
    for (let i = 0; i < trees.length; i++) {
      const [tree, distance, said] = trees[i]!;
      const reader = new BlockReader(ctx, this.gate, distance, said, this.remember);
      const reading = new SubtreeReading(
        tree,
        reader,
        opts.lexicon.actorAnywhere,
        undefined,
        found,
      );
      while (!reading.done) {
        const sliceStart = performance.now();
        for (const { block, mentions } of reading.readUntil(sliceStart + SLICE_MS)) {
          const shown = mentions.filter((m) => this.shows(m));
          if (shown.length === 0) continue;
          if (this.nextWrite === this.pending.length) this.pendingSince = following.pageChanges;
          this.pending.push(this.highlighter.prepare(block, shown));
        }
        this.busy += performance.now() - sliceStart;
        if (following.stopped) return null;
        if (reading.done) continue;
        yielded = true;
        await yieldToPage();
        if (following.stopped) return null;
      }
    }
    const small = inStep && !yielded && this.pending.length - this.nextWrite <= IN_STEP_BLOCKS;
    return this.writeAll(performance.now(), small);
  }

  /** The work of every scan so far, in milliseconds (for a budget: the difference of two). */
  get worked(): number {
    return this.busy;
  }

  private shows(m: Mention): boolean {
    return (
      (this.opts.showReported || !restsOnReports(this.opts.deal, m)) &&
      (!this.opts.onlyNotTrue || needsCorrection(m.status))
    );
  }

  /**
   * Writes what was read, in slices, each a task of its own — or, `inTask`, all of it with the
   * banner in the task the scan runs in (a small follow-up in the page's task).
   */
  private async writeAll(read: number, inTask = false): Promise<ScanStats | null> {
    const { following } = this;
    // A microtask stays in this task; a yield ends it.
    const between = inTask ? () => Promise.resolve() : yieldToPage;
    // Writing starts in a task of its own, not at the end of the last read slice.
    const writing = this.gate.open && this.nextWrite < this.pending.length;
    if (writing && this.opts.onMarksBuilt) {
      await between();
      if (following.stopped) return null;
      this.opts.onMarksBuilt(this.unwritten.flatMap((p) => p.mentions));
    }
    if (writing) {
      await between();
      if (following.stopped) return null;
    }
    // Read everything first, then write: every DOM write makes the browser update the page's
    // rendering, which on a huge page costs the same for one mark as for a thousand.
    let writeSlices = 0;
    let wrote = false;
    let written = performance.now();
    while (this.gate.open && this.nextWrite < this.pending.length) {
      // The slice starts before the banner is drawn: its time counts against the slice too.
      const sliceStart = performance.now();
      if (writeSlices === 0) this.opts.onWriteStart?.();
      const until = inTask ? Number.POSITIVE_INFINITY : sliceStart;
      wrote = following.unobserved(() => this.flush(until)) || wrote;
      writeSlices++;
      written = performance.now();
      this.busy += written - sliceStart;
      // After the last slice too: telling the rest (cards, summary, badge) about thousands of
      // marks is a task of its own.
      await between();
      if (following.stopped) return null;
    }
    return { read, written, writeSlices, wrote };
  }

  /** Writes pending highlights until one slice of time from `start` is used up. */
  private flush(start: number): boolean {
    const first = this.nextWrite;
    const last = this.pending.length;
    // The page has changed nothing since these blocks were read: their text nodes are as read,
    // and need no checking one by one (a sixth of the writing on the 100× bench page).
    const unchanged = this.following.pageChanges === this.pendingSince;
    let wrote = false;
    while (this.nextWrite < last) {
      const now = performance.now();
      if (now >= start + WRITE_SLICE_MS) {
        const pace = (now - start) / (this.nextWrite - first);
        const finish = now + pace * (last - this.nextWrite);
        if (finish > start + WRITE_STRETCH_MS || now >= start + WRITE_STRETCH_MS) break;
      }
      // Otherwise write() refuses a block whose marked text nodes the page changed or took out
      // meanwhile; any other change the page made to the block has been seen, and rescans it.
      const prepared = this.pending[this.nextWrite++]!;
      wrote = this.highlighter.write(prepared, { unchanged }).length > 0 || wrote;
    }
    if (this.nextWrite === this.pending.length) {
      this.pending = [];
      this.nextWrite = 0;
    }
    return wrote;
  }
}

/** A statement whose claim (or, for a bare term, version) the companies never confirmed. */
function restsOnReports(deal: Deal, mention: Mention): boolean {
  const basis = mention.claim
    ? deal.claim(mention.claim)?.basis
    : mention.version
      ? deal.version(mention.version)?.basis
      : undefined;
  return basis === 'reported';
}
