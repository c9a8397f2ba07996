/** Takes the reader to a mark: scrolls it into view (smoothly, unless they asked for less motion), then opens its card. */
import type { CardController } from './card';

/** Resolves whether the card opened (the mark may leave the page meanwhile). */
export async function revealMark(mark: HTMLElement, cards: CardController): Promise<boolean> {
  const box = mark.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) {
    // Open the card once the scroll has ended: the card closes itself for a mark far out of
    // view, which the mark still is while a smooth scroll starts.
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const scrolled = new Promise<void>((done) => {
      const timer = setTimeout(done, 1_000); // a nested scroller's scrollend never reaches window
      const ended = () => {
        clearTimeout(timer);
        done();
      };
      addEventListener('scrollend', ended, { once: true });
    });
    mark.scrollIntoView({ block: 'center', behavior: still ? 'instant' : 'smooth' });
    if (!still) await scrolled;
  }
  if (!mark.isConnected) return false;
  cards.open(mark, { pinned: true, focus: true });
  return true;
}
