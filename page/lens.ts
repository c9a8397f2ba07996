/**
 * One page's lens: scan the page in slices, highlight what it states about the deal, follow
 * its later changes, and undo everything on stop.
 *
 * Following is incremental: only the blocks whose text the page changed, and the blocks it
 * added, are read again, and only their marks are redone; every other mark stays the very same
 * element (an open card keeps its anchor, focus stays). Changes are gathered for a moment and
 * followed together, within a budget of work per second, so a page that never stops changing
 * (ad rotators, tickers, live blogs) costs next to nothing.
 */
import { NO_ACTOR, type ActorDistance, type Said } from '@/utils/analyze';
import type { HighlightStyle } from '@/utils/settings';
import { PageGate } from '@/utils/page-gate';
import { WorkBudget } from '@/utils/work-budget';
import { insideExcluded } from './elements';
import { Highlighter } from './highlighter';
import { CONTRACT_ATTRIBUTES, repairContract, type MarkedMention } from './mark-contract';
import { pageScheme } from './mark-style';
import {
  actorContext,
  collectChanged,
  isPageChange,
  outermost,
  splitNodesTouched,
  type ReadRoot,
} from './page-changes';
import { SlicedScan, type Following, type ScanOptions, type ScanStats } from './sliced-scan';
import { yieldToPage } from './yield';

export type { ScanStats } from './sliced-scan';

export interface LensOptions extends ScanOptions {
  /** How the highlights look (see mark-style.ts); `restyle` changes it. */
  highlightStyle: HighlightStyle;
  /** Called after each batch of highlights (and after removals), with every live mark. */
  onChange?: (marks: readonly HTMLElement[]) => void;
  /** Called once the first scan of the page has written its last highlight. */
  onFirstScan?: (stats: ScanStats) => void;
}

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
/**
 * The page's changes are gathered this long, then followed together: a page that changes every
 * few milliseconds is followed five times a second, and what it adds is marked within a second.
 */
const GATHER_MS = 200;
/**
 * …and, while follow-ups change no mark (a ticker, an ad rotator), gathered twice as long each
 * time up to this: what the page adds is still marked within a second.
 */
const QUIET_GATHER_MS = 600;
/**
 * Once gathered, the changes of a page that keeps changing are followed at its next change, in
 * its own task, so that our writes share its rendering update instead of making one more: the
 * page is awaited one and a half of its usual gaps at most, and never longer than this (a live
 * blog posts every few hundred milliseconds). A page that changed once is followed at once.
 */
const IN_STEP_WAIT_MS = 350;
/**
 * A page keeps changing when its last this many batches of changes came each within
 * IN_STEP_WAIT_MS of the one before, the last within it of now.
 */
const STEADY_BATCHES = 4;
/**
 * In step only while the page holds at most this many blocks of marks: a follow-up's own work
 * (letting go of what left, the list of live marks, the summary) grows with them, and must not
 * lengthen the page's task on a page of thousands.
 */
const IN_STEP_BLOCKS = 1_000;
/** Following the page's changes takes at most this much of every second. */
const BUDGET_MS = 10;
const BUDGET_WINDOW_MS = 1_000;
/**
 * While the page keeps changing, the rest (cards, summary, badge, banner) hear of the marks at
 * most this often: a page recycling marked rows ten times a second is told about once.
 */
const TELL_EVERY_MS = 1_000;
/**
 * Records kept unread at most: past this many, they are read into blocks at once, so that a
 * page changing thousands of nodes a second does not have us hold what it took out meanwhile.
 */
const FOLD_RECORDS = 1_000;
/** Circuit breaker: if the page removes our marks this many times in a row, stop following it. */
const MAX_FIGHTS = 5;

export class Lens implements Following {
  private readonly highlighter: Highlighter;
  private readonly scanner: SlicedScan;
  private observer: MutationObserver | null = null;
  private ended = false;
  private readonly gate: PageGate;
  /**
   * The page's changes since the last follow-up, read only then: a page changing every few
   * milliseconds costs a push each time, and a text node it rewrote twenty times is read once.
   */
  private unread: MutationRecord[] = [];
  /** The blocks to read again, from records folded before the follow-up (see FOLD_RECORDS). */
  private readonly dirty = new Set<ReadRoot>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The changes have gathered long enough: followed at the page's next change (IN_STEP_WAIT_MS). */
  private due = false;
  /** When the page's last few batches of changes came (STEADY_BATCHES). */
  private readonly changedAt: number[] = [];
  private gatherMs = GATHER_MS;
  private toldAt = Number.NEGATIVE_INFINITY;
  /** Set while a telling is owed, held back by TELL_EVERY_MS. */
  private tellTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly budget = new WorkBudget(BUDGET_MS, BUDGET_WINDOW_MS);
  /** Marks taken out since the last follow-up: the page rewrote their text (`giveBack`). */
  private gaveBack = false;
  private fights = 0;
  private repairs = 0;
  /** Batches of the page's own changes seen so far (our writes are never observed). */
  private changes = 0;
  /** The first scan, then each follow-up in turn: one at a time. */
  private scanning: Promise<void> = Promise.resolve();
  /** The open shadow roots read and observed (a host's shadow root stays the same one). */
  private readonly shadowRoots = new Set<ShadowRoot>();

