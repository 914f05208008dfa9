import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { portalMatches, PORTAL_MATCHES } from './utils/portal';

// The portal over https only. GONGJU_TEST_HTTP=1 makes the test build the e2e tests and `npm start`
// load (into .output/test, apart from the production build): it adds http for the replica portal.
const TEST_HTTP = process.env.GONGJU_TEST_HTTP === '1';
const TEST_MATCHES = portalMatches(['https', 'http']);
/**
 * Extension pages load only their own scripts and styles and reach no network at all
 * (connect-src 'none' also stops fetch and XHR, which the browsers' default policy allows).
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * papaparse carries a streamer that downloads a URL with XMLHttpRequest; the roster reader only
 * ever hands it text. That path is cut out of the build, so the extension holds no network code
 * (test/e2e/manifest.spec.ts scans the build for it).
 */
const noPapaparseNetwork = {
  name: 'no-papaparse-network',
  transform(code: string, id: string) {
    if (!/node_modules[\\/]papaparse[\\/]/.test(id)) return null;
    return code.replace(/new XMLHttpRequest\b(\(\))?/g, "(() => { throw new Error('no network requests in this extension'); })()");
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: auto-import took parameter names (uiLanguage) for uses of a component
  // export and pulled Preact into the background.
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: per-tab state in storage.session; alarms + notifications: permit deadline reminders;
    // sidePanel (Chrome): the live checklist beside the portal.
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: TEST_HTTP ? TEST_MATCHES : [...PORTAL_MATCHES],
    // MV3 keys it by context; MV2 (Firefox) takes the string.
    content_security_policy: manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
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
  // The roster worker (utils/roster/worker.ts) is bundled with its own plugin list.
  vite: () => ({
    plugins: [preact(), noPapaparseNetwork],
    worker: { format: 'es', plugins: () => [noPapaparseNetwork] },
    // GONGJU_SOURCEMAP=1: maps beside the scripts, for the bench tools only (test/bench/builds.ts; hidden: no URL in the code).
    build: { modulePreload: { polyfill: false }, sourcemap: process.env.GONGJU_SOURCEMAP === '1' ? 'hidden' : false },
  }),
  zip: { excludeSources: ['test/**', 'test-results/**', 'playwright-report/**', '**/*.log', '.scratch/**'] },
});
