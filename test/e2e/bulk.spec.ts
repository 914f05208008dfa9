// Bulk work on the dashboard in Chromium with the built extension: cases ticked by mouse (a
// shift-click ticks a range) and by keyboard, then their status set and undone, printed as one
// document with a page per case, deleted and brought back.
import { loadExample } from '../support/cases';
import { expect, test } from './fixtures';
import { extensionUrl, seriousViolations, Store } from './pages';

test('bulk: select by mouse and keyboard, set status with undo, print one document, delete with undo', async ({ context, extensionId, watch }) => {
  const store = await Store.open(context, extensionId);
  const base = loadExample('renewal-complete');
  const names = ['甲一', '乙二', '丙三'];
  for (const [i, name] of names.entries()) {
    await store.save({ ...base, applicant: { ...(base.applicant as object), name, idNumber: `11010519900307${String(1230 + i)}` } }, 'draft');
  }
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, 'dashboard.html#/'));
  const box = (name: string) => page.getByRole('checkbox', { name: `选择：${name}` });
  const rowOf = (name: string) => page.locator('.case-body .case-row', { has: page.getByRole('link', { name, exact: true }) });
  await expect(page.locator('.case-body .case-row')).toHaveCount(3);
  const order = await page.locator('.case-body [role="rowheader"]').allTextContents();

  // Mouse: the first, then shift-click the last ticks the range.
  await box(order[0]!).click();
  await box(order[2]!).click({ modifiers: ['Shift'] });
  const bar = page.locator('.bulk-actions');
  await expect(bar).toHaveAttribute('data-selected', '3');
  // Keyboard: Space on the focused box unticks it.
  await box(order[1]!).focus();
  await page.keyboard.press('Space');
  await expect(bar).toHaveAttribute('data-selected', '2');
  expect(await seriousViolations(page)).toEqual([]);

  await bar.getByLabel('状态改为').selectOption({ label: '已提交' });
  await bar.getByRole('button', { name: '设置状态' }).click();
  await expect(page.locator('.toast')).toContainText('已把 2 个案例的状态改为“已提交”');
  await expect(rowOf(order[0]!).locator('[data-col="status"]')).toHaveText('已提交');
  await expect(rowOf(order[1]!).locator('[data-col="status"]')).toHaveText('草稿');
  await page.locator('.toast').getByRole('button', { name: '撤销' }).click();
  await expect(rowOf(order[0]!).locator('[data-col="status"]')).toHaveText('草稿');

  const [print] = await Promise.all([context.waitForEvent('page'), bar.getByRole('link', { name: '打印所选' }).click()]);
  await expect(print.locator('.print-case')).toHaveCount(2);
  await expect(print.locator('.print-case').nth(1)).toHaveClass(/page-break/);
  await expect(print.locator('.print-case .sheet-header').first()).toContainText(order[0]!);
  await expect(print.locator('.print-case').nth(1).locator('.sheet-header').first()).toContainText(order[2]!);
  // Each case starts a new page when printed.
  await print.emulateMedia({ media: 'print' });
  expect(await print.locator('.print-case').nth(1).evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  await print.close();

  await bar.getByRole('button', { name: '删除所选 2 个' }).click();
  await expect(page.locator('.case-body .case-row')).toHaveCount(1);
  await expect(bar).toHaveCount(0);
  await page.locator('.toast').getByRole('button', { name: '撤销' }).click();
  await expect(page.locator('.case-body .case-row')).toHaveCount(3);
  expect((await store.list()).map((r) => r.status)).toEqual(['draft', 'draft', 'draft']);
  expect(watch.errors).toEqual([]);
});
