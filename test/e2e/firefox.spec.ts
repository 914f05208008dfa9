// The Firefox build (MV2) in Firefox ESR, driven by puppeteer-core over WebDriver BiDi because
// Playwright cannot drive a stock Firefox: the content script on the replica portal (markers, the
// 提交 review), a form inside a frame of the shell, and drafts that survive a restart of the browser
// with the same profile.
import { test as base, expect } from '@playwright/test';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import type { Case } from '../../rules/schema';
import { loadExample } from '../support/cases';
import { replicaFixture, tempDirFixture, type Replica } from '../support/replica';
import { FirefoxOverlay, FIREFOX_PORTAL_HOSTS, launchFirefoxWithExtension, openExtensionPage, type FirefoxOverlayElement } from './firefox';

interface Watch {
  /** Requests to anywhere but the replica's host names and the extension itself. */
  foreignRequests: string[];
  /** Console errors and uncaught errors of the portal page. */
  errors: string[];
}

interface StoredCase {
  case: { type?: string; applicant?: { idNumber?: string } };
  pageKeys: string[];
}

const test = base.extend<{ profileDir: string }, { replica: Replica }>({
  replica: replicaFixture,
  profileDir: tempDirFixture('gongju-firefox-'),
});

const NEW_BUSINESS = '/person-platform/#/business/new';

function watchPage(page: Page): Watch {
  const watch: Watch = { foreignRequests: [], errors: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['moz-extension:', 'data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (FIREFOX_PORTAL_HOSTS.includes(url.hostname)) return;
    watch.foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(String(error)));
  return watch;
}

/** Opens the replica's 新办 page and fills it from an example case as a user would. */
async function openAndFill(browser: Browser, page: Page, portal: string, c: Case): Promise<FirefoxOverlay> {
  await page.goto(`${portal}${NEW_BUSINESS}`);
  await page.waitForFunction(() => (window as unknown as { __replica?: unknown }).__replica);
  await page.evaluate((hash) => (window as unknown as { __replica: { route: (h: string) => Promise<void> } }).__replica.route(hash), new URL(NEW_BUSINESS, portal).hash);
  await page.evaluate((data) => (window as unknown as { __replica: { fill: (c: unknown) => Promise<void> } }).__replica.fill(data), c);
  const overlay = new FirefoxOverlay(browser, page);
  await overlay.waitForVisible('[data-gongju-chip]');
  return overlay;
}

/** The first element matching `selector` whose text, trimmed, is `text`. */
async function byText(page: Page, selector: string, text: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (sel, wanted) => [...document.querySelectorAll(sel)].find((e) => e.textContent?.trim() === wanted && (e as HTMLElement).offsetParent !== null),
    {},
    selector,
    text,
  );
  return handle as ElementHandle<Element>;
}

type Box = NonNullable<FirefoxOverlayElement['box']>;

function expectOverlap(a: Box, b: Box | null) {
  expect(b, 'page element box').not.toBeNull();
  expect(Math.min(a.x + a.width, b!.x + b!.width) - Math.max(a.x, b!.x)).toBeGreaterThan(0);
  expect(Math.min(a.y + a.height, b!.y + b!.height) - Math.max(a.y, b!.y)).toBeGreaterThan(0);
}

async function firstTab(browser: Browser): Promise<Page> {
  return (await browser.pages())[0] ?? (await browser.newPage());
}

/** The store's cases, asked from an extension page as the dashboard would. */
async function listCases(browser: Browser): Promise<StoredCase[]> {
  const page = await openExtensionPage(browser);
  try {
    const reply = await page.evaluate(() =>
      (globalThis as unknown as { browser: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'case/list' }),
    );
    const { ok, value } = reply as { ok: boolean; value?: StoredCase[] };
    expect(ok, 'case/list reply').toBe(true);
    return value ?? [];
  } finally {
    await page.close();
  }
}

/** Whether the store holds the case of this applicant and business, saved from the 新办 page. */
function holdsDraftOf(records: StoredCase[], c: Case): boolean {
  return records.some(
    (r) => r.case.type === c.type && r.case.applicant?.idNumber === c.applicant?.idNumber && r.pageKeys.some((key) => key.includes('business/new')),
  );
}