  constructor(private readonly opts: LensOptions) {
    this.highlighter = new Highlighter(opts.highlightStyle, pageScheme(document));
    this.gate = new PageGate(opts.lexicon.pageGate);
    this.gate.feed(document.title);
    this.scanner = new SlicedScan(opts, this.highlighter, this.gate, this);
  }

  get stopped(): boolean {
    return this.ended;
  }

  get pageChanges(): number {
    return this.changes;
  }

  /**
   * Every live mark, in writing order, kept until our marks or the page change: asking 88,000
   * marks again and again whether they are in the page took 100 ms a time (corpus-100k bench
   * page). The page's changes not yet delivered are taken first: a mark just taken out is gone.
   */
  get marks(): readonly HTMLElement[] {
    const theirs = this.observer?.takeRecords() ?? [];
    if (theirs.length > 0) this.onMutations(theirs);
    return this.highlighter.live();
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
    // (our own writes are not observed), and must be read again.
    this.observer = new MutationObserver((records) => {
      // Delivered at the end of the page's task: a follow-up due now runs in it (see IN_STEP_WAIT_MS).
      if (this.onMutations(records) && this.due) this.followUpNow();
    });
    this.observeAll(this.observer);
    // Reading starts in a task of its own: whoever starts the lens has had its share of this one.
    const first = yieldToPage()
      .then(() => (this.stopped ? null : this.scanner.scan([[document.body, NO_ACTOR, []]])))
      .then((stats) => {
        if (!stats) return;
        if (stats.wrote) this.tell();
        this.opts.onFirstScan?.(stats);
      });
    this.scanning = first;
    return first;
  }

  /** Gives every highlight, present and future, the look of `style`. */
  restyle(style: HighlightStyle): void {
    this.highlighter.restyle(style, this.scanner.unwritten);
  }

  /** Stops following the page and removes every highlight, restoring the DOM exactly. */
  stop(): void {
    this.ended = true;
    this.due = false;
    clearTimeout(this.timer);
    clearTimeout(this.tellTimer);
    this.observer?.disconnect();
    this.observer = null;
    this.unread = [];
    this.dirty.clear();
    this.shadowRoots.clear();
    this.highlighter.remove();
    this.opts.onChange?.([]);
  }

  /** Starts following an open shadow root; false if it is followed already. */
  follow(shadow: ShadowRoot): boolean {
    if (this.shadowRoots.has(shadow)) return false;
    this.shadowRoots.add(shadow);
    this.observer?.observe(shadow, OBSERVED);
    return true;
  }

  /**
   * Runs `write` unobserved: each of our writes would cost a record (two per text node) only to
   * be dropped. Page changes queued before it are the page's, and are taken in first.
   */
  unobserved(write: () => boolean): boolean {
    const observer = this.observer;
    const theirs = observer?.takeRecords() ?? [];
    // Taken in while still observed: taking them in may give back split nodes (`giveBack`,
    // itself unobserved), which observes again when done.
    if (theirs.length > 0) this.onMutations(theirs);
    observer?.disconnect();
    try {
      return write();
    } finally {
      if (observer && !this.stopped) this.observeAll(observer);
    }
  }

  /** The page and every shadow tree followed: an observer of <body> sees nothing inside them. */
  private observeAll(observer: MutationObserver): void {
    observer.observe(document.body, OBSERVED);
    for (const shadow of this.shadowRoots) observer.observe(shadow, OBSERVED);
  }

  /** Keeps the records for the next follow-up; true if the page made any of them. */
  private onMutations(records: readonly MutationRecord[]): boolean {
    this.highlighter.stale();
    let theirs = false;
    let touched: Text[] | null = null;
    for (const record of records) {
      this.unread.push(record);
      theirs ||= isPageChange(record);
      for (const node of splitNodesTouched(record, this.highlighter)) (touched ??= []).push(node);
    }
    if (touched) this.giveBack(touched);
    if (theirs) {
      this.changes++;
      this.changedAt.push(performance.now());
      if (this.changedAt.length > STEADY_BATCHES) this.changedAt.shift();
    }
    if (this.unread.length >= FOLD_RECORDS) this.fold();
    this.schedule();
    return theirs;
  }

  /**
   * Takes our marks out of the blocks whose split text nodes the page rewrote or took out, at
   * once and unobserved: not at the next follow-up, as until then the page's own text reads
   * wrong. The follow-up reads those blocks again (the page's records name them).
   */
  private giveBack(nodes: readonly Text[]): void {
    if (this.unobserved(() => this.highlighter.removeSplitFrom(nodes) > 0)) this.gaveBack = true;
  }

