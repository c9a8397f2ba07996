/**
 * The settings as stored, kept current as they change (storage.sync, another tab, the options
 * page): null until loaded. The setter lets a page show a change before it is saved.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings';

export function useSettings(
  load: () => Promise<Settings>,
  watch: (listener: (settings: Settings) => void) => () => void,
  /** Where the settings come from: they are read again when it changes. */
  from: unknown,
): [Settings | null, (settings: Settings) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setSettings(value),
      () => undefined,
    );
    const unwatch = watch((value) => live && setSettings(value));
    return () => {
      live = false;
      unwatch();
    };
  }, [from]);
  return [settings, setSettings];
}
