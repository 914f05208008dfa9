// A hostile portal: page scripts that sabotage DOM prototypes, remove or restyle our overlay host,
// squat on its tag name, or put markup in a label; and an extension update under a running page.
// In every case the page keeps working (its own 提交 still submits), the extension either keeps
// working or steps aside quietly, and nothing it does throws into the page.
import type { Page } from '@playwright/test';
import { EXAMPLE_NAMES, loadExample } from '../support/cases';
import { serviceWorkerOf } from './browser';
import { expect, overlay, PORTAL, test } from './fixtures';

const NEW_URL = `${PORTAL}/person-platform/#/business/new`;

type CaseJson = Record<string, unknown>;

interface PageErrors {
  /** Uncaught errors and console errors whose stack or source is the extension. */
  fromExtension: string[];
  /** Every uncaught error, the page's own included. */
  all: string[];
}

/** Records uncaught errors; the hostile scripts mark their own with `hostile:`. */
function recordErrors(page: Page): PageErrors {
  const errors: PageErrors = { fromExtension: [], all: [] };
  page.on('pageerror', (error) => {
    const text = `${error.name}: ${error.message}\n${error.stack ?? ''}`;
    errors.all.push(text);
    if (text.includes('chrome-extension://')) errors.fromExtension.push(text);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://')) errors.fromExtension.push(message.text());
  });
  return errors;
}

/** Opens a replica page and fills it from an example case; does not wait for our overlay. */
async function openAndFill(page: Page, url: string, c: CaseJson): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __replica?: unknown }).__replica);
  await page.evaluate((hash) => (window as unknown as { __replica: { route: (h: string) => Promise<void> } }).__replica.route(hash), new URL(url).hash);
  await page.evaluate((data) => (window as unknown as { __replica: { fill: (c: unknown) => Promise<void> } }).__replica.fill(data), c);
}

function submitted(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __replica: { submitted: number } }).__replica.submitted);
}

/**
 * Clicks the page's 提交 and goes through to the portal's own confirm and 确定. If our review
 * shows, 仍然提交 is used; either way the portal must submit once.
 */
async function submitThroughPortal(page: Page): Promise<void> {
  await expect(page.locator('.el-message-box', { hasText: '确定提交申请吗' })).toHaveCount(0);
  const before = await submitted(page);
  await page.locator('button', { hasText: /^\s*提交\s*$/ }).first().click();
  const confirm = page.locator('.el-message-box', { hasText: '确定提交申请吗' });
  // Any host of ours: the page may have made us use another tag name.
  const anyway = '[data-gongju-dialog="submit"] [data-action="anyway"]';
  await expect.poll(async () => (await confirm.isVisible()) || (await overlay(page).isVisible(anyway))).toBe(true);
  if (await overlay(page).isVisible(anyway)) await overlay(page).click(anyway);
  await confirm.getByRole('button', { name: '确定' }).click();
  await expect.poll(() => submitted(page)).toBe(before + 1);
}

/** Types into a text field (聘用信息 › 劳动合同签订单位), as a user carrying on would. */
async function typeSomewhere(page: Page): Promise<void> {
  await page.locator('.el-tabs__item', { hasText: '聘用信息' }).first().click();
  const item = page.locator('.el-form-item:visible', { has: page.locator('.el-form-item__label', { hasText: '劳动合同签订单位' }) });
  await item.locator('input').first().fill('北京某某科技有限公司');
}

/** Either the chip shows a check (type and counts) or it says the check is degraded. */
async function expectWorkingOrDegraded(page: Page): Promise<'working' | 'degraded'> {
  const ov = overlay(page);
  await ov.waitForVisible('[data-gongju-chip]');
  if (await ov.count('[data-gongju-chip] [data-gongju-degraded]')) return 'degraded';
  await ov.waitForVisible('[data-gongju-chip][data-gongju-type="new"]');
  return 'working';
}

// ---- Page scripts, run in the page's main world before any other script ------------------------

