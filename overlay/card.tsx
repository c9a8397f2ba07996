/**
 * The hover card's controller: when to open a card for a mark, where to put it, and how to
 * leave the page as it was. The card itself (components/Card.tsx) only renders a CardModel.
 *
 * - One card at a time, in a shadow root at the end of <body> (overlay-host.ts, styles inlined),
 *   placed next to its mark by Floating UI while open (autoUpdate runs only then).
 * - Hover intent: opens 150 ms after the pointer rests on a mark, survives the 300 ms it takes to
 *   travel into the card, closes when the pointer has left both, unless pinned.
 * - Keyboard: every mention is a focusable button-like mark, in reading order (`decorate`);
 *   focusing it opens its card, Enter/Space also moves focus into the card, Esc closes and
 *   returns focus to the mark. Keys typed inside the card never reach the page
 *   (`isolateEvents`).
 * - Closes on single-page navigation, when the mark leaves the DOM, or when it scrolls far out
 *   of view. `destroy()` removes every listener, attribute and element it added.
 */
import { autoUpdate } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card } from '@/components/Card';
import type { Deal } from '@/data/deal';
import { cardModel, statusLabel, type CardMention, type CardModel } from '@/utils/card-model';
import { t, type UiLang } from '@/utils/i18n';
import { MARK_SELECTOR, type MarkedMention } from '@/page/mark-contract';
// Inlined, not a file the content script fetches: see overlay-host.ts.
import CARD_CSS from '@/components/card.css?inline';
import { copyText } from './copy-text';
import { createOverlayHost } from './overlay-host';
import { placeCard } from './place-card';

export interface CardController {
  /** Opens the card for `mark` (closing any other). `focus` moves keyboard focus into it. */
  open(mark: HTMLElement, opts?: { pinned?: boolean; focus?: boolean }): void;
  close(opts?: { returnFocus?: boolean }): void;
  /** Makes every mention keyboard-reachable, in reading order; call again after every scan. */
  decorate(marks: readonly HTMLElement[]): void;
  destroy(): void;
}

export interface CardControllerOptions {
  deal: Deal;
  /**
   * The judged mention of a mark the lens made; nothing for any other element. The card shows
   * this, never the mark's attributes: a page can plant marks and rewrite attributes.
   */
  mentionOf(mark: Element): MarkedMention | undefined;
  getPageDate(): string | null;
  lang(): UiLang;
  today(): string;
  /** Told when a card opens or closes (the banner makes room). */
  onOpenChange?(open: boolean): void;
}

const OPEN_DELAY_MS = 150;
/** Time to travel from the mark into the card (and back) before it closes. */
const CLOSE_GRACE_MS = 300;
/** Focus moving from the mark into the card fires focusout before focusin. */
const FOCUS_GRACE_MS = 60;
/** The card closes once its mark is this many viewport heights beyond the viewport's edge. */
const FAR_OUT_OF_VIEW = 0.5;
/** Marks inside these are not made button-like: a button inside a link is invalid and confusing. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [contenteditable="true"]';
/** Mentions decorated per task. */
const DECORATE_SLICE = 300;
/** Attributes `decorate` adds; all are removed again by `undecorate`. */
const DECORATION = [
  'tabindex',
  'role',
  'aria-haspopup',
  'aria-expanded',
  'aria-controls',
  'aria-label',
];

