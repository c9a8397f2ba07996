import type { TargetedKeyboardEvent } from 'preact';

/** A dialog's keydown handler: Esc closes it, and goes no further (the page never sees it). */
export function closeOnEscape(onClose: () => void) {
  return (event: TargetedKeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
}