/**
 * Patches DOM prototypes the way a careless or hostile page might: throwing or returning garbage.
 * Each patch aims at calls a content script makes (the reader's control query, form-item boxes,
 * capturing input listeners, observers of text changes) and spares those of the replica and of
 * Playwright's own page-world helpers, so the page itself keeps working.
 */
function sabotagePrototypes(): void {
  const hostile = (selector: unknown) => /input\s*,|gongju|el-form-item|el-table__row/.test(String(selector));
  const elementQsa = Element.prototype.querySelectorAll;
  const documentQsa = Document.prototype.querySelectorAll;
  Element.prototype.querySelectorAll = function (this: Element, selector: string) {
    if (hostile(selector)) throw new Error('hostile: querySelectorAll');
    return elementQsa.call(this, selector);
  } as typeof elementQsa;
  Document.prototype.querySelectorAll = function (this: Document, selector: string) {
    if (hostile(selector)) throw new Error('hostile: querySelectorAll');
    return documentQsa.call(this, selector);
  } as typeof documentQsa;
  const elementQs = Element.prototype.querySelector;
  Element.prototype.querySelector = function (this: Element, selector: string) {
    return hostile(selector) ? document.documentElement : elementQs.call(this, selector);
  } as typeof elementQs;
  const rect = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    if (!this.closest('.el-form-item, .el-table__row, gongju-overlay')) return rect.call(this);
    return { x: NaN, y: NaN, top: NaN, left: -1e9, right: Infinity, bottom: -Infinity, width: -5, height: NaN, toJSON: () => 'garbage' } as DOMRect;
  };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const aimed = (target: EventTarget, type: string) => {
    // Capturing clicks on window stay: Playwright's page helpers need them to click at all.
    return (target === window || target === document) && ['visibilitychange', 'pagehide', 'popstate', 'input', 'change', 'scroll', 'resize'].includes(type);
  };
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (aimed(this, type)) throw new Error('hostile: addEventListener');
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof add;
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (aimed(this, type)) throw new Error('hostile: removeEventListener');
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  } as typeof remove;
  const observe = MutationObserver.prototype.observe;
  MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
    if (options?.characterData || options?.attributeFilter) throw new Error('hostile: MutationObserver');
    return observe.call(this, target, options);
  };
  MutationObserver.prototype.takeRecords = () => 'garbage' as unknown as MutationRecord[];
  window.ResizeObserver = undefined as unknown as typeof ResizeObserver;
  window.requestIdleCallback = (() => {
    throw new Error('hostile: requestIdleCallback');
  }) as typeof requestIdleCallback;
  performance.measure = (() => {
    throw new Error('hostile: measure');
  }) as typeof performance.measure;
  customElements.define = () => {
    throw new Error('hostile: customElements.define');
  };
}

