/**
 * The terms a page states, one button per term: its name, its status in words and as an
 * icon (never colour alone) and how often the page mentions it. Choosing one reveals its
 * first mention in the page.
 */
import type { TermRow } from '@/utils/page-summary-view';
import { t, type UiLang } from '@/utils/i18n';
import { Icon } from './Icon';

export interface TermListProps {
  rows: readonly TermRow[];
  lang: UiLang;
  labelledBy: string;
  onReveal(row: TermRow): void;
}

export function TermList({ rows, lang, labelledBy, onReveal }: TermListProps) {
  return (
    <ul class="terms" aria-labelledby={labelledBy}>
      {rows.map((row) => (
        <li key={row.term}>
          <button
            type="button"
            class="term"
            data-term={row.term}
            data-status={row.status}
            title={t(lang, 'row.reveal', { name: row.name })}
            onClick={() => onReveal(row)}
          >
            <span class="term-name">{row.name}</span>
            <span class="term-status">
              <Icon name={row.status} class="status-icon" size={14} />
              {t(lang, `status.${row.status}`)}
            </span>
            {row.change && <span class="term-change">{t(lang, 'row.change', row.change)}</span>}
            <span class="term-count">
              {t(lang, 'row.mentions', { n: row.count })}
              {row.outdated > 0 && row.outdated < row.count
                ? ` · ${t(lang, 'row.outdated', { n: row.outdated, of: row.count })}`
                : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
