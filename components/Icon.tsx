/**
 * Every icon the extension draws, one stroked 16×16 path each. A status has its own shape in
 * the card, the popup and the legend alike, so that it reads without colour (WCAG 1.4.1).
 * Decorative: the words next to an icon carry its meaning.
 */
import type { Status } from '@/data/deal';

const CROSS = 'M4 4l8 8 M12 4l-8 8';

const PATHS: Record<Status | 'pin' | 'close', string> = {
  // check mark
  'in-force': 'M3 8.5l3.2 3.2L13 4.8',
  // triangle with an exclamation mark: true when published, no longer
  changed: 'M8 2.2 14.6 13.5H1.4Z M8 6.6v3.2 M8 11.8v.1',
  'out-of-date': CROSS,
  // circle struck through
  wrong: 'M8 2a6 6 0 1 1 0 12A6 6 0 0 1 8 2Z M3.8 12.2 12.2 3.8',
  // clock face and hands
  history: 'M8 2a6 6 0 1 1 0 12A6 6 0 0 1 8 2Z M8 4.8V8l2.4 1.6',
  // question mark
  unclear: 'M5.6 6a2.4 2.4 0 1 1 3.5 2.1c-.7.4-1.1.9-1.1 1.7v.5 M8 12.6v.1',
  pin: 'M6 2h4l-.6 4 2.6 2.4V10H4V8.4L6.6 6Z M8 10v4.5',
  close: CROSS,
};

export type IconName = keyof typeof PATHS;

export interface IconProps {
  name: IconName;
  class?: string;
  size?: number;
  /** Stroke width, in the 16-unit grid. */
  weight?: number;
}

export function Icon({ name, class: className, size = 16, weight = 1.8 }: IconProps) {
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
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        stroke-width={weight}
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
