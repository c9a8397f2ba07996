/**
 * When the hover card opens and closes, as a pure state machine: events in (the pointer or
 * focus on a mark or the card, a timer due, a pin), the next state and effects out (start or
 * stop a timer, show or hide a card). overlay/card.tsx runs the timers and the DOM.
 *
 * - Opens OPEN_DELAY_MS after the pointer rests on a mark; focus, Enter or a tap open at once.
 * - Stays while anything holds it: the pointer or focus on its mark or in the card, or a pin.
 *   Once nothing does, it closes after a grace: CLOSE_GRACE_MS for the pointer to travel between
 *   mark and card, FOCUS_GRACE_MS for focus moving from the mark into the card.
 * - A pinned card is not replaced by hovering another mark.
 *
 * Marks are opaque (`M`); whether two marks are of the open card's mention is the caller's to say.
 */

export const OPEN_DELAY_MS = 150;
/** Time to travel from the mark into the card (and back) before it closes. */
export const CLOSE_GRACE_MS = 300;
/** Focus moving from the mark into the card fires focusout before focusin. */
export const FOCUS_GRACE_MS = 60;

export interface Intent<M> {
  /** The mark whose card is open. */
  open: M | null;
  /** The mark the pointer rests on, its card waiting to open. */
  pending: M | null;
  /** Whether a close is waiting for its grace to run out. */
  closing: boolean;
  pinned: boolean;
  // Why the card is open: it stays while any holds.
  hoverMark: boolean;
  hoverCard: boolean;
  focusMark: boolean;
  focusCard: boolean;
}

export type IntentEvent<M> =
  /** Open now (focus, Enter, a tap, the popup); `pin` also pins it. */
  | { type: 'open'; mark: M; pin?: boolean }
  | { type: 'close' }
  /** `ofOpen`: the mark belongs to the open card's mention. */
  | { type: 'pointerOverMark'; mark: M; ofOpen: boolean }
  /** `toOpen`: the pointer went on to a mark of the open card's mention. */
  | { type: 'pointerOutMark'; mark: M; ofOpen: boolean; toOpen: boolean }
  /** `opens`: focus on this mark may open its card (a decorated mark, not focus we returned). */
  | { type: 'focusMark'; mark: M; ofOpen: boolean; opens: boolean }
  /** The open card's mark lost focus; `intoCard`: to the card. */
  | { type: 'blurMark'; intoCard: boolean }
  | { type: 'pointerEnterCard' }
  | { type: 'pointerLeaveCard' }
  | { type: 'focusCard' }
  | { type: 'blurCard' }
  | { type: 'togglePin' }
  /** The open delay ran out; `ready`: the pending mark is still in the page, still ours. */
  | { type: 'openDue'; ready: boolean }
  | { type: 'closeDue' };

export type Effect<M> =
  /** Start the open timer (it replaces any other); when it runs out, send `openDue`. */
  | { do: 'waitOpen'; ms: number }
  | { do: 'stopOpen' }
  /** Start the close timer (it replaces any other); when it runs out, send `closeDue`. */
  | { do: 'waitClose'; ms: number }
  | { do: 'stopClose' }
  | { do: 'show'; mark: M }
  | { do: 'hide'; mark: M }
  /** The pin changed: draw the card again. */
  | { do: 'redraw' };

export interface Step<M> {
  state: Intent<M>;
  effects: Effect<M>[];
}

export function closedIntent<M>(): Intent<M> {
  return {
    open: null,
    pending: null,
    closing: false,
    pinned: false,
    hoverMark: false,
    hoverCard: false,
    focusMark: false,
    focusCard: false,
  };
}

const held = (s: Intent<unknown>): boolean =>
  s.pinned || s.hoverMark || s.hoverCard || s.focusMark || s.focusCard;

/** Builds one step: the state changes in place on a copy, effects in the order they are due. */
class Stepper<M> {
  readonly state: Intent<M>;
  readonly effects: Effect<M>[] = [];
  constructor(from: Intent<M>) {
    this.state = { ...from };
  }

  cancelOpen(): void {
    if (this.state.pending === null) return;
    this.state.pending = null;
    this.effects.push({ do: 'stopOpen' });
  }

  cancelClose(): void {
    if (!this.state.closing) return;
    this.state.closing = false;
    this.effects.push({ do: 'stopClose' });
  }

  /** Closes after `ms` unless something holds the card open by then. */
  maybeClose(ms: number): void {
    if (this.state.open === null || held(this.state)) return;
    this.cancelClose();
    this.state.closing = true;
    this.effects.push({ do: 'waitClose', ms });
  }

  close(): void {
    this.cancelOpen();
    this.cancelClose();
    const mark = this.state.open;
    if (mark === null) return;
    Object.assign(this.state, closedIntent<M>());
    this.effects.push({ do: 'hide', mark });
  }

  open(mark: M, pin = false): void {
    this.cancelOpen();
    this.cancelClose();
    if (this.state.open !== mark) {
      this.close();
      Object.assign(this.state, closedIntent<M>(), { open: mark });
      this.effects.push({ do: 'show', mark });
    }
    if (pin && !this.state.pinned) {
      this.state.pinned = true;
      this.effects.push({ do: 'redraw' });
    }
  }
}

export function nextIntent<M>(from: Intent<M>, event: IntentEvent<M>): Step<M> {
  const step = new Stepper(from);
  const s = step.state;
  switch (event.type) {
    case 'open':
      step.open(event.mark, event.pin);
      break;
    case 'close':
      step.close();
      break;
    case 'pointerOverMark':
      if (event.ofOpen) {
        s.hoverMark = true;
        step.cancelClose();
      } else if (s.pending !== event.mark) {
        step.cancelOpen();
        s.pending = event.mark;
        step.effects.push({ do: 'waitOpen', ms: OPEN_DELAY_MS });
      }
      break;
    case 'pointerOutMark':
      if (s.pending === event.mark) step.cancelOpen();
      if (!event.ofOpen || event.toOpen) break;
      s.hoverMark = false;
      step.maybeClose(CLOSE_GRACE_MS);
      break;
    case 'focusMark':
      if (event.ofOpen) {
        s.focusMark = true;
        step.cancelClose();
      } else if (event.opens) {
        step.open(event.mark);
        s.focusMark = true;
      }
      break;
    case 'blurMark':
      s.focusMark = false;
      if (!event.intoCard) step.maybeClose(FOCUS_GRACE_MS);
      break;
    case 'pointerEnterCard':
    case 'focusCard':
      if (event.type === 'focusCard') s.focusCard = true;
      else s.hoverCard = true;
      step.cancelClose();
      break;
    case 'pointerLeaveCard':
      s.hoverCard = false;
      step.maybeClose(CLOSE_GRACE_MS);
      break;
    case 'blurCard':
      s.focusCard = false;
      step.maybeClose(FOCUS_GRACE_MS);
      break;
    case 'togglePin':
      if (s.open === null) break;
      s.pinned = !s.pinned;
      step.effects.push({ do: 'redraw' });
      if (!s.pinned) step.maybeClose(CLOSE_GRACE_MS);
      break;
    case 'openDue': {
      const mark = s.pending;
      s.pending = null;
      // A pinned card stays until closed or replaced on purpose (focus, Enter, tap).
      if (mark === null || s.pinned || !event.ready) break;
      step.open(mark);
      s.hoverMark = true;
      break;
    }
    case 'closeDue':
      s.closing = false;
      if (!held(s)) step.close();
      break;
  }
  return { state: step.state, effects: step.effects };
}