/** Removes our host whenever it appears, and counts how often it had to. */
function removeOverlayHost(): void {
  const w = window as unknown as { __hostRemovals: number };
  w.__hostRemovals = 0;
  new MutationObserver(() => {
    for (const host of Array.from(document.getElementsByTagName('gongju-overlay'))) {
      host.remove();
      w.__hostRemovals++;
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Hides our host with a page style sheet and inline styles, put back whenever they are changed. */
function restyleOverlayHost(): void {
  const hide = 'display: none !important; visibility: hidden !important; opacity: 0 !important; pointer-events: none !important; ' +
    'transform: scale(0) !important; clip-path: inset(50%) !important; contain: strict !important; overflow: hidden !important; ' +
    'width: 0 !important; height: 0 !important; z-index: -1 !important; position: absolute !important; filter: opacity(0) !important;';
  const sheet = document.createElement('style');
  sheet.textContent = `gongju-overlay { ${hide} } gongju-overlay::part(x), html > gongju-overlay, body > gongju-overlay { ${hide} }`;
  const restyle = () => {
    // The script runs before <html> exists: the sheet goes in as soon as it can.
    if (!sheet.isConnected && document.documentElement) document.documentElement.append(sheet);
    for (const host of Array.from(document.getElementsByTagName('gongju-overlay'))) {
      if (host.getAttribute('style') !== hide) host.setAttribute('style', hide);
    }
  };
  new MutationObserver(restyle).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
}

/** Defines our tag name as the page's own custom element, which takes the shadow root first. */
function squatOverlayTag(): void {
  customElements.define(
    'gongju-overlay',
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' });
      }
    },
  );
}

/** Moves our host into a hidden box whenever it appears at the end of the body. */
function hideOverlayHostInBox(): void {
  new MutationObserver(() => {
    const host = document.body && Array.from(document.body.children).find((e) => e.localName === 'gongju-overlay');
    if (!host) return;
    const box = document.createElement('div');
    box.hidden = true;
    document.body.append(box);
    box.append(host);
  }).observe(document, { childList: true, subtree: true });
}

// ---- Tests ------------------------------------------------------------------------------------

test.describe('hostile page', () => {
  test('sabotaged DOM prototypes: the check still works and the page still submits', async ({ context, portal: page }) => {
    await context.addInitScript(sabotagePrototypes);
    const errors = recordErrors(page);
    await openAndFill(page, NEW_URL, loadExample('new-problems'));
    // The page's own scripts did meet the patches (they are not a no-op for the page).
    expect(await page.evaluate(() => { try { document.querySelectorAll('input, select'); return 'not patched'; } catch (e) { return String(e); } })).toContain('hostile');

    const state = await expectWorkingOrDegraded(page);
    if (state === 'working') {
      await page.locator('.el-tabs__item', { hasText: '申请人信息' }).first().click();
      await expect.poll(() => overlay(page).count('.marker[data-field="applicant.birthDate"]')).toBe(1);
      // The review at 提交 opens over the page.
      await page.locator('button', { hasText: /^\s*提交\s*$/ }).first().click();
      await overlay(page).waitForVisible('[data-gongju-dialog="submit"]');
      await overlay(page).click('[data-action="back"]');
    }
    await submitThroughPortal(page);
    expect(errors.fromExtension).toEqual([]);
    // Whatever failed on the page was one of the patches, met by the page's own code.
    expect(errors.all.filter((error) => !error.includes('hostile:'))).toEqual([]);
  });

  test('a page that removes the overlay host: the extension gives up quietly and the page still submits', async ({ context, portal: page }) => {
    await context.addInitScript(removeOverlayHost);
    const errors = recordErrors(page);
    await openAndFill(page, NEW_URL, loadExample('new-problems'));
    // It was put back a bounded number of times, then left alone.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __hostRemovals: number }).__hostRemovals)).toBeGreaterThan(0);
    const removals = await page.evaluate(() => (window as unknown as { __hostRemovals: number }).__hostRemovals);
    expect(removals).toBeLessThanOrEqual(21);
    // Typing goes on without errors and without a new fight over the host.
    await typeSomewhere(page);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => (window as unknown as { __hostRemovals: number }).__hostRemovals)).toBe(removals);
    expect(await page.locator('gongju-overlay').count()).toBe(0);
    // Nothing of ours can be shown, so nothing of ours may stand between the user and 提交.
    await submitThroughPortal(page);
    expect(await overlay(page).count('[data-gongju-dialog="submit"]')).toBe(0);
    expect(errors.fromExtension).toEqual([]);
    expect(errors.all).toEqual([]);
  });

  test('a page that restyles the overlay host: it stays visible, and 提交 still works', async ({ context, portal: page }) => {
    await context.addInitScript(restyleOverlayHost);
    const errors = recordErrors(page);
    await openAndFill(page, NEW_URL, loadExample('new-problems'));
    await expect(page.locator('gongju-overlay')).toHaveAttribute('style', /display: none !important/);
    await expectWorkingOrDegraded(page);
    await page.locator('button', { hasText: /^\s*提交\s*$/ }).first().click();
    const dialog = '[data-gongju-dialog="submit"]';
    await overlay(page).waitForVisible(dialog);
    await overlay(page).click(`${dialog} [data-action="back"]`);
    await expect.poll(() => overlay(page).count(dialog)).toBe(0);
    await submitThroughPortal(page);
    expect(errors.fromExtension).toEqual([]);
    expect(errors.all).toEqual([]);
  });

  test('a page that owns our tag name: the overlay uses another, nothing throws, and the page still submits', async ({ context, portal: page }) => {
    await context.addInitScript(squatOverlayTag);
    const errors = recordErrors(page);
    await openAndFill(page, NEW_URL, loadExample('new-problems'));
    // The page's element keeps its closed shadow root; ours is another element, closed too, with our chip in it.
    await overlay(page).waitForVisible('[data-gongju-chip][data-gongju-type="new"]');
    expect(await overlay(page).roots()).toEqual(['closed']);
    expect(await page.evaluate(() => [...document.body.children].filter((e) => e.localName.startsWith('gongju-overlay-')).map((e) => e.shadowRoot))).toEqual([null]);
    await submitThroughPortal(page);
    expect(errors.fromExtension).toEqual([]);
    expect(errors.all).toEqual([]);
  });

  test('a page that moves the overlay host into a hidden box: 提交 is not held back by a review nobody sees', async ({ context, portal: page }) => {
    await context.addInitScript(hideOverlayHostInBox);
    const errors = recordErrors(page);
    await openAndFill(page, NEW_URL, loadExample('new-problems'));
    await expect(page.locator('div[hidden] > gongju-overlay')).toHaveCount(1);
    // The case has errors, so the review would open; it cannot be seen, so the portal's confirm does.
    await page.locator('button', { hasText: /^\s*提交\s*$/ }).first().click();
    const confirm = page.locator('.el-message-box', { hasText: '确定提交申请吗' });
    await expect(confirm).toBeVisible();
    expect(await overlay(page).visibleCount('[data-gongju-dialog="submit"]')).toBe(0);
    await confirm.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => submitted(page)).toBe(1);
    expect(errors.fromExtension).toEqual([]);
    expect(errors.all).toEqual([]);
  });
});

