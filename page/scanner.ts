/**
 * Reads a page's text the way the analyser needs it: in blocks (a paragraph, a list item, a
 * heading, a table cell), each the concatenation of its text nodes, skipping everything a
 * reader does not read as article text or that we must never touch.
 */
import { MARK_CLASS, MARK_SELECTOR, MARK_TAG, OWN_UI_ATTR } from './mark-contract';

const EXCLUDED_TAGS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
]);

/** Elements skipped for what they are rather than their tag: hidden, editable, or ours (UI, marks). */
const EXCLUDED_BY_ATTRIBUTE = [
  '[aria-hidden="true"]',
  '[hidden]',
  '[contenteditable]:not([contenteditable="false"])',
  `[${OWN_UI_ATTR}]`,
  MARK_SELECTOR,
];

/** Never read or highlight inside these (the definition; `excludedElement` is its fast form). */
export const EXCLUDED_SELECTOR = [...EXCLUDED_TAGS, ...EXCLUDED_BY_ATTRIBUTE].join(',');

/** Elements that flow inside a line of text; any other element starts a new block. */
const INLINE = new Set([
  // The most common first: the plain-block selector lists them in this order, and matching an
  // element against its :not(…) stops at the first name that fits.
  'a',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'time',
  'abbr',
  'small',
  'sup',
  'sub',
  'cite',
  'mark',
  'u',
  'q',
  'label',
  'data',
  's',
  'del',
  'ins',
  'dfn',
  'var',
  'bdi',
  'bdo',
  'font',
  'ruby',
  'rt',
  'wbr',
  'nobr',
  'tt',
  'big',
  'strike',
  'acronym',
]);

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

/** The nearest ancestor of `node` (itself excluded) that is not inline. */
function blockAbove(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.localName)) el = el.parentElement;
  return el;
}

/**
 * `el.matches(EXCLUDED_SELECTOR)`, answered without the selector engine: a set lookup for the
 * tag, and the attributes only when the element has any. The scan asks this of every element
 * of the page, and `matches` with this list cost more than the pattern run itself on large pages.
 *
 * Not `isContentEditable` either: Blink answers it by recomputing the page's styles. Editable
 * regions are caught by their attribute (their whole subtree is skipped) and by designMode.
 */
export function excludedElement(el: Element, name = el.localName): boolean {
  if (EXCLUDED_TAGS.has(name)) return true;
  if (!el.hasAttributes()) return false;
  if (name === MARK_TAG && el.classList.contains(MARK_CLASS)) return true;
  const editable = el.getAttribute('contenteditable');
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute(OWN_UI_ATTR) ||
    (editable !== null && editable !== 'false')
  );
}

const FRAGMENT = 11; // Node.DOCUMENT_FRAGMENT_NODE

/**
 * The open shadow root of `el`, if it has one. A closed one is null here, as for any script of
 * the page: we never ask for more than the page itself can see.
 */
export function openShadowOf(el: Element): ShadowRoot | null {
  return el.shadowRoot;
}

/** The element above `node`, crossing out of a shadow root to its host. */
function elementAbove(node: Node): Element | null {
  if (node.nodeType === FRAGMENT) return (node as ShadowRoot).host ?? null;
  const parent = node.parentNode;
  if (parent === null) return null;
  if (parent.nodeType === FRAGMENT) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === ELEMENT ? (parent as Element) : null;
}

/**
 * Is `node` inside an excluded region, or the whole document editable? Seen across shadow
 * boundaries: a shadow root whose host is editable or hidden is excluded with it.
 */
export function insideExcluded(node: Node): boolean {
  if ((node.ownerDocument ?? (node as Document)).designMode === 'on') return true;
  for (
    let el = node.nodeType === ELEMENT ? (node as Element) : elementAbove(node);
    el;
    el = elementAbove(el)
  ) {
    if (excludedElement(el)) return true;
  }
  return false;
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

/** Past this many elements, a subtree is cut into its children rather than read whole. */
export const REGION_ELEMENTS = 2_000;

/**
 * Whether a subtree is too large to read in one piece. Counting is native; and it stops at
 * `maxElements + 1`: asking a live collection for one item walks the tree only up to it, where
 * its `length` walks the whole subtree (the page's whole body, then each large child again:
 * 110 ms on the 100× bench page). A wrapper (one element child, no text of its own —
 * single-page sites nest them deeply) is looked inside rather than counted at every level.
 */
export function isLarge(el: Element, maxElements = REGION_ELEMENTS): boolean {
  if (el.childElementCount === 0) return false;
  if (el.childElementCount === 1 && !hasOwnText(el)) return true;
  return el.getElementsByTagName('*').item(maxElements) !== null;
}

function hasOwnText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE && /\S/.test((child as Text).data)) return true;
  }
  return false;
}

/** Text of `el`'s own block: its direct text, or an inline child's. */
function hasOwnContent(el: Element): boolean {
  if (hasOwnText(el)) return true;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (INLINE.has(child.localName) && /\S/.test(child.textContent ?? '')) return true;
  }
  return false;
}

export interface Region {
  element: Element;
  /** Small enough to read whole (`textContent`) and decide on at once. */
  small: boolean;
}

/**
 * Cuts `root` into regions: disjoint subtrees, in document order, that together hold all of
 * its readable text and whose blocks lie wholly inside them — so `blocksUnder` each region, in
 * order, gives exactly `blocksUnder(root)`. A large element is cut into its children only when
 * it has no text of its own block (no direct text, no inline child with text); otherwise it is
 * one region, read block by block. Excluded elements are left out.
 */
export function* regionsUnder(
  root: Element | ShadowRoot,
  maxElements = REGION_ELEMENTS,
): Generator<Region, void, undefined> {
  if (insideExcluded(root)) return;
  // A shadow root is no element: its regions are cut from its children.
  const stack: Element[] = root.nodeType === ELEMENT ? [root as Element] : [];
  if (root.nodeType !== ELEMENT) {
    for (let child = root.lastElementChild; child; child = child.previousElementSibling)
      stack.push(child);
  }
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el !== root && excludedElement(el)) continue;
    const large = isLarge(el, maxElements);
    if (large && !INLINE.has(el.localName) && !hasOwnContent(el)) {
      for (let child = el.lastElementChild; child; child = child.previousElementSibling)
        stack.push(child);
    } else {
      yield { element: el, small: !large };
    }
  }
}

/** Every HTML element name (obsolete ones too): any other in an HTML page is a custom element. */
const HTML_TAGS =
  'a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee menu meta meter nav nobr noembed noframes noscript object ol optgroup option output p param picture plaintext pre progress q rb rp rt rtc ruby s samp script search section select slot small source span strike strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp'.split(
    ' ',
  );

/** Custom elements (the usual shadow hosts), outside SVG and MathML, whose element names are not HTML's. */
const CUSTOM_ELEMENT_SELECTOR = `:not(${HTML_TAGS.join(',')}):not(svg *, math *, svg, math)`;

/**
 * The open shadow roots of custom elements under `el`, for a region the reader skips (its text,
 * which holds no shadow tree's, names no actor). One native query, no wrapper for the region's
 * other elements: asking each of them cost a skipped region what skipping it saves (most of
 * the 100× bench page). A built-in element used as a host there is not found.
 */
export function shadowRootsUnder(el: Element, found: (root: ShadowRoot) => void): void {
  for (const candidate of el.querySelectorAll(CUSTOM_ELEMENT_SELECTOR)) {
    const shadow = openShadowOf(candidate);
    if (shadow && !insideExcluded(candidate)) found(shadow);
  }
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
