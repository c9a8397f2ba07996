/**
 * In-page readers for the pages that never stop changing (tests/fixtures/hazards/churn-*.html),
 * run in the page's own world by the shared scenarios: what was marked before the churn, and
 * what of it is still there, the very same elements, after.
 */

interface ChurnWindow {
  churnMarks?: HTMLElement[];
  churnFocused?: HTMLElement;
  churned?: number;
  addStatement?: () => string;
}

/**
 * Remembers the article's marks and focuses one of them, which opens its card; returns how
 * many marks there were and the focused mark's text.
 */
export function rememberMarks(): { marks: number; churned: number } {
  const w = window as unknown as ChurnWindow;
  w.churnMarks = [...document.querySelectorAll<HTMLElement>('#article mark.dealterm')];
  w.churnFocused = document.querySelector<HTMLElement>('#article mark.dealterm[tabindex="0"]')!;
  w.churnFocused.focus();
  return { marks: w.churnMarks.length, churned: w.churned ?? 0 };
}

export interface ChurnState {
  /** The page's churn steps so far. */
  churned: number;
  /** Marks remembered, and how many of them are still in the page, the same elements. */
  before: number;
  same: number;
  /** Whether the focused mark still has the focus, and its card is open beside it. */
  focused: boolean;
  cardOpen: boolean;
  /** Distance in pixels between the card's nearer edge and the mark's. */
  cardGap: number | null;
}

/** What is left, the same, of what `rememberMarks` saw. */
export function churnState(): ChurnState {
  const w = window as unknown as ChurnWindow;
  const marks = w.churnMarks ?? [];
  const mark = w.churnFocused!;
  const dialog = document
    .querySelector('deal-lens-card')
    ?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
  const card = dialog?.getBoundingClientRect();
  const open =
    !!card &&
    card.width > 0 &&
    card.height > 0 &&
    getComputedStyle(dialog!).visibility !== 'hidden';
  const at = mark.getBoundingClientRect();
  return {
    churned: w.churned ?? 0,
    before: marks.length,
    same: marks.filter((m) => m.isConnected && m.matches('#article mark.dealterm')).length,
    focused: document.activeElement === mark,
    cardOpen: open && mark.getAttribute('aria-expanded') === 'true',
    cardGap: open
      ? Math.min(Math.abs(card!.top - at.bottom), Math.abs(at.top - card!.bottom))
      : null,
  };
}

/** Has the page add a deal statement; returns its id. */
export function addStatement(): string {
  return (window as unknown as ChurnWindow).addStatement!();
}
