// Fill back in Chromium with the built extension: a case saved from the replica's 新办 page is
// written back into the emptied form from the side panel, once the user chose it there, and from messages of an extension page
// into 基础信息 and a 新办 variant. Each field kind is checked in the page's DOM and in what the
// replica's own 提交 posts.
import type { Page } from '@playwright/test';
import { loadExample } from '../support/cases';
import { expect, overlay, PORTAL, test, type Replica } from './fixtures';

const NEW = `${PORTAL}/person-platform/#/business/new`;
const BASIC = `${PORTAL}/person-platform/#/basic`;

type Json = Record<string, any>;

interface ReplicaHooks {
  route(hash: string): Promise<void>;
  fill(c: unknown): Promise<void>;
  submitted: number;
}

async function openRoute(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __replica?: unknown }).__replica);
  await page.evaluate((hash) => (window as unknown as { __replica: ReplicaHooks }).__replica.route(hash), new URL(url).hash);
  await overlay(page).waitForVisible('[data-gongju-chip]');
}

async function fillFromCase(page: Page, c: Json) {
  await page.evaluate((data) => (window as unknown as { __replica: ReplicaHooks }).__replica.fill(data), c);
}

/** The input (or textarea) of the form item labelled `label`. */
function control(page: Page, label: string) {
  const text = new RegExp(`^\\s*\\*?\\s*${label}[：:]?\\s*$`);
  return page
    .locator('.el-form-item')
    .filter({ has: page.locator('.el-form-item__label', { hasText: text }) })
    .locator('.el-form-item__content input:not([type="radio"]):not([type="checkbox"]), .el-form-item__content textarea')
    .first();
}

async function openTab(page: Page, tab: string) {
  await page.locator('.el-tabs__item', { hasText: tab }).first().click();
}

/** 提交 → (仍然提交 past our review when the check finds errors) → 确定; returns what the replica recorded. */
async function submitNew(page: Page, replica: Replica): Promise<Json> {
  const before = replica.submissions.length;
  await page.locator('button', { hasText: /^\s*提交\s*$/ }).first().click();
  const review = '[data-gongju-dialog="submit"]';
  const confirm = page.locator('.el-message-box', { hasText: '确定提交申请吗' });
  await expect.poll(async () => (await overlay(page).isVisible(review)) || (await confirm.isVisible())).toBe(true);
  if (await overlay(page).isVisible(review)) await overlay(page).click(`${review} [data-action="anyway"]`);
  await confirm.getByRole('button', { name: '确定' }).click();
  await expect.poll(() => replica.submissions.length).toBe(before + 1);
  return replica.submissions.at(-1) as Json;
}

