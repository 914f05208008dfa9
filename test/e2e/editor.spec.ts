// The case editor's rough edges a clerk hits (newcomer-ux.md): the sticky bar leaves the live
// check's counts in view; dates are taken as written (1990年3月7日, 1990/3/7, 1990.03.07) or from
// a date picker; a valid ID number fills the birth date and gender and says so; a refused save
// scrolls to the first bad field, focuses it and names it; a saved case's deadlines go out as .ics.
import { expect, test } from './fixtures';
import { extensionUrl } from './pages';

test('editor: counts stay in view under the sticky bar, dates as written, ID number fills birth date and gender, refused save goes to the field', async ({ context, extensionId, watch }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(extensionUrl(extensionId, 'dashboard.html#/new'));
  await page.getByLabel('业务类型').selectOption({ label: '证件续签' });

  // A valid ID number: birth date and gender filled from it, and said so.
  await page.getByLabel('身份证号', { exact: true }).fill('110105199003071239');
  await expect(page.getByLabel('出生日期', { exact: true })).toHaveValue('1990-03-07');
  await expect(page.getByLabel('性别', { exact: true })).toHaveValue('male');
  await expect(page.locator('[data-id-filled]')).toContainText('已根据身份证号填写出生日期和性别');

  // Dates as written become YYYY-MM-DD when the field is left; the picker sets one too.
  const birth = page.getByLabel('出生日期', { exact: true });
  for (const written of ['1990年3月7日', '1990/3/7', '1990.03.07']) {
    await birth.fill(written);
    await birth.blur();
    await expect(birth).toHaveValue('1990-03-07');
  }
  await page.getByLabel('选择日期：出生日期').fill('1990-03-08');
  await expect(birth).toHaveValue('1990-03-08');
  await birth.fill('1990-03-07');

  // Scrolled down, the counts of the live check are below the sticky bar, not under it.
  await page.mouse.wheel(0, 1500);
  await page.waitForFunction(() => window.scrollY > 300);
  const bar = (await page.locator('.editor-bar').boundingBox())!;
  const summary = (await page.locator('.live-check .check-summary').boundingBox())!;
  expect(summary.y).toBeGreaterThanOrEqual(bar.y + bar.height);

  // A refused save: the first bad field is scrolled to, focused and named.
  const bad = page.getByLabel('工作居住证有效期至', { exact: true });
  await bad.fill('2027-02-30');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(bad).toBeFocused();
  await expect(bad).toBeInViewport();
  await expect(page.locator('.save-state')).toContainText('工作居住证有效期至');

  // A stored case's own deadlines as .ics, from the editor.
  await bad.fill('2027-01-15');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.locator('.save-state')).toHaveText('已保存。');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出日历（.ics）' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  expect(watch.errors).toEqual([]);
});
