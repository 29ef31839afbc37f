import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Firefox 140 is the first with the CSS Custom Highlight API. Firefox builds as MV2 (WXT's default):
// its MV3 host permissions are opt-in after install,
// which would leave the content script off on a fresh profile.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Files copied into the extension as they are: _locales (and icons).
  publicDir: 'assets/public',
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
    build: { sourcemap: false },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // Alt+Shift+J / K as the browser's own shortcuts, so readers can remap them
    // (chrome://extensions/shortcuts, Firefox's add-on shortcuts); the page also listens for them.
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousMention__',
      },
    },
    // Test builds only (`--mode e2e`, in their own output folder): Firefox's WebDriver cannot open
    // extension pages, so the tests reach the popup and options page from a fixture page.
    ...(mode === 'e2e' && browser === 'firefox'
      ? { web_accessible_resources: ['popup.html', 'options.html'] }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gloss@gloss.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
