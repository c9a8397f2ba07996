/**
 * The card's status: words, an icon and a colour together, so that no one depends on colour
 * alone (WCAG 1.4.1). The icon is decorative; the label carries the meaning.
 */
import type { Status } from '@/data/deal';
import { Icon } from './Icon';

export interface StatusBadgeProps {
  kind: Status;
  label: string;
}

export function StatusBadge({ kind, label }: StatusBadgeProps) {
  return (
    <p class="dl-badge" data-kind={kind}>
      <Icon name={kind} class="dl-icon" />
      <span class="dl-badge-label">{label}</span>
    </p>
  );
}
