// @vitest-environment happy-dom
/**
 * The block reader reads runs of blocks with one pattern run and analyses only the blocks with
 * a hit. It must find exactly what analysing every block on its own finds, in order, with the
 * actor distance carried across blocks — whatever the run length and wherever the hits fall.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BlockReader, SubtreeReading } from '@/page/reader';
import { blocksUnder, isHeading, type Block } from '@/page/scanner';
import rawLexicon from '@/data/lexicon.json';
import { analyzeBlock, NO_ACTOR, type PassageContext, type Said } from '@/utils/analyze';
import { loadLexicon } from '@/utils/knowledge';
import { shippedKnowledge } from '@/utils/shipped-knowledge';
import type { Mention } from '@/utils/mention';
import { PageGate } from '@/utils/page-gate';
import { buildTree, type TreeSpec } from './dom-trees';

const { deal, lexicon } = shippedKnowledge();
const CTX: PassageContext = { deal, lexicon, pageDate: '2025-10-30', today: '2026-11-22' };

/**
 * No pattern of today's lexicon can match across a block's edge; a future one might (`\S*`
 * matches the separator the reader joins blocks with). This lexicon's entries all can.
 */
const GREEDY: PassageContext = {
  ...CTX,
  lexicon: loadLexicon({
    ...rawLexicon,
    entries: rawLexicon.entries.map((entry) => ({
      ...entry,
      patterns: { ...entry.patterns, en: entry.patterns.en?.map((p) => `${p}\\S*`) },
    })),
  }),
};

/** Pieces of text: deal phrases, actor names, filler, and the characters at word edges. */
const PIECES = [
  'Microsoft',
  'OpenAI',
  ' keeps a right of first refusal',
  ' holds a 27% stake',
  'Microsoft’s IP rights run through 2032.',
  ' droit de premier refus',
  'exclusivité Azure',
  ' AGI ',
  'agile',
  'the weather was fine',
  // Long enough that a few of them put the next term out of an actor's reach (the window is 800).
  ' The weather was fine all week, and the ferry ran on time.'.repeat(6),
  '. ',
  ' ',
  '\u00a0',
  '’',
  '27',
  '%',
  'x',
  'In 2019, ',
  // Words that point back to the term of the sentence before, in this block or the one before.
  'That right',
  ' the stake ',
];

function block(text: string, tag: string): Block {
  const element = document.createElement(tag);
  const node = document.createTextNode(text);
  element.append(node);
  return { element, nodes: [node], starts: [0], text };
}

/** Every block analysed alone, in order: what the reader must agree with. */
function oneByOne(blocks: readonly Block[], carried: number, ctx = CTX): Mention[] {
  let distance = carried;
  let said: readonly Said[] = [];
  return blocks.flatMap((b) => {
    const kind = { heading: isHeading(b.element) };
    const result = analyzeBlock(ctx, b.text, distance, kind, undefined, said);
    distance = result.actorDistance;
    said = result.said;
    return result.mentions;
  });
}

function readInRuns(blocks: readonly Block[], run: number, carried: number, ctx = CTX): Mention[] {
  const reader = new BlockReader(ctx, new PageGate(ctx.lexicon.pageGate), carried);
  const found: Mention[] = [];
  for (let i = 0; i < blocks.length; i += run) {
    found.push(...reader.read(blocks.slice(i, i + run)).flatMap((s) => s.mentions));
  }
  return found;
}

/** What `root` states, read block by block and read region by region (regions of `max` elements). */
function readBothWays(root: Element, max: number): { everyBlock: Mention[]; byRegion: Mention[] } {
  const everyBlock = new BlockReader(CTX, new PageGate(lexicon.pageGate))
    .read([...blocksUnder(root)])
    .flatMap((s) => s.mentions);
  const byRegion = new SubtreeReading(
    root,
    new BlockReader(CTX, new PageGate(lexicon.pageGate)),
    lexicon.actorAnywhere,
    max,
  )
    .readUntil(Infinity)
    .flatMap((s) => s.mentions);
  return { everyBlock, byRegion };
}

