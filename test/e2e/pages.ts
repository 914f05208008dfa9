// Page objects for the specs of cases and drafts: the replica portal as a user fills it, the
// extension's pages, the store asked the way the extension's own pages ask it, the browser's main
// process, and the accessibility checks (axe-core, Tab order).
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { Request, ResponseTo } from '../../utils/messages';
import type { CaseRecord } from '../../utils/store/types';

export type CaseJson = Record<string, unknown>;

interface ReplicaHooks {
  route: (hash: string) => Promise<void>;
  fill: (c: unknown) => Promise<void>;
}

/** Opens a replica page and fills it from a case the way a user would (see test/replica/README.md). */
export async function openAndFill(page: Page, url: string, data: CaseJson): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __replica?: unknown }).__replica);
  await page.evaluate(async (hash) => {
    await (window as unknown as { __replica: ReplicaHooks }).__replica.route(hash);
  }, new URL(url).hash);
  await page.evaluate(async (c) => {
    await (window as unknown as { __replica: ReplicaHooks }).__replica.fill(c);
  }, data);
}

/** The text input of the visible portal form item labelled `label`. */
export function portalInput(page: Page, label: string): Locator {
  const text = new RegExp(`^\\s*\\*?\\s*${label}[：:]?\\s*$`);
  return page
    .locator('.el-form-item:visible')
    .filter({ has: page.locator('.el-form-item__label', { hasText: text }) })
    .locator('input.el-input__inner, textarea')
    .first();
}

/** Replaces what a portal text field holds by typing, key by key, on the tab `tab` of the page. */
export async function typeIntoPortal(page: Page, tab: string | null, label: string, value: string): Promise<void> {
  if (tab) await page.locator('.el-tabs__item', { hasText: tab }).first().click();
  await portalInput(page, label).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(value);
}

export function extensionUrl(extensionId: string, path: string): string {
  return `chrome-extension://${extensionId}/${path}`;
}

type Runtime = { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };

/**
 * An extension page kept open in a tab of its own, through which a spec asks the background
 * what the extension's pages ask it (utils/messages.ts).
 */
export class Store {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<Store> {
    const page = await context.newPage();
    await page.goto(extensionUrl(extensionId, 'options.html'));
    return new Store(page);
  }

  async send<M extends Request>(message: M): Promise<ResponseTo<M>> {
    const reply = (await this.page.evaluate(
      (m) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage(m),
      message as unknown,
    )) as { ok: true; value: ResponseTo<M> } | { ok: false; error: string };
    if (!reply.ok) throw new Error(`${message.type} failed: ${reply.error}`);
    return reply.value;
  }

  list(): Promise<CaseRecord[]> {
    return this.send({ type: 'case/list' });
  }

  /** Stores an example case as if saved on the dashboard; returns its record. */
  async save(c: CaseJson, status: CaseRecord['status'] = 'draft', notes = ''): Promise<CaseRecord> {
    const result = await this.send({ type: 'case/save', input: { case: c, status, notes } });
    if (!result.ok) throw new Error(`case/save refused ${result.error.path}: ${result.error.expected}`);
    return result.record;
  }
}

/** The applicant (or, for employer-level types, employer) part of a stored case, loosely typed. */
export function applicantOf(record: CaseRecord): Record<string, unknown> {
  return (record.case as { applicant?: Record<string, unknown> }).applicant ?? {};
}

export function contractEmployerOf(record: CaseRecord): unknown {
  return (applicantOf(record).employment as Record<string, unknown> | undefined)?.contractEmployer;
}

export type PanelKind = 'sidepanel' | 'popup';

/**
 * Opens the side panel or the popup for the portal tab `portal`. Both show the active tab's case:
 * the page opens in a tab of its own, then the portal tab is made active again. The side panel
 * follows the switch (tabs.onActivated); the popup asks once when it opens, so it is reloaded.
 * `before` runs on the new page before it loads (a fixed clock, a viewport).
 */
export async function openPanelFor(
  context: BrowserContext,
  extensionId: string,
  portal: Page,
  kind: PanelKind,
  before?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await context.newPage();
  await before?.(page);
  await page.goto(extensionUrl(extensionId, `${kind}.html`));
  await portal.bringToFront();
  if (kind === 'popup') await page.reload();
  return page;
}

/** The case view of the popup and the side panel (components/TabCaseView.tsx). */
export function tabCaseView(page: Page): Locator {
  return page.locator('.tab-case');
}

/** A check date: noon UTC is the same calendar day in UTC and in Beijing. */
export function clockAt(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

/** The browser's main process for a profile: the one started with this --user-data-dir and no --type=. */
export function browserMainPid(userDataDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // The process ended while we looked.
    }
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((arg) => arg.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process for ${userDataDir}`);
}

/** SIGKILLs the browser of `context` (no shutdown, no flush) and waits until Playwright sees it gone. */
export async function killBrowser(context: BrowserContext, userDataDir: string): Promise<void> {
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  process.kill(browserMainPid(userDataDir), 'SIGKILL');
  await closed;
}

const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/**
 * axe-core's violations of impact serious or critical, one line each with the elements named.
 * Extension pages forbid inline scripts (CSP), so axe is evaluated through the debugger protocol
 * rather than added as a <script> tag.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact?: string | null; nodes: Array<{ target: unknown[] }> }> };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const INTERACTIVE = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export interface TabWalk {
  /** How many visible, enabled interactive elements the page has. */
  probed: number;
  /** Those that never received the focus, each described by its tag, id and label. */
  unreached: string[];
}

/**
 * Presses Tab from the top of the page, twice as many times as there are visible, enabled
 * interactive elements (plus a margin), and notes which of them received the focus.
 */
export async function walkByTab(page: Page): Promise<TabWalk> {
  const count = await page.evaluate((selector) => {
    const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        !(el as HTMLButtonElement).disabled &&
        el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
        el.getClientRects().length > 0,
    );
    candidates.forEach((el, index) => el.setAttribute('data-tab-probe', String(index)));
    const focused = new Set<string>();
    (window as unknown as { __tabProbe: Set<string> }).__tabProbe = focused;
    document.addEventListener(
      'focusin',
      (event) => {
        const index = (event.target as Element | null)?.getAttribute?.('data-tab-probe');
        if (index) focused.add(index);
      },
      true,
    );
    (document.activeElement as HTMLElement | null)?.blur();
    return candidates.length;
  }, INTERACTIVE);
  for (let i = 0; i < count * 2 + 10; i++) await page.keyboard.press('Tab');
  const unreached = await page.evaluate(() => {
    const focused = (window as unknown as { __tabProbe: Set<string> }).__tabProbe;
    return [...document.querySelectorAll<HTMLElement>('[data-tab-probe]')]
      .filter((el) => !focused.has(el.getAttribute('data-tab-probe')!))
      .map((el) => {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
        return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}"`;
      });
  });
  return { probed: count, unreached };
}

/**
 * Where the README's screenshots are written: docs/screenshots/ only for `npm run screenshots`
 * (GONGJU_SCREENSHOTS=docs), else under the system's temporary directory, so that `npm test`
 * leaves the working tree as it found it.
 */
export function screenshotDir(): string {
  const dir =
    process.env.GONGJU_SCREENSHOTS === 'docs'
      ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
      : join(tmpdir(), 'gongju-shots', 'readme');
  mkdirSync(dir, { recursive: true });
  return dir;
}