export function createCardController(
  ctx: ContentScriptContext,
  opts: CardControllerOptions,
): CardController {
  // The card is position:fixed, placed by Floating UI; its host a 0×0 box that never shifts the page.
  const ui = createOverlayHost(ctx, 'deal-lens-card', CARD_CSS);
  const { host, container } = ui;
  const shadow = host.shadowRoot!;
  // aria-controls cannot point into a shadow root, so it names the host, which holds the card.
  const hostId = `deal-lens-card-${Math.random().toString(36).slice(2, 10)}`;
  host.id = hostId;

  let destroyed = false;
  let openMark: HTMLElement | null = null;
  let cardEl: HTMLElement | null = null;
  let model: CardModel | null = null;
  let pinned = false;
  // Why the card is open: it stays while any holds.
  let hoverMark = false;
  let hoverCard = false;
  let focusMark = false;
  let focusCard = false;
  let openTimer: number | undefined;
  let pendingMark: HTMLElement | null = null;
  let closeTimer: number | undefined;
  let stopPositioning: (() => void) | null = null;
  let lastPointer: { x: number; y: number } | null = null;
  /** Set while we move focus to a mark ourselves, so that focusing it does not reopen the card. */
  let returningFocus = false;
  const decorated = new Set<HTMLElement>();
  /** Undecorated marks given tabindex=-1 so that focus can return to them. */
  const madeFocusable = new Set<HTMLElement>();

  // Only the reader's own input moves the card: events a page script dispatches
  // (`isTrusted === false`) open, pin and close nothing.
  const listeners = new AbortController();
  const on = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
  ) =>
    document.addEventListener(type, (event) => event.isTrusted && handler(event), {
      capture: true,
      signal: listeners.signal,
    });
  const onCard = <K extends keyof HTMLElementEventMap>(
    type: K,
    handler: (event: HTMLElementEventMap[K]) => void,
  ) =>
    container.addEventListener(type, (event) => event.isTrusted && handler(event), {
      signal: listeners.signal,
    });

  /**
   * Where an event began. A mark inside a page's shadow root is seen at document level as its
   * host (events are retargeted): the path's first node is the mark's own text or the mark.
   */
  const origin = (event: Event): EventTarget | null => event.composedPath()[0] ?? event.target;

  /** Whether an event target is our card (seen from the page it is the host, once retargeted). */
  const inCard = (target: EventTarget | null): boolean =>
    target === host || (target instanceof Node && target.getRootNode() === shadow);

  // --- reading marks ----------------------------------------------------------------------

  /** Our mark under an event's target; a mark the page made is no mark of ours. */
  const markOf = (target: EventTarget | null): HTMLElement | null => {
    if (!(target instanceof Node) || inCard(target)) return null;
    const el = target instanceof Element ? target : target.parentElement;
    const mark = el?.closest<HTMLElement>(MARK_SELECTOR) ?? null;
    return mark && isOurs(mark) ? mark : null;
  };
  const isOurs = (el: Element): el is HTMLElement => opts.mentionOf(el) !== undefined;
  /** Both marks belong to one mention (a mention crossing inline elements is several marks). */
  const sameMention = (a: HTMLElement | null, b: HTMLElement | null): boolean =>
    !!a &&
    !!b &&
    (a === b || (opts.mentionOf(a) !== undefined && opts.mentionOf(a) === opts.mentionOf(b)));
  const isOpenMark = (mark: HTMLElement | null) => sameMention(mark, openMark);

  /** What the card says of our mark: its judged mention, with the words all its marks hold. */
  const mentionOf = (judged: MarkedMention): CardMention => ({
    term: judged.term,
    version: judged.version,
    claim: judged.claim,
    status: judged.status,
    text: judged.marks.map((p) => p.textContent ?? '').join(''),
  });
  const modelOf = (mention: CardMention): CardModel =>
    cardModel(opts.deal, mention, opts.getPageDate(), opts.today(), opts.lang());

  // --- timers -----------------------------------------------------------------------------
  // Plain timers, not ctx.setTimeout: that one adds an abort listener per call and never removes
  // it, one more on every hover. destroy() (run on invalidation) clears ours through close().
  const later = (run: () => void, ms: number): number =>
    window.setTimeout(() => {
      if (!destroyed) run();
    }, ms);

  const cancelOpen = () => {
    if (openTimer !== undefined) clearTimeout(openTimer);
    openTimer = undefined;
    pendingMark = null;
  };
  const cancelClose = () => {
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const held = () => pinned || hoverMark || hoverCard || focusMark || focusCard;
  /** Closes after `delay` unless something holds the card open by then. */
  const maybeClose = (delay: number) => {
    if (!openMark || held()) return;
    cancelClose();
    closeTimer = later(() => {
      closeTimer = undefined;
      if (!held()) close();
    }, delay);
  };

  // --- showing ----------------------------------------------------------------------------

  const rerender = () => {
    if (!model) return;
    render(
      <Card
        model={model}
        pinned={pinned}
        onClose={() => close({ returnFocus: shadow.activeElement !== null })}
        onCopy={(text) => copyText(text, shadow)}
        onPin={() => {
          pinned = !pinned;
          rerender();
          if (!pinned) maybeClose(CLOSE_GRACE_MS);
        }}
      />,
      container,
    );
  };

  const setExpanded = (mark: HTMLElement, expanded: boolean) => {
    for (const d of decorated) {
      if (!sameMention(d, mark)) continue;
      d.setAttribute('aria-expanded', String(expanded));
      if (expanded) d.setAttribute('aria-controls', hostId);
      else d.removeAttribute('aria-controls');
    }
  };

  const farOutOfView = (mark: HTMLElement): boolean => {
    const rect = mark.getBoundingClientRect();
    const margin = window.innerHeight * FAR_OUT_OF_VIEW;
    return rect.bottom < -margin || rect.top > window.innerHeight + margin;
  };

  const startPositioning = (mark: HTMLElement, card: HTMLElement) => {
    const point = lastPointer;
    const update = () => {
      if (openMark !== mark) return;
      if (!mark.isConnected || !host.isConnected || farOutOfView(mark)) {
        close();
        return;
      }
      void placeCard(mark, card, { pointer: point, still: () => openMark === mark });
    };
    const stopAuto = autoUpdate(mark, card, update);
    // autoUpdate does not notice a mark taken out of the page (the page re-rendering, the lens
    // stopping): watch for removals while open, and only then.
    const removals = new MutationObserver(() => {
      if (openMark === mark && (!mark.isConnected || !host.isConnected)) close();
    });
    removals.observe(document.documentElement, { childList: true, subtree: true });
    // A mark in a shadow tree leaves it unseen by an observer of the document.
    const tree = mark.getRootNode();
    if (tree !== document) removals.observe(tree, { childList: true, subtree: true });
    stopPositioning = () => {
      stopAuto();
      removals.disconnect();
    };
  };

  const show = (mark: HTMLElement, judged: MarkedMention) => {
    model = modelOf(mentionOf(judged));
    if (!host.isConnected) ui.mount();
    openMark = mark;
    pinned = false;
    hoverMark = hoverCard = focusMark = focusCard = false;
    rerender();
    // Our own shadow root, not the page.
    cardEl = container.querySelector<HTMLElement>('[role="dialog"]');
    if (!cardEl) return;
    cardEl.setAttribute('data-placing', '');
    startPositioning(mark, cardEl);
    setExpanded(mark, true);
    opts.onOpenChange?.(true);
  };

  const focusInto = () => {
    // The card is fixed-positioned: focusing it never scrolls the page.
    cardEl?.focus({ preventScroll: true });
  };

  const returnFocusTo = (mark: HTMLElement) => {
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
  };

  function open(mark: HTMLElement, openOpts: { pinned?: boolean; focus?: boolean } = {}): void {
    const judged = opts.mentionOf(mark);
    if (destroyed || !mark.isConnected || !judged) return;
    cancelOpen();
    cancelClose();
    if (openMark !== mark) {
      if (openMark) close();
      show(mark, judged);
    }
    if (openOpts.pinned && !pinned) {
      pinned = true;
      rerender();
    }
    if (openOpts.focus) focusInto();
  }

  function close(closeOpts: { returnFocus?: boolean } = {}): void {
    cancelOpen();
    cancelClose();
    const mark = openMark;
    if (!mark) return;
    stopPositioning?.();
    stopPositioning = null;
    openMark = null;
    cardEl = null;
    model = null;
    pinned = false;
    hoverMark = hoverCard = focusMark = focusCard = false;
    render(null, container);
    setExpanded(mark, false);
    opts.onOpenChange?.(false);
    if (closeOpts.returnFocus) returnFocusTo(mark);
  }

  // --- page events (delegated, capture phase: a page that stops propagation cannot blind us) ---

  on('pointerover', (event) => {
    const mark = markOf(origin(event));
    if (!mark) return;
    lastPointer = { x: event.clientX, y: event.clientY };
    if (isOpenMark(mark)) {
      hoverMark = true;
      cancelClose();
      return;
    }
    if (pendingMark === mark) return;
    cancelOpen();
    pendingMark = mark;
    openTimer = later(() => {
      openTimer = undefined;
      pendingMark = null;
      // A pinned card stays until closed or replaced on purpose (focus, Enter, tap).
      if (pinned || !mark.isConnected) return;
      open(mark);
      hoverMark = true;
    }, OPEN_DELAY_MS);
  });

  on('pointerout', (event) => {
    const mark = markOf(origin(event));
    if (!mark) return;
    const to = event.relatedTarget;
    if (to instanceof Node && mark.contains(to)) return;
    if (pendingMark === mark) cancelOpen();
    if (!isOpenMark(mark) || isOpenMark(markOf(to))) return;
    hoverMark = false;
    maybeClose(CLOSE_GRACE_MS);
  });

  // Touch has no hover: a tap on a mark opens its card pinned (the link or page still gets the tap).
  on('click', (event) => {
    const mark = markOf(origin(event));
    if (mark && (event as PointerEvent).pointerType === 'touch') open(mark, { pinned: true });
  });

  on('focusin', (event) => {
    const target = origin(event);
    if (!(target instanceof HTMLElement) || !isOurs(target)) return;
    if (isOpenMark(target)) {
      focusMark = true;
      cancelClose();
      return;
    }
    if (returningFocus || !decorated.has(target)) return;
    open(target);
    focusMark = true;
  });

  on('focusout', (event) => {
    const target = origin(event);
    if (!(target instanceof HTMLElement) || !isOpenMark(target)) return;
    focusMark = false;
    if (inCard(event.relatedTarget)) return; // into the card
    maybeClose(FOCUS_GRACE_MS);
  });

  on('keydown', (event) => {
    if (event.composedPath().some(inCard)) return; // the card handles its own keys
    if (event.key === 'Escape') {
      if (openMark) close();
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = origin(event);
    if (!(target instanceof HTMLElement) || !isOurs(target)) return;
    if (!decorated.has(target) && !madeFocusable.has(target)) return;
    // Handled: Space must not scroll the page, and the page's shortcuts must not see the key.
    event.preventDefault();
    event.stopPropagation();
    open(target, { focus: true });
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!destroyed) close();
  });

  // --- card events (inside the shadow root) ----------------------------------------------

  // Keys typed in the card are the card's: the page's shortcuts never see them.
  for (const type of ['keydown', 'keyup', 'keypress'] as const)
    onCard(type, (event) => event.stopPropagation());

  onCard('pointerenter', () => {
    hoverCard = true;
    cancelClose();
  });
  onCard('pointerleave', () => {
    hoverCard = false;
    maybeClose(CLOSE_GRACE_MS);
  });
  onCard('focusin', () => {
    focusCard = true;
    cancelClose();
  });
  onCard('focusout', (event) => {
    if (event.relatedTarget instanceof Node && container.contains(event.relatedTarget)) return;
    focusCard = false;
    maybeClose(FOCUS_GRACE_MS);
  });
  // The card sits at the end of <body>: tabbing out of it would leave the article. Tab past its
  // last control (or Shift+Tab before its first) goes back to the mark instead.
  onCard('keydown', (event) => {
    if (event.key !== 'Tab' || !cardEl || !openMark) return;
    const controls = Array.from(
      cardEl.querySelectorAll<HTMLElement>('button, a[href], [role="link"]'),
    );
    const active = shadow.activeElement;
    const leaving = event.shiftKey
      ? active === cardEl || active === controls[0]
      : controls.length === 0 || active === controls[controls.length - 1];
    if (!leaving) return;
    event.preventDefault();
    if (pinned) returnFocusTo(openMark);
    else close({ returnFocus: true });
  });

  // --- decoration -------------------------------------------------------------------------

  const undecorate = (mark: HTMLElement) => {
    for (const name of DECORATION) mark.removeAttribute(name);
    decorated.delete(mark);
  };

  /** Bumped by each `decorate`, so that the slices of an older one stop. */
  let decorating = 0;

  /**
   * One tab stop per mention, in reading order: its first mark becomes a button-like control
   * labelled with its words and verdict. A screen reader's Tab and its list of buttons both
   * reach every statement; the marks' text is read in place in browse mode anyway.
   */
  function decorate(marks: readonly HTMLElement[]): void {
    if (destroyed) return;
    const run = ++decorating;
    const chosen = new Map<HTMLElement, MarkedMention>();
    for (const mark of marks) {
      const judged = opts.mentionOf(mark);
      // A mark inside a link or button stays out: a button inside a link is invalid and confusing.
      if (!judged || judged.marks[0] !== mark || !mark.isConnected) continue;
      if (mark.parentElement?.closest(INTERACTIVE)) continue;
      chosen.set(mark, judged);
    }
    for (const mark of [...decorated]) if (!chosen.has(mark)) undecorate(mark);
    const lang = opts.lang();
    const todo = [...chosen].filter(([mark]) => !decorated.has(mark));
    // In slices of their own: a page of thousands of statements must not get one long task.
    const slice = (from: number) => {
      if (destroyed || run !== decorating) return;
      for (const [mark, judged] of todo.slice(from, from + DECORATE_SLICE)) {
        const text = mentionOf(judged).text.replace(/\s+/g, ' ').trim();
        mark.setAttribute('tabindex', '0');
        mark.setAttribute('role', 'button');
        mark.setAttribute('aria-haspopup', 'dialog');
        mark.setAttribute(
          'aria-label',
          t(lang, 'mark.label', { text, status: statusLabel(judged.status, lang) }),
        );
        mark.setAttribute('aria-expanded', String(isOpenMark(mark)));
        if (isOpenMark(mark)) mark.setAttribute('aria-controls', hostId);
        decorated.add(mark);
        madeFocusable.delete(mark);
      }
      if (from + DECORATE_SLICE < todo.length) later(() => slice(from + DECORATE_SLICE), 0);
    };
    slice(0);
  }

  function destroy(): void {
    if (destroyed) return;
    close();
    destroyed = true;
    listeners.abort();
    for (const mark of [...decorated]) undecorate(mark);
    for (const mark of madeFocusable) {
      if (mark.getAttribute('tabindex') === '-1') mark.removeAttribute('tabindex');
    }
    madeFocusable.clear();
    ui.remove();
  }

  ctx.onInvalidated(destroy);

  return { open, close, decorate, destroy };
}
