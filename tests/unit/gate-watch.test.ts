// @vitest-environment happy-dom
/**
 * The gate reads the page a subtree at a time. Its pieces must add up to the page's whole text,
 * in order, however the tree is cut; and a name glued to the next block's text still counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textPieces } from '@/page/gate-watch';
import { shippedPageGate } from '@/utils/shipped-knowledge';
import { PageGate } from '@/utils/page-gate';
import { buildTree, type TreeSpec } from './dom-trees';

const { tree } = fc.letrec<{ tree: TreeSpec; node: TreeSpec | string }>((self) => ({
  tree: fc.record({
    tag: fc.constantFrom('div', 'p', 'span', 'section', 'script'),
    children: fc.array(self('node'), { maxLength: 5 }),
  }),
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('Micro', 'soft', ' OpenAI ', '\n', 'x'),
    self('tree'),
  ),
}));

describe('textPieces', () => {
  it('yields the whole text in document order, whatever the piece size', () => {
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 6 }), (spec, max) => {
        const root = buildTree(spec);
        expect([...textPieces(root, max)].join('')).toBe(root.textContent);
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it('cuts a large subtree into its children, and keeps a small one whole', () => {
    const root = buildTree({
      tag: 'div',
      children: [
        { tag: 'p', children: ['a', { tag: 'b', children: ['b'] }] },
        { tag: 'p', children: ['c'] },
      ],
    });
    expect([...textPieces(root, 10)]).toEqual(['abc']);
    expect([...textPieces(root, 2)]).toEqual(['ab', 'c']);
  });
});

describe('the page gate on text read across blocks', () => {
  it('finds a name run into the next block', () => {
    const gate = new PageGate(shippedPageGate());
    gate.feed('The new termsMicrosoft will keep'); // <h2>The new terms</h2><p>Microsoft will keep
    gate.feed('a deal with OpenAIThe two companies');
    expect(gate.open).toBe(true);
  });
});

describe('the page gate', () => {
  it.each([
    ['Microsoft and OpenAI amend their deal.', true],
    // Stargate is a term of the deal, but a page naming it without Microsoft stays dark: the
    // gate opens for every term, and such a page's other partners are not this deal's.
    ['OpenAI, SoftBank and Oracle put $100 billion into Stargate.', false],
    ['OpenAI launches a new model.', false],
  ])('%s: open %s', (text, open) => {
    const gate = new PageGate(shippedPageGate());
    expect(gate.feed(text)).toBe(open);
  });
});
