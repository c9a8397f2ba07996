/**
 * What kind of element the scanner meets: inline (it flows inside a line of text) or excluded
 * (never read or highlighted: scripts, editable areas, hidden ones, our own UI and marks).
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
export const EXCLUDED_BY_ATTRIBUTE = [
  '[aria-hidden="true"]',
  '[hidden]',
  '[contenteditable]:not([contenteditable="false"])',
  `[${OWN_UI_ATTR}]`,
  MARK_SELECTOR,
];

/** Never read or highlight inside these (the definition; `excludedElement` is its fast form). */
export const EXCLUDED_SELECTOR = [...EXCLUDED_TAGS, ...EXCLUDED_BY_ATTRIBUTE].join(',');

/** Elements that flow inside a line of text; any other element starts a new block. */
export const INLINE = new Set([
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

const ELEMENT = 1; // Node.ELEMENT_NODE

/** The nearest ancestor of `node` (itself excluded) that is not inline. */
export function blockAbove(node: Node): Element | null {
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
