/**
 * The reader's settings, synced across their browsers. Versioned so that later shapes can
 * migrate earlier ones instead of dropping them.
 */
import { storage } from 'wxt/utils/storage';

export type HighlightStyle = 'background' | 'underline' | 'off';
export type UiLangSetting = 'auto' | 'en' | 'fr';

export interface Settings {
  /** Master switch. */
  enabled: boolean;
  /** Hostnames where Deal Lens stays off. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  /** Show items the companies never confirmed (press reports). */
  showReported: boolean;
  uiLang: UiLangSetting;
  /** The "this article predates changes" banner. */
  showBanner: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  highlightStyle: 'background',
  showReported: true,
  uiLang: 'auto',
  showBanner: true,
};

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Fills in fields a stored value lacks (a newer build adding a setting). */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
}

export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

export async function setSiteEnabled(hostname: string, on: boolean): Promise<void> {
  const current = await loadSettings();
  const sites = new Set(current.disabledSites);
  if (on) sites.delete(hostname);
  else sites.add(hostname);
  await settingsItem.setValue({ ...current, disabledSites: [...sites].sort() });
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(withDefaults(value)));
}
