/**
 * The toolbar popup: what the page in the tab states about the deal. Everything it needs from
 * the browser comes through `PopupApi`, so the popup renders the same in a test as in Chromium.
 */
import { useEffect, useState } from 'preact/hooks';
import { todayIso, type Deal } from '@/data/deal';
import { formatDate, t, type UiLang } from '@/utils/i18n';
import { staleFactsAge } from '@/utils/facts-age';
import type { SummaryReply } from '@/utils/messages';
import { summaryView, type TermRow } from '@/utils/page-summary-view';
import type { Settings } from '@/utils/settings';
import { Legend } from './Legend';
import { TermList } from './TermList';
import { useSettings } from './use-settings';

/** The content script's reply; `hostname` names the page's site (for the per-site switch). */
export type PopupReply = SummaryReply & { hostname?: string };

export interface PopupApi {
  /** The tab's summary. Rejects when no content script runs there (browser or store pages). */
  getSummary(): Promise<PopupReply>;
  /** Later summaries of the same tab, as the content script reports them. Returns an unsubscribe. */
  onSummary(listener: (reply: PopupReply) => void): () => void;
  loadSettings(): Promise<Settings>;
  watchSettings(listener: (settings: Settings) => void): () => void;
  setSiteEnabled(hostname: string, on: boolean): Promise<void>;
  /** Asks the tab to scroll to a mention and open its card. */
  reveal(mention: string): Promise<void>;
  /** Asks the tab to open its next (1) or previous (-1) statement not true today. */
  step(direction: 1 | -1): Promise<void>;
  openOptions(): void;
  close(): void;
}

export interface PopupProps {
  api: PopupApi;
  deal: Deal;
  lang: UiLang;
  /** The day the facts' age is counted to (today by default). */
  today?: string;
}

/** "Facts checked as of …", or, past 60 days, how long ago and that changes may be missing. */
function checkedLine(deal: Deal, lang: UiLang, today: string): string {
  const ago = staleFactsAge(deal.checkedAsOf, today, lang);
  return ago
    ? t(lang, 'checked.stale', { ago })
    : t(lang, 'checked', { date: formatDate(deal.checkedAsOf, lang) });
}

type Load = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'ready'; reply: PopupReply };

export function Popup({ api, deal, lang, today }: PopupProps) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [settings] = useSettings(
    () => api.loadSettings(),
    (listener) => api.watchSettings(listener),
    api,
  );

  useEffect(() => {
    let live = true;
    const ready = (reply: PopupReply) => live && setLoad({ kind: 'ready', reply });
    // Subscribe first: a scan that ends while we ask must not be missed.
    const unsubscribe = api.onSummary(ready);
    api.getSummary().then(ready, () => live && setLoad({ kind: 'unsupported' }));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);

  const reveal = (row: TermRow) => {
    void api
      .reveal(row.firstOutdated ?? row.firstMention)
      .catch(() => undefined)
      .finally(() => api.close());
  };

  return (
    <main class="popup" aria-labelledby="popup-title">
      <header class="popup-header">
        <h1 id="popup-title">{t(lang, 'popup.title')}</h1>
        {load.kind === 'ready' && (
          <p class="page-date">
            {load.reply.summary.pageDate
              ? t(lang, 'popup.published', {
                  date: formatDate(load.reply.summary.pageDate, lang),
                })
              : t(lang, 'popup.pageDateUnknown')}
          </p>
        )}
      </header>
      <Body
        load={load}
        settings={settings}
        deal={deal}
        lang={lang}
        onReveal={reveal}
        onStep={(direction) =>
          void api
            .step(direction)
            .catch(() => undefined)
            .finally(() => api.close())
        }
      />
      {load.kind === 'ready' && load.reply.hostname && (
        <SiteSwitch
          hostname={load.reply.hostname}
          on={!settings?.disabledSites.includes(load.reply.hostname)}
          disabled={settings === null}
          lang={lang}
          onChange={(on) => void api.setSiteEnabled(load.reply.hostname!, on)}
        />
      )}
      <Legend lang={lang} />
      <footer class="popup-footer">
        <p class="checked">{checkedLine(deal, lang, today ?? todayIso())}</p>
        <button type="button" class="link" onClick={() => api.openOptions()}>
          {t(lang, 'popup.settings')}
        </button>
      </footer>
    </main>
  );
}

interface BodyProps {
  load: Load;
  settings: Settings | null;
  deal: Deal;
  lang: UiLang;
  onReveal(row: TermRow): void;
  onStep(direction: 1 | -1): void;
}

function Body({ load, settings, deal, lang, onReveal, onStep }: BodyProps) {
  if (load.kind === 'loading') return <Note kind="loading" text={t(lang, 'popup.loading')} live />;
  if (load.kind === 'unsupported')
    return <Note kind="unsupported" text={t(lang, 'popup.unsupported')} />;
  const { reply } = load;
  if (reply.state === 'error') return <Note kind="error" text={t(lang, 'popup.failed')} />;
  if (reply.state === 'off') {
    return (
      <Note
        kind="off"
        text={t(lang, settings && !settings.enabled ? 'popup.offEverywhere' : 'popup.offHere')}
      />
    );
  }
  const view = summaryView(reply.summary, deal, lang);
  if (view.rows.length === 0) {
    return reply.state === 'scanning' ? (
      <Note kind="loading" text={t(lang, 'popup.scanning')} live />
    ) : (
      <Note kind="empty" text={t(lang, 'popup.empty')} />
    );
  }
  return (
    <section class="summary" aria-labelledby="terms-heading">
      <p
        class={view.outdated > 0 ? 'outdated has-outdated' : 'outdated'}
        data-outdated={view.outdated}
      >
        {t(lang, view.outdated === 0 ? 'popup.outdatedNone' : 'popup.outdated', {
          n: view.outdated,
          of: view.mentions,
        })}
      </p>
      {view.outdated > 0 && (
        <p class="steps">
          <button type="button" class="link" onClick={() => onStep(1)}>
            {t(lang, 'popup.stepNext')}
          </button>{' '}
          <span class="hint">{t(lang, 'popup.stepKeys')}</span>
        </p>
      )}
      <h2 id="terms-heading">{t(lang, 'popup.termsHeading')}</h2>
      <TermList rows={view.rows} lang={lang} labelledBy="terms-heading" onReveal={onReveal} />
      {reply.state === 'scanning' && <Note kind="loading" text={t(lang, 'popup.scanning')} live />}
    </section>
  );
}

function Note({ kind, text, live = false }: { kind: string; text: string; live?: boolean }) {
  return (
    <p class={`note note-${kind}`} data-state={kind} role={live ? 'status' : undefined}>
      {text}
    </p>
  );
}

interface SiteSwitchProps {
  hostname: string;
  on: boolean;
  disabled: boolean;
  lang: UiLang;
  onChange(on: boolean): void;
}

function SiteSwitch({ hostname, on, disabled, lang, onChange }: SiteSwitchProps) {
  return (
    <div class="site">
      <input
        id="site-switch"
        type="checkbox"
        role="switch"
        checked={on}
        disabled={disabled}
        aria-describedby="site-host"
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for="site-switch">{t(lang, 'popup.siteSwitch')}</label>
      <span id="site-host" class="site-host">
        {hostname}
      </span>
    </div>
  );
}