test('fill-back writes every field kind: from the side panel into the emptied 新办 form', async ({ context, portal, extensionId, replica, watch }) => {
  const stored: Json = loadExample('new-complete');
  await openRoute(portal, NEW);
  await fillFromCase(portal, stored);

  // The side panel, opened as a tab, follows the active tab: bring the portal to the front.
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await portal.bringToFront();
  // Shown once the page's autosave has reached the store.
  await expect(panel.locator('.tab-case .case-name')).toHaveText('张三');

  await portal.reload();
  await portal.waitForFunction(() => (window as unknown as { __replica?: unknown }).__replica);
  await expect(portal.locator('.el-tabs')).toBeVisible();
  await openTab(portal, '聘用信息');
  await expect(control(portal, '入职日期')).toHaveValue('');
  await openTab(portal, '申请人信息');

  // The reloaded, emptied form shows no case: nothing is offered until the user chooses the case.
  const chooser = panel.locator('[data-fill-choose]');
  await expect(chooser).toBeVisible();
  await expect(panel.locator('.tab-case')).toHaveCount(0);
  const option = chooser.locator('option', { hasText: '张三' });
  await chooser.locator('select').selectOption((await option.getAttribute('value'))!);
  await panel.locator('[data-fill="start"]').click();
  const rows = panel.locator('[data-fill-row]');
  const row = (path: string) => panel.locator(`[data-fill-row="${path}"]`);
  await expect(rows.first()).toBeVisible();
  await expect(row('applicant.basis')).toHaveAttribute('data-kind', 'select');
  await expect(row('applicant.housing.kind')).toHaveAttribute('data-kind', 'select');
  await expect(row('applicant.housing.kind').locator('.fill-to')).toHaveText('租住房屋');
  await expect(row('applicant.employment.startDate')).toHaveAttribute('data-kind', 'date');
  await expect(row('applicant.employment.startDate').locator('.fill-to')).toHaveText('2016-07-01');
  await expect(row('applicant.employment.contractEmployer')).toHaveAttribute('data-kind', 'text');
  // Nothing the page does not have: no rows are added for the work history or the incomes, no attachments.
  expect(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-fill-row')))).not.toEqual(
    expect.arrayContaining([expect.stringMatching(/workHistory|monthlyIncome|attachments/)]),
  );
  // The applicant's profile is shown read-only on this page: said, not written.
  await expect(panel.locator('[data-fill-blocked="applicant.name"]')).toBeVisible();

  await panel.locator('[data-fill="confirm"]').click();
  // 住所类型 租住房屋 made 出租方类型 and 租赁截止日期 appear: offered in a second round.
  await expect(row('applicant.housing.landlordKind')).toBeVisible();
  await expect(row('applicant.housing.leaseEnd')).toHaveAttribute('data-kind', 'date');
  await expect(row('applicant.employment.startDate')).toHaveCount(0);
  await panel.locator('[data-fill="confirm"]').click();
  await expect(panel.locator('[data-fill="done"]')).toBeVisible();
  await expect(panel.locator('[data-fill-failed]')).toHaveCount(0);

  await openTab(portal, '申请人信息');
  await expect(control(portal, '申请条件')).toHaveValue('取得学士（含）以上学位');
  await openTab(portal, '聘用信息');
  await expect(control(portal, '入职日期')).toHaveValue('2016-07-01');
  await expect(control(portal, '劳动合同截止日期')).toHaveValue('2028-06-30');
  await expect(control(portal, '劳动合同签订单位')).toHaveValue('北京石景智联科技有限公司');
  await expect(control(portal, '个人所得税扣缴单位')).toHaveValue('北京石景智联科技有限公司');
  await openTab(portal, '住所信息');
  await expect(control(portal, '住所类型')).toHaveValue('租住房屋');
  await expect(control(portal, '出租方类型')).toHaveValue('单位/企业');
  await expect(control(portal, '租赁截止日期')).toHaveValue('2027-08-31');

  // What the portal itself sends: the codes behind the options, the dates its pickers produced.
  const submitted = await submitNew(portal, replica);
  expect(submitted.form).toMatchObject({
    sqtj: '01',
    rzrq: '2016-07-01',
    htjzrq: '2028-06-30',
    wgdqx: false,
    htqddw: '北京石景智联科技有限公司',
    sbjndw: '北京石景智联科技有限公司',
    gsjndw: '北京石景智联科技有限公司',
    zslx: '4',
    czflx: '1',
    zljzrq: '2027-08-31',
  });
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

/** Sends a fill request to the portal tab from an extension page, as the side panel does. */
async function ask(extensionPage: Page, message: Json): Promise<Json> {
  return extensionPage.evaluate(async (request) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
    const [tab] = await api.tabs.query({ url: '*://*.bjrcgz.gov.cn/*' });
    return (await api.tabs.sendMessage(tab!.id, request)) as Json;
  }, message);
}

async function fillAll(extensionPage: Page, c: Json): Promise<{ preview: Json[]; outcome: Json }> {
  const preview = await ask(extensionPage, { type: 'portal/fill-preview', caseId: 'stored', case: c });
  expect(preview.ok).toBe(true);
  const items = preview.value.items as Json[];
  const paths = items.filter((item) => !item.blocked).map((item) => item.path as string);
  const outcome = await ask(extensionPage, { type: 'portal/fill-apply', caseId: 'stored', docNonce: preview.value.docNonce, case: c, paths });
  expect(outcome.ok).toBe(true);
  return { preview: items, outcome: outcome.value as Json };
}

test('fill-back writes every field kind: radio, date picker, select and text on 基础信息; 万元 and 无固定期限 on 新办', async ({ context, portal, extensionId, replica }) => {
  const base: Json = loadExample('new-complete');
  const stored: Json = {
    ...base,
    applicant: {
      ...base.applicant,
      basis: 'equity-investment',
      equity: { sharePercent: 35, selfInvestment3y: 6_000_000, equityFinancing: 12_500_000 },
      employment: { ...base.applicant.employment, contractEndDate: null },
    },
  };
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);

  await openRoute(portal, BASIC);
  const basic = await fillAll(extensionPage, stored);
  const kinds = Object.fromEntries(basic.preview.map((item) => [item.path, item.kind]));
  expect(kinds).toMatchObject({
    'applicant.name': 'text',
    'applicant.idNumber': 'text',
    'applicant.gender': 'radio',
    'applicant.birthDate': 'date',
    'applicant.maritalStatus': 'select',
  });
  expect(basic.outcome.failed).toEqual([]);
  await expect(control(portal, '姓名')).toHaveValue('张三');
  await expect(control(portal, '身份证号')).toHaveValue('110105199003071239');
  await expect(control(portal, '出生日期')).toHaveValue('1990-03-07');
  await expect(control(portal, '婚姻状况')).toHaveValue('已婚');
  await expect(portal.locator('.el-radio.is-checked')).toHaveText('男');
  // Chosen as a user chooses: the select's dropdown and the date panel were opened (Element moves them to <body>).
  await expect(portal.locator('body > .el-select-dropdown')).not.toHaveCount(0);
  await expect(portal.locator('body > .el-picker-panel')).not.toHaveCount(0);

  await portal.evaluate((hash) => (window as unknown as { __replica: ReplicaHooks }).__replica.route(hash), '#/business/new');
  const first = await fillAll(extensionPage, stored);
  expect(first.outcome.failed).toEqual([]);
  expect(first.outcome.written.map((entry: Json) => entry.path)).toEqual(expect.arrayContaining(['applicant.basis', 'applicant.employment.contractEndDate']));
  // 申请条件 showed the equity fields: a second round fills them, amounts in the 万元 the page asks for.
  const second = await fillAll(extensionPage, stored);
  expect(second.outcome.failed).toEqual([]);
  const amounts = second.preview.filter((item) => item.path.startsWith('applicant.equity.'));
  expect(Object.fromEntries(amounts.map((item) => [item.path, item.to]))).toEqual({
    'applicant.equity.sharePercent': '35',
    'applicant.equity.selfInvestment3y': '600',
    'applicant.equity.equityFinancing': '1250',
  });

  await expect(control(portal, '近三年累计自主投入')).toHaveValue('600');
  await expect(control(portal, '股权类现金融资')).toHaveValue('1250');
  await openTab(portal, '聘用信息');
  await expect(portal.locator('.el-checkbox', { hasText: '无固定期限' })).toHaveClass(/is-checked/);

  const submitted = await submitNew(portal, replica);
  expect(submitted.applicant).toMatchObject({ aac003: '张三', aac002: '110105199003071239', aac004: '1', aac006: '1990-03-07', aac017: '20', aac010: '河北省石家庄市' });
  expect(submitted.form).toMatchObject({ sqtj: '07', cgbl: '35', zztr: '600', gqrz: '1250', wgdqx: true, htjzrq: '' });
});
