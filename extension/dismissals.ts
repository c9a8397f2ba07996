/**
 * Pages where the reader dismissed the banner, remembered across visits (storage.local, this
 * machine only). Kept as SHA-256 digests of the page's address without its query and fragment:
 * what is stored says nothing readable about where the reader has been.
 */
import { storage } from 'wxt/utils/storage';

/** Enough for months of reading; the oldest go first. */
const MAX_PAGES = 500;
const dismissed = storage.defineItem<string[]>('local:bannerDismissedOn', { fallback: [] });

async function pageKey(url: string): Promise<string> {
  const { origin, pathname } = new URL(url);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(origin + pathname));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function bannerDismissedOn(url: string): Promise<boolean> {
  const [key, keys] = await Promise.all([pageKey(url), dismissed.getValue()]);
  return keys.includes(key);
}

export async function rememberBannerDismissed(url: string): Promise<void> {
  const [key, keys] = await Promise.all([pageKey(url), dismissed.getValue()]);
  await dismissed.setValue([key, ...keys.filter((k) => k !== key)].slice(0, MAX_PAGES));
}
