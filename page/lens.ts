/**
 * One page's lens: scan the page in slices, highlight what it states about the deal, follow
 * its later changes, and undo everything on stop.
 */
import { needsCorrection, type Deal } from '@/data/deal';
import { NO_ACTOR, type ActorDistance } from '@/utils/analyze';
import type { CompiledLexicon } from '@/utils/lexicon';
import type { HighlightStyle } from '@/utils/settings';
import type { Mention } from '@/utils/mention';
import { PageGate } from '@/utils/page-gate';
import {
  CONTRACT_ATTRIBUTES,
  MARK_SELECTOR,
  OWN_UI_ATTR,
  repairContract,
  type MarkedMention,
} from './mark-contract';
import { Highlighter, type Prepared } from './highlighter';
import { pageScheme } from './mark-style';
import { BlockReader, SubtreeReading } from './reader';
import { insideExcluded } from './scanner';
import { SLICE_MS, yieldToPage } from './yield';

export interface LensOptions {
  deal: Deal;
  lexicon: CompiledLexicon;
  pageDate: string | null;
  today: string;
  /** Whether to highlight statements that rest only on press reports… */
  showReported: boolean;
  /** …and whether to highlight only those not true today. */
  onlyNotTrue?: boolean;
  /** How the highlights look (see mark-style.ts); `restyle` changes it. */
  highlightStyle: HighlightStyle;
  /** Called after each batch of highlights (and after removals), with every live mark. */
  onChange?: (marks: readonly HTMLElement[]) => void;
  /**
   * Called in a task of its own, once a scan has read the page, with the marks it is about to
   * write (built, not yet in the page): what is drawn from them can be made ready meanwhile…
   */
  onMarksBuilt?: (marks: readonly HTMLElement[]) => void;
  /**
   * …and drawn when this is called, at the start of the scan's first write slice: the page's
   * changes of one task share one rendering update, which on a huge page costs the same for
   * one element as for thousands (the 100× bench page: 0.8–1 s each).
   */
  onWriteStart?: () => void;
  /** Called once the first scan of the page has written its last highlight. */
  onFirstScan?: (stats: ScanStats) => void;
}

export interface ScanStats {
  /** performance.now() when the scan had read the whole page… */
  read: number;
  /** …and when it had written its last highlight. */
  written: number;
  /** Write slices it took (each followed by a rendering update of the page). */
  writeSlices: number;
}

/**
 * Writing gets longer slices than reading: once the page has changed, the browser soon updates
 * its rendering — on a huge page, hundreds of milliseconds however little was written (the 100×
 * bench page: 500–900 ms) — and it often does so between two write slices. Fewer, fuller
 * slices finish far sooner, each still under a long task.
 */
const WRITE_SLICE_MS = 40;
/**
 * …and may run on to this when, at its pace so far, the rest of the writing fits: a remainder
 * left for another slice would wait for the whole rendering update.
 */
const WRITE_STRETCH_MS = 46;
/**
 * What the lens follows of the page: any change of its text or elements, and of the contract
 * attributes (a page rewriting our marks' attributes gets them put back).
 */
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: [...CONTRACT_ATTRIBUTES],
};
/**
 * A page that keeps rewriting our marks' attributes gets them put back this many times, then
 * no more: the reader never sees them (every surface reads the judged mention), and a page that
 * undoes each repair must not keep us busy.
 */
const MAX_REPAIRS = 200;
/** Debounce for page mutations. */
const MUTATION_DEBOUNCE_MS = 40;
/** Past this many mutation records in one batch, rescan the page once instead of diffing. */
const MUTATION_FLOOD = 1000;
/** Circuit breaker: if the page removes our marks this many times in a row, stop following it. */
const MAX_FIGHTS = 5;

export class Lens {
  private readonly highlighter: Highlighter;
  private observer: MutationObserver | null = null;
  private stopped = false;
  private readonly gate: PageGate;
  /** Marks built while reading, waiting for the write slices (from `nextWrite` on). */
  private pending: Prepared[] = [];
  private nextWrite = 0;
  private dirty = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private fights = 0;
  private repairs = 0;
  /** Batches of the page's own changes seen so far (our writes are never observed)… */
  private pageChanges = 0;
  /** …and how many had been seen when the oldest block in `pending` was read. */
  private pendingSince = 0;
  private scanning: Promise<void> = Promise.resolve();
  /** The open shadow roots read and observed (a host's shadow root stays the same one). */
  private readonly shadowRoots = new Set<ShadowRoot>();

