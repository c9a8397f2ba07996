import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    // The sources zip AMO asks for (`npm run zip`): what rebuilds the add-on, and no more. WXT
    // already leaves out node_modules, .output and dot-files; tests/ goes too, since nothing in
    // the build reads it and its corpus is real news articles, other people's text that is
    // not ours to hand on; so do screenshots and local tool output.
    excludeSources: ['tests/**', 'docs/**/*.png', 'coverage/**', 'web-ext-artifacts/**'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Deal Lens',
    description:
      'Highlights Microsoft–OpenAI deal terms on news pages and tells you whether each still holds today.',
    // storage: settings; contextMenus: "Check with Deal Lens" on selected text. Nothing else:
    // the content script is declared statically, so no tabs/scripting/host permission prompt is
    // needed (see README "Privacy and permissions").
    permissions: ['storage', 'contextMenus'],
    // Next / previous statement not true today, from the keyboard (the reader can rebind them).
    commands: {
      'next-not-true': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Show the next statement not true today',
      },
      'previous-not-true': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Show the previous statement not true today',
      },
      'check-selection': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Check the selected text with Deal Lens',
      },
    },
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
