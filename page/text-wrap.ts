/**
 * The DOM work of one block's marks: building them from the text nodes they cut (mark.js's
 * split-and-wrap, done once per node) and restoring exactly the text nodes that were split.
 */
import type { Mention } from '@/utils/mention';
import type { MarkedMention } from './mark-contract';
import { locate, type Block } from './scanner';

/** What one block's highlighting wrote, so that it can be undone as a whole. */
export interface Written {
  marks: HTMLElement[];
  /**
   * For each text node we split (the page's own, keyed in the order we first split them): the
   * text nodes split off it, inside and after the marks, in order.
   */
  pieces: Map<Text, Text[]>;
  /** For each split node: the text we left in it. If the page has written another since, it is the page's. */
  left: Map<Text, string>;
}

/** One piece of one mention, to be wrapped. */
export interface Cut extends Piece {
  mention: MarkedMention;
}

export interface PreparedNode {
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
export function buildMarks(
  node: Text,
  cuts: readonly Cut[],
  newMark: (mention: MarkedMention, text: string) => HTMLElement,
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
    const words = text.slice(cut.start, cut.end);
    const mark = newMark(cut.mention, words);
    const inside = doc.createTextNode(words);
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
export function pieces(block: Block, mention: Mention): Piece[] {
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

export function restore(w: Written): void {
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
