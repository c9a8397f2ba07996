/**
 * Every version of the term, oldest first: date, statement in full, and in words whether it is
 * reported, stated in this passage, or in force now.
 */
import { useId } from 'preact/hooks';
import type { TimelineEntry } from '@/utils/card-model';
import { t, type UiLang } from '@/utils/i18n';

export interface TimelineProps {
  entries: readonly TimelineEntry[];
  lang: UiLang;
}

export function Timeline({ entries, lang }: TimelineProps) {
  const headingId = useId();
  if (entries.length === 0) return null;
  return (
    <section class="dl-section" aria-labelledby={headingId}>
      <h3 id={headingId} class="dl-h3">
        {t(lang, 'timeline.heading')}
      </h3>
      <ol class="dl-timeline">
        {entries.map((entry) => (
          <li
            key={entry.id}
            class="dl-tl-item"
            data-stated={entry.stated ? '' : undefined}
            data-in-force={entry.inForce ? '' : undefined}
          >
            <time class="dl-tl-date" dateTime={entry.isoDate}>
              {entry.date}
            </time>
            {/* In full: the timeline sits behind "Details", where there is room to read. */}
            <span class="dl-tl-text">{entry.full ?? entry.statement}</span>
            {(entry.basis === 'reported' || entry.stated || entry.inForce) && (
              <span class="dl-tags">
                {entry.basis === 'reported' && (
                  <span class="dl-tag dl-tag-reported">{entry.basisLabel}</span>
                )}
                {entry.stated && (
                  <span class="dl-tag dl-tag-stated">{t(lang, 'timeline.stated')}</span>
                )}
                {entry.inForce && (
                  <span class="dl-tag dl-tag-now">{t(lang, 'timeline.inForce')}</span>
                )}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
