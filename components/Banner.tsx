/**
 * "This article is from January 2025: 3 of its deal statements are not true today." A slim bar
 * in the bottom-left corner, clear of the page's header and of the text it opens on, with a
 * button to the statements. The visible text follows the page; screen readers hear it once,
 * through a separate polite live region that is filled a moment after it exists (a live
 * region inserted with its text already in it is often not announced).
 */
import { useEffect, useState } from 'preact/hooks';
import { Icon } from './Icon';

export interface BannerProps {
  text: string;
  /** The UI language, which may differ from the page's. */
  lang: string;
  label: string;
  dismissLabel: string;
  /** "Show them": takes the reader to the next statement that is not true today. */
  showLabel: string;
  onShow(): void;
  onDismiss(): void;
}

export function Banner({
  text,
  lang,
  label,
  dismissLabel,
  showLabel,
  onShow,
  onDismiss,
}: BannerProps) {
  const [announced, setAnnounced] = useState<string>('');
  useEffect(() => {
    // Only the first text is announced; later counts update the bar silently.
    if (announced) return undefined;
    const timer = setTimeout(() => setAnnounced(text), 250);
    return () => clearTimeout(timer);
  }, [announced, text]);

  return (
    <div class="deal-lens-banner" role="region" aria-label={label} lang={lang}>
      <p class="text">{text}</p>
      <button type="button" class="show" onClick={onShow}>
        {showLabel}
      </button>
      <button
        type="button"
        class="dismiss"
        aria-label={dismissLabel}
        title={dismissLabel}
        onClick={onDismiss}
      >
        <Icon name="close" size={14} weight={2} />
      </button>
      <div class="visually-hidden" role="status" aria-live="polite">
        {announced}
      </div>
    </div>
  );
}

/** The banner's styles, for its shadow root (px only: `rem` would follow the page's root size). */
export const BANNER_CSS = `
html, body { margin: 0; padding: 0; width: 0; height: 0; overflow: visible; }
.deal-lens-banner {
  position: fixed; bottom: 12px; left: 12px;
  z-index: 2147483646; box-sizing: border-box;
  width: max-content; max-width: min(520px, calc(100vw - 24px));
  display: flex; align-items: center; gap: 8px;
  margin: 0; padding: 6px 6px 6px 12px;
  font: 13px/1.35 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #1f2328; background: #fff7ed; border: 1px solid #c2410c; border-left-width: 4px;
  border-radius: 6px; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
}
.text { margin: 0; flex: 1; }
.show {
  all: unset; flex: none; padding: 3px 8px; border-radius: 4px; cursor: pointer;
  font-weight: 600; text-decoration: underline; text-underline-offset: 2px; color: #9a3412;
}
.show:hover { background: rgba(0, 0, 0, 0.08); }
.show:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.dismiss {
  all: unset; flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 24px; height: 24px; border-radius: 4px; cursor: pointer; color: inherit;
}
.dismiss:hover { background: rgba(0, 0, 0, 0.08); }
.dismiss:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
@media (prefers-color-scheme: dark) {
  .deal-lens-banner { color: #f3f4f6; background: #2a1d14; border-color: #fb923c; }
  .dismiss:hover, .show:hover { background: rgba(255, 255, 255, 0.12); }
  .show { color: #fdba74; }
  .show:focus-visible { outline-color: #93c5fd; }
  .dismiss:focus-visible { outline-color: #93c5fd; }
}
@media print { .deal-lens-banner { display: none; } }
`;
