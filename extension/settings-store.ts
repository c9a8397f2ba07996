/** Where the reader's settings live: `browser.storage.sync`, through WXT's storage. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from '@/utils/settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
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
