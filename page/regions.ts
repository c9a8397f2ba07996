/**
 * Cuts a subtree into regions the reader can decide on whole (read natively, stepped over when
 * they name no actor), and finds the shadow roots under a region it skips.
 */
import { excludedElement, INLINE, insideExcluded, openShadowOf } from './elements';

const ELEMENT = 1; // Node.ELEMENT_NODE

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
export function hasOwnContent(el: Element): boolean {
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
  // Each entry: an element to visit, and whether its next siblings follow it. Siblings are
  // taken one at a time: pushing the 16,000 children of a wide <body> at once (the corpus-100k
  // bench page) was a slice of its own of tens of milliseconds.
  const stack: [Element, boolean][] = [];
  if (root.nodeType === ELEMENT) stack.push([root as Element, false]);
  else if (root.firstElementChild) stack.push([root.firstElementChild, true]);
  while (stack.length > 0) {
    const [el, siblings] = stack.pop()!;
    const next = siblings ? el.nextElementSibling : null;
    if (next) stack.push([next, true]);
    if (el !== root && excludedElement(el)) continue;
    const large = isLarge(el, maxElements);
    if (large && !INLINE.has(el.localName) && !hasOwnContent(el)) {
      const first = el.firstElementChild;
      if (first) stack.push([first, true]);
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
  for (const candidate of customElementsUnder(el)) {
    const shadow = openShadowOf(candidate);
    if (shadow && !insideExcluded(candidate)) found(shadow);
  }
}

/** Only a name with a hyphen can be a custom element's: XPath finds those natively. */
const HYPHENATED = ".//*[contains(local-name(), '-')]";

/**
 * The custom elements under `el` (see CUSTOM_ELEMENT_SELECTOR). By XPath where there is one:
 * matching every element against that selector's 120 names took 210–310 ms for the whole 100×
 * bench page, a name test 35–60 ms; the few hyphenated names found are then checked as it does.
 */
function customElementsUnder(el: Element): Iterable<Element> {
  const doc = el.ownerDocument;
  if (typeof doc.evaluate !== 'function' || typeof XPathResult === 'undefined')
    return el.querySelectorAll(CUSTOM_ELEMENT_SELECTOR);
  const hits = doc.evaluate(HYPHENATED, el, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const out: Element[] = [];
  for (let i = 0; i < hits.snapshotLength; i++) {
    const candidate = hits.snapshotItem(i) as Element;
    if (candidate.matches(CUSTOM_ELEMENT_SELECTOR)) out.push(candidate);
  }
  return out;
}
