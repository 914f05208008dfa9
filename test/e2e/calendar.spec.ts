// The data a check rests on, set by the user, reaches every view: the options' average wage on the
// portal page (issue 9: bridge.pageSettings carried only the language and the mappings).
import { loadExample } from '../support/cases';
import { expect, PORTAL, test } from './fixtures';
import { extensionUrl, openAndFill } from './pages';

const NEW_URL = `${PORTAL}/person-platform/#/business/new`;

test('the average wage set in the options changes the income marker on the portal page', async ({ context, extensionId, portal, watch }) => {
  // new-complete earns 25000 a month: above 1.5 × the built-in 11937, below 1.5 × 20000.
  const incomeMarker = portal.locator('gongju-overlay .marker[data-rules~="applicant.income-threshold"]');
  const openIncome = async () => {
    await openAndFill(portal, NEW_URL, loadExample('new-complete'));
    await expect(portal.locator('gongju-overlay [data-gongju-chip]')).toBeVisible();
    await expect(portal.locator('gongju-overlay [data-count="errors"]')).toHaveAttribute('data-value', /^\d+$/);
    await portal.locator('.el-tabs__item', { hasText: '聘用信息' }).first().click();
  };
  await openIncome();
  await expect(incomeMarker).toHaveCount(0);

  const options = await context.newPage();
  await options.goto(extensionUrl(extensionId, 'options.html'));
  await options.locator('#opt-wage-own').check();
  await options.locator('#opt-wage-monthly').fill('20000');
  await options.locator('#opt-wage-year').fill('2025');
  await options.getByRole('button', { name: '保存工资设置' }).click();
  await expect(options.getByText('正在使用：2025年度 20000 元/月（自定义）。')).toBeVisible();
  await options.close();

  // The page is opened anew, as a user reloads it after changing a setting.
  await portal.goto('about:blank');
  await openIncome();
  await expect(incomeMarker.first()).toHaveAttribute('data-severity', 'error');

  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
