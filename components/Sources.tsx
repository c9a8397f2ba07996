/**
 * Where the facts come from. Links open in a new tab without giving the page a handle on it
 * (`noopener noreferrer`); reported sources say so in words.
 *
 * No lookup before a click: Firefox resolves the host of every `<a href>` an http page shows
 * (DNS prefetch), shadow roots included, and the page's `x-dns-prefetch-control` is the page's,
 * not ours. So a source link carries its address in `data-href` and gets its `href` only when the
 * reader reaches for it: pointer down (any button: a click, a middle click, the context menu),
 * Enter, or the context-menu key; or the click itself (assistive technology may send just a
 * click): an `a` element's activation behaviour reads `href` after the click's listeners ran.
 */
import { useId } from 'preact/hooks';
import type { CardSource, SourceGroup } from '@/utils/card-model';
import { t, type UiLang } from '@/utils/i18n';

/** Gives a source link its address, once the reader reaches for it. */
function arm(link: HTMLAnchorElement): void {
  const url = link.dataset.href;
  if (url && link.getAttribute('href') !== url) link.setAttribute('href', url);
}

const onReach = (event: Event) => void arm(event.currentTarget as HTMLAnchorElement);
const onKey = (event: KeyboardEvent) => {
  if (event.key === 'Enter' || event.key === 'ContextMenu')
    arm(event.currentTarget as HTMLAnchorElement);
};

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
                <SourceLink source={source} lang={lang} />
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

/** One source's link: its address given only when the reader reaches for it (see above). */
export function SourceLink({
  source,
  lang,
  label,
}: {
  source: CardSource;
  lang: UiLang;
  label?: string;
}) {
  return (
    <a
      class="dl-link"
      role="link"
      tabIndex={0}
      data-href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      onPointerDown={onReach}
      onContextMenu={onReach}
      onKeyDown={onKey}
      onClick={onReach}
    >
      {label ?? source.title}
      <span class="dl-visually-hidden"> {t(lang, 'sources.newTab')}</span>
    </a>
  );
}
