// The content script on the replica portal, in Chromium, with the built extension: markers on the
// right fields, the 提交 review, hand mapping, and no console errors or foreign requests.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { loadExample, type ExampleName } from '../support/cases';
import { expect, overlay, PORTAL, test } from './fixtures';
import type { Box } from './overlay';
import { screenshotDir, Store } from './pages';

interface Business {
  type: string;
  url: string;
  caseName: ExampleName;
  /** Changes to the example case, so the expected finding does not depend on today's date. */
  patch?: (c: Record<string, any>) => void;
  submitLabel: string;
  /** A field marker to expect: the tab to open, the label of the field, the case path and a rule. */
  field?: { tab?: string; label: string; path: string; rule: string };
}

const BUSINESSES: Business[] = [
  {
    type: 'new',
    url: `${PORTAL}/person-platform/#/business/new`,
    caseName: 'new-problems',
    submitLabel: '提交',
    field: { tab: '申请人信息', label: '出生日期', path: 'applicant.birthDate', rule: 'applicant.age-limit' },
  },
  {
    type: 'renewal',
    url: `${PORTAL}/person-platform/#/business/renewal`,
    caseName: 'renewal-complete',
    // A permit that ended years ago cannot be renewed, whatever the date the test runs on.
    patch: (c) => void (c.permit.validUntil = '2021-06-30'),
    submitLabel: '确认提交',
    field: { tab: '证件信息', label: '有效期至', path: 'permit.validUntil', rule: 'renewal.expired' },
  },
  {
    type: 'employer-change',
    url: `${PORTAL}/person-platform/#/business/employer-change`,
    caseName: 'employer-change-late',
    // A permit that ended years ago is past its last safe day, whatever the date the test runs on.
    patch: (c) => void (c.permit.validUntil = '2021-06-30'),
    submitLabel: '提交申请',
    field: { label: '有效期至', path: 'permit.validUntil', rule: 'employer-change.deadline' },
  },
  {
    type: 'info-change',
    url: `${PORTAL}/person-platform/#/business/info-change`,
    caseName: 'info-change-complete',
    submitLabel: '提交申请',
  },
  {
    type: 'employer-registration',
    url: `${PORTAL}/unit-platform/#/permission`,
    caseName: 'employer-registration-problems',
    submitLabel: '提交申请',
    field: { label: '注册资本', path: 'employer.registeredCapital', rule: 'employer.registered-capital' },
  },
  {
    type: 'department-change',
    url: `${PORTAL}/unit-platform/#/department-change`,
    caseName: 'department-change-complete',
    submitLabel: '提交申请',
  },
];

/** Opens a page of the replica and fills it from an example case as a user would. */
async function openAndFill(page: Page, url: string, caseName: ExampleName, patch?: (c: Record<string, any>) => void) {
  const example: Record<string, any> = loadExample(caseName);
  patch?.(example);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __replica?: unknown }).__replica);
  await page.evaluate((hash) => (window as unknown as { __replica: { route: (h: string) => Promise<void> } }).__replica.route(hash), new URL(url).hash);
  await page.evaluate((c) => (window as unknown as { __replica: { fill: (c: unknown) => Promise<void> } }).__replica.fill(c), example);
  await overlay(page).waitForVisible('[data-gongju-chip]');
}

async function boxesOverlap(a: Box, b: Locator) {
  const [boxA, boxB] = [a, await b.boundingBox()];
  expect(boxA, 'marker box').not.toBeNull();
  expect(boxB, 'field box').not.toBeNull();
  const overlapX = Math.min(boxA!.x + boxA!.width, boxB!.x + boxB!.width) - Math.max(boxA!.x, boxB!.x);
  const overlapY = Math.min(boxA!.y + boxA!.height, boxB!.y + boxB!.height) - Math.max(boxA!.y, boxB!.y);
  expect(overlapX).toBeGreaterThan(0);
  expect(overlapY).toBeGreaterThan(0);
}

