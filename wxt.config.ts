import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: per-tab state in storage.session; alarms + notifications: permit deadline reminders;
    // sidePanel (Chrome): the live checklist beside the portal.
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['*://*.bjrcgz.gov.cn/*'],
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
  // No modulepreload polyfill: it would put a fetch() into the extension pages.
  // The roster worker (utils/roster/worker.ts) is bundled with its own plugin list.
  vite: () => ({
    plugins: [preact(), noPapaparseNetwork],
    worker: { format: 'es', plugins: () => [noPapaparseNetwork] },
    build: { modulePreload: { polyfill: false } },
  }),
  zip: { excludeSources: ['test/**', 'test-results/**', 'playwright-report/**', '**/*.log', '.scratch/**'] },
});
