/**
 * Where the facts come from. Links open in a new tab without giving the page a handle on it
 * (`noopener noreferrer`); reported sources say so in words.
 */
import { useId } from 'preact/hooks';
import type { SourceGroup } from '@/utils/card-model';
import { t, type UiLang } from '@/utils/i18n';

export interface SourcesProps {
  groups: readonly SourceGroup[];
  lang: UiLang;
}

export function Sources({ groups, lang }: SourcesProps) {
  const id = useId();
  if (groups.length === 0) return null;
  return (
    <>
      {groups.map((group, i) => (
        <section key={group.heading} class="dl-section" aria-labelledby={`${id}-${i}`}>
          <h3 id={`${id}-${i}`} class="dl-h3">
            {group.heading}
          </h3>
          <ul class="dl-sources">
            {group.sources.map((source) => (
              <li key={source.id} class="dl-source">
                <a class="dl-link" href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                  <span class="dl-visually-hidden"> {t(lang, 'sources.newTab')}</span>
                </a>
                <span class="dl-source-meta">
                  {source.outlet} · {source.date}
                  {source.basis === 'official' && <> · {source.basisLabel}</>}
                </span>
                {source.basis === 'reported' && (
                  <span class="dl-tag dl-tag-reported">{source.basisLabel}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
