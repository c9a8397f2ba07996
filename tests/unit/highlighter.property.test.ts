// @vitest-environment happy-dom
/**
 * The highlighter on generated pages: whatever the tree, highlighting never changes the text
 * the page reads, never writes inside inputs, editors, code or scripts, never nests or doubles
 * its marks, and taking the marks out puts back the very text nodes the page had — the
 * property frameworks such as React depend on (they keep references to their text nodes).
 *
 * The pipeline is the real one (scanner → page gate → analyser with the real knowledge base →
 * Highlighter), run synchronously the way `Lens.scan` runs it in slices: blocks are read, and
 * the mentions found so far are written whenever a slice ends.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { Highlighter } from '@/page/highlighter';
import { BlockReader, type Statement } from '@/page/reader';
import { blocksUnder, type Block } from '@/page/scanner';
import { NO_ACTOR, type ActorDistance } from '@/utils/analyze';
import { shippedKnowledge } from '@/utils/shipped-knowledge';
import { MARK_SELECTOR } from '@/page/mark-contract';
import { PageGate } from '@/utils/page-gate';

const { deal, lexicon } = shippedKnowledge();
const CTX = { deal, lexicon, pageDate: '2025-10-30', today: '2026-11-22' };
const NUM_RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
/** How many generated pages got at least one mark, per property (printed at the end). */
const stats: Record<string, { runs: number; marked: number; marks: number }> = {};

// ---------------------------------------------------------------------------------------------
// Generated pages, as plain data (so that fast-check can shrink them and print them readably).

type Spec =
  | { k: 'text'; s: string }
  | { k: 'br' }
  | { k: 'el'; tag: string; attrs?: Record<string, string>; kids: Spec[] }
  | { k: 'svg'; s: string }
  | { k: 'input'; s: string };

/** Phrases the lexicon knows, whole statements, and the words around them. */
const PHRASES = [
  'Microsoft',
  'OpenAI',
  'right of first refusal',
  'droit de premier refus',
  '27 %',
  '27%',
  '32,5 %',
  '32.5%',
  'jusqu’en 2032',
  'through 2032',
  'exclusive',
  'API',
  'intellectual property',
  'IP rights',
  'revenue share',
  'stake',
  'participation',
  'Azure',
  'cloud',
  'no longer has a',
  'Microsoft no longer has a right of first refusal.',
  'Microsoft holds a 27% stake in OpenAI.',
  'Microsoft keeps IP rights through 2032.',
  'OpenAI API products remain exclusive to Azure.',
  'Microsoft détient 32,5 % du capital d’OpenAI.',
  'la propriété intellectuelle jusqu’en 2032',
  'the revenue share with OpenAI',
  'exclusive cloud',
  'non-exclusive IP rights',
];
const FILLER = [
  'the',
  'and',
  'said',
  'on Tuesday',
  'reportedly',
  'a',
  'of',
  'in 2019',
  '.',
  ', ',
  '; ',
  '«',
  '»',
  '—',
];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\u00a0', '\t', '\u202f'];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 3, arbitrary: fc.constantFrom(...FILLER) },
  { weight: 3, arbitrary: fc.constantFrom(...SPACES) },
);
const words = fc
  .array(piece, { minLength: 1, maxLength: 8 })
  .map((p) => p.join(' ').replace(/ {3,}/g, '  '));

type Wrap = 'none' | 'span' | 'em' | 'strong' | 'a' | 'em>strong' | 'empty-before';
const WRAPS: Wrap[] = [
  'none',
  'none',
  'none',
  'span',
  'em',
  'strong',
  'a',
  'em>strong',
  'empty-before',
];