  constructor(private readonly opts: LensOptions) {
    this.highlighter = new Highlighter(opts.highlightStyle, pageScheme(document));
    this.gate = new PageGate(opts.lexicon.pageGate);
    this.gate.feed(document.title);
  }

  get marks(): HTMLElement[] {
    return this.highlighter.marks.filter((m) => m.isConnected);
  }

  /**
   * The judged mention of `mark`, if this lens made it: what every surface shows of a mark comes
   * from here. A mark the page planted has none, and opens and counts nothing.
   */
  mentionOf(mark: Element): MarkedMention | undefined {
    return this.highlighter.mentionOf(mark);
  }

  /** The live marks of mention `id`, in document order (none if it is not ours or gone). */
  marksOf(id: string): HTMLElement[] {
    for (const mark of this.highlighter.marks) {
      const mention = this.highlighter.mentionOf(mark);
      if (mention?.id === id) return mention.marks.filter((m) => m.isConnected);
    }
    return [];
  }

  /** Whether the circuit breaker tripped: the page kept undoing our highlights. */
  get backedOff(): boolean {
    return this.fights >= MAX_FIGHTS;
  }

  /** Scans the whole page, then follows its changes. Resolves when the first scan is done. */
  start(): Promise<void> {
    // Observe from the start: what the page changes while the first scan runs is the page's
    // (flush() does not observe our own writes), and must be rescanned.
    this.observe();
    // Reading starts in a task of its own: whoever starts the lens has had its share of this one.
    const first = yieldToPage()
      .then(() => (this.stopped ? null : this.scan(document.body, NO_ACTOR)))
      .then((stats) => {
        if (stats) this.opts.onFirstScan?.(stats);
      });
    this.scanning = first;
    return first;
  }

  /** Gives every highlight, present and future, the look of `style`. */
  restyle(style: HighlightStyle): void {
    this.highlighter.restyle(style, this.pending.slice(this.nextWrite));
  }

  /** Stops following the page and removes every highlight, restoring the DOM exactly. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.observer = null;
    this.shadowRoots.clear();
    this.highlighter.remove();
    this.opts.onChange?.([]);
  }

  /**
   * Reads the blocks under `root` in slices — and the open shadow trees met on the way, each
   * after it, with no actor in reach at its start — then writes what they state.
   */
  private async scan(
    root: Element | ShadowRoot,
    actorDistance: ActorDistance,
  ): Promise<ScanStats | null> {
    const ctx = {
      deal: this.opts.deal,
      lexicon: this.opts.lexicon,
      pageDate: this.opts.pageDate,
      today: this.opts.today,
    };
    const trees: [Element | ShadowRoot, ActorDistance][] = [[root, actorDistance]];
    // Only a tree not followed yet: one already followed keeps its marks, and is rescanned on
    // its own changes.
    const found = (shadow: ShadowRoot): void => {
      if (this.follow(shadow)) trees.push([shadow, NO_ACTOR]);
    };
    for (let i = 0; i < trees.length; i++) {
      const [tree, distance] = trees[i]!;
      const reading = new SubtreeReading(
        tree,
        new BlockReader(ctx, this.gate, distance),
        this.opts.lexicon.actorAnywhere,
        undefined,
        found,
      );
      while (!reading.done) {
        for (const { block, mentions } of reading.readUntil(performance.now() + SLICE_MS)) {
          const shown = mentions.filter(
            (m) =>
              (this.opts.showReported || !restsOnReports(this.opts.deal, m)) &&
              (!this.opts.onlyNotTrue || needsCorrection(m.status)),
          );
          if (shown.length === 0) continue;
          if (this.nextWrite === this.pending.length) this.pendingSince = this.pageChanges;
          this.pending.push(this.highlighter.prepare(block, shown));
        }
        if (this.stopped) return null;
        if (!reading.done) await yieldToPage();
        if (this.stopped) return null;
      }
    }
    const read = performance.now();
    // Writing starts in a task of its own, not at the end of the last read slice.
    const writing = this.gate.open && this.nextWrite < this.pending.length;
    if (writing && this.opts.onMarksBuilt) {
      await yieldToPage();
      if (this.stopped) return null;
      this.opts.onMarksBuilt(this.pending.slice(this.nextWrite).flatMap((p) => p.written.marks));
    }
    if (writing) {
      await yieldToPage();
      if (this.stopped) return null;
    }
    // Read everything first, then write: every DOM write makes the browser update the page's
    // rendering, which on a huge page costs the same for one mark as for a thousand.
    let writeSlices = 0;
    let wrote = false;
    let written = performance.now();
    while (this.gate.open && this.nextWrite < this.pending.length) {
      // The slice starts before the banner is drawn: its time counts against the slice too.
      const sliceStart = performance.now();
      if (writeSlices === 0) this.opts.onWriteStart?.();
      wrote = this.flush(sliceStart) || wrote;
      writeSlices++;
      written = performance.now();
      // After the last slice too: telling the rest (cards, summary, badge) about thousands of
      // marks is a task of its own.
      await yieldToPage();
      if (this.stopped) return null;
    }
    if (wrote) this.opts.onChange?.(this.marks);
    return { read, written, writeSlices };
  }

