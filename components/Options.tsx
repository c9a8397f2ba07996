/**
 * The options page: every setting, saved as soon as it changes (storage.sync, so open tabs
 * follow at once through the content script's settings watcher).
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import { Legend } from './Legend';
import { useSettings } from './use-settings';
import type { HighlightStyle, Settings, UiLangSetting } from '@/utils/settings';

export interface OptionsApi {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  watch(listener: (settings: Settings) => void): () => void;
}

export interface OptionsProps {
  api: OptionsApi;
  /** The browser's language, used while `uiLang` is "auto". */
  browserLang: UiLang;
}

const STYLES: readonly HighlightStyle[] = ['background', 'underline', 'off'];
const LANGS: readonly UiLangSetting[] = ['auto', 'en', 'fr'];
/** The yes/no settings with a hint, in the order the page lists them. */
const TOGGLES = [
  ['opt-only-not-true', 'onlyNotTrue'],
  ['opt-reported', 'showReported'],
  ['opt-banner', 'showBanner'],
] as const satisfies readonly (readonly [string, keyof Settings])[];

export function Options({ api, browserLang }: OptionsProps) {
  const [settings, setSettings] = useSettings(
    () => api.load(),
    (listener) => api.watch(listener),
    api,
  );
  const [saved, setSaved] = useState(0);

  const lang: UiLang = !settings || settings.uiLang === 'auto' ? browserLang : settings.uiLang;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'options.title');
  }, [lang]);

  if (!settings) return <main class="options" aria-busy="true" />;

  const change = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    api.save(next).then(
      () => setSaved((n) => n + 1),
      () => undefined,
    );
  };

  return (
    <main class="options">
      <h1>{t(lang, 'options.title')}</h1>

      <p class="field">
        <input
          id="opt-enabled"
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => change({ enabled: e.currentTarget.checked })}
        />
        <label for="opt-enabled">{t(lang, 'options.enabledEverywhere')}</label>
      </p>

      <section aria-labelledby="opt-sites">
        <h2 id="opt-sites">{t(lang, 'options.disabledSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="hint">{t(lang, 'options.noDisabledSites')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span class="host">{host}</span>
                <button
                  type="button"
                  aria-label={`${t(lang, 'options.remove')} ${host}`}
                  onClick={() =>
                    change({ disabledSites: settings.disabledSites.filter((h) => h !== host) })
                  }
                >
                  {t(lang, 'options.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <fieldset>
        <legend>{t(lang, 'options.highlightStyle')}</legend>
        {STYLES.map((style) => (
          <p class="field" key={style}>
            <input
              id={`opt-style-${style}`}
              type="radio"
              name="highlightStyle"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => change({ highlightStyle: style })}
            />
            <label for={`opt-style-${style}`}>{t(lang, `options.highlight.${style}`)}</label>
          </p>
        ))}
      </fieldset>
      <Legend lang={lang} />

      {TOGGLES.map(([id, setting]) => (
        <Toggle
          key={id}
          id={id}
          checked={settings[setting]}
          label={t(lang, `options.${setting}`)}
          hint={t(lang, `options.${setting}Hint`)}
          onChange={(on) => change({ [setting]: on })}
        />
      ))}

      <p class="field field-select">
        <label for="opt-lang">{t(lang, 'options.uiLang')}</label>
        <select
          id="opt-lang"
          value={settings.uiLang}
          onChange={(e) => change({ uiLang: e.currentTarget.value as UiLangSetting })}
        >
          {LANGS.map((value) => (
            <option key={value} value={value} lang={value === 'auto' ? undefined : value}>
              {t(lang, `options.uiLang.${value}`)}
            </option>
          ))}
        </select>
      </p>

      <p class="saved" role="status">
        {saved > 0 ? t(lang, 'options.saved') : ''}
      </p>
    </main>
  );
}

/** One yes/no setting: a checkbox, its label, and a hint that describes it. */
function Toggle(props: {
  id: string;
  checked: boolean;
  label: string;
  hint: string;
  onChange(on: boolean): void;
}) {
  const { id, checked, label, hint, onChange } = props;
  return (
    <p class="field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      <span id={`${id}-hint`} class="hint">
        {hint}
      </span>
    </p>
  );
}
