/**
 * The terms a page states, one button per term: its name, its status in words and as an
 * icon (never colour alone) and how often the page mentions it. Choosing one reveals its
 * first mention in the page.
 */
import type { Status } from '@/data/deal';
import type { TermRow } from '@/utils/page-summary-view';
import type { PopupStrings } from './popup-strings';

export interface TermListProps {
  rows: readonly TermRow[];
  strings: PopupStrings;
  labelledBy: string;
  onReveal(row: TermRow): void;
}

export function TermList({ rows, strings, labelledBy, onReveal }: TermListProps) {
  return (
    <ul class="terms" aria-labelledby={labelledBy}>
      {rows.map((row) => (
        <li key={row.term}>
          <button
            type="button"
            class="term"
            data-term={row.term}
            data-status={row.status}
            title={strings.reveal(row.name)}
            onClick={() => onReveal(row)}
          >
            <span class="term-name">{row.name}</span>
            <span class="term-status">
              <StatusIcon status={row.status} />
              {strings.status[row.status]}
            </span>
            <span class="term-count">
              {strings.mentions(row.count)}
              {row.outdated > 0 && row.outdated < row.count
                ? ` · ${strings.rowOutdated(row.outdated, row.count)}`
                : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A shape per status, so the status reads without colour: check, cross, clock, question mark. */
export function StatusIcon({ status }: { status: Status }) {
  return (
    <svg
      class="status-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {status === 'current' && (
        <path d="M3 8.5l3.2 3L13 4.5" fill="none" stroke="currentColor" stroke-width="2" />
      )}
      {status === 'superseded' && (
        <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="2" />
      )}
      {status === 'wrong' && (
        <g fill="none" stroke="currentColor" stroke-width="1.6">
          <circle cx="8" cy="8" r="5.8" />
          <path d="M3.9 12.1 12.1 3.9" />
        </g>
      )}
      {status === 'history' && (
        <g fill="none" stroke="currentColor" stroke-width="1.6">
          <circle cx="8" cy="8" r="5.8" />
          <path d="M8 4.5V8l2.5 1.8" />
        </g>
      )}
      {status === 'unknown' && (
        <g fill="none" stroke="currentColor" stroke-width="1.8">
          <path d="M5.6 6a2.4 2.4 0 1 1 3.4 2.2c-.7.3-1 .8-1 1.6V10.5" />
          <path d="M8 12.6v1" />
        </g>
      )}
    </svg>
  );
}