/** The visible control (or read-only value cell) of the form item labelled `label`. */
function fieldByLabel(page: Page, label: string): Locator {
  const text = new RegExp(`^\\s*\\*?\\s*${label}[：:]?\\s*$`);
  const formItem = page
    .locator('.el-form-item:visible')
    .filter({ has: page.locator('.el-form-item__label', { hasText: text }) })
    .locator('.el-form-item__content');
  const description = page
    .locator('.el-descriptions-item__label:visible, th.el-descriptions-item__label:visible', { hasText: text })
    .locator('xpath=following-sibling::*[1]');
  return formItem.or(description).first();
}

/** The chip's error count once re-checks after filling have settled (two equal reads 600 ms apart). */
async function settledErrorCount(page: Page): Promise<number> {
  const read = async () => Number(await overlay(page).attribute('[data-count="errors"]', 'data-value'));
  let last = await read();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(600);
    const now = await read();
    if (now === last) return now;
    last = now;
  }
  return last;
}

async function openTab(page: Page, tab: string) {
  await page.locator('.el-tabs__item', { hasText: tab }).first().click();
}

function replicaSubmitted(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __replica: { submitted: number } }).__replica.submitted);
}

for (const business of BUSINESSES) {
  test(`${business.type}: markers on the page, every finding at 提交`, async ({ portal: page, watch }) => {
    await openAndFill(page, business.url, business.caseName, business.patch);
    const ov = overlay(page);
    await ov.waitForVisible(`[data-gongju-type="${business.type}"]`);

    if (business.field) {
      if (business.field.tab) await openTab(page, business.field.tab);
      const marker = `.marker[data-field="${business.field.path}"]`;
      await expect.poll(() => ov.attribute(marker, 'data-rules')).toMatch(new RegExp(`(^| )${business.field.rule.replace('.', '\\.')}( |$)`));
      await boxesOverlap(await ov.box(marker), fieldByLabel(page, business.field.label));
    }

    expect((await ov.content()).length).toBeGreaterThan(0);

    const errors = await settledErrorCount(page);
    const submit = page.locator('button', { hasText: new RegExp(`^\\s*${business.submitLabel}\\s*$`) }).first();
    await submit.click();
    if (errors > 0) {
      const dialog = '[data-gongju-dialog="submit"]';
      await ov.waitForVisible(dialog);
      expect(await ov.count(`${dialog} [data-group="error"] .finding`)).toBe(errors);
      // 返回修改: the portal's own confirm never opens.
      await ov.click(`${dialog} [data-action="back"]`);
      await expect.poll(() => ov.count(dialog)).toBe(0);
      await expect(page.locator('.el-message-box', { hasText: '确定提交申请吗' })).toHaveCount(0);
      // 仍然提交: the portal's own handler runs and submits.
      await submit.click();
      await ov.click(`${dialog} [data-action="anyway"]`);
    }
    await page.locator('.el-message-box', { hasText: '确定提交申请吗' }).getByRole('button', { name: '确定' }).click();
    await expect.poll(() => replicaSubmitted(page)).toBe(1);

    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
}

test('new: missing materials are marked on their attachment rows', async ({ portal: page }) => {
  await openAndFill(page, `${PORTAL}/person-platform/#/business/new`, 'new-problems');
  await openTab(page, '附件');
  const ov = overlay(page);
  const marker = '.marker[data-field="attachments"][data-material="withholding-client-screenshot"]';
  await expect.poll(() => ov.attribute(marker, 'data-rules')).toBe('material.missing');
  expect(await ov.attribute(marker, 'data-severity')).toBe('error');
  await boxesOverlap(await ov.box(marker), page.locator('.el-table__body tr', { hasText: '扣缴客户端截图' }).first());
  // An uploaded material loses its marker once the row says 已上传.
  await page.evaluate(() => (window as unknown as { __replica: { upload: (r: string, f: string) => Promise<void> } }).__replica.upload('扣缴客户端截图', '扣缴客户端截图.pdf'));
  await expect.poll(() => ov.count(marker)).toBe(0);
});

test('a complete case submits straight through', async ({ portal: page, replica }) => {
  const before = replica.submissions.length;
  await openAndFill(page, `${PORTAL}/person-platform/#/business/renewal`, 'renewal-complete');
  const ov = overlay(page);
  await expect.poll(() => ov.attribute('[data-count="errors"]', 'data-value')).toBe('0');
  await page.locator('button', { hasText: /^\s*确认提交\s*$/ }).first().click();
  expect(await ov.count('[data-gongju-dialog="submit"]')).toBe(0);
  await page.locator('.el-message-box', { hasText: '确定提交申请吗' }).getByRole('button', { name: '确定' }).click();
  await expect.poll(() => replica.submissions.length).toBe(before + 1);
});

test('markers follow scrolling and tab switches', async ({ portal: page }) => {
  await openAndFill(page, `${PORTAL}/person-platform/#/business/new`, 'new-problems');
  await openTab(page, '附件');
  const ov = overlay(page);
  const marker = '.marker[data-material="withholding-client-screenshot"]';
  const row = page.locator('.el-table__body tr', { hasText: '扣缴客户端截图' }).first();
  await boxesOverlap(await ov.box(marker), row);
  await page.mouse.wheel(0, 300);
  await expect.poll(async () => Math.round((await ov.box(marker)).y - (await row.boundingBox())!.y)).toBe(0);
  await openTab(page, '申请人信息');
  await expect.poll(() => ov.count(marker)).toBe(0);
});

test('a section the page unfolds by a class change is read again and gets its markers, without any input event', async ({ portal: page }) => {
  await openAndFill(page, `${PORTAL}/unit-platform/#/permission`, 'employer-registration-problems');
  const ov = overlay(page);
  const marker = '.marker[data-field="employer.registeredCapital"]';
  await expect.poll(() => ov.count(marker)).toBe(1);
  const errors = await settledErrorCount(page);
  // The page's own script folds the form item with a class of its style sheet.
  const fold = (folded: boolean) =>
    page.evaluate((on) => {
      if (!document.getElementById('fold-style')) {
        const style = document.createElement('style');
        style.id = 'fold-style';
        style.textContent = '.is-folded { display: none !important; }';
        document.head.append(style);
      }
      const label = [...document.querySelectorAll('.el-form-item__label, .el-descriptions-item__label')].find((l) => /注册资本/.test(l.textContent ?? ''));
      label!.closest('.el-form-item, tr')!.classList.toggle('is-folded', on);
    }, folded);
  await fold(true);
  // Folded and read again (an input elsewhere): the capital is not on the page, nor its error.
  await page.evaluate(() => document.querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true })));
  await expect.poll(() => settledErrorCount(page)).toBeLessThan(errors);
  // Unfolded by the class alone: no input, no change event.
  await fold(false);
  await expect.poll(() => ov.count(marker)).toBe(1);
  await boxesOverlap(await ov.box(marker), fieldByLabel(page, '注册资本'));
  expect(await settledErrorCount(page)).toBe(errors);
});

