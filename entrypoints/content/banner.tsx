/**
 * The "this article predates changes" banner, in a shadow root over the top of the page: it
 * never shifts the page's layout, never takes focus, and once dismissed stays away for this
 * page (in memory: a new article on a single-page site may show it again).
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { Banner, BANNER_CSS } from '@/components/Banner';
import { popupStrings } from '@/components/popup-strings';
import type { Deal } from '@/data/deal';
import { formatDate, type UiLang } from '@/utils/i18n';
import { OWN_UI_ATTR } from '@/utils/mention';
import { termsChangedSince } from '@/utils/page-summary-view';
import type { PageSummary } from '@/utils/summary';

export interface BannerController {
  /** Shows, updates or hides the banner for the page's current summary. */
  update(summary: PageSummary, deal: Deal, today: string): void;
  /**
   * Makes ready what `update` would show, without touching the page until `draw`: a change of
   * the page in the same task as other changes costs no rendering update of its own.
   */
  prepare(summary: PageSummary, deal: Deal, today: string): void;
  /** Shows (or hides) what was last prepared, now if it is ready, else as soon as it is. */
  draw(): void;
  /** Settles once the host has been built (at once if it is not built `early`). */
  built: Promise<void>;
  destroy(): void;
}

export interface BannerOptions {
  lang(): UiLang;
  /** Build the host off the page at once (see `built`), so that a draw need not wait for it. */
  early?: boolean;
  onDismiss?(): void;
}

/** What the banner says, or null when it has nothing to say. Pure, for tests. */
export function bannerText(
  summary: PageSummary,
  deal: Deal,
  today: string,
  lang: UiLang,
): string | null {
  if (!summary.pageDate) return null;
  const changed = termsChangedSince(summary, deal, today).length;
  if (changed === 0) return null;
  return popupStrings(lang).banner(formatDate(summary.pageDate, lang, 'month'), changed);
}

export function createBanner(ctx: ContentScriptContext, opts: BannerOptions): BannerController {
  /** Created on first use (or at once, `early`), then mounted and removed as the banner comes and goes. */
  let root: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let creating = false;
  let mounted = false;
  let destroyed = false;
  /** The address the reader dismissed the banner on. */
  let dismissedAt: string | null = null;
  /** What the banner should say now; null = hidden. */
  let text: string | null = null;

  const hide = () => {
    if (mounted) root?.remove();
    mounted = false;
  };
  const dismiss = () => {
    dismissedAt = location.href;
    text = null;
    hide();
    opts.onDismiss?.();
  };
  /** Whether `draw` was asked for: the host's creation, when it ends, draws then. */
  let wanted = false;
  const draw = () => {
    wanted = true;
    if (destroyed || ctx.isInvalid) return;
    if (text === null) return hide();
    if (!root) {
      void create();
      return;
    }
    if (!mounted) {
      root.mount();
      mounted = true;
    }
    const lang = opts.lang();
    const strings = popupStrings(lang);
    render(
      <Banner
        text={text}
        lang={lang}
        label={strings.bannerLabel}
        dismissLabel={strings.dismiss}
        onDismiss={dismiss}
      />,
      root.uiContainer,
    );
  };
  /** Builds the host and its shadow root, off the page (it goes in at the first draw). */
  const create = (): Promise<void> => {
    if (root || creating) return Promise.resolve();
    creating = true;
    return createShadowRootUi<HTMLElement>(ctx, {
      name: 'deal-lens-banner',
      // Overlay: WXT gives the host zero size at the end of <body>; the bar is position: fixed.
      position: 'overlay',
      anchor: 'body',
      append: 'last',
      css: BANNER_CSS,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then(
      (created) => {
        creating = false;
        // The scanner never looks inside our own UI.
        created.shadowHost.setAttribute(OWN_UI_ATTR, '');
        root = created;
        if (wanted) draw();
      },
      () => {
        creating = false;
      },
    );
  };
  const prepare = (summary: PageSummary, deal: Deal, today: string) => {
    if (destroyed) return;
    text = dismissedAt === location.href ? null : bannerText(summary, deal, today, opts.lang());
    if (text !== null) create();
  };

  const built = opts.early ? create() : Promise.resolve();

  return {
    update(summary, deal, today) {
      prepare(summary, deal, today);
      draw();
    },
    prepare,
    draw,
    built,
    destroy() {
      destroyed = true;
      text = null;
      hide();
      root = null;
    },
  };
}