/** A run of text split at random points into text nodes, some wrapped in inline elements. */
const run: fc.Arbitrary<Spec[]> = fc
  .tuple(
    words,
    fc.array(fc.nat(), { maxLength: 5 }),
    fc.array(fc.constantFrom(...WRAPS), { minLength: 1, maxLength: 6 }),
  )
  .map(([s, cuts, wraps]) => {
    const at = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
    const bounds = [0, ...at, s.length];
    const out: Spec[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const chunk = s.slice(bounds[i], bounds[i + 1]);
      if (chunk === '') continue;
      const text: Spec = { k: 'text', s: chunk };
      switch (wraps[i % wraps.length]!) {
        case 'none':
          out.push(text);
          break;
        case 'empty-before':
          out.push({ k: 'text', s: '' }, text);
          break;
        case 'em>strong':
          out.push({ k: 'el', tag: 'em', kids: [{ k: 'el', tag: 'strong', kids: [text] }] });
          break;
        case 'a':
          out.push({ k: 'el', tag: 'a', attrs: { href: '#x' }, kids: [text] });
          break;
        default:
          out.push({ k: 'el', tag: wraps[i % wraps.length]!, kids: [text] });
      }
    }
    return out;
  });

/** Elements whose text we must never read or touch, inline flavour. */
const excludedInline: fc.Arbitrary<Spec> = fc.oneof(
  words.map((s): Spec => ({ k: 'el', tag: 'code', kids: [{ k: 'text', s }] })),
  words.map((s): Spec => ({ k: 'el', tag: 'textarea', kids: [{ k: 'text', s }] })),
  // A script the test environment must not run: a data block, not JavaScript.
  words.map((s): Spec => ({
    k: 'el',
    tag: 'script',
    attrs: { type: 'text/plain' },
    kids: [{ k: 'text', s }],
  })),
  words.map((s): Spec => ({
    k: 'el',
    tag: 'style',
    kids: [{ k: 'text', s: `/* ${s.replace(/\*\//g, '')} */` }],
  })),
  words.map((s): Spec => ({ k: 'input', s })),
  words.map((s): Spec => ({ k: 'svg', s })),
  run.map((kids): Spec => ({ k: 'el', tag: 'span', attrs: { contenteditable: 'true' }, kids })),
  run.map((kids): Spec => ({ k: 'el', tag: 'span', attrs: { 'aria-hidden': 'true' }, kids })),
);

/** The content of a paragraph: runs, line breaks and the odd excluded element. */
const inline: fc.Arbitrary<Spec[]> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: run },
      { weight: 1, arbitrary: fc.constant<Spec[]>([{ k: 'br' }]) },
      { weight: 2, arbitrary: excludedInline.map((x) => [x]) },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.flat());

