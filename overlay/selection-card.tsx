/**
 * The card for text the reader selected and asked about ("Check with Deal Lens"): placed by the
 * selection, open until the reader closes it (✕, Esc, a click elsewhere), in a shadow root of
 * its own. What it shows comes from utils/selection-check.ts.
 */
import { autoUpdate } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card } from '@/components/Card';
import { TermPicker } from '@/components/TermPicker';
import type { SelectionAnswer } from '@/utils/selection-check';
// Inlined, not a file the content script fetches: see overlay-host.ts.
import { CARD_CSS } from '@/components/card-styles';
import { copyText } from './copy-text';
import { createOverlayHost } from './overlay-host';
import { placeCard } from './place-card';

export interface SelectionCard {
  /** Shows `answer` by `range` (a copy is kept: the reader may select elsewhere meanwhile). */
  open(range: Range, answer: SelectionAnswer): void;
  close(): void;
}

export function createSelectionCard(ctx: ContentScriptContext): SelectionCard {
  const ui = createOverlayHost(ctx, 'deal-lens-selection', CARD_CSS);
  const { host, container } = ui;
  const shadow = host.shadowRoot!;
  let stopPlacing: (() => void) | null = null;
  /** Where focus was before the card took it, to give it back. */
  let before: HTMLElement | null = null;

  const close = (): void => {
    if (!host.isConnected) return;
    stopPlacing?.();
    stopPlacing = null;
    render(null, container);
    ui.remove();
    if (before?.isConnected) before.focus({ preventScroll: true });
    before = null;
  };

  const place = (range: Range): void => {
    const card = container.querySelector<HTMLElement>('[role="dialog"]');
    if (!card) return;
    card.setAttribute('data-placing', '');
    // A virtual element: the selection's own boxes, followed while the page scrolls.
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const update = () => void placeCard(reference, card);
    stopPlacing?.();
    stopPlacing = autoUpdate(reference, card, update);
    card.focus({ preventScroll: true });
  };

  const show = (range: Range, answer: SelectionAnswer): void => {
    if (!host.isConnected) ui.mount();
    render(
      'model' in answer ? (
        <Card
          model={answer.model}
          pinned
          onClose={close}
          onCopy={(text) => copyText(text, shadow)}
        />
      ) : (
        <TermPicker
          model={answer.picker}
          onClose={close}
          onPick={(term) => show(range, { model: answer.pick(term) })}
        />
      ),
      container,
    );
    place(range);
  };

  // A click elsewhere closes it; keys typed in it stay in it. The reader's own input only.
  const listeners = new AbortController();
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (event.isTrusted && host.isConnected && !event.composedPath().includes(host)) close();
    },
    { capture: true, signal: listeners.signal },
  );
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    container.addEventListener(type, (event) => event.stopPropagation(), {
      signal: listeners.signal,
    });
  }
  ctx.onInvalidated(() => {
    close();
    listeners.abort();
  });

  return {
    open(range, answer) {
      before ??= document.activeElement instanceof HTMLElement ? document.activeElement : null;
      show(range.cloneRange(), answer);
    },
    close,
  };
}
