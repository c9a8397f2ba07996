/**
 * Where this content script runs: the top page or a frame of it. A frame is on only where its
 * top page is, and an embedded article is judged as of the page that carries it.
 */
import { isActiveOn, type Settings } from '@/utils/settings';
import { detectPageDate } from './page-date';

/** Whether this script runs in the top frame (the tab's page) rather than in a frame of it. */
export const inTopFrame = (): boolean => window === window.top;

/**
 * The top page, when this frame may read it (same origin); null in the top frame, and in a
 * frame of another origin (reading it throws).
 */
function topDocument(): Document | null {
  if (inTopFrame()) return null;
  try {
    return window.top?.document ?? null;
  } catch {
    return null;
  }
}

/**
 * The sites this script's page is on, as the per-site switch names them: its own, and, in a
 * frame, the top page's as far as it can be known (Chromium tells a frame its ancestors'
 * origins; Firefox does not, and a frame of another origin there knows only its own).
 */
function sitesHere(): string[] {
  const sites = [location.hostname];
  if (inTopFrame()) return sites;
  const top = topDocument()?.location.hostname;
  const origins = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  const ancestor = origins && origins.length > 0 ? origins.item(origins.length - 1) : null;
  const host = top ?? (ancestor ? hostnameOf(ancestor) : undefined);
  if (host && host !== location.hostname) sites.push(host);
  return sites;
}

function hostnameOf(origin: string): string | undefined {
  try {
    return new URL(origin).hostname;
  } catch {
    return undefined;
  }
}

/** Deal Lens is on here: on for this frame's site and for its top page's (switched off on either, off). */
export const activeHere = (settings: Settings): boolean =>
  sitesHere().every((site) => isActiveOn(settings, site));

/**
 * The page's publication date; in a frame that states none, its top page's when readable
 * (an embedded article is judged as of the page that carries it).
 */
export function datePublished(): string | null {
  const own = detectPageDate(document, location.href)?.date ?? null;
  if (own !== null) return own;
  const top = topDocument();
  return top ? (detectPageDate(top, top.location.href)?.date ?? null) : null;
}
