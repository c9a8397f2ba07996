/**
 * Reads a page's text the way the analyser needs it: in blocks (a paragraph, a list item, a
 * heading, a table cell), each the concatenation of its text nodes, skipping everything a
 * reader does not read as article text or that we must never touch.
 */
import { MARK_SELECTOR, OWN_UI_ATTR } from '@/utils/mention';

/** Never read or highlight inside these. */
export const EXCLUDED_SELECTOR = [
  'head', 'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
  'button', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'canvas', 'video',
  'audio', '[aria-hidden="true"]', '[hidden]', '[contenteditable]:not([contenteditable="false"])',
  `[${OWN_UI_ATTR}]`, MARK_SELECTOR,
].join(',');

/** Elements that flow inside a line of text; any other element starts a new block. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL',
  'MARK', 'Q', 'RUBY', 'RT', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR',
  'WBR', 'NOBR', 'TT', 'BIG', 'STRIKE', 'ACRONYM',
]);

export interface Block {
  /** The block element the text belongs to. */
  element: Element;
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: number[];
  text: string;
  /** A heading (h1–h6): see BlockKind in utils/analyze.ts. */
  heading: boolean;
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.tagName)) el = el.parentElement;
  return el;
}

/**
 * By selector only. Not `isContentEditable`: Blink answers it by recomputing the page's styles,
 * and after each batch of highlights that was a whole-page style recalc per slice. Editable
 * regions are caught by their attribute (the walker skips their whole subtree) and by
 * designMode.
 */
function excluded(el: Element): boolean {
  return el.matches(EXCLUDED_SELECTOR) || el.ownerDocument.designMode === 'on';
}

/** Is `node` inside an excluded region (checked once for the root of a rescan)? */
export function insideExcluded(node: Node): boolean {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (excluded(el)) return true;
  }
  return false;
}

/**
 * Yields the blocks under `root` in document order. A generator, so the caller decides how much
 * to read per slice of idle time. `BR` ends a block, as a line break ends a sentence.
 *
 * The walker visits text nodes only, with no filter: a filter is a call from the browser into
 * JavaScript for every element of the page. Whether a text node's parent is excluded, and which
 * block it belongs to, is worked out once per element and remembered.
 */
export function* blocksUnder(root: Node): Generator<Block, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const skipped = new Map<Element, boolean>();
  const isSkipped = (el: Element | null): boolean => {
    if (!el) return false;
    let known = skipped.get(el);
    if (known === undefined) {
      known = excluded(el) || isSkipped(el.parentElement);
      skipped.set(el, known);
    }
    return known;
  };
  const blocks = new Map<Element, Element | null>();
  let current: Block | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || isSkipped(parent)) continue;
    let element = blocks.get(parent);
    if (element === undefined) {
      element = blockOf(text);
      blocks.set(parent, element);
    }
    if (!element) continue;
    const broken = text.previousSibling?.nodeName === 'BR';
    if (!current || current.element !== element || broken) {
      if (current && /\S/.test(current.text)) yield current;
      current = { element, nodes: [], starts: [], text: '', heading: element.matches(HEADING) };
    }
    current.nodes.push(text);
    current.starts.push(current.text.length);
    current.text += text.data;
  }
  if (current && /\S/.test(current.text)) yield current;
}

/** The text node and offset at position `offset` of a block's text (end-exclusive aware). */
export function locate(block: Block, offset: number, isEnd: boolean): { node: Text; offset: number } {
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
