// Launches Firefox ESR headless through puppeteer-core (WebDriver BiDi) with the built MV2 extension
// installed as a temporary add-on, the portal's host names resolved to the replica.
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
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
 * over BiDi, so the navigation is not awaited; the page's own load state is, asked with evaluate:
 * waitForFunction builds its predicate with Function(), which the extension pages' CSP refuses.
 */
export async function openExtensionPage(browser: Browser, path = extensionPagePath()): Promise<Page> {
  const page = await browser.newPage();
  page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
  const loaded = () => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false);
  const deadline = Date.now() + 15_000;
  while (!(await loaded())) {
    if (Date.now() > deadline) throw new Error(`extension page ${path} did not load`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return page;
}

/** What `script.callFunction` answers over BiDi: a remote value. */
interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

interface BidiConnection {
  send: (method: string, params: object) => Promise<{ result: { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } } }>;
}

/** One element of the overlay, as read at one moment; box in the viewport, null when not rendered. */
export interface FirefoxOverlayElement {
  attributes: Record<string, string>;
  text: string;
  box: { x: number; y: number; width: number; height: number } | null;
}

/**
 * The overlay in Firefox. Its shadow root is closed, so page scripts and puppeteer's `>>>` cannot
 * reach it: WebDriver BiDi serialises closed roots when asked (`includeShadowTree: 'all'`), and a
 * root so returned can be queried in a sandbox, away from the page's own scripts. Clicks are real
 * mouse input (`page.mouse`), which the overlay trusts like the user's own.
 */
export class FirefoxOverlay {
  /**
   * `inFrame`: the overlay of a frame's document (the one holding a form draws its markers and its
   * review there), and the page's selector of its frame element: boxes are then given in the page's
   * viewport, as the mouse takes them.
   */
  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly inFrame?: { frame: Frame; selector: string },
  ) {}

  private async call(functionDeclaration: string, args: unknown[], includeShadowTree: 'none' | 'all'): Promise<RemoteValue> {
    const connection = (this.browser as unknown as { connection: BidiConnection }).connection;
    const context = ((this.inFrame?.frame ?? this.page.mainFrame()) as unknown as { _id: string })._id;
    const { result } = await connection.send('script.callFunction', {
      functionDeclaration,
      arguments: args,
      awaitPromise: false,
      target: { context, sandbox: 'gongju-e2e' },
      serializationOptions: { includeShadowTree, maxDomDepth: 1 },
    });
    if (result.type === 'exception') throw new Error(`overlay read failed: ${result.exceptionDetails.text}`);
    return result.result;
  }

  /** Our hosts' shadow roots, as handles for the next call. */
  private async roots(): Promise<string[]> {
    const hosts = await this.call(
      `() => [...document.body.children].filter((e) => e.localName.startsWith('gongju-overlay'))`,
      [],
      'all',
    );
    const nodes = (hosts.value as Array<{ value?: { shadowRoot?: { sharedId?: string } | null } }> | undefined) ?? [];
    return nodes.map((node) => node.value?.shadowRoot?.sharedId).filter((id): id is string => !!id);
  }

  async all(selector: string): Promise<FirefoxOverlayElement[]> {
    const found: FirefoxOverlayElement[] = [];
    for (const sharedId of await this.roots()) {
      const reply = await this.call(
        `(root, selector) => JSON.stringify([...root.querySelectorAll(selector)].map((element) => {
          const rect = element.getBoundingClientRect();
          const text = [...element.childNodes].map(function textOf(node) {
            if (node.nodeType === 3) return node.nodeValue;
            if (node.localName === 'style') return '';
            return [...node.childNodes].map(textOf).join('');
          }).join('');
          return {
            attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
            text,
            box: rect.width > 0 && rect.height > 0 ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
          };
        }))`,
        [{ sharedId }, { type: 'string', value: selector }],
        'none',
      );
      found.push(...(JSON.parse(reply.value as string) as FirefoxOverlayElement[]));
    }
    const offset = await this.frameOffset();
    return found.map((e) => (e.box ? { ...e, box: { ...e.box, x: e.box.x + offset.x, y: e.box.y + offset.y } } : e));
  }

  /** Where the frame's viewport starts in the page's (0, 0 for the page's own document). */
  private async frameOffset(): Promise<{ x: number; y: number }> {
    if (!this.inFrame) return { x: 0, y: 0 };
    return this.page.$eval(this.inFrame.selector, (e) => {
      const box = e.getBoundingClientRect();
      return { x: box.x + e.clientLeft, y: box.y + e.clientTop };
    });
  }

  /**
   * The box of the first element of this overlay's document (the page's, not ours) matching
   * `selector`, in the page's viewport: puppeteer cannot box an element of a frame over BiDi (it
   * asks for the frame's element by a locator Firefox refuses).
   */
  async pageBox(selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const frame = this.inFrame?.frame ?? this.page.mainFrame();
    const box = await frame.$eval(selector, (e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const offset = await this.frameOffset();
    return { ...box, x: box.x + offset.x, y: box.y + offset.y };
  }

  async attribute(selector: string, name: string): Promise<string | null> {
    return (await this.all(selector))[0]?.attributes[name] ?? null;
  }

  /** The box of the first rendered match, waiting for one. */
  async waitForVisible(selector: string, timeout = 15_000): Promise<NonNullable<FirefoxOverlayElement['box']>> {
    const end = Date.now() + timeout;
    for (;;) {
      const box = (await this.all(selector)).find((e) => e.box)?.box;
      if (box) return box;
      if (Date.now() > end) throw new Error(`overlay: timed out waiting until it shows ${selector}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async waitForHidden(selector: string, timeout = 15_000): Promise<void> {
    const end = Date.now() + timeout;
    while ((await this.all(selector)).some((e) => e.box)) {
      if (Date.now() > end) throw new Error(`overlay: timed out waiting until it hides ${selector}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async click(selector: string): Promise<void> {
    const box = await this.waitForVisible(selector);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
}
