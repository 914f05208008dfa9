// A staff roster into the dashboard (case-format.md, Rosters) in Chromium with the built
// extension: the .xlsx is read in a worker, its columns are mapped (one by hand, remembered for
// the next file with the same columns), every row is previewed with its problem, the import makes
// the dashboard's rows with the roster's dates, their deadlines go out as an .ics calendar, and
// the import can be undone.
import { readFileSync, writeFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { dateCell, xlsxBytes } from '../unit/roster/helpers';
import { expect, test } from './fixtures';
import { clockAt, extensionUrl, seriousViolations, Store } from './pages';

// 2027-01-15 and 2028-06-30 as Excel's day serials.
const JAN_15_2027 = 46402;
const JUN_30_2028 = 46934;

function roster(): Uint8Array {
  return xlsxBytes({
    rows: [
      ['2026年工作居住证到期名册', null, null, null, null],
      ['姓名', '身份证号', '工作居住证有效期至', '合同期满', '备注'],
      ['李明', '110105199003071239', dateCell(JAN_15_2027), dateCell(JUN_30_2028), '材料已齐'],
      ['赵雪', '110105198506120024', '2027年3月1日', '2028/6/30', null],
      [null, null, null, null, null],
      ['孙浩', '110105198807150013', '2027-02-30', null, null],
    ],
    merges: ['A1:E1'],
  });
}

test('roster: an .xlsx becomes dashboard rows with the right dates and a calendar of deadlines, mapped by hand once, and the import is undone', async ({ context, extensionId, watch }, testInfo) => {
  const file = testInfo.outputPath('名册.xlsx');
  writeFileSync(file, roster());
  const store = await Store.open(context, extensionId);
  const page = await context.newPage();
  await page.clock.setFixedTime(clockAt('2026-11-27'));
  await page.goto(extensionUrl(extensionId, 'dashboard.html#/'));

  const choose = async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入名册（Excel/CSV）' }).click()]);
    await chooser.setFiles(file);
  };
  await choose();
  const panel = page.locator('section.roster');
  const summary = panel.locator('[data-cases]');
  await expect(summary).toHaveAttribute('data-cases', '2');
  await expect(summary).toHaveAttribute('data-problems', '1');
  await expect(panel.getByLabel('姓名', { exact: true })).toHaveValue('applicant.name');
  await expect(panel.getByLabel('合同期满', { exact: true })).toHaveValue('');
  // The row that is no date names the column and the value; the empty row is skipped.
  await expect(panel.locator('tr[data-row]')).toHaveCount(3);
  await expect(panel.locator('tr[data-row="6"]')).toContainText('工作居住证有效期至：“2027-02-30”不是有效日期');
  await expect(panel.locator('tr[data-row="4"] [data-field="permit.validUntil"]')).toHaveText('2027年3月1日');
  expect(await seriousViolations(page)).toEqual([]);

  // 合同期满 is no name the roster knows: mapped by hand, it is kept for the next file like it.
  await panel.getByLabel('合同期满', { exact: true }).selectOption({ label: '劳动合同截止日期' });
  await expect(panel.locator('tr[data-row="3"] [data-field="applicant.employment.contractEndDate"]')).toHaveText('2028年6月30日');
  await panel.getByRole('button', { name: '取消' }).click();
  await expect(panel).toHaveCount(0);
  await choose();
  await expect(panel.getByLabel('合同期满', { exact: true })).toHaveValue('applicant.employment.contractEndDate');

  await panel.getByRole('button', { name: '导入 2 个案例' }).click();
  await expect(panel.locator('[data-created]')).toHaveAttribute('data-created', '2');
  const rowOf = (name: string) => page.locator('.case-body .case-row', { has: page.getByRole('link', { name, exact: true }) });
  await expect(rowOf('李明').locator('[data-col="permitEnd"]')).toHaveText('2027年1月15日');
  await expect(rowOf('赵雪').locator('[data-col="permitEnd"]')).toHaveText('2027年3月1日');
  await expect(rowOf('李明').locator('[data-col="type"]')).toHaveText('证件续签');
  await expect(rowOf('李明').locator('[data-col="lastSafe"]')).not.toHaveText('');
  const stored = await store.list();
  expect(stored.map((r) => r.case.applicant?.employment?.contractEndDate).sort()).toEqual(['2028-06-30', '2028-06-30']);

  // Every deadline into a calendar: no names unless ticked, dates as the roster has them.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出日历（.ics，2 个案例）' }).click()]);
  const icsFile = testInfo.outputPath('deadlines.ics');
  await download.saveAs(icsFile);
  const ics = readFileSync(icsFile, 'utf8');
  expect(ics).not.toContain('李明');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const expiries = events.filter((e) => e.uid.endsWith('.permit-expiry@gongju-precheck')).map((e) => e.startDate.toString());
  expect(expiries.sort()).toEqual(['2027-01-15', '2027-03-01']);
  expect(events.filter((e) => e.uid.endsWith('.contract-end@gongju-precheck'))).toHaveLength(2);
  expect(events.filter((e) => e.uid.endsWith('.last-safe@gongju-precheck'))).toHaveLength(2);

  await panel.getByRole('button', { name: '撤销这次导入' }).click();
  await expect(page.locator('.case-body .case-row')).toHaveCount(0);
  expect(await store.list()).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('roster: a file that is not a roster is refused with a message and changes nothing', async ({ context, extensionId }, testInfo) => {
  const file = testInfo.outputPath('notes.csv');
  writeFileSync(file, '编号,说明\n1,x\n');
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, 'dashboard.html#/'));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入名册（Excel/CSV）' }).click()]);
  await chooser.setFiles(file);
  await expect(page.locator('section.roster [role="alert"]')).toHaveAttribute('data-reason', 'no-header');
  await expect(page.locator('section.roster [role="alert"]')).toContainText('没有找到表头');
});
