import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  zip: { excludeSources: ['test/**', 'test-results/**', 'playwright-report/**', '**/*.log', '.scratch/**'] },
});