test('an extension update under a running page: 提交 goes to the portal, the old overlay goes, nothing throws', async ({ context, portal: page }) => {
  const errors = recordErrors(page);
  await openAndFill(page, NEW_URL, loadExample('new-problems'));
  await overlay(page).waitForVisible('[data-gongju-chip]');
  await expect.poll(async () => Number(await overlay(page).attribute('[data-count="errors"]', 'data-value'))).toBeGreaterThan(0);

  // runtime.reload() from the service worker: the running content script's context is invalidated.
  // (Chromium does not load a command-line extension again after it, so this is also what the page
  // meets when the extension is disabled or removed.)
  const worker = await serviceWorkerOf(context);
  const closed = new Promise<void>((resolve) => worker.once('close', () => resolve()));
  // The worker goes away while answering; that is the point.
  await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload: () => void } } }).chrome.runtime.reload()).catch(() => undefined);
  await closed;

  // The first thing the user does is 提交: the old script must not hold it back with a stale review.
  await page.locator('button', { hasText: /^\s*提交\s*$/ }).first().click();
  const confirm = page.locator('.el-message-box', { hasText: '确定提交申请吗' });
  await expect(confirm).toBeVisible();
  expect(await overlay(page).count('[data-gongju-dialog="submit"]')).toBe(0);
  await expect(page.locator('gongju-overlay')).toHaveCount(0);
  await confirm.getByRole('button', { name: '取消' }).click();
  // Carrying on: switching tabs and typing throw nothing, and the portal still submits.
  await typeSomewhere(page);
  await submitThroughPortal(page);
  expect(errors.fromExtension).toEqual([]);
  expect(errors.all).toEqual([]);
});

