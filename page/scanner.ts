/**
 * Reads a page's text the way the analyser needs it: in blocks (a paragraph, a list item, a
 * heading, a table cell), each the concatenation of its text nodes, skipping everything a
 * reader does not read as article text or that we must never touch.
 */
import {
  blockAbove,
  EXCLUDED_BY_ATTRIBUTE,
  excludedElement,
  INLINE,
  insideExcluded,
  openShadowOf,
} from './elements';

export interface Block {
  /** The block element the text belongs to. */
  element: Element;
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: number[];
  text: string;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Is the block a heading (see BlockKind in utils/analyze.ts)? Asked only of blocks with a hit. */
export function isHeading(element: Element): boolean {
  return HEADINGS.has(element.localName) || element.getAttribute('role') === 'heading';
}

/**
 * Any element that makes a subtree more than one plain run of text: an element that starts a
 * block (or ends one, as <br> does), or one the scanner skips. A block element with none of
 * these below it is a *plain block*: its text is exactly its `textContent`.
 */
const NOT_PLAIN_SELECTOR = [`:not(${[...INLINE].join(',')})`, ...EXCLUDED_BY_ATTRIBUTE].join(',');

/**
 * A plain block (see NOT_PLAIN_SELECTOR), read natively: its text from `textContent`, its text
 * nodes only when asked for — which the lens does only for the few blocks that state something.
 */
class PlainBlock implements Block {
  private read: { nodes: Text[]; starts: number[] } | null = null;

  constructor(
    readonly element: Element,
    readonly text: string,
  ) {}

  get nodes(): Text[] {
    return this.textNodes().nodes;
  }

  get starts(): number[] {
    return this.textNodes().starts;
  }

  private textNodes(): { nodes: Text[]; starts: number[] } {
    if (this.read) return this.read;
    const nodes: Text[] = [];
    const starts: number[] = [];
    // Every text node under the element, in order, as its textContent joins them. A walk by
    // hand: a TreeWalker costs a wrapper and a filter of the script's own world per block.
    const root = this.element;
    let offset = 0;
    let node: Node | null = root.firstChild;
    while (node) {
      if (node.nodeType === TEXT) {
        nodes.push(node as Text);
        starts.push(offset);
        offset += (node as Text).data.length;
      }
      let next = node.firstChild;
      while (!next && node && node !== root) {
        next = node.nextSibling;
        node = node.parentNode;
      }
      node = next;
    }
    this.read = { nodes, starts };
    return this.read;
  }
}

/** Is the block's text its element's whole `textContent` (a plain block, read natively)? */
export function isWholeElement(block: Block): boolean {
  return block instanceof PlainBlock;
}

/** `el`, read as one plain block, or null if it is not one (or holds no text node at all). */
function plainBlock(el: Element): PlainBlock | null {
  // An element with no child element (a paragraph of bare text) is plain without asking the
  // selector engine, which would match the whole selector list against it.
  if (el.firstElementChild !== null && el.querySelector(NOT_PLAIN_SELECTOR) !== null) return null;
  // '' may be no text node at all, which must not end the block around `el`: read it node by node.
  const text = el.textContent ?? '';
  return text === '' ? null : new PlainBlock(el, text);
}

const ELEMENT = 1; // Node.ELEMENT_NODE
const FRAGMENT = 11; // Node.DOCUMENT_FRAGMENT_NODE
const TEXT = 3; // Node.TEXT_NODE

/**
 * Yields the blocks under `root` in document order. A generator, so the caller decides how much
 * to read per slice of idle time. `BR` ends a block, as a line break ends a sentence.
 *
 * A plain depth-first walk in JavaScript, not a TreeWalker: it never enters an excluded
 * element, and knows each text node's block from the elements it came down through. A plain
 * block (a paragraph of text and inline elements: most of an article) is not entered at all:
 * one native `textContent` reads it. In a content script every node touched costs a wrapper
 * object of the script's own world, so nodes not touched are most of the saving.
 */
export function* blocksUnder(
  root: Node,
  checked = false,
  onShadowRoot?: (root: ShadowRoot) => void,
): Generator<Block, void, undefined> {
  const rootType = root.nodeType;
  if (rootType !== ELEMENT && rootType !== Node.DOCUMENT_NODE && rootType !== FRAGMENT) return;
  // `checked`: the caller knows that root is not inside an excluded element (a region is not).
  if (!checked && insideExcluded(root)) return;
  const rootIsBlock = rootType === ELEMENT && !INLINE.has((root as Element).localName);
  if (onShadowRoot && rootType === ELEMENT) {
    const shadow = openShadowOf(root as Element);
    if (shadow) onShadowRoot(shadow);
  }
  if (rootIsBlock) {
    const whole = plainBlock(root as Element);
    if (whole) {
      if (/\S/.test(whole.text)) yield whole;
      return;
    }
  }
  /** The block the text at the current position belongs to. */
  let block: Element | null = rootIsBlock ? (root as Element) : blockAbove(root);
  /** The block to return to when leaving each element entered. */
  const outer: (Element | null)[] = [];
  let current: { element: Element; nodes: Text[]; starts: number[]; text: string } | null = null;
  /** Whether the current node directly follows a <br>. */
  let afterBreak = false;
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    /** The current node's tag, if it is an element not entered. */
    let name = '';
    if (type === TEXT) {
      if (block) {
        const text = node as Text;
        if (!current || current.element !== block || afterBreak) {
          if (current && /\S/.test(current.text)) yield current;
          current = { element: block, nodes: [], starts: [], text: '' };
        }
        current.nodes.push(text);
        current.starts.push(current.text.length);
        current.text += text.data;
      }
    } else if (type === ELEMENT) {
      const el = node as Element;
      name = el.localName;
      const first = el.firstChild;
      // A shadow host is read on its own (its shadow tree is another tree, observed apart): it
      // is only reported here. A host inside a plain block (an inline one) is not seen.
      if (onShadowRoot && !excludedElement(el, name)) {
        const shadow = openShadowOf(el);
        if (shadow) onShadowRoot(shadow);
      }
      if (first && !excludedElement(el, name)) {
        const inline = INLINE.has(name);
        const plain = inline ? null : plainBlock(el);
        if (plain) {
          // What reading its nodes one by one gives: the block before it ends, it is one block.
          if (current && /\S/.test(current.text)) yield current;
          current = null;
          if (/\S/.test(plain.text)) yield plain;
        } else {
          outer.push(block);
          if (!inline) block = el;
          afterBreak = false;
          node = first;
          continue;
        }
      }
    }
    // On to the next sibling, or the next sibling of the nearest ancestor that has one.
    let next: Node | null = node.nextSibling;
    while (!next) {
      const parent: Node | null = node.parentNode;
      if (!parent || parent === root) break;
      block = outer.pop() ?? null;
      node = parent;
      name = (parent as Element).localName; // an element entered: only a <br> built by script has children
      next = node.nextSibling;
    }
    afterBreak = next !== null && name === 'br';
    node = next;
  }
  if (current && /\S/.test(current.text)) yield current;
}

/** The text node and offset at position `offset` of a block's text (end-exclusive aware). */
export function locate(
  block: Block,
  offset: number,
  isEnd: boolean,
): { node: Text; offset: number } {
  let lo = 0;
  let hi = block.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: block.nodes[lo]!, offset: offset - block.starts[lo]! };
}
