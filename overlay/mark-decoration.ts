/**
 * Makes mentions keyboard-reachable and says whether their card is open: one tab stop per
 * mention, in reading order, its first mark a button-like control labelled with its words and
 * verdict. A screen reader's Tab and its list of buttons both reach every statement; the marks'
 * text is read in place in browse mode anyway. `destroy()` removes every attribute it added.
 */
import type { MarkedMention } from '@/page/mark-contract';
import type { CardMention } from '@/utils/card-model';
import { statusLabel } from '@/utils/card-verdict';
import { t, type UiLang } from '@/utils/i18n';

/** Marks inside these are not made button-like: a button inside a link is invalid and confusing. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [contenteditable="true"]';
/** Work per task of decorating, well under a long task's 50 ms. */
const DECORATE_SLICE_MS = 8;
/** Attributes `decorate` adds; all are removed again by `undecorate`. */
const DECORATION = [
  'tabindex',
  'role',
  'aria-haspopup',
  'aria-expanded',
  'aria-controls',
  'aria-label',
];

export interface MarkDecorationOptions {
  mentionOf(mark: Element): MarkedMention | undefined;
  lang(): UiLang;
  /** Whether the mark belongs to the open card's mention. */
  isOpen(mark: HTMLElement): boolean;
  /** The id `aria-controls` names: the card's host (it cannot point into a shadow root). */
  hostId: string;
  /** Runs `run` in a later task, unless the controller is gone by then. */
  later(run: () => void, ms: number): void;
}

export interface MarkDecoration {
  /** Decorates these marks' mentions, and undecorates the marks no longer among them. */
  decorate(marks: readonly HTMLElement[]): void;
  /** Whether the mark is a tab stop we made (a mention's first mark). */
  isDecorated(mark: HTMLElement): boolean;
  /** Whether the mark takes Enter and Space to open its card: a tab stop, or focus returned. */
  takesKeys(mark: HTMLElement): boolean;
  /** Says on every tab stop of `mark`'s mention whether its card is open. */
  setExpanded(mark: HTMLElement, expanded: boolean): void;
  /** Focuses the mark (made focusable if need be); `returning()` is true meanwhile. */
  returnFocusTo(mark: HTMLElement): void;
  /** Set while we move focus to a mark ourselves, so that focusing it does not reopen the card. */
  returning(): boolean;
  destroy(): void;
}

/** The words all the marks of a mention hold. */
const mentionText = (judged: MarkedMention): string =>
  judged.marks.map((p) => p.textContent ?? '').join('');

/** What the card says of a mark: its judged mention, with the words all its marks hold. */
export const cardMention = (judged: MarkedMention): CardMention => ({
  term: judged.term,
  version: judged.version,
  claim: judged.claim,
  status: judged.status,
  text: mentionText(judged),
});

export function createMarkDecoration(opts: MarkDecorationOptions): MarkDecoration {
  let destroyed = false;
  let returningFocus = false;
  const decorated = new Set<HTMLElement>();
  /** Undecorated marks given tabindex=-1 so that focus can return to them. */
  const madeFocusable = new Set<HTMLElement>();
  /** Bumped by each `decorate`, so that the slices of an older one stop. */
  let decorating = 0;

  const undecorate = (mark: HTMLElement) => {
    for (const name of DECORATION) mark.removeAttribute(name);
    decorated.delete(mark);
  };

  const sameMention = (a: HTMLElement, b: HTMLElement): boolean =>
    a === b || (opts.mentionOf(a) !== undefined && opts.mentionOf(a) === opts.mentionOf(b));

  function setExpanded(mark: HTMLElement, expanded: boolean): void {
    for (const d of decorated) {
      if (!sameMention(d, mark)) continue;
      d.setAttribute('aria-expanded', String(expanded));
      if (expanded) d.setAttribute('aria-controls', opts.hostId);
      else d.removeAttribute('aria-controls');
    }
  }

  function decorate(marks: readonly HTMLElement[]): void {
    if (destroyed) return;
    const run = ++decorating;
    const chosen = new Map<HTMLElement, MarkedMention>();
    const todo: [HTMLElement, MarkedMention][] = [];
    let looked = 0;
    let done = 0;
    let undecorated = false;
    // In slices of a few milliseconds, choosing as well as writing: 88,000 marks looked at in
    // one task (the corpus-100k bench page) were 170 ms, and 300 mentions written were up to 110.
    const slice = () => {
      if (destroyed || run !== decorating) return;
      const deadline = performance.now() + DECORATE_SLICE_MS;
      const late = () => performance.now() >= deadline;
      for (; looked < marks.length; looked++) {
        if (looked % 64 === 63 && late()) return opts.later(slice, 0);
        const mark = marks[looked]!;
        const judged = opts.mentionOf(mark);
        // A mark inside a link or button stays out: a button inside a link is invalid and confusing.
        if (!judged || judged.marks[0] !== mark || !mark.isConnected) continue;
        if (mark.parentElement?.closest(INTERACTIVE)) continue;
        chosen.set(mark, judged);
        if (!decorated.has(mark)) todo.push([mark, judged]);
      }
      if (!undecorated) for (const mark of [...decorated]) if (!chosen.has(mark)) undecorate(mark);
      undecorated = true;
      const lang = opts.lang();
      for (; done < todo.length; done++) {
        if (done % 16 === 15 && late()) return opts.later(slice, 0);
        const [mark, judged] = todo[done]!;
        decorateOne(mark, judged, lang);
      }
    };
    slice();
  }

  function decorateOne(mark: HTMLElement, judged: MarkedMention, lang: UiLang): void {
    const text = mentionText(judged).replace(/\s+/g, ' ').trim();
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-haspopup', 'dialog');
    mark.setAttribute(
      'aria-label',
      t(lang, 'mark.label', { text, status: statusLabel(judged.status, lang) }),
    );
    const open = opts.isOpen(mark);
    mark.setAttribute('aria-expanded', String(open));
    if (open) mark.setAttribute('aria-controls', opts.hostId);
    decorated.add(mark);
    madeFocusable.delete(mark);
  }

  function returnFocusTo(mark: HTMLElement): void {
    if (!mark.isConnected) return;
    if (!mark.hasAttribute('tabindex')) {
      mark.setAttribute('tabindex', '-1');
      madeFocusable.add(mark);
    }
    returningFocus = true;
    try {
      mark.focus();
    } finally {
      returningFocus = false;
    }
  }

  function destroy(): void {
    destroyed = true;
    for (const mark of [...decorated]) undecorate(mark);
    for (const mark of madeFocusable) {
      if (mark.getAttribute('tabindex') === '-1') mark.removeAttribute('tabindex');
    }
    madeFocusable.clear();
  }

  return {
    decorate,
    isDecorated: (mark) => decorated.has(mark),
    takesKeys: (mark) => decorated.has(mark) || madeFocusable.has(mark),
    setExpanded,
    returnFocusTo,
    returning: () => returningFocus,
    destroy,
  };
}
