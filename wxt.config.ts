import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * What the sources zip leaves out: everything git does not track (local output, screenshots,
 * test results, stray files), so it holds only the project's own sources. Outside a git checkout,
 * the .gitignore patterns.
 */
function untrackedSources(): string[] {
  let paths: string[];
  try {
    paths = execFileSync('git', ['ls-files', '--others', '--directory'], { encoding: 'utf8' }).split('\n');
  } catch {
    paths = readFileSync('.gitignore', 'utf8').split('\n');
  }
  return paths
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#'))
    .map((p) => (p.endsWith('/') ? `${p}**` : p));
}

/**
 * A digest of the matcher compiler's sources (`src/core/match`): the background keeps the
 * compiled matcher with it, so a build that compiles aliases differently compiles them again
 * rather than serve a matcher kept by another (`src/db/matcher-store.ts`).
 */
function matcherCodeDigest(): string {
  const dir = 'src/core/match';
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(`${dir}/${file}`));
  return hash.digest('hex').slice(0, 16);
}

/** The toolbar and store icons, rendered from assets/icons/*.svg by `npm run icons`. */
const icons = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `icon/${size}.png`]));

// Firefox 140 is the first with the CSS Custom Highlight API. Firefox builds as MV2 (WXT's default):
// its MV3 host permissions are opt-in after install,
// which would leave the content script off on a fresh profile.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // Every frame below the top runs the small frame script from its start (about:blank ones
    // too); it asks for the content script once the frame has text.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({
        matches: ['http://*/*', 'https://*/*'],
        js: ['frame.js'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_start',
      });
    },
  },
  // Files copied into the extension as they are: _locales and icons.
  publicDir: 'assets/public',
  zip: { excludeSources: untrackedSources() },
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
    build: { sourcemap: false },
    define: { __GLOSS_MATCHER_CODE__: JSON.stringify(matcherCodeDigest()) },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting`, and the hosts the content scripts already run on: to start Gloss in a frame
    // once it has text (`src/messaging/start-in-frame.ts`). Gloss makes no network request.
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The host access could make requests; the extension's own pages and its background may not
    // connect anywhere, so "no network request" holds by the browser's word, not only Gloss's.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'; connect-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'" },
    // The toolbar button's icon is named in entrypoints/popup/index.html (WXT's manifest meta tags).
    icons,
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
      ? { web_accessible_resources: ['popup.html', 'options.html', 'sidepanel.html'] }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gloss@gloss.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from version 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
