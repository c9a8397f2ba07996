/**
 * Where a card goes: next to what it speaks of (a mark, or a selection's boxes), below unless
 * there is more room above, inside the viewport; a tall card scrolls inside rather than running
 * off the screen (card.css caps it at --dl-available-height). Used by the mark card and the
 * selection card alike.
 */
import {
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type ReferenceElement,
} from '@floating-ui/dom';

/** Below this, the card flips or overflows rather than shrinking into a slit. */
const MIN_CARD_HEIGHT = 160;

/** Resolves with the card's position, once written to its style (and `data-placing` gone). */
export async function placeCard(
  reference: ReferenceElement,
  card: HTMLElement,
  opts: { pointer?: { x: number; y: number } | null; still?: () => boolean } = {},
): Promise<void> {
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(8),
      inline(opts.pointer ?? undefined),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableHeight, elements }) {
          const height = Math.max(MIN_CARD_HEIGHT, Math.floor(availableHeight));
          elements.floating.style.setProperty('--dl-available-height', `${height}px`);
        },
      }),
    ],
  });
  // The card may have moved on to another mark meanwhile.
  if (opts.still && !opts.still()) return;
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
  card.removeAttribute('data-placing');
}
