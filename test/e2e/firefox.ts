// Launches Firefox ESR headless through puppeteer-core (WebDriver BiDi) with the built MV2 extension
// installed as a temporary add-on, the portal's host names resolved to the replica.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The test build (npm run build:test), which also runs on the replica's http. */
export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/test/firefox-mv2', import.meta.url));
export const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
export const FIREFOX_PORTAL_HOSTS = ['fw.bjrcgz.gov.cn', 'www.bjrcgz.gov.cn', 'bjrcgz.gov.cn'];
/**
 * Fixed moz-extension UUID: Firefox picks a random one per profile otherwise, and the test has to
 * know the extension's origin to open its pages.
 */
export const EXTENSION_UUID = '6d0b3f64-1c7e-4a52-9f3e-2b8a4c9e7d10';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

interface BuiltManifest {
  browser_specific_settings?: { gecko?: { id?: string } };
}

/** The gecko id of the build; the UUID pref is keyed by it. */
export function geckoIdOf(extensionDir = FIREFOX_EXTENSION_DIR): string {
  const manifestPath = `${extensionDir}/manifest.json`;
  if (!existsSync(manifestPath)) throw new Error(`build the extension first (npm run build:test): ${manifestPath} is missing`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BuiltManifest;
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('the Firefox build has no browser_specific_settings.gecko.id');
  return id;
}

export interface FirefoxLaunchOptions {
  /** Profile directory; relaunching with the same one keeps the extension's IndexedDB. */
  profileDir: string;
  replicaPort: number;
  headless?: boolean;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** `http://fw.bjrcgz.gov.cn:PORT`: the port stays in the URL because only DNS is mapped. */
  portal: string;
}

export async function launchFirefoxWithExtension({ profileDir, replicaPort, headless = true }: FirefoxLaunchOptions): Promise<FirefoxWithExtension> {
  const geckoId = geckoIdOf();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    userDataDir: profileDir,
    // Without it, BiDi refuses to navigate a tab to a moz-extension:// page.
    args: ['-remote-allow-system-access'],
    defaultViewport: { width: 1366, height: 900 },
    extraPrefsFirefox: {
      // The portal's host names resolve to 127.0.0.1, where the replica listens.
      'network.dns.localDomains': FIREFOX_PORTAL_HOSTS.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // A temporary add-on counts as uninstalled once Firefox stops; these keep its IndexedDB and
      // origin for the relaunch with the same profile, which must find the drafts.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'dom.security.https_first': false,
      'network.http.http3.enable': false,
      'intl.locale.requested': 'zh-CN',
      'intl.accept_languages': 'zh-CN,zh,en',
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, portal: `http://${FIREFOX_PORTAL_HOSTS[0]}:${replicaPort}` };
}

/** Extension pages to read the store from, in order of preference; the generated background page always exists in MV2. */
const EXTENSION_PAGES = ['dashboard.html', 'popup.html', 'options.html', 'sidepanel.html'];

export function extensionPagePath(extensionDir = FIREFOX_EXTENSION_DIR): string {
  const built = new Set(readdirSync(extensionDir));
  return EXTENSION_PAGES.find((page) => built.has(page)) ?? '_generated_background_page.html';
}

/**
 * Opens an extension page in a new tab. puppeteer's goto never resolves for moz-extension:// pages
 * over BiDi, so the navigation is not awaited; the page's own load state is.
 */
export async function openExtensionPage(browser: Browser, path = extensionPagePath()): Promise<Page> {
  const page = await browser.newPage();
  page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
  await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { timeout: 15_000 });
  return page;
}
