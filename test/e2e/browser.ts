// Launches Debian's Chromium with the built extension, the replica portal mapped to the real host names.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, chromiumArgs, PORTAL_HOSTS } from '../support/chromium.mjs';

export { PORTAL_HOSTS };
/** The test build (npm run build:test): the production one plus http, for the replica served over http. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/test/chrome-mv3', import.meta.url));
/** The build that ships (npm run build): https only. */
export const PRODUCTION_EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
/** The bench build (NODE_ENV=production GONGJU_TEST_HTTP=1 wxt build --mode bench): the test build plus the user-timing measures. */
export const BENCH_EXTENSION_DIR = fileURLToPath(new URL('../../.output/test/chrome-mv3-bench', import.meta.url));

export interface LaunchOptions {
  userDataDir: string;
  replicaPort: number;
  headless?: boolean;
  /** Defaults to the test build. */
  extensionDir?: string;
  /** The replica serves https with a throwaway certificate: the browser is told to accept it. */
  https?: boolean;
}

export async function launchWithExtension({ userDataDir, replicaPort, headless = true, extensionDir = EXTENSION_DIR, https = false }: LaunchOptions): Promise<BrowserContext> {
  const build = extensionDir === EXTENSION_DIR ? 'npm run build:test' : 'npm run build';
  if (!existsSync(`${extensionDir}/manifest.json`)) throw new Error(`build the extension first (${build}): ${extensionDir} is missing`);
  if (!CHROMIUM) throw new Error('Chromium is not installed (apt-get install -y chromium)');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    ignoreHTTPSErrors: https,
    args: chromiumArgs(extensionDir, replicaPort),
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorkerOf(context)).url()).host;
}
