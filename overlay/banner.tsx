/**
 * The banner (what on the page is not true today), in a shadow root in the bottom-left corner:
 * it never shifts the page's layout, never takes focus, stays clear of the page's header and of
 * the card (hidden while one is open), and once dismissed stays away for this page (the wiring
 * remembers it across visits).
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Banner, BANNER_CSS } from '@/components/Banner';
import { formatDate, t, type UiLang } from '@/utils/i18n';
import type { PageSummary } from '@/utils/summary';
import { createOverlayHost, type OverlayHost } from './overlay-host';

export interface BannerController {
  /** Hides the banner while something of ours (the card) needs the room; shows it again after. */
  setCovered(covered: boolean): void;
  /** Shows, updates or hides the banner for the page's current summary. */
  update(summary: PageSummary): void;
  /**
   * Makes ready what `update` would show, without touching the page until `draw`: a change of
   * the page in the same task as other changes costs no rendering update of its own.
   */
  prepare(summary: PageSummary): void;
  /** Shows (or hides) what was last prepared. */
  draw(): void;
  destroy(): void;
}

export interface BannerOptions {
  lang(): UiLang;
  /** Whether the reader dismissed the banner on this page (now or on an earlier visit). */
  dismissed?(): boolean;
  onDismiss?(): void;
  /** Takes the reader to the next statement that is not true today. */
  onShow?(): void;
}

/** What the banner says, or null when it has nothing to say. Pure, for tests. */
export function bannerText(summary: PageSummary, lang: UiLang): string | null {
  // The same count as the badge and the popup: statements not true today.
  if (summary.outdated === 0) return null;
  const month = summary.pageDate ? formatDate(summary.pageDate, lang, 'month') : null;
  const n = summary.outdated;
  return month ? t(lang, 'banner.dated', { month, n }) : t(lang, 'banner.undated', { n });
}

export function createBanner(ctx: ContentScriptContext, opts: BannerOptions): BannerController {
  /** Built on first use, then put in and taken out of the page as the banner comes and goes. */
  let overlay: OverlayHost | null = null;
  let mounted = false;
  let destroyed = false;
  /** The address the reader dismissed the banner on. */
  let dismissedAt: string | null = null;
  /** What the banner should say now; null = hidden. */
  let text: string | null = null;
  /** The text the banner's host holds, rendered but maybe not yet in the page. */
  let rendered: string | null = null;
  let count = 0;
  let covered = false;

  const hide = () => {
    if (overlay && (mounted || rendered !== null)) {
      render(null, overlay.container);
      overlay.remove();
    }
    rendered = null;
    mounted = false;
  };
  const isDismissed = () => dismissedAt === location.href || (opts.dismissed?.() ?? false);
  const dismiss = () => {
    dismissedAt = location.href;
    text = null;
    hide();
    opts.onDismiss?.();
  };
  /** Renders `text` into the banner's host, in the page or not. */
  const build = (shown: string): OverlayHost => {
    overlay ??= createOverlayHost(ctx, 'deal-lens-banner', BANNER_CSS);
    const lang = opts.lang();
    render(
      <Banner
        text={shown}
        lang={lang}
        label={t(lang, 'banner.label')}
        dismissLabel={t(lang, 'banner.dismiss')}
        showLabel={t(lang, 'banner.show', { n: count })}
        onShow={() => opts.onShow?.()}
        onDismiss={dismiss}
      />,
      overlay.container,
    );
    rendered = shown;
    return overlay;
  };
  const draw = () => {
    if (destroyed || ctx.isInvalid) return;
    if (text === null || covered) return hide();
    const host = rendered === text && overlay ? overlay : build(text);
    if (!mounted) {
      host.mount();
      mounted = true;
    }
  };
  const prepare = (summary: PageSummary) => {
    if (destroyed) return;
    count = summary.outdated;
    text = isDismissed() ? null : bannerText(summary, opts.lang());
    // Out of the page, the host is built and rendered now, so that `draw` only puts it in: its
    // first render (a shadow root, its style sheet, the component) took a few milliseconds of
    // the first write slice. In the page, it is rendered by `draw`, with the marks.
    if (text !== null && !mounted && !ctx.isInvalid) build(text);
  };

  return {
    update(summary) {
      prepare(summary);
      draw();
    },
    prepare,
    draw,
    setCovered(next) {
      if (covered === next) return;
      covered = next;
      draw();
    },
    destroy() {
      destroyed = true;
      text = null;
      hide();
      overlay = null;
    },
  };
}
