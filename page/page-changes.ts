/**
 * What the page changed, in the terms the lens reads: the blocks whose text changed, and the
 * blocks it added. A change that leaves every block's text as it was (an ad coming and going
 * between paragraphs, a sibling subtree replaced) names no block already read, so the marks
 * around it stay the very same elements.
 */
import { NO_ACTOR, type ActorDistance } from '@/utils/analyze';
import type { CompiledLexicon } from '@/utils/lexicon';
import { blockAbove, INLINE } from './elements';
import { MARK_SELECTOR, OWN_UI_ATTR } from './mark-contract';
import { hasOwnContent } from './regions';

export type ReadRoot = Element | ShadowRoot;

/** Our banner's or card's host. */
const isOwnUi = (node: Node): boolean => node instanceof Element && node.hasAttribute(OWN_UI_ATTR);

/** Inside (or one of) our marks or our UI. */
export function isOurs(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest(`${MARK_SELECTOR},[${OWN_UI_ATTR}]`);
}

const insideOwnUi = (node: Node): boolean => {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest(`[${OWN_UI_ATTR}]`);
};

/**
 * An element that is a block of its own: adding or taking it out leaves the text of the block
 * around it as it was (a <br> is no such element: it cuts the block it stands in).
 */
function isBlock(node: Node): node is Element {
  return node instanceof Element && !INLINE.has(node.localName) && node.localName !== 'br';
}

const isBlank = (node: Node): boolean =>
  node.nodeType === Node.TEXT_NODE && !/\S/.test(node.textContent ?? '');

/**
 * The block `node`'s text belongs to: itself if it is a block element, else its nearest block
 * ancestor — or, in a shadow tree with none above it, the shadow root.
 */
export function blockOf(node: Node): ReadRoot | null {
  const block = isBlock(node) ? node : blockAbove(node);
  if (block) return block;
  const top = node.getRootNode();
  return top.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (top as ShadowRoot).host
    ? (top as ShadowRoot)
    : null;
}

/**
 * Adds to `roots` what must be read again after `records`: the blocks whose text they changed,
 * and the blocks they added. Records of our own UI, attribute records, and changes to what the
 * page has taken out since add nothing; a text node rewritten twenty times is looked at once.
 */
export function collectChanged(records: Iterable<MutationRecord>, roots: Set<ReadRoot>): void {
  const add = (node: Node): void => {
    const root = blockOf(node);
    if (root) roots.add(root);
  };
  const looked = new Set<Node>();
  for (const record of records) {
    const target = record.target;
    if (record.type === 'attributes' || !target.isConnected) continue;
    if (record.type === 'characterData') {
      if (!looked.has(target)) add(target);
      looked.add(target);
      continue;
    }
    if (insideOwnUi(target)) continue;
    // Text added to or taken from a block (a mark of ours taken out too) changes that block;
    // a block added is read on its own; a block taken out leaves nothing to read, unless it
    // stood between two runs of its parent's own text, which now join.
    let textChanged = isOurs(target);
    let structural = false;
    record.addedNodes.forEach((node) => {
      if (isOwnUi(node)) return;
      if (isBlock(node)) {
        structural = true;
        if (node.isConnected) add(node);
      } else if (isBlank(node)) structural = true;
      else textChanged = true;
    });
    record.removedNodes.forEach((node) => {
      if (isOwnUi(node)) return;
      if (isBlock(node) || isBlank(node)) structural = true;
      else textChanged = true;
    });
    if (looked.has(target) || !(textChanged || structural)) continue;
    if (textChanged || (target instanceof Element && hasOwnContent(target))) {
      looked.add(target);
      add(target);
    }
  }
}

/**
 * The page's text nodes that our marks split (`split`) and that `record` says it rewrote or
 * took out: the text around them reads wrong until our pieces of their old text go.
 */
export function splitNodesTouched(
  record: MutationRecord,
  marks: { split(node: Node): boolean },
): Text[] {
  if (record.type === 'characterData')
    return marks.split(record.target) ? [record.target as Text] : [];
  if (record.type !== 'childList' || record.removedNodes.length === 0) return [];
  const out: Text[] = [];
  record.removedNodes.forEach((node) => {
    if (marks.split(node)) out.push(node as Text);
  });
  return out;
}

/** The roots none of the others contains, each still in the page. */
export function outermost(roots: Iterable<ReadRoot>): ReadRoot[] {
  const set = new Set(roots);
  const out: ReadRoot[] = [];
  for (const root of set) {
    if (!root.isConnected) continue;
    let inside = false;
    // A shadow root has no parent: its tree is read apart from its host's.
    for (let up = root.parentNode; up && !inside; up = up.parentNode)
      inside = set.has(up as Element);
    if (!inside) out.push(root);
  }
  return out;
}

/**
 * Whether a record is the page's doing: anything but our banner or card coming or going (our
 * other writes go in unobserved) and the contract attributes (put back, never read).
 */
export function isPageChange(record: MutationRecord): boolean {
  if (record.type === 'attributes') return false;
  // Our hosts go in and out of <body> (or the root of a page without one), nowhere else.
  const { target } = record;
  return (
    record.type !== 'childList' ||
    (target !== document.body && target !== document.documentElement) ||
    some(record.addedNodes, (n) => !isOwnUi(n)) ||
    some(record.removedNodes, (n) => !isOwnUi(n))
  );
}

const some = (nodes: NodeList, test: (node: Node) => boolean): boolean =>
  Array.prototype.some.call(nodes, test);

/**
 * For a rescan of part of the page: is the article around it about Microsoft and OpenAI? Reads
 * the surrounding article (or section) only, never the whole page, and once per follow-up
 * (`known`: fifty blocks changed in one live blog are one read of it).
 */
export function actorContext(
  root: ReadRoot,
  lexicon: CompiledLexicon,
  known = new Map<Node, ActorDistance>(),
): ActorDistance {
  const container =
    root.nodeType === Node.ELEMENT_NODE
      ? ((root as Element).closest('article, main, section, [role="main"]') ??
        (root as Element).parentElement ??
        root.getRootNode())
      : root;
  const seen = known.get(container);
  if (seen !== undefined) return seen;
  const text = container.textContent?.slice(0, 20000) ?? '';
  const distance = lexicon.actor.test(text) ? 0 : NO_ACTOR;
  known.set(container, distance);
  return distance;
}
