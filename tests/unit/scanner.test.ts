// @vitest-environment happy-dom
/**
 * The scanner's fast paths against their definitions, on generated trees: `excludedElement`
 * against `matches(EXCLUDED_SELECTOR)`, and the depth-first `blocksUnder` against the plain
 * reading of the block rules — every text node, in document order, skipped if any ancestor is
 * excluded, grouped by its nearest non-inline ancestor, and split after a <br>.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { blocksUnder, type Block } from '@/page/scanner';
import { EXCLUDED_SELECTOR, excludedElement } from '@/page/elements';
import { regionsUnder } from '@/page/regions';
import { OWN_UI_ATTR } from '@/page/mark-contract';
import { buildTree, type TreeSpec } from './dom-trees';

const TAGS = [
  'p',
  'div',
  'span',
  'em',
  'a',
  'li',
  'h2',
  'section',
  'br',
  'button',
  'code',
  'pre',
  'mark',
  'svg',
  'b',
  'td',
  'custom-el',
];
const ATTRS: [string, string][] = [
  ['class', 'x'],
  ['class', 'dealterm'],
  ['hidden', ''],
  ['aria-hidden', 'true'],
  ['aria-hidden', 'false'],
  ['contenteditable', ''],
  ['contenteditable', 'true'],
  ['contenteditable', 'false'],
  ['contenteditable', 'plaintext-only'],
  [OWN_UI_ATTR, ''],
  ['role', 'heading'],
];

const { tree } = fc.letrec<{ tree: TreeSpec; node: TreeSpec | string }>((self) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.subarray(ATTRS, { maxLength: 2 }),
    children: fc.array(self('node'), { maxLength: 4 }),
  }),
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('Microsoft ', 'OpenAI', ' ', 'x.', '\n'),
    self('tree'),
  ),
}));

const INLINE =
  'a, abbr, b, bdi, bdo, cite, data, del, dfn, em, font, i, ins, label, mark, q, ruby, rt, s, small, span, strong, sub, sup, time, u, var, wbr, nobr, tt, big, strike, acronym';

/** The block rules read plainly, one text node at a time. */
function reference(root: Element): { element: Element; texts: string[] }[] {
  const out: { element: Element; texts: string[] }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let current: { element: Element; texts: string[] } | null = null;
  const flush = (): void => {
    if (current && /\S/.test(current.texts.join(''))) out.push(current);
  };
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let skipped = false;
    for (let el = n.parentElement; el; el = el.parentElement)
      if (el.matches(EXCLUDED_SELECTOR)) skipped = true;
    if (skipped) continue;
    let block = n.parentElement;
    while (block && block !== root && block.matches(INLINE)) block = block.parentElement;
    if (!block) continue;
    if (!current || current.element !== block || n.previousSibling?.nodeName === 'BR') {
      flush();
      current = { element: block, texts: [] };
    }
    current.texts.push((n as Text).data);
  }
  flush();
  return out;
}

const shape = (blocks: Block[]) =>
  blocks.map((b) => {
    // The text a block is read as (natively for plain blocks) is its nodes' text.
    expect(b.text).toBe(b.nodes.map((n) => n.data).join(''));
    return { element: b.element, texts: b.nodes.map((n) => n.data) };
  });

afterEach(() => document.body.replaceChildren());

describe('scanner', () => {
  it('excludedElement agrees with the selector it stands for', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TAGS, 'script', 'style', 'textarea', 'input', 'template', 'kbd'),
        fc.subarray(ATTRS, { maxLength: 3 }),
        (tag, attrs) => {
          const el = document.createElement(tag);
          for (const [name, value] of attrs) el.setAttribute(name, value);
          expect(excludedElement(el)).toBe(el.matches(EXCLUDED_SELECTOR));
        },
      ),
      { numRuns: 500, seed: 20261122 },
    );
  });

  it('blocksUnder reads blocks as the rules define them', () => {
    fc.assert(
      fc.property(tree, (spec) => {
        const root = document.createElement('div');
        root.append(buildTree(spec));
        document.body.append(root);
        expect(shape([...blocksUnder(root)])).toEqual(reference(root));
        root.remove();
      }),
      { numRuns: 500, seed: 20261122 },
    );
  });

  it('regions, read one after another, give exactly the blocks of the whole', () => {
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 5 }), (spec, max) => {
        const root = document.createElement('div');
        root.append(buildTree(spec), buildTree(spec));
        document.body.append(root);
        const regions = [...regionsUnder(root, max)];
        const byRegion = regions.flatMap((r) => [...blocksUnder(r.element)]);
        expect(shape(byRegion)).toEqual(shape([...blocksUnder(root)]));
        root.remove();
      }),
      { numRuns: 500, seed: 20261122 },
    );
  });

  it('offsets and text agree with the nodes', () => {
    const root = document.createElement('div');
    root.append(
      buildTree({
        tag: 'p',
        attrs: [],
        children: [
          'Microsoft ',
          { tag: 'em', attrs: [], children: ['and'] },
          ' OpenAI',
          { tag: 'br', attrs: [], children: [] },
          'next line',
        ],
      }),
    );
    const blocks = [...blocksUnder(root)];
    expect(blocks.map((b) => b.text)).toEqual(['Microsoft and OpenAI', 'next line']);
    expect(blocks[0]!.starts).toEqual([0, 10, 13]);
  });
});
