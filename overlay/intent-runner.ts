/**
 * Runs the hover intent (utils/hover-intent.ts): holds its state and its two timers, and hands
 * showing, hiding and redrawing the card to the controller.
 */
import {
  closedIntent,
  nextIntent,
  type Effect,
  type Intent,
  type IntentEvent,
} from '@/utils/hover-intent';

export interface IntentHooks<M> {
  /** A timer that runs `run` unless the controller is gone by then. */
  later(run: () => void, ms: number): number;
  /** Whether the mark waiting to open may still open (in the page, still ours). */
  ready(mark: M): boolean;
  show(mark: M): void;
  hide(mark: M): void;
  redraw(): void;
}

export interface IntentRunner<M> {
  readonly state: Intent<M>;
  send(event: IntentEvent<M>): void;
}

export function runIntent<M>(hooks: IntentHooks<M>): IntentRunner<M> {
  let state: Intent<M> = closedIntent();
  let openTimer: number | undefined;
  let closeTimer: number | undefined;

  const run = (effect: Effect<M>): void => {
    switch (effect.do) {
      case 'waitOpen':
        clearTimeout(openTimer);
        openTimer = hooks.later(() => {
          const mark = state.pending;
          send({ type: 'openDue', ready: mark !== null && hooks.ready(mark) });
        }, effect.ms);
        return;
      case 'stopOpen':
        return clearTimeout(openTimer);
      case 'waitClose':
        clearTimeout(closeTimer);
        closeTimer = hooks.later(() => send({ type: 'closeDue' }), effect.ms);
        return;
      case 'stopClose':
        return clearTimeout(closeTimer);
      case 'show':
        return hooks.show(effect.mark);
      case 'hide':
        return hooks.hide(effect.mark);
      case 'redraw':
        return hooks.redraw();
    }
  };

  function send(event: IntentEvent<M>): void {
    const next = nextIntent(state, event);
    state = next.state;
    for (const effect of next.effects) run(effect);
  }

  return {
    get state() {
      return state;
    },
    send,
  };
}
