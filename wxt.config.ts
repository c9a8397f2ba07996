import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Deal Lens',
    description:
      'Highlights Microsoft–OpenAI deal terms on news pages and tells you whether each still holds today.',
    // storage: settings. Nothing else: the content script is declared statically, so no
    // tabs/scripting/host permission prompt is needed (see README "Permissions").
    permissions: ['storage'],
    content_security_policy:
      browser === 'firefox'
        ? undefined
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'deal-lens@example.org',
              strict_min_version: '140.0',
              // Firefox's built-in consent: Deal Lens collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
