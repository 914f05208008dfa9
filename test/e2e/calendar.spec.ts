// The data a check rests on, set by the user, reaches every view: the options' average wage on the
// portal page already open (issue 9: bridge.pageSettings carried only the language and the mappings).
import { loadExample } from '../support/cases';
import { NOTICE_2027 } from '../support/notice-2027';
import { expect, PORTAL, test } from './fixtures';
import { overlay } from './overlay';
import { extensionUrl, openAndFill, Store } from './pages';

const NEW_URL = `${PORTAL}/person-platform/#/business/new`;

test('the average wage set in the options changes the income marker on the open portal page, without a reload', async ({ context, extensionId, portal, watch }) => {
  // new-complete earns 25000 a month: above 1.5 × the built-in 11937, below 1.5 × 20000.
  const ov = overlay(portal);
  const incomeMarker = '.marker[data-rules~="applicant.income-threshold"]';
  await openAndFill(portal, NEW_URL, loadExample('new-complete'));
  await ov.waitForVisible('[data-gongju-chip]');
  await expect.poll(() => ov.attribute('[data-count="errors"]', 'data-value')).toMatch(/^\d+$/);
  await portal.locator('.el-tabs__item', { hasText: '聘用信息' }).first().click();
  expect(await ov.count(incomeMarker)).toBe(0);
  // Gone with the document if anything reloaded the page.
  await portal.evaluate(() => ((window as unknown as { stillOpen: boolean }).stillOpen = true));

  const options = await context.newPage();
  await options.goto(extensionUrl(extensionId, 'options.html'));
  await options.locator('#opt-wage-own').check();
  await options.locator('#opt-wage-monthly').fill('20000');
  await options.locator('#opt-wage-year').fill('2025');
  await options.getByRole('button', { name: '保存工资设置' }).click();
  await expect(options.getByText('正在使用：2025年度 20000 元/月（自定义）。')).toBeVisible();
  await options.close();

  // The page open all along hears of the change and checks again, without a reload.
  await expect.poll(() => ov.attribute(incomeMarker, 'data-severity')).toBe('error');
  expect(await portal.evaluate(() => (window as unknown as { stillOpen?: boolean }).stillOpen)).toBe(true);

  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('a 2027 notice pasted in the options moves the dashboard\'s last safe day off the provisional one', async ({ context, extensionId, watch }) => {
  const store = await Store.open(context, extensionId);
  const renewal = loadExample('renewal-complete') as Record<string, any>;
  const record = await store.save({ ...renewal, permit: { ...renewal.permit, validUntil: '2027-02-26' } });
  const lastSafe = async () => {
    const dashboard = await context.newPage();
    await dashboard.goto(extensionUrl(extensionId, 'dashboard.html#/'));
    const cell = dashboard.locator(`[role="row"][data-id="${record.id}"] [data-col="lastSafe"]`);
    await expect(cell).not.toHaveText('');
    // The date, then a 「（暂定）」 mark while 2027 has no schedule, then the days left.
    const date = await cell.evaluate((el) => el.firstChild?.textContent);
    const provisional = await cell.locator('.provisional-mark').count();
    await dashboard.close();
    return { date, provisional: provisional > 0 };
  };
  // Provisional 春节 2027: 02-04 … 02-12 off.
  expect(await lastSafe()).toEqual({ date: '2027年1月27日', provisional: true });

  const options = await context.newPage();
  await options.goto(extensionUrl(extensionId, 'options.html'));
  await options.getByLabel('粘贴国务院办公厅通知全文').fill(NOTICE_2027);
  await options.getByRole('button', { name: '读取通知' }).click();
  await expect(options.locator('.year-grid [data-date="2027-02-20"]')).toHaveAttribute('data-kind', 'work');
  await options.getByRole('button', { name: '保存2027年的安排' }).click();
  await expect(options.locator('.calendar-list tr[data-year="2027"]')).toContainText('国务院办公厅关于2027年部分节假日安排的通知');
  await options.close();

  // The notice's 春节 02-05 … 02-12 with Saturday 02-20 worked.
  expect(await lastSafe()).toEqual({ date: '2027年1月29日', provisional: false });
  expect(watch.errors).toEqual([]);
});