test.describe('Firefox', () => {
  test.describe.configure({ timeout: 60_000 });

  test('content script marks the 新办 page and reviews at 提交', async ({ replica, profileDir }) => {
    const { browser, portal } = await launchFirefoxWithExtension({ profileDir, replicaPort: replica.port });
    try {
      const page = await firstTab(browser);
      const watch = watchPage(page);
      const overlay = await openAndFill(browser, page, portal, loadExample('new-problems'));
      expect(await overlay.attribute('[data-gongju-type]', 'data-gongju-type')).toBe('new');

      await (await byText(page, '.el-tabs__item', '附件')).click();
      const marker = '.marker[data-field="attachments"][data-material="withholding-client-screenshot"]';
      const markerBox = await overlay.waitForVisible(marker);
      expect(await overlay.attribute(marker, 'data-rules')).toBe('material.missing');
      expect(await overlay.attribute(marker, 'data-severity')).toBe('error');
      const row = await page.waitForFunction(() => [...document.querySelectorAll('.el-table__body tr')].find((tr) => tr.textContent?.includes('扣缴客户端截图')));
      expectOverlap(markerBox, await (row as ElementHandle<Element>).boundingBox());

      const errors = Number(await overlay.attribute('[data-count="errors"]', 'data-value'));
      expect(errors).toBeGreaterThan(0);
      await (await byText(page, 'button', '提交')).click();
      const dialog = '[data-gongju-dialog="submit"]';
      await overlay.waitForVisible(dialog);
      expect((await overlay.all(`${dialog} [data-group="error"] .finding`)).length).toBe(errors);
      // The page's own scripts find no shadow root of ours.
      expect(await page.evaluate(() => document.querySelector('gongju-overlay')?.shadowRoot ?? null)).toBeNull();
      // 返回修改 closes the review and the portal's own confirm never opens.
      await overlay.click(`${dialog} [data-action="back"]`);
      await overlay.waitForHidden(dialog);
      expect(await page.$$eval('.el-message-box', (boxes) => boxes.filter((b) => b.textContent?.includes('确定提交申请吗')).length)).toBe(0);

      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  test('the average wage set in the options reaches the open portal page', async ({ replica, profileDir }) => {
    const { browser, portal } = await launchFirefoxWithExtension({ profileDir, replicaPort: replica.port });
    try {
      const page = await firstTab(browser);
      const watch = watchPage(page);
      // new-complete earns 25000 a month: above 1.5 × the built-in 11937, below 1.5 × 20000.
      const overlay = await openAndFill(browser, page, portal, loadExample('new-complete'));
      await (await byText(page, '.el-tabs__item', '聘用信息')).click();
      const incomeMarker = '.marker[data-rules~="applicant.income-threshold"]';
      expect(await overlay.all(incomeMarker)).toHaveLength(0);
      await page.evaluate(() => ((window as unknown as { stillOpen: boolean }).stillOpen = true));

      const options = await openExtensionPage(browser);
      const reply = await options.evaluate(() =>
        (globalThis as unknown as { browser: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).browser.runtime.sendMessage({
          type: 'settings/set',
          patch: { wageOverride: { monthly: 20000, dataYear: 2025 } },
        }),
      );
      expect((reply as { ok: boolean }).ok, 'settings/set reply').toBe(true);
      await options.close();

      // The background tells the portal's tabs; the page checks again in the same document.
      await overlay.waitForVisible(incomeMarker);
      expect(await overlay.attribute(incomeMarker, 'data-severity')).toBe('error');
      expect(await page.evaluate(() => (window as unknown as { stillOpen?: boolean }).stillOpen)).toBe(true);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  test('a form inside a frame of the shell gets its markers and its 提交 review, and the tab\'s one chip is in the top frame', async ({ replica, profileDir }) => {
    const { browser, portal } = await launchFirefoxWithExtension({ profileDir, replicaPort: replica.port });
    try {
      const page = await firstTab(browser);
      const watch = watchPage(page);
      await page.goto(`${portal}/frameset/index.html`);
      const frame = await page.waitForFrame((f) => f.url().includes('/legacy/sqb.html'));
      await frame.waitForFunction(() => '__replica' in window);

      // The frame's own overlay marks its field: the residence permit's end date the page asks for.
      const inFrame = new FirefoxOverlay(browser, page, { frame, selector: 'iframe[name="main"]' });
      const marker = '.marker[data-field="applicant.housing.residencePermitValidUntil"]';
      const markerBox = await inFrame.waitForVisible(marker);
      expect(await inFrame.attribute(marker, 'data-rules')).toMatch(/(^| )applicant\.housing( |$)/);
      // Boxed and clicked through the frame's overlay: puppeteer cannot do either in a frame over BiDi.
      expectOverlap(markerBox, await inFrame.pageBox('#jzzyxq'));

      // One chip for the tab, in the top document, naming the frame's business.
      const top = new FirefoxOverlay(browser, page);
      await top.waitForVisible('[data-gongju-chip][data-gongju-type="new"]');
      await expect.poll(async () => (await top.all('[data-gongju-chip]')).filter((e) => e.box).length).toBe(1);
      expect((await inFrame.all('[data-gongju-chip]')).filter((e) => e.box)).toHaveLength(0);
      expect(Number(await top.attribute('[data-count="errors"]', 'data-value'))).toBeGreaterThan(0);

      // 提交 in the frame is held for the review, drawn in the frame; 返回修改 keeps the portal's handler from running.
      const submitted = () => frame.evaluate(() => (window as unknown as { __replica: { submitted: number } }).__replica.submitted);
      const submitButton = 'input[type="button"][value="提交"]';
      await frame.$eval(submitButton, (e) => e.scrollIntoView({ block: 'center' }));
      const submit = await inFrame.pageBox(submitButton);
      await page.mouse.click(submit.x + submit.width / 2, submit.y + submit.height / 2);
      const dialog = '[data-gongju-dialog="submit"]';
      await inFrame.waitForVisible(dialog);
      await inFrame.click(`${dialog} [data-action="back"]`);
      await inFrame.waitForHidden(dialog);
      expect(await submitted()).toBe(0);

      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  test('a draft read from the portal is still in the store after Firefox restarts', async ({ replica, profileDir }) => {
    const c = loadExample('new-problems');
    const first = await launchFirefoxWithExtension({ profileDir, replicaPort: replica.port });
    try {
      const page = await firstTab(first.browser);
      await openAndFill(first.browser, page, first.portal, c);
      // The autosave is debounced; wait until it has reached the store rather than for a fixed time.
      await expect.poll(async () => holdsDraftOf(await listCases(first.browser), c), { timeout: 15_000 }).toBe(true);
    } finally {
      await first.browser.close();
    }

    // Same profile: the temporary add-on is installed again and must find its IndexedDB.
    const second = await launchFirefoxWithExtension({ profileDir, replicaPort: replica.port });
    try {
      expect(holdsDraftOf(await listCases(second.browser), c)).toBe(true);
    } finally {
      await second.browser.close();
    }
  });
});
