/**
 * The hover card's intent, transition by transition: what opens it, what holds it open, when it
 * closes, and the timers it asks for.
 */
import { describe, expect, it } from 'vitest';
import type { Effect, Intent, IntentEvent } from '@/utils/hover-intent';
import * as hover from '@/utils/hover-intent';

const { CLOSE_GRACE_MS, FOCUS_GRACE_MS, OPEN_DELAY_MS, closedIntent, nextIntent } = hover;

type Mark = 'a' | 'b';
type E = IntentEvent<Mark>;

/** Runs events from `start`, giving the last state and every effect, in order. */
function walk(events: E[], start: Intent<Mark> = closedIntent()) {
  let state = start;
  const effects: Effect<Mark>[] = [];
  for (const event of events) {
    const next = nextIntent(state, event);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}

const over = (mark: Mark, ofOpen = false): E => ({ type: 'pointerOverMark', mark, ofOpen });
const out = (mark: Mark, ofOpen: boolean, toOpen = false): E => ({
  type: 'pointerOutMark',
  mark,
  ofOpen,
  toOpen,
});
const due: E = { type: 'openDue', ready: true };
/** The state with `a`'s card open by hovering it. */
const hoveredA = walk([over('a'), due]).state;

describe('opening', () => {
  it('waits OPEN_DELAY_MS after the pointer rests on a mark, then opens it, held by the hover', () => {
    const rest = nextIntent(closedIntent<Mark>(), over('a'));
    expect(rest.state.pending).toBe('a');
    expect(rest.effects).toEqual([{ do: 'waitOpen', ms: OPEN_DELAY_MS }]);
    const opened = nextIntent(rest.state, due);
    expect(opened.effects).toEqual([{ do: 'show', mark: 'a' }]);
    expect(opened.state).toMatchObject({ open: 'a', pending: null, hoverMark: true });
  });

  it('does not restart the wait when the pointer moves within the same mark', () => {
    expect(nextIntent(walk([over('a')]).state, over('a')).effects).toEqual([]);
  });

  it('moves the wait to another mark, and drops it when the pointer leaves first', () => {
    expect(walk([over('a'), over('b')]).effects).toEqual([
      { do: 'waitOpen', ms: OPEN_DELAY_MS },
      { do: 'stopOpen' },
      { do: 'waitOpen', ms: OPEN_DELAY_MS },
    ]);
    const left = walk([over('a'), out('a', false)]);
    expect(left.state.pending).toBeNull();
    expect(left.effects.at(-1)).toEqual({ do: 'stopOpen' });
  });

  it('opens nothing when the mark is gone by the end of the wait', () => {
    const { state, effects } = walk([over('a'), { type: 'openDue', ready: false }]);
    expect(state).toEqual(closedIntent());
    expect(effects).toEqual([{ do: 'waitOpen', ms: OPEN_DELAY_MS }]);
  });

  it('opens at once on request, replacing another card, and pins when asked', () => {
    const { state, effects } = walk([{ type: 'open', mark: 'b', pin: true }], hoveredA);
    expect(effects).toEqual([
      { do: 'hide', mark: 'a' },
      { do: 'show', mark: 'b' },
      { do: 'redraw' },
    ]);
    expect(state).toMatchObject({ open: 'b', pinned: true, hoverMark: false });
  });

  it('keeps a pinned card when the pointer rests on another mark', () => {
    const pinned = walk([{ type: 'togglePin' }], hoveredA).state;
    const { state, effects } = walk([over('b'), due], pinned);
    expect(state.open).toBe('a');
    expect(effects).not.toContainEqual({ do: 'show', mark: 'b' });
  });

  it('opens on focus of a mark that may open, not on focus returned to it', () => {
    const focus = (opens: boolean): E => ({ type: 'focusMark', mark: 'a', ofOpen: false, opens });
    expect(walk([focus(true)]).state).toMatchObject({ open: 'a', focusMark: true });
    expect(walk([focus(false)]).state).toEqual(closedIntent());
  });
});

describe('closing', () => {
  it('closes CLOSE_GRACE_MS after the pointer leaves the mark, unless it reaches the card', () => {
    const left = nextIntent(hoveredA, out('a', true));
    expect(left.effects).toEqual([{ do: 'waitClose', ms: CLOSE_GRACE_MS }]);
    expect(nextIntent(left.state, { type: 'closeDue' }).effects).toEqual([
      { do: 'hide', mark: 'a' },
    ]);
    const inCard = walk([{ type: 'pointerEnterCard' }], left.state);
    expect(inCard.effects).toEqual([{ do: 'stopClose' }]);
    expect(walk([{ type: 'closeDue' }], inCard.state).state.open).toBe('a');
  });

  it('stays while the pointer goes on to another mark of the same mention', () => {
    expect(nextIntent(hoveredA, out('a', true, true)).effects).toEqual([]);
  });

  it('closes after the pointer leaves the card, and stays while the card has focus', () => {
    const inCard = walk([out('a', true), { type: 'pointerEnterCard' }], hoveredA).state;
    expect(nextIntent(inCard, { type: 'pointerLeaveCard' }).effects).toEqual([
      { do: 'waitClose', ms: CLOSE_GRACE_MS },
    ]);
    const focused = walk([{ type: 'focusCard' }, { type: 'pointerLeaveCard' }], inCard);
    expect(focused.effects).toEqual([]);
    expect(nextIntent(focused.state, { type: 'blurCard' }).effects).toEqual([
      { do: 'waitClose', ms: FOCUS_GRACE_MS },
    ]);
  });

  it('gives focus FOCUS_GRACE_MS to move from the mark into the card', () => {
    const focused = walk([{ type: 'focusMark', mark: 'a', ofOpen: false, opens: true }]).state;
    expect(nextIntent(focused, { type: 'blurMark', intoCard: false }).effects).toEqual([
      { do: 'waitClose', ms: FOCUS_GRACE_MS },
    ]);
    expect(nextIntent(focused, { type: 'blurMark', intoCard: true }).effects).toEqual([]);
  });

  it('never closes a pinned card on its own; unpinning starts the grace', () => {
    const pinned = walk([{ type: 'togglePin' }, out('a', true)], hoveredA);
    expect(pinned.effects).toEqual([{ do: 'redraw' }]);
    expect(nextIntent(pinned.state, { type: 'togglePin' }).effects).toEqual([
      { do: 'redraw' },
      { do: 'waitClose', ms: CLOSE_GRACE_MS },
    ]);
  });

  it('cancels a waiting close when the pointer comes back to the mark', () => {
    const left = walk([out('a', true), over('a', true)], hoveredA);
    expect(left.effects.at(-1)).toEqual({ do: 'stopClose' });
    expect(left.state).toMatchObject({ open: 'a', hoverMark: true, closing: false });
  });

  it('closes on request, stopping both timers, and forgets every hold', () => {
    const busy = walk([out('a', true), over('b')], hoveredA).state;
    const { state, effects } = nextIntent(busy, { type: 'close' });
    expect(effects).toEqual([{ do: 'stopOpen' }, { do: 'stopClose' }, { do: 'hide', mark: 'a' }]);
    expect(state).toEqual(closedIntent());
    expect(nextIntent(state, { type: 'close' }).effects).toEqual([]);
  });
});