test('an unknown layout says what it did not recognise; a hand mapping sticks across reloads', async ({ portal: page }) => {
  await page.goto(`${PORTAL}/person-platform/#/odd`);
  const ov = overlay(page);
  const unrecognised = '[data-count="unrecognised"]';
  await ov.waitForVisible(unrecognised);
  const before = Number(await ov.attribute(unrecognised, 'data-value'));
  expect(before).toBeGreaterThan(0);

  await ov.expand();
  await ov.click('[data-gongju-map]');
  // The control is picked on the page itself: its outline lets the click through to it. Taken once
  // the outline has settled: the expanded chip may still move the page's layout under it.
  const target = await ov.centre('.map-target', 0, false);
  await page.mouse.click(target.x, target.y);
  await ov.type('[data-gongju-picker] input[type="search"]', 'applicant.hukouLocation');
  await ov.click('[data-gongju-picker] [data-path="applicant.hukouLocation"]');
  await expect.poll(() => ov.attribute(unrecognised, 'data-value')).toBe(String(before - 1));

  await page.reload();
  await expect.poll(() => ov.attribute(unrecognised, 'data-value')).toBe(String(before - 1));
});

test('the page finds no shadow root of ours, gets no message or measure from us, and sees nothing of ours but the host', async ({ portal: page }) => {
  // The page's own scripts, from before any of ours: they note every message posted to the window
  // and every shadow root attached through the page's prototypes.
  await page.addInitScript(() => {
    const w = window as unknown as { __messages: string[]; __attached: number };
    w.__messages = [];
    w.__attached = 0;
    addEventListener('message', (event) => w.__messages.push(JSON.stringify(event.data)));
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      w.__attached++;
      return attach.call(this, init);
    };
  });
  await openAndFill(page, `${PORTAL}/person-platform/#/business/new`, 'new-problems');
  await page.locator('button', { hasText: /^\s*提交\s*$/ }).first().click();
  const ov = overlay(page);
  await ov.waitForVisible('[data-gongju-dialog="submit"]');
  expect(await ov.roots()).toEqual(['closed']);

  const seen = await page.evaluate(() => {
    const w = window as unknown as { __messages: string[]; __attached: number };
    return {
      hosts: document.querySelectorAll('gongju-overlay').length,
      shadowRoots: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.localName),
      messages: w.__messages,
      attached: w.__attached,
      measures: performance.getEntriesByType('measure').map((m) => m.name),
      // Nothing of ours outside the shadow root: no attributes, classes or nodes in the portal's DOM.
      ours: [...document.querySelectorAll('*')].filter((e) => e.localName !== 'gongju-overlay' && ([...e.attributes].some((a) => a.name.includes('gongju')) || /gongju/.test(e.className.toString()))).length,
    };
  });
  expect(seen).toEqual({ hosts: 1, shadowRoots: [], messages: [], attached: 0, measures: [], ours: 0 });
});