function block(depth: number): fc.Arbitrary<Spec> {
  const p = inline.map((kids): Spec => ({ k: 'el', tag: 'p', kids }));
  if (depth <= 0) return p;
  const inner = block(depth - 1);
  const li = fc
    .oneof(
      inline,
      inner.map((b) => [b]),
    )
    .map((kids): Spec => ({ k: 'el', tag: 'li', kids }));
  const td = fc
    .oneof(
      inline,
      inner.map((b) => [b]),
    )
    .map((kids): Spec => ({ k: 'el', tag: 'td', kids }));
  const tr = fc
    .array(td, { minLength: 1, maxLength: 3 })
    .map((kids): Spec => ({ k: 'el', tag: 'tr', kids }));
  return fc.oneof(
    { weight: 4, arbitrary: p },
    {
      weight: 3,
      // A div mixing loose text with nested blocks, as real pages do.
      arbitrary: fc
        .array(
          fc.oneof(
            inline,
            inner.map((b) => [b]),
          ),
          { minLength: 1, maxLength: 3 },
        )
        .map((parts): Spec => ({ k: 'el', tag: 'div', kids: parts.flat() })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(li, { minLength: 1, maxLength: 3 })
        .map((kids): Spec => ({ k: 'el', tag: 'ul', kids })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(tr, { minLength: 1, maxLength: 2 })
        .map((kids): Spec => ({ k: 'el', tag: 'table', kids })),
    },
    { weight: 1, arbitrary: run.map((kids): Spec => ({ k: 'el', tag: 'pre', kids })) },
    {
      weight: 1,
      arbitrary: inner.map((b): Spec => ({
        k: 'el',
        tag: 'div',
        attrs: { contenteditable: '' },
        kids: [b],
      })),
    },
    {
      weight: 1,
      arbitrary: inner.map((b): Spec => ({
        k: 'el',
        tag: 'div',
        attrs: { 'aria-hidden': 'true' },
        kids: [b],
      })),
    },
  );
}

const page = fc.record({
  blocks: fc.array(block(2), { minLength: 1, maxLength: 5 }),
  /** Whether the title names both companies (else the body must open the page gate). */
  title: fc.constantFrom('Microsoft and OpenAI sign a new deal', 'Tech news'),
  /** Blocks read per slice before the pending mentions are written, as Lens.scan does. */
  slice: fc.integer({ min: 1, max: 6 }),
});
type Page = typeof page extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------------------------------------
// Building a page, and the pipeline.

function build(spec: Spec): Node {
  switch (spec.k) {
    case 'text':
      return document.createTextNode(spec.s);
    case 'br':
      return document.createElement('br');
    case 'input': {
      const input = document.createElement('input');
      input.value = spec.s;
      input.setAttribute('value', spec.s);
      return input;
    }
    case 'svg': {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      text.append(spec.s);
      svg.append(text);
      return svg;
    }
    case 'el': {
      const el = document.createElement(spec.tag);
      for (const [name, value] of Object.entries(spec.attrs ?? {})) el.setAttribute(name, value);
      for (const kid of spec.kids) el.append(build(kid));
      return el;
    }
  }
}

function mount(p: Page): HTMLElement {
  document.title = p.title;
  const root = document.createElement('article');
  for (const b of p.blocks) root.append(build(b));
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** Lens.scan, synchronously: read blocks, and write what was found at the end of each slice. */
function scan(
  root: Node,
  highlighter: Highlighter,
  slice: number,
  carried: ActorDistance = NO_ACTOR,
): HTMLElement[] {
  const gate = new PageGate(lexicon.pageGate);
  gate.feed(document.title);
  const reader = new BlockReader(CTX, gate, carried);
  let pending: Statement[] = [];
  const made: HTMLElement[] = [];
  const flush = (): void => {
    for (const { block, mentions } of pending) {
      if (!block.nodes.every((n) => n.isConnected)) continue;
      made.push(...highlighter.highlight(block, mentions));
    }
    pending = [];
  };
  let run: Block[] = [];
  for (const block of blocksUnder(root)) {
    run.push(block);
    if (run.length === slice) {
      pending.push(...reader.read(run));
      run = [];
      if (gate.open) flush();
    }
  }
  pending.push(...reader.read(run));
  if (gate.open) flush();
  return made;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

interface Snapshot {
  html: string;
  text: string;
  nodes: { node: Text; data: string }[];
  /** Pairs of page text nodes that were next to each other, as separate nodes. */
  adjacent: [Text, Text][];
}

function snapshot(root: HTMLElement): Snapshot {
  const nodes = textNodes(root);
  return {
    html: root.innerHTML,
    text: root.textContent ?? '',
    nodes: nodes.map((node) => ({ node, data: node.data })),
    adjacent: nodes
      .filter((n) => n.nextSibling instanceof Text)
      .map((n) => [n, n.nextSibling as Text]),
  };
}

const EXCLUDED =
  'script, style, textarea, input, code, pre, [contenteditable], [aria-hidden="true"], svg';

function marksIn(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(MARK_SELECTOR)];
}

/** (a) and (d), and no nesting: what must hold whenever marks are in the page. */
function expectSoundMarks(root: HTMLElement, before: Snapshot): void {
  expect(root.textContent).toBe(before.text);
  expect(root.querySelectorAll(`${MARK_SELECTOR} ${MARK_SELECTOR}`).length).toBe(0);
  for (const mark of marksIn(root)) {
    expect(mark.parentElement?.closest(EXCLUDED) ?? null).toBeNull();
    expect(mark.textContent).not.toBe('');
  }
}

/** (b) and (e): the page is back as it was, with the very text nodes it had. */
function expectRestored(root: HTMLElement, before: Snapshot): void {
  expect(marksIn(root)).toHaveLength(0);
  expect(root.innerHTML).toBe(before.html);
  for (const { node, data } of before.nodes) {
    expect(node.isConnected && root.contains(node)).toBe(true);
    expect(node.data).toBe(data);
  }
  // Exactly those nodes, in that order: nothing merged, nothing left behind.
  expect(textNodes(root)).toEqual(before.nodes.map((n) => n.node));
  for (const [a, b] of before.adjacent) expect(a.nextSibling).toBe(b);
}

function count(name: string, marks: number): void {
  const s = (stats[name] ??= { runs: 0, marked: 0, marks: 0 });
  s.runs++;
  if (marks > 0) s.marked++;
  s.marks += marks;
}

/** Readable counterexamples: the failing page as HTML rather than as nested specs. */
function readable<A extends unknown[]>(
  check: (p: Page, ...rest: A) => void,
): (p: Page, ...rest: A) => void {
  return (p, ...rest) => {
    document.body.replaceChildren();
    try {
      check(p, ...rest);
    } catch (error) {
      const root = mount(p);
      const page = root.innerHTML;
      document.body.replaceChildren();
      throw new Error(
        `${(error as Error).message}\non: title=${JSON.stringify(p.title)} slice=${p.slice} ${JSON.stringify(rest)}\n${page}`,
      );
    }
  };
}
/** Fixed seed: the same pages on every run, so a failure is reproducible; PROPERTY_SEED to explore. */
/** Generous: a few hundred pages take seconds, more on a loaded 2-core machine. */
const TIMEOUT = 120_000;
const params = { numRuns: NUM_RUNS, seed: Number(process.env.PROPERTY_SEED ?? 20251028) };

// ---------------------------------------------------------------------------------------------

describe('the smallest pages the properties found', () => {
  it('a mention that ends a text node leaves no empty text node behind', () => {
    // Splitting "…the revenue share" leaves "…the ", the marked text and an empty node.
    document.title = 'Microsoft and OpenAI';
    const root = document.createElement('p');
    root.append('Microsoft and OpenAI: the revenue share', ' with OpenAI');
    document.body.append(root);
    const before = snapshot(root);
    const highlighter = new Highlighter();
    expect(scan(root, highlighter, 1)).toHaveLength(1);
    highlighter.remove();
    expectRestored(root, before);
  });

  it('marks prepared before the page rewrote their text are not written', () => {
    // The lens builds marks while it reads and writes them later; the page may move first.
    const root = document.createElement('p');
    root.append('Microsoft keeps a right of first refusal with OpenAI.');
    document.body.append(root);
    const [block] = [...blocksUnder(root)];
    const statements = new BlockReader(CTX, new PageGate(lexicon.pageGate)).read([block!]);
    expect(statements).toHaveLength(1);
    const highlighter = new Highlighter();
    const prepared = highlighter.prepare(block!, statements[0]!.mentions);
    (root.firstChild as Text).data = 'Microsoft keeps a right of first refusal with OpenAI, now.';
    expect(highlighter.write(prepared)).toEqual([]);
    expect(root.querySelector(MARK_SELECTOR)).toBeNull();
    (root.firstChild as Text).data = 'Microsoft keeps a right of first refusal with OpenAI.';
    expect(highlighter.write(highlighter.prepare(block!, statements[0]!.mentions))).toHaveLength(1);
    highlighter.remove();
    expect(root.textContent).toBe('Microsoft keeps a right of first refusal with OpenAI.');
  });

  it('a new highlight style reaches marks already written and marks prepared but not yet written', () => {
    const root = document.createElement('div');
    const first = document.createElement('p');
    const second = document.createElement('p');
    first.append('Microsoft keeps a right of first refusal with OpenAI.');
    second.append('Microsoft holds a 27% stake in OpenAI.');
    root.append(first, second);
    document.body.append(root);
    const highlighter = new Highlighter('background');
    const [one, two] = [first, second].map((p) => {
      const [block] = [...blocksUnder(p)];
      const [statement] = new BlockReader(CTX, new PageGate(lexicon.pageGate)).read([block!]);
      return highlighter.prepare(block!, statement!.mentions);
    });
    highlighter.write(one!);
    highlighter.restyle('off', [two!]);
    highlighter.write(two!);
    const marks = [...root.querySelectorAll<HTMLElement>(MARK_SELECTOR)];
    expect(marks.length).toBeGreaterThanOrEqual(2);
    for (const mark of marks) expect(mark.style.getPropertyValue('text-decoration')).toBe('none');
    highlighter.remove();
  });

  it('two passes over one text node give it back whole', () => {
    // The second pass reads "Microsoft keeps IP rights ." and marks "IP rights" in the node the
    // first pass already split; taking both out must restore the node's whole text.
    document.title = 'Microsoft and OpenAI';
    const root = document.createElement('p');
    root.append('Microsoft keeps IP rights through 2032.');
    document.body.append(root);
    const before = snapshot(root);
    const highlighter = new Highlighter();
    expect(scan(root, highlighter, 1).map((m) => m.textContent)).toEqual(['through 2032']);
    expect(scan(root, highlighter, 1).map((m) => m.textContent)).toEqual(['IP rights']);
    highlighter.remove();
    expectRestored(root, before);
  });
  it("a node the page rewrote while highlighted keeps the page's text, without our old pieces", () => {
    // React's commitTextUpdate: `textNode.data = next` on the node it owns, which we had split.
    document.title = 'Microsoft and OpenAI';
    const root = document.createElement('p');
    const owned = document.createTextNode('Microsoft keeps IP rights through 2032.');
    root.append(owned);
    document.body.append(root);
    const highlighter = new Highlighter();
    expect(scan(root, highlighter, 1)).toHaveLength(1);
    owned.data = 'Microsoft keeps IP rights until 2030.';
    highlighter.remove();
    expect(root.textContent).toBe('Microsoft keeps IP rights until 2030.');
    expect([...root.childNodes]).toEqual([owned]);
  });

  it("a text node the page appended after a split node stays the page's own", () => {
    document.title = 'Microsoft and OpenAI';
    const root = document.createElement('p');
    const owned = document.createTextNode('Microsoft keeps IP rights through 2032.');
    root.append(owned);
    document.body.append(root);
    const highlighter = new Highlighter();
    expect(scan(root, highlighter, 1)).toHaveLength(1);
    const appended = document.createTextNode(' (updated)');
    root.append(appended);
    highlighter.remove();
    expect([...root.childNodes]).toEqual([owned, appended]);
    expect(owned.data).toBe('Microsoft keeps IP rights through 2032.');
    expect(appended.data).toBe(' (updated)');
  });
});

describe('the highlighter on generated pages', () => {
  it(
    '(a)(b)(d)(e): text unchanged, nothing inside excluded elements, exact restore',
    () => {
      fc.assert(
        fc.property(
          page,
          readable((p) => {
            const root = mount(p);
            const before = snapshot(root);
            const highlighter = new Highlighter();
            const made = scan(root, highlighter, p.slice);
            count('highlight + remove', made.length);
            expectSoundMarks(root, before);
            highlighter.remove();
            expectRestored(root, before);
          }),
        ),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    '(c): scanning again over the marks neither nests nor doubles them, and still restores',
    () => {
      fc.assert(
        fc.property(
          page,
          readable((p) => {
            const root = mount(p);
            const before = snapshot(root);
            const highlighter = new Highlighter();
            const first = scan(root, highlighter, p.slice);
            const firstTexts = first.map((m) => `${m.dataset.term}|${m.textContent}`);
            const second = scan(root, highlighter, p.slice);
            count('highlight twice', first.length + second.length);
            expectSoundMarks(root, before);
            // The scanner skips our marks, so the second pass never marks the same words again.
            for (const mark of second) {
              expect(first.some((m) => m.contains(mark) || mark.contains(m))).toBe(false);
            }
            // Each mention's words are marked once: no two marks hold the same text node.
            const marked = marksIn(root).flatMap((m) => textNodes(m));
            expect(new Set(marked).size).toBe(marked.length);
            expect(firstTexts.length).toBe(first.length);
            highlighter.remove();
            expectRestored(root, before);
          }),
        ),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'a rescan of part of the page (Lens.followUp) then a full remove still restores',
    () => {
      fc.assert(
        fc.property(
          page,
          fc.nat(),
          readable((p, pick: number) => {
            const root = mount(p);
            const before = snapshot(root);
            const highlighter = new Highlighter();
            const first = scan(root, highlighter, p.slice);
            const candidates = [...root.querySelectorAll('p, li, td, div, ul, table')].filter(
              (el) => !el.closest(EXCLUDED),
            );
            const sub = candidates[pick % Math.max(1, candidates.length)] ?? root;
            highlighter.removeWithin([sub]);
            const again = scan(sub, highlighter, p.slice, 0);
            count('rescan part', first.length + again.length);
            expectSoundMarks(root, before);
            highlighter.remove();
            expectRestored(root, before);
          }),
        ),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    '(f) the page rewrites its own text nodes while highlighted: remove leaves what the page wrote',
    () => {
      // A framework keeps references to its text nodes and, between our highlighting and our
      // rescan, writes to them: new text (React's commitTextUpdate), a node removed, a node
      // inserted, appended or moved. The oracle is a twin of the page, never highlighted, that gets the
      // same writes; after remove() both must be the same, node for node.
      const write = fc.record({
        kind: fc.constantFrom('data', 'data', 'remove', 'insert-before', 'append', 'move'),
        at: fc.nat(),
        to: fc.nat(),
        text: fc.constantFrom('', 'x', 'Microsoft', 'OpenAI holds a 27% stake', ' updated 3 '),
      });
      fc.assert(
        fc.property(
          page,
          fc.array(write, { minLength: 1, maxLength: 3 }),
          readable((p, writes: (typeof write extends fc.Arbitrary<infer W> ? W : never)[]) => {
            const root = mount(p);
            const twin = root.cloneNode(true) as HTMLElement;
            document.body.append(twin);
            const mine = textNodes(root);
            const theirs = textNodes(twin);
            const highlighter = new Highlighter();
            const made = scan(root, highlighter, p.slice);
            count('page writes', made.length);
            if (mine.length === 0) return;
            const added: [Text, Text][] = [];
            for (const w of writes) {
              const i = w.at % mine.length;
              const pair: [Text, Text] = [mine[i]!, theirs[i]!];
              // Writing the very text a split node already holds (say "" into a node whose whole
              // text went into a mark) leaves nothing in the DOM to tell it from no write; only the
              // mutation record could. Out of scope here: see the report of the hazards issue.
              if (w.kind === 'data' && pair[0].data === w.text) continue;
              for (const node of pair) {
                if (w.kind === 'data') node.data = w.text;
                else if (w.kind === 'remove') node.remove();
              }
              // A keyed move: the page puts one of its nodes before another of its nodes.
              const j = w.to % mine.length;
              if (w.kind === 'move' && j !== i && mine[j]!.parentNode && theirs[j]!.parentNode) {
                mine[j]!.parentNode!.insertBefore(mine[i]!, mine[j]!);
                theirs[j]!.parentNode!.insertBefore(theirs[i]!, theirs[j]!);
              }
              if (
                (w.kind === 'insert-before' || w.kind === 'append') &&
                pair[0].parentNode &&
                pair[1].parentNode
              ) {
                const fresh: [Text, Text] = [
                  document.createTextNode(w.text),
                  document.createTextNode(w.text),
                ];
                pair.forEach((node, k) =>
                  w.kind === 'append'
                    ? node.parentNode!.appendChild(fresh[k]!)
                    : node.parentNode!.insertBefore(fresh[k]!, node),
                );
                added.push(fresh);
              }
            }
            highlighter.remove();
            expect(root.innerHTML).toBe(twin.innerHTML);
            for (const [a, b] of [...mine.map((n, i): [Text, Text] => [n, theirs[i]!]), ...added]) {
              expect(root.contains(a)).toBe(twin.contains(b));
              expect(a.data).toBe(b.data);
            }
          }),
        ),
        params,
      );
    },
    TIMEOUT,
  );

  it('reports how many generated pages were highlighted', () => {
    // The properties above are only meaningful if many generated pages got marks.
    for (const [name, s] of Object.entries(stats)) {
      console.info(`${name}: ${s.runs} runs, ${s.marked} with marks, ${s.marks} marks in all`);
      expect(s.marked).toBeGreaterThan(s.runs / 4);
    }
  });
});
