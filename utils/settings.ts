/**
 * The reader's settings, synced across their browsers. Versioned so that later shapes can
 * migrate earlier ones instead of dropping them. Where they are stored: extension/settings-store.ts.
 */
import { uiLangFrom, type UiLang } from './i18n';

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
  /** Highlight only statements not true today (changed, out of date, never true). */
  onlyNotTrue: boolean;
  uiLang: UiLangSetting;
  /** The "this article predates changes" banner. */
  showBanner: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  highlightStyle: 'background',
  showReported: true,
  onlyNotTrue: false,
  uiLang: 'auto',
  showBanner: true,
};

/** Fills in fields a stored value lacks (a newer build adding a setting). */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

/** The language Deal Lens speaks to the reader: the one they chose, else their browser's. */
export function uiLangOf(settings: Settings, navigatorLanguage: string): UiLang {
  return settings.uiLang === 'auto' ? uiLangFrom(navigatorLanguage) : settings.uiLang;
}
