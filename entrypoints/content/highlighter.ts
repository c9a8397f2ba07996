/**
 * Writes mentions into the page as `<mark class="dealterm">` elements, and takes them out
 * again leaving the page exactly as it was.
 *
 * The DOM contract (utils/mention.ts): every mark carries data-term, data-version, data-claim,
 * data-status and data-mention (one id per mention; a mention that crosses inline elements is
 * several marks).
 *
 * Each piece of a mention lies inside one text node, so writing it is mark.js's own
 * split-and-wrap, done directly: split the node at both ends, wrap the middle. mark.js itself
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
import { MARK_ATTR, MARK_CLASS, MARK_TAG, type Mention } from '@/utils/mention';
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

  /** All marks currently in the page, in writing order. */
  get marks(): HTMLElement[] {
    return this.written.flatMap((w) => w.marks);
  }

  /**
   * Highlights the mentions found in one block; returns the marks made. The block's text nodes
   * are as the scanner read them: mentions are written last to first, so that splitting a node
   * for one never shifts the offsets of those before it.
   */
  highlight(block: Block, mentions: readonly Mention[]): HTMLElement[] {
    const written: Written = { marks: [], pieces: new Map(), left: new Map() };
    const ids = mentions.map(() => String(this.nextId++));
    for (let i = mentions.length - 1; i >= 0; i--) {
      const mention = mentions[i]!;
      for (const piece of pieces(block, mention).reverse()) {
        const wrapped = wrap(piece);
        if (!wrapped) continue;
        setContract(wrapped.mark, mention, ids[i]!);
        written.marks.push(wrapped.mark);
        written.pieces.set(piece.node, [...wrapped.created, ...(written.pieces.get(piece.node) ?? [])]);
      }
    }
    for (const node of written.pieces.keys()) written.left.set(node, node.data);
    if (written.marks.length === 0) return [];
    // Document order, for the card's "first mention of each term" and the popup.
    written.marks.reverse();
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

/**
 * Splits the piece's text node at both ends and wraps the middle in a mark (as mark.js does:
 * the node keeps the text before, new nodes hold the marked text and the text after). A piece
 * of whitespace alone is left alone.
 */
function wrap(piece: Piece): { mark: HTMLElement; created: [Text, Text] } | null {
  const { node, start, end } = piece;
  const parent = node.parentNode;
  if (!parent || node.data.slice(start, end).trim() === '') return null;
  const middle = node.splitText(start);
  const after = middle.splitText(end - start);
  const mark = node.ownerDocument.createElement(MARK_TAG);
  mark.className = MARK_CLASS;
  parent.insertBefore(mark, middle);
  mark.appendChild(middle);
  return { mark, created: [middle, after] };
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

function setContract(el: Element, mention: Mention, id: string): void {
  el.setAttribute(MARK_ATTR.term, mention.term);
  el.setAttribute(MARK_ATTR.version, mention.version ?? '');
  el.setAttribute(MARK_ATTR.claim, mention.claim ?? '');
  el.setAttribute(MARK_ATTR.status, mention.status);
  el.setAttribute(MARK_ATTR.mention, id);
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