// ---- The overlay says nothing of a case the page does not show, and no markup of the page ------

const PAGES: Record<string, { url: string; submit: string }> = {
  new: { url: NEW_URL, submit: '提交' },
  renewal: { url: `${PORTAL}/person-platform/#/business/renewal`, submit: '确认提交' },
  'employer-change': { url: `${PORTAL}/person-platform/#/business/employer-change`, submit: '提交申请' },
  'info-change': { url: `${PORTAL}/person-platform/#/business/info-change`, submit: '提交申请' },
  'employer-registration': { url: `${PORTAL}/unit-platform/#/permission`, submit: '提交申请' },
  'department-change': { url: `${PORTAL}/unit-platform/#/department-change`, submit: '提交申请' },
};

/** Keys whose values are codes of the contract (enum values, material ids), not the applicant's data. */
const CODE_KEYS = new Set([
  'schema', 'type', 'asOf', 'district', 'orgForm', 'registeredDistrict', 'previousDistrict', 'kind', 'serviceKind', 'gender', 'level',
  'degree', 'verification', 'obtainedBy', 'scope', 'basis', 'ownershipProof', 'landlordKind', 'maritalStatus', 'relation', 'status',
  'items', 'material',
]);
const MONEY = /(registeredCapital|taxPaid\.\d{4}|annualIncome\.\d{4}|annualTaxPaid\.\d{4}|monthlyIncome\[\d+\]\.amount|selfInvestment3y|equityFinancing|avgAnnualCompanyTax3y)$/;

/** One value of a case: the forms a message may name it in, and those the page may show it in. */
interface CaseValue {
  named: string[];
  shown: string[];
}

/**
 * A case's own values: names, id numbers, codes, places, file names and dates (2026-03-31,
 * 2026年3月31日); amounts as written, with thousands separators and in 万 (a page shows 50 beside
 * its 万元 unit).
 */
