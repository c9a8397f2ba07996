/**
 * Writes mentions into the page as `<mark class="dealterm">` elements, and takes them out
 * again leaving the page exactly as it was.
 *
 * The DOM contract (mark-contract.ts): every mark carries data-term, data-version, data-claim,
 * data-status and data-mention (one id per mention; a mention that crosses inline elements is
 * several marks).
 *
 * Each piece of a mention lies inside one text node, so writing it is mark.js's own
 * split-and-wrap, done directly (see buildMarks). mark.js itself
 * (`markRanges` per piece) cost 15–20× more on large pages — each call re-reads its context's
 * text and leaves a live NodeIterator that every later node removal in the document must
 * update until garbage collection — about 1.1 s for 3,700 marks on the 100× bench page, against
 * 60 ms for the same DOM written directly. mark.js remains the bench's naive reference.
 *
 * Why not mark.js `unmark()` either: it calls `parent.normalize()`, which also merges the
 * page's own adjacent text nodes and drops its empty ones. Frameworks such as React keep
 * references to those nodes and break when they vanish. We instead remember each text node we
 * split and put exactly that node back, with exactly its text.
 */
import type { Mention } from '@/utils/mention';
import type { HighlightStyle } from '@/utils/settings';
import {
  contractFor,
  MARK_ATTR,
  MARK_CLASS,
  MARK_TAG,
  writeContract,
  type MarkedMention,
} from './mark-contract';
import type { Scheme } from '@/utils/mark-look';
import { styleMark } from './mark-style';
import type { Block } from './scanner';
import {
  buildMarks,
  pieces,
  restore,
  type Cut,
  type PreparedNode,
  type Written,
} from './text-wrap';

export class Highlighter {
  private written: Written[] = [];
  /** Every mark in the page as last listed (see `live`), and how many blocks of `written` it covers. */
  private listed: HTMLElement[] | null = null;
  private listedBlocks = 0;
  private nextId = 0;

  /** One styled mark per contract but its id, cloned for each new mark (see `newMark`). */
  private templates = new Map<string, HTMLElement>();
  /**
   * The judged mention of each mark we made: what every surface shows comes from here, never
   * from the attributes (the page can write those), and reading it costs no DOM call.
   */
  private readonly mentions = new WeakMap<Element, MarkedMention>();
  /** For each of the page's text nodes we split, the record of the block that split it. */
  private readonly splitter = new WeakMap<Text, Written>();

  /** `scheme`: the page's, so that every line keeps 3:1 against its background. */
  constructor(
    private style: HighlightStyle = 'background',
    private readonly scheme: Scheme = 'light',
  ) {}

  /**
   * Gives every mark, and every mark made from now on, the look of `style`: those in the page
   * and those of `unwritten`, prepared but not yet in the page.
   */
  restyle(style: HighlightStyle, unwritten: readonly Prepared[] = []): void {
    this.style = style;
    this.templates.clear();
    for (const mark of [...this.marks, ...unwritten.flatMap((p) => p.written.marks)]) {
      const mention = this.mentions.get(mark);
      if (mention) styleMark(mark, style, mention.status, this.scheme);
    }
  }

  /**
   * A new, empty mark for `mention`, styled. Cloned from a styled mark with the same contract
   * but its id: a clone copies the parsed inline style, where writing it to each mark parsed it
   * again (about 25 µs a mark, 115 ms for the 100× bench page's 4,663 marks), and the contract's
   * attributes, where setting them took five calls into the DOM a mark. A page states a few
   * dozen contracts at most, each many times over.
   */
  private newMark(doc: Document, mention: MarkedMention, text: string): HTMLElement {
    const key = `${mention.status}\u0000${mention.term}\u0000${mention.version ?? ''}\u0000${mention.claim ?? ''}`;
    let template = this.templates.get(key);
    if (template?.ownerDocument !== doc) {
      template = doc.createElement(MARK_TAG);
      template.className = MARK_CLASS;
      writeContract(template, mention, false);
      styleMark(template, this.style, mention.status, this.scheme);
      this.templates.set(key, template);
    }
    const mark = template.cloneNode(false) as HTMLElement;
    mark.setAttribute(MARK_ATTR.mention, mention.id);
    this.mentions.set(mark, mention);
    mention.marks.push(mark);
    mention.text += text;
    return mark;
  }

  /** The judged mention of `mark`, if this highlighter made it; nothing for any other element. */
  mentionOf(mark: Element): MarkedMention | undefined {
    return this.mentions.get(mark);
  }

  /** How many blocks hold marks of ours. */
  get blocks(): number {
    return this.written.length;
  }

  /** All marks currently in the page, in writing order. */
  get marks(): HTMLElement[] {
    return this.written.flatMap((w) => w.marks);
  }

  /**
   * The marks still in the page, in writing order: asked of each mark only after the page
   * changed (`stale`) or we took marks out. Marks written since the last list are added unasked:
   * they went in unobserved just now, and a page change since would have called `stale`.
   */
  live(): readonly HTMLElement[] {
    if (!this.listed) this.listed = this.marks.filter((m) => m.isConnected);
    else if (this.listedBlocks < this.written.length)
      this.listed = this.listed.concat(
        this.written.slice(this.listedBlocks).flatMap((w) => w.marks),
      );
    this.listedBlocks = this.written.length;
    return this.listed;
  }

  /** The page changed: the next `live` asks each mark again whether it is in the page. */
  stale(): void {
    this.listed = null;
  }

  /**
   * Highlights the mentions found in one block; returns the marks made, in document order. The
   * block's text nodes are as the scanner read them.
   */
  highlight(block: Block, mentions: readonly Mention[]): HTMLElement[] {
    return this.write(this.prepare(block, mentions));
  }