describe('BlockReader', () => {
  it.each([
    ['today’s lexicon', CTX],
    ['a lexicon whose patterns run across block edges', GREEDY],
  ])(
    'finds what analysing each block alone finds, for any blocks and run length (%s)',
    (_, ctx) => {
      const blockArb = fc.record({
        text: fc
          .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 })
          .map((p) => p.join('')),
        tag: fc.constantFrom('p', 'p', 'li', 'h2'),
      });
      fc.assert(
        fc.property(
          fc.array(blockArb, { minLength: 1, maxLength: 12 }),
          fc.integer({ min: 1, max: 13 }),
          fc.oneof(
            fc.constant(NO_ACTOR),
            fc.constant(0),
            fc.integer({ min: 700, max: lexicon.actorWindow + 5 }),
          ),
          (specs, run, carried) => {
            const blocks = specs.map((s) => block(s.text, s.tag));
            expect(readInRuns(blocks, run, carried, ctx)).toEqual(oneByOne(blocks, carried, ctx));
          },
        ),
        { numRuns: 300, seed: 20261122 },
      );
    },
    60_000,
  ); // 300 generated pages: seconds on a loaded machine

  it('reads a phrase at the very start and end of neighbouring blocks, and none across them', () => {
    const blocks = [
      block('a right of first ', 'p'),
      block('refusal for Microsoft', 'p'),
      block('OpenAI keeps a right of first refusal', 'p'),
    ];
    const found = readInRuns(blocks, 3, NO_ACTOR);
    expect(found).toEqual(oneByOne(blocks, NO_ACTOR));
    expect(found.map((m) => m.text)).toEqual(['right of first refusal']);
  });

  it('words pointing back read the last sentence of the block before, not one further back', () => {
    const seat = block("Microsoft had an observer seat on OpenAI's board.", 'p');
    const pointing = block('The withdrawal was announced on Wednesday.', 'p');
    const between = block('Analysts were surprised.', 'p');
    const read = (blocks: Block[]) =>
      new BlockReader(CTX, new PageGate(lexicon.pageGate), 0)
        .read(blocks)
        .flatMap((s) => s.mentions.map((m) => m.text));
    expect(read([seat, pointing])).toEqual(['observer seat', 'The withdrawal']);
    expect(read([seat, between, pointing])).toEqual(['observer seat']);
  });

  it('reads a block too long to share a pattern run like any other', () => {
    const filler = 'the weather was fine. '.repeat(4000);
    const blocks = [
      block('OpenAI', 'p'),
      block(`${filler}Microsoft keeps a right of first refusal. ${filler}`, 'p'),
      block('Microsoft holds a 27% stake in OpenAI.', 'p'),
    ];
    const gate = new PageGate(lexicon.pageGate);
    const found = new BlockReader(CTX, gate).read(blocks).flatMap((s) => s.mentions);
    expect(found).toEqual(oneByOne(blocks, NO_ACTOR));
    expect(found.map((m) => m.text)).toEqual(['right of first refusal', '27%']);
    expect(gate.open).toBe(true);
  });

  it('feeds the page gate until it opens', () => {
    const gate = new PageGate(lexicon.pageGate);
    new BlockReader(CTX, gate).read([block('Microsoft', 'p'), block('the weather', 'p')]);
    expect(gate.open).toBe(false);
    new BlockReader(CTX, gate).read([block('and OpenAI', 'p')]);
    expect(gate.open).toBe(true);
  });

  it("an actor's reach runs on into the regions after it, and ends where it does block by block", () => {
    // Sections of paragraphs, each section a region: statements in a section that names no
    // actor stand or fall by the distance to an actor in the sections before.
    const paragraph = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            'Microsoft said so. ',
            'It keeps a right of first refusal. ',
            'A 27% stake. ',
          ),
          fc.integer({ min: 1, max: 12 }).map((n) => 'The ferry ran late. '.repeat(n)),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((sentences) => ({ tag: 'p', children: [sentences.join('')] }));
    const section = fc
      .array(paragraph, { minLength: 1, maxLength: 6 })
      .map((children) => ({ tag: 'section', children }));
    fc.assert(
      fc.property(fc.array(section, { minLength: 1, maxLength: 6 }), (specs) => {
        const root = document.createElement('main');
        root.append(...specs.map(buildTree));
        const { everyBlock, byRegion } = readBothWays(root, 8);
        expect(byRegion).toEqual(everyBlock);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  }, 60_000); // 300 generated pages: seconds on a loaded machine

  it('reading a subtree region by region finds what reading every block finds', () => {
    const { tree } = fc.letrec<{ tree: TreeSpec; node: TreeSpec | string }>((self) => ({
      tree: fc.record({
        tag: fc.constantFrom('div', 'section', 'p', 'p', 'span', 'h2', 'button'),
        children: fc.array(self('node'), { maxLength: 4 }),
      }),
      node: fc.oneof(
        { depthSize: 'small' },
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((p) => p.join('')),
        // Filler of any length, so that an actor's reach ends anywhere (the window is 800).
        fc.integer({ min: 1, max: 40 }).map((n) => 'the weather was fine. '.repeat(n)),
        self('tree'),
      ),
    }));
    fc.assert(
      fc.property(
        fc.array(tree, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 4 }),
        (specs, max) => {
          const root = document.createElement('main');
          root.append(...specs.map(buildTree));
          const { everyBlock, byRegion } = readBothWays(root, max);
          expect(byRegion).toEqual(everyBlock);
        },
      ),
      { numRuns: 300, seed: 20261122 },
    );
  }, 60_000); // 300 generated pages: seconds on a loaded machine

  it('ends a slice at the first region once its time is up, and the slices together find it all', () => {
    const root = document.createElement('main');
    for (let i = 0; i < 20; i++) {
      const section = document.createElement('section');
      section.append(
        Object.assign(document.createElement('p'), {
          textContent: 'Microsoft holds a 27% stake in OpenAI.',
        }),
      );
      root.append(section);
    }
    const reading = new SubtreeReading(
      root,
      new BlockReader(CTX, new PageGate(lexicon.pageGate)),
      lexicon.actorAnywhere,
      0, // every section its own region
    );
    // A clock past the deadline once read: the slice stops at the next region, not sixteen on.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now++);
    try {
      const first = reading.readUntil(1);
      expect(first.length).toBeLessThan(4);
      const rest: Mention[] = [];
      while (!reading.done) rest.push(...reading.readUntil(now + 1).flatMap((s) => s.mentions));
      const all = [...first.flatMap((s) => s.mentions), ...rest];
      expect(all).toEqual(readBothWays(root, 0).byRegion);
    } finally {
      clock.mockRestore();
    }
  });
});
