/**
 * One shape per status, in the card, the popup and the legend alike, so that a status reads
 * without colour (WCAG 1.4.1). Decorative: the words next to it carry the meaning.
 */
import type { Status } from '@/data/deal';

const PATHS: Record<Status, string> = {
  // check mark
  'in-force': 'M3 8.5l3.2 3.2L13 4.8',
  // triangle with an exclamation mark: true when published, no longer
  changed: 'M8 2.2 14.6 13.5H1.4Z M8 6.6v3.2 M8 11.8v.1',
  // cross
  'out-of-date': 'M4 4l8 8 M12 4l-8 8',
  // circle struck through
  wrong: 'M8 2a6 6 0 1 1 0 12A6 6 0 0 1 8 2Z M3.8 12.2 12.2 3.8',
  // clock face and hands
  history: 'M8 2a6 6 0 1 1 0 12A6 6 0 0 1 8 2Z M8 4.8V8l2.4 1.6',
  // question mark
  unclear: 'M5.6 6a2.4 2.4 0 1 1 3.5 2.1c-.7.4-1.1.9-1.1 1.7v.5 M8 12.6v.1',
};

export function StatusIcon({
  status,
  class: className,
  size = 16,
}: {
  status: Status;
  class: string;
  size?: number;
}) {
  return (
    <svg
      class={className}
      viewBox="0 0 16 16"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[status]}
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
