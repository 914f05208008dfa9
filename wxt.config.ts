import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { portalMatches, PORTAL_MATCHES } from './utils/portal';

// The portal over https only. GONGJU_TEST_HTTP=1 makes the test build the e2e tests and `npm start`
// load (into .output/test, apart from the production build): it adds http for the replica portal.
const TEST_HTTP = process.env.GONGJU_TEST_HTTP === '1';
const TEST_MATCHES = portalMatches(['https', 'http']);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: auto-import took parameter names (uiLanguage) for uses of a component
  // export and pulled Preact into the background.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: per-tab state in storage.session; alarms + notifications: permit deadline reminders;
    // sidePanel (Chrome): the live checklist beside the portal.
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: TEST_HTTP ? TEST_MATCHES : [...PORTAL_MATCHES],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'gongju-precheck@gongju.example',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  ...(TEST_HTTP && {
    outDir: '.output/test',
    hooks: {
      // The content script declares the production matches; the test build widens them here only.
      'build:manifestGenerated': (_wxt, manifest) => {
        for (const script of manifest.content_scripts ?? []) script.matches = TEST_MATCHES;
      },
    },
  }),
  // No modulepreload polyfill: it would put a fetch() into the extension pages.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  zip: { excludeSources: ['test/**', 'test-results/**', 'playwright-report/**', '**/*.log', '.scratch/**'] },
});
