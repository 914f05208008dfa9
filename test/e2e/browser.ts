// Launches Debian's Chromium with the built extension, the replica portal mapped to the real host names.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, chromiumArgs, PORTAL_HOSTS } from '../support/chromium.mjs';

export { PORTAL_HOSTS };
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
/** The bench build (`wxt build --mode bench`): the production build plus the user-timing measures. */
export const BENCH_EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3-bench', import.meta.url));

export interface LaunchOptions {
  userDataDir: string;
  replicaPort: number;
  headless?: boolean;
  extensionDir?: string;
}

export async function launchWithExtension({ userDataDir, replicaPort, headless = true, extensionDir = EXTENSION_DIR }: LaunchOptions): Promise<BrowserContext> {
  if (!existsSync(`${extensionDir}/manifest.json`)) throw new Error(`build the extension first: ${extensionDir} is missing`);
  if (!CHROMIUM) throw new Error('Chromium is not installed (apt-get install -y chromium)');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    args: chromiumArgs(extensionDir, replicaPort),
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorkerOf(context)).url()).host;
}