  /** Writes pending highlights until one slice of time from `start` is used up. */
  private flush(start: number): boolean {
    const first = this.nextWrite;
    const last = this.pending.length;
    // Page changes queued before our write are the page's: keep them. Our own writes are not
    // observed at all: each would cost a record (two per text node) only to be dropped, and
    // nothing of the page's can run while this loop does.
    const observer = this.observer;
    const theirs = observer?.takeRecords() ?? [];
    observer?.disconnect();
    if (theirs.length > 0) this.onMutations(theirs);
    // The page has changed nothing since these blocks were read: their text nodes are as read,
    // and need no checking one by one (a sixth of the writing on the 100× bench page).
    const unchanged = this.pageChanges === this.pendingSince;
    let wrote = false;
    while (this.nextWrite < last) {
      const now = performance.now();
      if (now >= start + WRITE_SLICE_MS) {
        const pace = (now - start) / (this.nextWrite - first);
        const finish = now + pace * (last - this.nextWrite);
        if (finish > start + WRITE_STRETCH_MS || now >= start + WRITE_STRETCH_MS) break;
      }
      // Otherwise write() refuses a block whose marked text nodes the page changed or took out
      // meanwhile; any other change the page made to the block has been seen, and rescans it.
      wrote =
        this.highlighter.write(this.pending[this.nextWrite++]!, { unchanged }).length > 0 || wrote;
    }
    if (this.nextWrite === this.pending.length) {
      this.pending = [];
      this.nextWrite = 0;
    }
    if (observer) this.observeAll(observer);
    return wrote;
  }

  private observe(): void {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observeAll(this.observer);
  }

  /** The page and every shadow tree followed: an observer of <body> sees nothing inside them. */
  private observeAll(observer: MutationObserver): void {
    observer.observe(document.body, OBSERVED);
    for (const shadow of this.shadowRoots) observer.observe(shadow, OBSERVED);
  }

  /** Starts following an open shadow root; false if it is followed already. */
  private follow(shadow: ShadowRoot): boolean {
    if (this.shadowRoots.has(shadow)) return false;
    this.shadowRoots.add(shadow);
    this.observer?.observe(shadow, OBSERVED);
    return true;
  }

  private onMutations(records: readonly MutationRecord[]): void {
    const theirs = records.filter((record) => record.type !== 'attributes' && isPageChange(record));
    this.repair(records);
    if (theirs.length === 0) return;
    this.pageChanges++;
    if (this.stopped || this.backedOff) return;
    if (records.length > MUTATION_FLOOD) {
      // The whole page, and whole each shadow tree the flood came from (a rescan of <body>
      // does not reread the trees it already follows).
      this.dirty = new Set<Node>([document.body]);
      for (const record of theirs) {
        const tree = record.target.getRootNode();
        if (this.shadowRoots.has(tree as ShadowRoot)) this.dirty.add(tree);
      }
    } else {
      for (const record of theirs) {
        if (record.type === 'characterData') this.dirty.add(record.target);
        record.addedNodes.forEach((n) => !isOurs(n) && this.dirty.add(n));
        if (some(record.removedNodes, (n) => !isOwnUi(n))) this.dirty.add(record.target);
      }
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.rescanDirty(), MUTATION_DEBOUNCE_MS);
  }