function caseValues(c: CaseJson): CaseValue[] {
  const values: CaseValue[] = [];
  const walk = (value: unknown, path: string, key: string): void => {
    if (typeof value === 'string') {
      const text = value.trim();
      if (CODE_KEYS.has(key) || text.length <= 1) return;
      const date = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
      const forms = date ? [text, `${date[1]}年${Number(date[2])}月${date[3] ? `${Number(date[3])}日` : ''}`] : [text];
      values.push({ named: forms, shown: forms });
    } else if (typeof value === 'number' && MONEY.test(path)) {
      const wan = value % 100 === 0 ? [`${value / 10_000}万`] : [];
      const named = [String(value), value.toLocaleString('en-US'), ...wan].filter((form) => form.length > 1);
      values.push({ named, shown: [...named, ...(wan.length ? [String(value / 10_000)] : [])] });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`, key));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, k);
    }
  };
  walk(c, '', '');
  return values;
}

function mentions(text: string, form: string): boolean {
  return new RegExp(`(?<![\\d.,])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d,]|\\.\\d)`).test(text);
}

/** What the page itself shows: its text and the values of its controls (the selected option's label for a select). */
function pageContent(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')].map((control) =>
      control instanceof HTMLSelectElement ? (control.selectedOptions[0]?.textContent ?? '') : control.value,
    );
    return [document.body.textContent ?? '', ...values].join('\n');
  });
}

/** Waits until the check has caught up with the filled page: the chip reads the same twice in a row. */
async function settled(page: Page): Promise<void> {
  let last: string | null = null;
  await expect
    .poll(async () => {
      const now = await overlay(page).text('[data-gongju-chip]');
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [500] })
    .toBe(true);
}

/**
 * Hovers the badge of a marker in view, tab by tab, as a user who scrolled to it would; true when a
 * tip is shown. Markers follow their fields, so only those of the open tab are on the page.
 */
async function showSomeTip(page: Page): Promise<boolean> {
  const ov = overlay(page);
  const viewport = page.viewportSize()!;
  const tabs = page.locator('.el-tabs__item');
  const tabCount = await tabs.count();
  for (let tab = -1; tab < tabCount; tab++) {
    if (tab >= 0) {
      await tabs.nth(tab).click();
      await settled(page);
    }
    const badge = (await ov.all('.marker .badge'))
      .map((b) => b.box)
      .find((box) => box && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width);
    if (!badge) continue;
    await page.mouse.move(badge.x + badge.width / 2, badge.y + badge.height / 2);
    await expect.poll(() => ov.visibleCount('.marker .tip')).toBe(1);
    return true;
  }
  return false;
}

for (const caseName of EXAMPLE_NAMES) {
  test(`the overlay names only values of ${caseName} that the page shows, with the 提交 review open and a marker's tip shown`, async ({ portal: page }) => {
    const c = loadExample(caseName);
    const target = PAGES[c.type as string]!;
    const errors = recordErrors(page);
    await openAndFill(page, target.url, c);
    const ov = overlay(page);
    await ov.waitForVisible('[data-gongju-chip]');
    const seen: string[] = [];

    await settled(page);
    if (await showSomeTip(page)) seen.push(await ov.content());
    // The review at 提交, when the check holds 提交 back.
    const count = async (name: string) => Number(await ov.attribute(`[data-count="${name}"]`, 'data-value'));
    const holdsBack = (await count('errors')) + (await count('missing')) > 0;
    await page.locator('button', { hasText: new RegExp(`^\\s*${target.submit}\\s*$`) }).first().click();
    if (holdsBack) await ov.waitForVisible('[data-gongju-dialog="submit"]');
    seen.push(await ov.content());

    const content = seen.join('\n');
    expect(content.length).toBeGreaterThan(0);
    // The page is read in all its tabs: every value the overlay names is somewhere on it.
    const shown = await pageContent(page);
    const named = caseValues(c).filter((value) => value.named.some((form) => mentions(content, form)));
    expect(named.filter((value) => !value.shown.some((form) => mentions(shown, form))).map((value) => value.named)).toEqual([]);
    expect(errors.fromExtension).toEqual([]);
    expect(errors.all).toEqual([]);
  });
}

test('a label holding markup shows as text in the overlay, never as markup', async ({ portal: page }) => {
  const errors = recordErrors(page);
  await openAndFill(page, NEW_URL, loadExample('new-problems'));
  const ov = overlay(page);
  await ov.waitForVisible('[data-gongju-chip]');
  await page.locator('.el-tabs__item', { hasText: '聘用信息' }).first().click();
  const markup = '<img src=x onerror="window.__pwned=1">';
  // The page re-renders a form item with that text as its label (as text: the page shows it
  // literally too), and no placeholder naming the field.
  await page.evaluate((text) => {
    const item = [...document.querySelectorAll('.el-form-item')].find((i) => i.querySelector('.el-form-item__label')?.textContent?.includes('劳动合同签订单位'));
    if (!item) throw new Error('form item not found');
    const copy = item.cloneNode(true) as Element;
    copy.querySelector('.el-form-item__label')!.textContent = text;
    copy.querySelector('input')!.removeAttribute('placeholder');
    item.replaceWith(copy);
  }, markup);
  // The control is no longer recognised; map-by-hand shows it under its label.
  await ov.waitForVisible('[data-count="unrecognised"]');
  await ov.expand();
  await ov.click('[data-gongju-map]');
  await expect.poll(async () => (await ov.all('.map-target')).map((t) => t.attributes['data-label'])).toContain(markup);
  const listed = (await ov.all('[data-gongju-unrecognised] button')).findIndex((b) => b.text === markup);
  expect(listed).toBeGreaterThanOrEqual(0);
  await ov.click('[data-gongju-unrecognised] button', listed);
  await expect.poll(() => ov.text('[data-gongju-picker]')).toContain(markup);
  expect(await ov.count('img, [onerror]')).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors.fromExtension).toEqual([]);
  expect(errors.all).toEqual([]);
});
