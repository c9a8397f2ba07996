/**
 * The terms a page states, one button per term: its name, its status in words and as an
 * icon (never colour alone) and how often the page mentions it. Choosing one reveals its
 * first mention in the page.
 */
import type { TermRow } from '@/utils/page-summary-view';
import type { PopupStrings } from './popup-strings';
import { Icon } from './Icon';

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
              <Icon name={row.status} class="status-icon" size={14} />
              {strings.status[row.status]}
            </span>
            {row.change && (
              <span class="term-change">{strings.change(row.change.page, row.change.today)}</span>
            )}
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
