/** The options page, wired to synced storage. */
import { render } from 'preact';
import '@/components/extension-page.css';
import '@/components/options.css';
import { Options, type OptionsApi } from '@/components/Options';
import { uiLangFrom } from '@/utils/i18n';
import { loadSettings, settingsItem, watchSettings } from '@/extension/settings-store';

const api: OptionsApi = {
  load: loadSettings,
  save: (settings) => settingsItem.setValue(settings),
  watch: watchSettings,
};

render(
  <Options api={api} browserLang={uiLangFrom(navigator.language)} />,
  document.getElementById('app')!,
);
