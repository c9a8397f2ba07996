/**
 * What each highlight means: a sample of the mark as pages show it (utils/mark-look.ts), its
 * icon, its name and one line of meaning. In the popup and on the options page.
 */
import { STATUSES } from '@/data/deal';
import { markCss } from '@/utils/mark-look';
import { t, type UiLang } from '@/utils/i18n';
import { Icon } from './Icon';
import './legend.css';

export function Legend({ lang }: { lang: UiLang }) {
  // The samples in the palette a page of the popup's own scheme would get.
  const scheme = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return (
    <details class="legend">
      <summary>{t(lang, 'legend.heading')}</summary>
      <dl>
        {STATUSES.map((status) => (
          <div class="legend-row" data-status={status} key={status}>
            <dt>
              <span class="legend-sample" style={markCss('background', status, scheme)}>
                {t(lang, 'legend.sample')}
              </span>
              <Icon name={status} class="status-icon" size={14} />
              {t(lang, `status.${status}`)}
            </dt>
            <dd>{t(lang, `legend.${status}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
