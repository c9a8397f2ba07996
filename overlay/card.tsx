/**
 * The hover card's controller: wires the page's and the card's events to the hover intent
 * (utils/hover-intent.ts: when to open and close), the card to its mark (follow-mark.ts: where)
 * and the marks' decoration (mark-decoration.ts). The card (components/Card.tsx) only renders.
 *
 * - One card at a time, in a shadow root at the end of <body> (overlay-host.ts, styles inlined).
 * - Keyboard: every mention is a focusable button-like mark, in reading order (`decorate`);
 *   focusing it opens its card, Enter/Space also moves focus into the card, Esc closes and
 *   returns focus to the mark. Keys typed inside the card never reach the page
 *   (`isolateEvents`).
 * - Closes on single-page navigation, when the mark leaves the DOM, or when it scrolls far out
 *   of view. `destroy()` removes every listener, attribute and element it added.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card } from '@/components/Card';
import type { Deal } from '@/data/deal';
import { cardModel, type CardModel } from '@/utils/card-model';
import type { UiLang } from '@/utils/i18n';
import { MARK_SELECTOR, type MarkedMention } from '@/page/mark-contract';
// Inlined, not a file the content script fetches: see overlay-host.ts.
import { CARD_CSS } from '@/components/card-styles';
import { copyText } from './copy-text';
import { followMark } from './follow-mark';
import { runIntent } from './intent-runner';
import { onElement, onPage, origin } from './trusted-events';
import { cardMention, createMarkDecoration } from './mark-decoration';
import { createOverlayHost } from './overlay-host';

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
  let cardEl: HTMLElement | null = null;
  let model: CardModel | null = null;
  let stopFollowing: (() => void) | null = null;
  let lastPointer: { x: number; y: number } | null = null;

  // Plain timers, not ctx.setTimeout: that one adds an abort listener per call and never removes
  // it, one more on every hover. destroy() (run on invalidation) clears ours through close().
  const later = (run: () => void, ms: number): number =>
    window.setTimeout(() => {
      if (!destroyed) run();
    }, ms);

  // --- reading marks ----------------------------------------------------------------------

  /** Whether an event target is our card (seen from the page it is the host, once retargeted). */
  const inCard = (target: EventTarget | null): boolean =>
    target === host || (target instanceof Node && target.getRootNode() === shadow);
  const isOurs = (el: Element): el is HTMLElement => opts.mentionOf(el) !== undefined;
  /** Our mark under an event's target; a mark the page made is no mark of ours. */
  const markOf = (target: EventTarget | null): HTMLElement | null => {
    if (!(target instanceof Node) || inCard(target)) return null;
    const el = target instanceof Element ? target : target.parentElement;
    const mark = el?.closest<HTMLElement>(MARK_SELECTOR) ?? null;
    return mark && isOurs(mark) ? mark : null;
  };
  /** Whether the mark belongs to the open card's mention (a mention may be several marks). */
  const isOpenMark = (mark: HTMLElement | null): boolean => {
    const open = intent.state.open;
    if (!mark || !open) return false;
    return mark === open || (isOurs(mark) && opts.mentionOf(mark) === opts.mentionOf(open));
  };
  const marks = createMarkDecoration({
    mentionOf: opts.mentionOf,
    lang: opts.lang,
    isOpen: isOpenMark,
    hostId,
    later,
  });

  // --- showing ----------------------------------------------------------------------------

  const redraw = () => {
    if (!model) return;
    render(
      <Card
        model={model}
        pinned={intent.state.pinned}
        onClose={() => close({ returnFocus: shadow.activeElement !== null })}
        onCopy={(text) => copyText(text, shadow)}
        onPin={() => intent.send({ type: 'togglePin' })}
      />,
      container,
    );
  };

  const show = (mark: HTMLElement) => {
    const judged = opts.mentionOf(mark)!;
    model = cardModel(
      opts.deal,
      cardMention(judged),
      opts.getPageDate(),
      opts.today(),
      opts.lang(),
    );
    if (!host.isConnected) ui.mount();
    redraw();
    // Our own shadow root, not the page.
    cardEl = container.querySelector<HTMLElement>('[role="dialog"]');
    if (!cardEl) return;
    cardEl.setAttribute('data-placing', '');
    stopFollowing = followMark(mark, cardEl, {
      host,
      pointer: lastPointer,
      still: () => intent.state.open === mark,
      onLost: () => close(),
    });
    marks.setExpanded(mark, true);
    opts.onOpenChange?.(true);
  };

  const hide = (mark: HTMLElement) => {
    stopFollowing?.();
    stopFollowing = null;
    cardEl = null;
    model = null;
    render(null, container);
    marks.setExpanded(mark, false);
    opts.onOpenChange?.(false);
  };

  const intent = runIntent<HTMLElement>({
    later,
    ready: (mark) => mark.isConnected && isOurs(mark),
    show,
    hide,
    redraw,
  });
  const send = intent.send;

  // The card is fixed-positioned: focusing it never scrolls the page.
  const focusInto = () => cardEl?.focus({ preventScroll: true });

  function open(mark: HTMLElement, openOpts: { pinned?: boolean; focus?: boolean } = {}): void {
    if (destroyed || !mark.isConnected || !isOurs(mark)) return;
    send({ type: 'open', mark, pin: openOpts.pinned });
    if (openOpts.focus) focusInto();
  }

  function close(closeOpts: { returnFocus?: boolean } = {}): void {
    const mark = intent.state.open;
    send({ type: 'close' });
    if (mark && closeOpts.returnFocus) marks.returnFocusTo(mark);
  }

  // --- page events (delegated, trusted only: trusted-events.ts) ---------------------------

  const listeners = new AbortController();
  const on = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (e: DocumentEventMap[K]) => void,
  ) => onPage(type, handler, listeners.signal);
  const onCard = <K extends keyof HTMLElementEventMap>(
    type: K,
    handler: (event: HTMLElementEventMap[K]) => void,
  ) => onElement(container, type, handler, listeners.signal);

  on('pointerover', (event) => {
    const mark = markOf(origin(event));
    if (!mark) return;
    lastPointer = { x: event.clientX, y: event.clientY };
    send({ type: 'pointerOverMark', mark, ofOpen: isOpenMark(mark) });
  });

  on('pointerout', (event) => {
    const mark = markOf(origin(event));
    if (!mark) return;
    const to = event.relatedTarget;
    if (to instanceof Node && mark.contains(to)) return;
    send({
      type: 'pointerOutMark',
      mark,
      ofOpen: isOpenMark(mark),
      toOpen: isOpenMark(markOf(to)),
    });
  });

  // Touch has no hover: a tap on a mark opens its card pinned (the link or page still gets the tap).
  on('click', (event) => {
    const mark = markOf(origin(event));
    if (mark && (event as PointerEvent).pointerType === 'touch') open(mark, { pinned: true });
  });

  on('focusin', (event) => {
    const target = origin(event);
    if (!(target instanceof HTMLElement) || !isOurs(target)) return;
    const opens = !marks.returning() && marks.isDecorated(target);
    send({ type: 'focusMark', mark: target, ofOpen: isOpenMark(target), opens });
  });

  on('focusout', (event) => {
    const target = origin(event);
    if (!(target instanceof HTMLElement) || !isOpenMark(target)) return;
    send({ type: 'blurMark', intoCard: inCard(event.relatedTarget) });
  });

  on('keydown', (event) => {
    if (event.composedPath().some(inCard)) return; // the card handles its own keys
    if (event.key === 'Escape') {
      if (intent.state.open) close();
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = origin(event);
    if (!(target instanceof HTMLElement) || !isOurs(target) || !marks.takesKeys(target)) return;
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

  onCard('pointerenter', () => send({ type: 'pointerEnterCard' }));
  onCard('pointerleave', () => send({ type: 'pointerLeaveCard' }));
  onCard('focusin', () => send({ type: 'focusCard' }));
  onCard('focusout', (event) => {
    if (event.relatedTarget instanceof Node && container.contains(event.relatedTarget)) return;
    send({ type: 'blurCard' });
  });
  // The card sits at the end of <body>: tabbing out of it would leave the article. Tab past its
  // last control (or Shift+Tab before its first) goes back to the mark instead.
  onCard('keydown', (event) => {
    const mark = intent.state.open;
    if (event.key !== 'Tab' || !cardEl || !mark) return;
    const controls = Array.from(
      cardEl.querySelectorAll<HTMLElement>('button, a[href], [role="link"]'),
    );
    const active = shadow.activeElement;
    const leaving = event.shiftKey
      ? active === cardEl || active === controls[0]
      : controls.length === 0 || active === controls[controls.length - 1];
    if (!leaving) return;
    event.preventDefault();
    if (intent.state.pinned) marks.returnFocusTo(mark);
    else close({ returnFocus: true });
  });

  function destroy(): void {
    if (destroyed) return;
    close();
    destroyed = true;
    listeners.abort();
    marks.destroy();
    ui.remove();
  }

  ctx.onInvalidated(destroy);

  return { open, close, decorate: marks.decorate, destroy };
}