test('the overlay names the values the page shows, never those of a stored draft', async ({ portal: page, context, extensionId }) => {
  const c = loadExample('new-problems') as { applicant: { housing: { leaseEnd: string } } };
  // The store holds this applicant's case with another lease end and name, as edited on the dashboard.
  const store = await Store.open(context, extensionId);
  const stored = structuredClone(c) as Record<string, any>;
  stored.applicant.housing.leaseEnd = '2027-04-15';
  stored.applicant.name = '钱多多';
  await store.save(stored);
  await store.page.close();

  await openAndFill(page, `${PORTAL}/person-platform/#/business/new`, 'new-problems');
  await page.locator('button', { hasText: /^\s*提交\s*$/ }).first().click();
  const ov = overlay(page);
  await ov.waitForVisible('[data-gongju-dialog="submit"]');
  const review = await ov.text('[data-gongju-dialog="submit"]');
  // The lease end and the companion's row number as the page shows them.
  expect(review).toMatch(/2027-03-31|2027年3月31日/);
  expect(review).toContain('随往人员第1位');
  const content = await ov.content();
  expect(content).not.toMatch(/2027-04-15|2027年4月15日/);
  expect(content).not.toContain('钱多多');
});

test('screenshots for the README: markers on a form, the 提交 review', async ({ portal: page }) => {
  const dir = screenshotDir();
  await openAndFill(page, `${PORTAL}/person-platform/#/business/new`, 'new-problems');
  await openTab(page, '附件');
  await overlay(page).waitForVisible('.marker[data-material]');
  await page.screenshot({ path: join(dir, 'portal-markers.png') });
  await page.locator('button', { hasText: /^\s*提交\s*$/ }).first().click();
  await overlay(page).waitForVisible('[data-gongju-dialog="submit"]');
  await page.screenshot({ path: join(dir, 'submit-review.png') });
});
