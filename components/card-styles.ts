/**
 * The card's styles as text, for its shadow root (overlay/overlay-host.ts inlines them, never a
 * file the content script fetches): the frame and verdict, then the body, in that order.
 */
import FRAME from './card.css?inline';
import BODY from './card-sections.css?inline';

export const CARD_CSS = FRAME + BODY;
