// Launches Debian's Chromium with the built extension, the replica portal mapped to the real host names.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';
export const PORTAL_HOSTS = ['fw.bjrcgz.gov.cn', 'www.bjrcgz.gov.cn', 'bjrcgz.gov.cn'];

export interface LaunchOptions {
  userDataDir: string;
  replicaPort: number;
  headless?: boolean;
}

export async function launchWithExtension({ userDataDir, replicaPort, headless = true }: LaunchOptions): Promise<BrowserContext> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) throw new Error(`build the extension first: ${EXTENSION_DIR} is missing`);
  const rules = PORTAL_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${replicaPort}`).join(',');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=zh-CN',
      `--host-resolver-rules=${rules}`,
    ],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorkerOf(context)).url()).host;
}