  /** Puts back the contract attributes the page rewrote on our marks (up to MAX_REPAIRS). */
  private repair(records: readonly MutationRecord[]): void {
    for (const record of records) {
      if (record.type !== 'attributes' || this.repairs >= MAX_REPAIRS) continue;
      const mention = this.highlighter.mentionOf(record.target as Element);
      if (mention && repairContract(record.target as Element, mention)) this.repairs++;
    }
  }

  /** Rescans only the blocks the page changed. */
  private async rescanDirty(): Promise<void> {
    await this.scanning;
    if (this.stopped) return;
    const lost = this.highlighter.forgetDetached();
    this.fights = lost > 0 ? this.fights + 1 : 0;
    if (this.backedOff) {
      console.info('Deal Lens: this page keeps removing highlights; leaving it alone.');
      this.observer?.disconnect();
      return;
    }
    const roots = outermost([...this.dirty].map(blockRoot).filter((n) => n !== null));
    this.dirty.clear();
    const task = (async () => {
      for (const root of roots) {
        if (!root.isConnected || insideExcluded(root)) continue;
        this.highlighter.remove((mark) => root.contains(mark));
        this.observer?.takeRecords();
        await this.scan(root, actorContext(root, this.opts.lexicon));
      }
      this.opts.onChange?.(this.marks);
    })();
    this.scanning = task;
    await task;
  }
}

/** A statement whose claim (or, for a bare term, version) the companies never confirmed. */
function restsOnReports(deal: Deal, mention: Mention): boolean {
  const basis = mention.claim
    ? deal.claim(mention.claim)?.basis
    : mention.version
      ? deal.version(mention.version)?.basis
      : undefined;
  return basis === 'reported';
}

/** Our banner's or card's host. */
const isOwnUi = (node: Node): boolean => node instanceof Element && node.hasAttribute(OWN_UI_ATTR);

const some = (nodes: NodeList, test: (node: Node) => boolean): boolean =>
  Array.prototype.some.call(nodes, test);

/**
 * Whether a record is the page's doing: not a change inside our marks, nor our banner or card
 * coming or going (the page taking a mark out is the page's).
 */
function isPageChange(record: MutationRecord): boolean {
  if (isOurs(record.target)) return false;
  return (
    record.type !== 'childList' ||
    some(record.addedNodes, (n) => !isOurs(n)) ||
    some(record.removedNodes, (n) => !isOwnUi(n))
  );
}

function isOurs(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest(`${MARK_SELECTOR},[${OWN_UI_ATTR}]`);
}

const BLOCK_ROOTS =
  'p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, dd, dt, figcaption, article, section, div, main, body';

/**
 * The element to rescan for a changed node: its nearest block-level container — or, in a
 * shadow tree with none above the node (`closest` stops at the tree's edge), the shadow root.
 */
function blockRoot(node: Node): Element | ShadowRoot | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const block = el?.closest(BLOCK_ROOTS);
  if (block) return block;
  const top = (el ?? node).getRootNode();
  return top.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (top as ShadowRoot).host
    ? (top as ShadowRoot)
    : null;
}

function outermost<T extends Node>(elements: T[]): T[] {
  const unique = [...new Set(elements)];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}

/**
 * For a rescan of part of the page: is the article around it about Microsoft and OpenAI? Reads
 * the surrounding article (or section) only, never the whole page.
 */
function actorContext(root: Element | ShadowRoot, lexicon: CompiledLexicon): ActorDistance {
  const container =
    root.nodeType === Node.ELEMENT_NODE
      ? ((root as Element).closest('article, main, section, [role="main"]') ??
        (root as Element).parentElement ??
        root.getRootNode())
      : root;
  const text = container?.textContent?.slice(0, 20000) ?? '';
  return lexicon.actor.test(text) ? 0 : NO_ACTOR;
}