  /**
   * Builds the marks for one block's mentions without touching the page: the lens prepares
   * while it reads, so that its write slices only insert (fewer write slices, and fewer of the
   * rendering updates the browser runs after each).
   */
  prepare(block: Block, mentions: readonly Mention[]): Prepared {
    // Every piece of every mention, by text node (in document order), each node's in text order.
    const cutsByNode = new Map<Text, Cut[]>();
    const judged: MarkedMention[] = [];
    for (const mention of mentions) {
      const marked: MarkedMention = {
        ...contractFor(mention, String(this.nextId++)),
        marks: [],
        text: '',
      };
      judged.push(marked);
      for (const piece of pieces(block, mention)) {
        const cuts = cutsByNode.get(piece.node) ?? [];
        cuts.push({ ...piece, mention: marked });
        cutsByNode.set(piece.node, cuts);
      }
    }
    const nodes: PreparedNode[] = [];
    // What the write will have done, ready beforehand: the write slices only insert.
    const written: Written = { marks: [], pieces: new Map(), left: new Map() };
    for (const [node, cuts] of cutsByNode) {
      const built = buildMarks(
        node,
        cuts.sort((a, b) => a.start - b.start),
        (m, text) => this.newMark(node.ownerDocument, m, text),
      );
      if (!built) continue;
      nodes.push(built);
      written.marks.push(...built.marks);
      written.pieces.set(node, built.created);
      written.left.set(node, built.left);
    }
    return { nodes, written, mentions: judged.filter((m) => m.marks.length > 0) };
  }

  /**
   * Puts prepared marks into the page; returns them, in document order. Nothing is written if
   * any of the text nodes has left the page or changed its text since `prepare` — which is not
   * checked when the caller knows the page `unchanged` since (it observed no change).
   */
  write(prepared: Prepared, { unchanged = false } = {}): HTMLElement[] {
    if (prepared.nodes.length === 0) return []; // written already: a fragment inserts once
    if (
      !unchanged &&
      prepared.nodes.some(({ node, text }) => !node.parentNode || node.data !== text)
    )
      return [];
    for (const { node, left, after } of prepared.nodes) {
      node.data = left;
      node.after(after);
    }
    const { written } = prepared;
    prepared.nodes = [];
    if (written.marks.length === 0) return [];
    this.written.push(written);
    for (const node of written.left.keys()) this.splitter.set(node, written);
    return written.marks;
  }

  /** Removes every mark, restoring the text nodes. */
  remove(): void {
    // Newest first: a later pass may have split pieces that an earlier pass created.
    for (const w of [...this.written].reverse()) this.restore(w);
    this.written = [];
    this.stale();
  }

  /** Whether `node` is one of the page's text nodes that our marks split. */
  split(node: Node): boolean {
    return node instanceof Text && this.splitter.has(node);
  }

  /**
   * Takes out at once the marks of every block where the page rewrote, or took out, a text node
   * we had split: until then its own text reads wrong (its new words, then our pieces of the
   * old ones). Returns how many blocks' marks went; the page's changes say to read them again.
   */
  removeSplitFrom(nodes: Iterable<Text>): number {
    const blocks = new Set<Written>();
    for (const node of nodes) {
      const w = this.splitter.get(node);
      if (w) blocks.add(w);
    }
    if (blocks.size === 0) return 0;
    // Newest first, as in `remove`.
    for (const w of this.written.filter((w) => blocks.has(w)).reverse()) this.restore(w);
    this.written = this.written.filter((w) => !blocks.has(w));
    this.stale();
    return blocks.size;
  }

  private restore(w: Written): void {
    restore(w);
    this.forget(w);
  }

  private forget(w: Written): void {
    for (const node of w.left.keys()) if (this.splitter.get(node) === w) this.splitter.delete(node);
  }

  /**
   * Removes the marks inside `roots`, restoring their text nodes; returns how many blocks' marks
   * went. A block's marks lie all inside a root or none (roots are blocks, or hold whole ones).
   */
  removeWithin(roots: readonly (Element | ShadowRoot)[]): number {
    if (roots.length === 0) return 0;
    // Up from each mark rather than `contains` from each root: fifty roots of a live blog
    // against every mark of the article were thousands of calls per follow-up.
    const within = new Set<Node>(roots);
    const inside = (mark: Node): boolean => {
      for (let node: Node | null = mark; node; node = node.parentNode)
        if (within.has(node)) return true;
      return false;
    };
    const keep: Written[] = [];
    let removed = 0;
    for (const w of [...this.written].reverse()) {
      const mark = w.marks.find((m) => m.isConnected);
      if (mark && inside(mark)) {
        this.restore(w);
        removed++;
      } else keep.push(w);
    }
    keep.reverse();
    this.written = keep;
    if (removed > 0) this.stale();
    return removed;
  }

  /**
   * Lets go of what was kept to restore the blocks whose marks all left the page (nothing of
   * content the page dropped outlives it). Returns how many blocks went, and how many of those
   * were a fight: the page took our marks out but kept the text they held. A re-render that
   * replaced the whole element (its text nodes went too) is not one.
   */
  forgetDetached(): { lost: number; fought: number } {
    let fought = 0;
    const before = this.written.length;
    this.written = this.written.filter((w) => {
      if (w.marks.some((m) => m.isConnected)) return true;
      if ([...w.left.keys()].some((n) => n.isConnected)) fought++;
      this.forget(w);
      return false;
    });
    if (this.written.length < before) this.stale();
    return { lost: before - this.written.length, fought };
  }
}

/** Marks built for one block, not yet in the page. */
export interface Prepared {
  nodes: PreparedNode[];
  /** The record of it, for `remove`. */
  written: Written;
  /** The mentions those marks state (each with one mark or more). */
  mentions: MarkedMention[];
}
