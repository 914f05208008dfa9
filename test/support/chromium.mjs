// Debian's Chromium with the built extension and the replica portal under the real host names:
// one set of launch flags for the e2e tests (test/e2e/browser.ts) and `npm start` (test/e2e/start.mjs).
// Plain ESM, so that the start script runs under node without a TypeScript loader.
import { existsSync } from 'node:fs';

/** Where Debian puts the browser binary; undefined when Chromium is not installed. */
export const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** The portal's host names, all mapped to the replica. */
export const PORTAL_HOSTS = ['fw.bjrcgz.gov.cn', 'www.bjrcgz.gov.cn', 'bjrcgz.gov.cn'];

/** Command-line flags: only the extension, no network of the browser's own, the portal's names on the replica. */
export function chromiumArgs(extensionDir, replicaPort) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=zh-CN',
    `--host-resolver-rules=${PORTAL_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${replicaPort}`).join(',')}`,
  ];
}