  /** Reads the records kept so far into the blocks to read again (and puts back attributes). */
  private fold(): void {
    const records = this.unread;
    this.unread = [];
    this.repair(records);
    collectChanged(records, this.dirty);
  }

  /** Puts back the contract attributes the page rewrote on our marks (up to MAX_REPAIRS). */
  private repair(records: readonly MutationRecord[]): void {
    for (const record of records) {
      if (record.type !== 'attributes' || this.repairs >= MAX_REPAIRS) continue;
      const mention = this.highlighter.mentionOf(record.target as Element);
      if (mention && repairContract(record.target as Element, mention)) this.repairs++;
    }
  }

  /**
   * Follows up the page's changes once they have gathered for a moment — not put off by each
   * new change, or a page changing every few milliseconds would never be followed — and later
   * when the last second's follow-ups used up their budget; then at the page's next change.
   */
  private schedule(): void {
    if (this.timer !== undefined || this.due || this.stopped || this.backedOff) return;
    const wait = Math.max(this.gatherMs, this.budget.wait(performance.now()));
    this.timer = setTimeout(() => {
      const inStep = this.stepWait();
      if (inStep === 0) return this.followUpNow();
      this.due = true;
      this.timer = setTimeout(() => this.followUpNow(), inStep);
    }, wait);
  }

  /**
   * How long to await the page's next change: 0 unless it keeps changing (STEADY_BATCHES), else
   * one and a half of its usual gap (a burst of changes, then silence, is hardly waited for).
   */
  private stepWait(): number {
    const at = this.changedAt;
    if (at.length < STEADY_BATCHES || this.highlighter.blocks > IN_STEP_BLOCKS) return 0;
    if (performance.now() - at[at.length - 1]! > IN_STEP_WAIT_MS) return 0;
    let gap = 0;
    for (let i = 1; i < at.length; i++) gap = Math.max(gap, at[i]! - at[i - 1]!);
    return gap <= IN_STEP_WAIT_MS ? Math.min(IN_STEP_WAIT_MS, gap * 1.5) : 0;
  }

  private followUpNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due = false;
    this.scanning = this.scanning.then(() => this.followUp());
  }

  /**
   * Tells the rest about the marks now, or once TELL_EVERY_MS has passed since last time: at a
   * follow-up then (in the page's task), or on its own if none comes soon after.
   */
  private tell(): void {
    const wait = this.toldAt + TELL_EVERY_MS - performance.now();
    if (wait > 0) {
      this.tellTimer ??= setTimeout(
        () => {
          this.tellTimer = undefined;
          if (!this.stopped) this.tell();
        },
        wait + GATHER_MS + IN_STEP_WAIT_MS,
      );
      return;
    }
    clearTimeout(this.tellTimer);
    this.tellTimer = undefined;
    this.toldAt = performance.now();
    this.opts.onChange?.(this.marks);
  }

  /** Reads again the blocks the page changed or added, and lets go of what it took out. */
  private async followUp(): Promise<void> {
    if (this.stopped) return;
    const start = performance.now();
    const workedBefore = this.scanner.worked;
    this.fold();
    const gaveBack = this.gaveBack;
    this.gaveBack = false;
    const { lost, fought } = this.highlighter.forgetDetached();
    for (const shadow of this.shadowRoots)
      if (!shadow.host.isConnected) this.shadowRoots.delete(shadow);
    this.fights = fought ? this.fights + 1 : 0;
    if (this.backedOff) {
      console.info('Deal Lens: this page keeps removing highlights; leaving it alone.');
      this.observer?.disconnect();
      this.dirty.clear();
      return;
    }
    const roots = outermost(this.dirty).filter((root) => !insideExcluded(root));
    this.dirty.clear();
    const removed = this.unobserved(() => this.highlighter.removeWithin(roots) > 0);
    const around = new Map<Node, ActorDistance>();
    const trees = roots.map((root): [ReadRoot, ActorDistance, readonly Said[]] => [
      root,
      actorContext(root, this.opts.lexicon, around),
      this.scanner.saidBefore(root),
    ]);
    // Our own work only, not the page's tasks between our slices.
    const own = performance.now() - start;
    const stats = trees.length > 0 ? await this.scanner.scan(trees, { inStep: true }) : null;
    if (this.stopped) return;
    const changed = lost > 0 || removed || gaveBack || !!stats?.wrote;
    if (changed || this.tellTimer !== undefined) this.tell();
    this.gatherMs = changed ? GATHER_MS : Math.min(this.gatherMs * 2, QUIET_GATHER_MS);
    this.budget.record(start, own + this.scanner.worked - workedBefore);
  }
}
