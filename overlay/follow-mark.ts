/**
 * Keeps an open card next to its mark (Floating UI's autoUpdate, running only while open), and
 * says when the mark is lost: taken out of the page, or scrolled far out of view.
 */
import { autoUpdate } from '@floating-ui/dom';
import { placeCard } from './place-card';

/** The card closes once its mark is this many viewport heights beyond the viewport's edge. */
const FAR_OUT_OF_VIEW = 0.5;

function farOutOfView(mark: HTMLElement): boolean {
  const rect = mark.getBoundingClientRect();
  const margin = window.innerHeight * FAR_OUT_OF_VIEW;
  return rect.bottom < -margin || rect.top > window.innerHeight + margin;
}

export interface FollowOptions {
  /** Our card's host element: the card is lost with it. */
  host: HTMLElement;
  /** Where the pointer was when the card opened, for a mark that wraps over lines. */
  pointer: { x: number; y: number } | null;
  /** Whether the card is still this mark's (it may have moved on meanwhile). */
  still(): boolean;
  /** The mark or the host left the page, or the mark is far out of view. */
  onLost(): void;
}

/** Places `card` by `mark` until the returned function is called. */
export function followMark(mark: HTMLElement, card: HTMLElement, opts: FollowOptions): () => void {
  const gone = () => !mark.isConnected || !opts.host.isConnected;
  const update = () => {
    if (!opts.still()) return;
    if (gone() || farOutOfView(mark)) {
      opts.onLost();
      return;
    }
    void placeCard(mark, card, { pointer: opts.pointer, still: opts.still });
  };
  const stopAuto = autoUpdate(mark, card, update);
  // autoUpdate does not notice a mark taken out of the page (the page re-rendering, the lens
  // stopping): watch for removals while open, and only then.
  const removals = new MutationObserver(() => {
    if (opts.still() && gone()) opts.onLost();
  });
  removals.observe(document.documentElement, { childList: true, subtree: true });
  // A mark in a shadow tree leaves it unseen by an observer of the document.
  const tree = mark.getRootNode();
  if (tree !== document) removals.observe(tree, { childList: true, subtree: true });
  return () => {
    stopAuto();
    removals.disconnect();
  };
}
