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
import { locate, type Block } from './scanner';

/** What one block's highlighting wrote, so that it can be undone as a whole. */
interface Written {
  marks: HTMLElement[];
  /**
   * For each text node we split (the page's own, keyed in the order we first split them): the
   * text nodes split off it, inside and after the marks, in order.
   */
  pieces: Map<Text, Text[]>;
  /** For each split node: the text we left in it. If the page has written another since, it is the page's. */
  left: Map<Text, string>;
}

export class Highlighter {
  private written: Written[] = [];
  private nextId = 0;

  /** One styled mark per contract but its id, cloned for each new mark (see `newMark`). */
  private templates = new Map<string, HTMLElement>();
  /**
   * The judged mention of each mark we made: what every surface shows comes from here, never
   * from the attributes (the page can write those), and reading it costs no DOM call.
   */
  private readonly mentions = new WeakMap<Element, MarkedMention>();

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
  private newMark(doc: Document, mention: MarkedMention): HTMLElement {
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
    return mark;
  }

  /** The judged mention of `mark`, if this highlighter made it; nothing for any other element. */
  mentionOf(mark: Element): MarkedMention | undefined {
    return this.mentions.get(mark);
  }

  /** All marks currently in the page, in writing order. */
  get marks(): HTMLElement[] {
    return this.written.flatMap((w) => w.marks);
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
    for (const mention of mentions) {
      const marked: MarkedMention = { ...contractFor(mention, String(this.nextId++)), marks: [] };
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
        (m) => this.newMark(node.ownerDocument, m),
      );
      if (!built) continue;
      nodes.push(built);
      written.marks.push(...built.marks);
      written.pieces.set(node, built.created);
      written.left.set(node, built.left);
    }
    return { nodes, written };
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
    return written.marks;
  }

  /** Removes the marks that `shouldRemove` picks (all by default), restoring the text nodes. */
  remove(shouldRemove: (mark: HTMLElement) => boolean = () => true): void {
    const keep: Written[] = [];
    // Newest first: a later pass may have split pieces that an earlier pass created.
    for (const w of [...this.written].reverse()) {
      if (w.marks.some(shouldRemove)) restore(w);
      else keep.unshift(w);
    }
    this.written = keep;
  }

  /**
   * Drops bookkeeping for marks the page itself removed, and returns how many of those were a
   * fight: the page took our marks out but kept the text they held. A re-render that replaced
   * the whole element (its text nodes went too) is not one.
   */
  forgetDetached(): number {
    let fought = 0;
    this.written = this.written.filter((w) => {
      if (w.marks.some((m) => m.isConnected)) return true;
      if ([...w.left.keys()].some((n) => n.isConnected)) fought++;
      return false;
    });
    return fought;
  }
}

/** One piece of one mention, to be wrapped. */
interface Cut extends Piece {
  mention: MarkedMention;
}

/** Marks built for one block, not yet in the page. */
export interface Prepared {
  nodes: PreparedNode[];
  /** The record of it, for `remove`. */
  written: Written;
}

interface PreparedNode {
  node: Text;
  /** The node's text when the marks were built. */
  text: string;
  /** What the node keeps of it: the text before the first mark. */
  left: string;
  /** The marks and the text between and after them, to insert after the node. */
  after: DocumentFragment;
  marks: HTMLElement[];
  /** Every text node in `after`, marked or not, in order (what restore joins back). */
  created: Text[];
}

/**
 * Builds the marks for every cut of one text node, to be put in with one rewrite of the node:
 * it keeps the text before the first cut, and new text nodes after it hold each marked text and
 * the text between and after — the DOM that splitting the node at every cut gives (less its
 * empty nodes), without copying the rest of the node once per cut (a 5 MB node with 188
 * mentions was 188 copies of megabytes). A cut of whitespace alone, or overlapping the one
 * before, is left alone.
 */
function buildMarks(
  node: Text,
  cuts: readonly Cut[],
  newMark: (mention: MarkedMention) => HTMLElement,
): PreparedNode | null {
  const text = node.data;
  const doc = node.ownerDocument;
  const after = doc.createDocumentFragment();
  const marks: HTMLElement[] = [];
  const created: Text[] = [];
  const add = (piece: string): void => {
    if (piece === '') return;
    const t = doc.createTextNode(piece);
    created.push(t);
    after.append(t);
  };
  let kept = -1; // the first cut's start
  let end = 0;
  for (const cut of cuts) {
    if (cut.start < end || text.slice(cut.start, cut.end).trim() === '') continue;
    if (kept < 0) kept = cut.start;
    else add(text.slice(end, cut.start));
    const mark = newMark(cut.mention);
    const inside = doc.createTextNode(text.slice(cut.start, cut.end));
    created.push(inside);
    mark.append(inside);
    after.append(mark);
    marks.push(mark);
    end = cut.end;
  }
  if (kept < 0) return null;
  add(text.slice(end));
  return { node, text, left: text.slice(0, kept), after, marks, created };
}

interface Piece {
  node: Text;
  start: number;
  end: number;
}

/** The parts of each text node that a mention covers. */
function pieces(block: Block, mention: Mention): Piece[] {
  const first = locate(block, mention.start, false);
  const last = locate(block, mention.end, true);
  const from = block.nodes.indexOf(first.node);
  const to = block.nodes.indexOf(last.node);
  const out: Piece[] = [];
  for (let i = from; i <= to; i++) {
    const node = block.nodes[i]!;
    const start = i === from ? first.offset : 0;
    const end = i === to ? last.offset : node.data.length;
    if (end > start) out.push({ node, start, end });
  }
  return out;
}

function restore(w: Written): void {
  // Unwrap every mark of the block first: pieces of one text node can sit in several marks.
  for (const mark of w.marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  // Then give each split node its pieces back, wherever the page has put it since — unless the
  // page has written the node since: then its text is the page's, and our pieces of the old
  // text just go.
  for (const node of [...w.left.keys()].reverse()) {
    const ours = node.data === w.left.get(node);
    let text = node.data;
    for (const piece of w.pieces.get(node) ?? []) {
      if (ours) text += piece.data;
      piece.remove();
    }
    if (ours) node.data = text;
  }
}
