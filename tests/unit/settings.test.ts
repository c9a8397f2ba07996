import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  loadSettings,
  setSiteEnabled,
  settingsItem,
  watchSettings,
} from '@/extension/settings-store';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  uiLangOf,
  withDefaults,
  type Settings,
} from '@/utils/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('starts from the defaults: on everywhere, every statement highlighted, reports and banner shown', async () => {
    expect(await loadSettings()).toEqual({
      enabled: true,
      disabledSites: [],
      highlightStyle: 'background',
      showReported: true,
      onlyNotTrue: false,
      uiLang: 'auto',
      showBanner: true,
    });
  });

  it('lives in synced storage under "settings"', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, highlightStyle: 'underline' });
    const stored = await fakeBrowser.storage.sync.get('settings');
    expect(stored.settings).toMatchObject({ highlightStyle: 'underline' });
  });

  it('fills in fields an older stored value lacks', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { enabled: false, disabledSites: ['a.example'] },
    });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['a.example'],
    });
    expect(withDefaults(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('turns a site off and on again, keeping the list sorted and without duplicates', async () => {
    await setSiteEnabled('b.example', false);
    await setSiteEnabled('a.example', false);
    await setSiteEnabled('b.example', false);
    expect((await loadSettings()).disabledSites).toEqual(['a.example', 'b.example']);
    await setSiteEnabled('b.example', true);
    const settings = await loadSettings();
    expect(settings.disabledSites).toEqual(['a.example']);
    expect(isActiveOn(settings, 'a.example')).toBe(false);
    expect(isActiveOn(settings, 'b.example')).toBe(true);
  });

  it('keeps the other settings when a site is turned off', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLang: 'fr', showBanner: false });
    await setSiteEnabled('a.example', false);
    expect(await loadSettings()).toMatchObject({
      uiLang: 'fr',
      showBanner: false,
      disabledSites: ['a.example'],
    });
  });

  it('the master switch wins over every site', () => {
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'a.example')).toBe(false);
  });

  it('tells watchers of every change, with defaults filled in', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await setSiteEnabled('a.example', false);
    await fakeBrowser.storage.sync.set({ settings: { highlightStyle: 'off' } });
    unwatch();
    await setSiteEnabled('b.example', false);
    expect(seen.map((s) => [s.disabledSites, s.highlightStyle])).toEqual([
      [['a.example'], 'background'],
      [[], 'off'],
    ]);
  });

  it("speaks the reader's chosen language, else their browser's", () => {
    const auto = { ...DEFAULT_SETTINGS, uiLang: 'auto' as const };
    expect(uiLangOf(auto, 'fr-CA')).toBe('fr');
    expect(uiLangOf(auto, 'de-DE')).toBe('en');
    expect(uiLangOf({ ...DEFAULT_SETTINGS, uiLang: 'en' }, 'fr-FR')).toBe('en');
    expect(uiLangOf({ ...DEFAULT_SETTINGS, uiLang: 'fr' }, 'en-US')).toBe('fr');
  });
});
