// Smoke test of the replica portal in headless Chromium: every route renders without a reload,
// selects and date pickers answer real clicks, the test hooks fill pages from the example cases,
// and each business page's own submit flow reaches POST /api/submit. Exits non-zero on failure.
// Usage: node test/replica/smoke.mjs [--shot file.png]
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startReplica } from './server.mjs';

const CHROMIUM = '/usr/lib/chromium/chromium';
const shotIndex = process.argv.indexOf('--shot');
const shotPath = shotIndex > 0 ? process.argv[shotIndex + 1] : null;
const readCase = (name) => JSON.parse(readFileSync(new URL(`../cases/${name}.json`, import.meta.url), 'utf8'));

if (!existsSync(CHROMIUM)) {
  console.error(`smoke: ${CHROMIUM} not found`);
  process.exit(1);
}

const replica = await startReplica();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--headless',
    `--host-resolver-rules=MAP fw.bjrcgz.gov.cn 127.0.0.1:${replica.port}, MAP www.bjrcgz.gov.cn 127.0.0.1:${replica.port}`],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

const FW = 'http://fw.bjrcgz.gov.cn';
const route = (hash) => page.evaluate((h) => window.__replica.route(h), hash);
const fill = (c) => page.evaluate((value) => window.__replica.fill(value), c);
const heading = () => page.locator('.page-header__title').first().innerText();
const formItem = (label) => page.locator('.el-form-item').filter({ has: page.locator(`label.el-form-item__label:text-is("${label}")`) }).first();
const checks = [];
const check = async (name, fn) => {
  await fn();
  checks.push(name);
};

/** Clicks the page's own submit button, confirms, and waits for 提交成功. */
async function submitWith(buttonText) {
  const before = replica.submissions.length;
  await page.locator('.form-footer button.el-button--primary', { hasText: buttonText }).click();
  await page.locator('.el-message-box__wrapper .el-message-box__message', { hasText: '确定提交申请吗？' }).waitFor();
  await page.locator('.el-message-box__btns button', { hasText: '确定' }).click();
  await page.locator('.el-message-box__message', { hasText: '提交成功' }).waitFor();
  await page.locator('.el-message-box__btns button', { hasText: '确定' }).click();
  assert.equal(replica.submissions.length, before + 1);
  return replica.submissions.at(-1);
}

try {
  await check('landing page on www.bjrcgz.gov.cn', async () => {
    await page.goto('http://www.bjrcgz.gov.cn/');
    assert.equal(await page.title(), '北京国际人才网');
    await page.getByText('个人入口').click();
    await page.waitForFunction(() => window.__replica && document.querySelector('.app-main .app-container'));
    assert.match(page.url(), /^http:\/\/www\.bjrcgz\.gov\.cn\/person-platform\/#\/home$/);
  });

  await check('person SPA: every route renders without a reload', async () => {
    await page.goto(`${FW}/person-platform/`);
    await page.waitForFunction(() => window.__replica);
    await page.evaluate(() => { window.__noReload = true; });
    const routes = {
      '#/basic': '基础信息', '#/education': '教育信息', '#/study': '学习经历', '#/work': '工作经历',
      '#/photo': '证件照片', '#/attachments': '附件管理', '#/business': '可办业务列表',
      '#/business/new': '工作居住证新办', '#/business/renewal': '工作居住证续签',
      '#/business/employer-change': '聘用单位变更', '#/business/info-change': '个人信息变更',
      '#/business/new-large': '工作居住证新办', '#/odd': '补充信息采集', '#/home': null,
    };
    for (const [hash, title] of Object.entries(routes)) {
      await route(hash);
      if (title) {
        assert.equal(await heading(), title, hash);
        assert.ok((await page.title()).startsWith(title), hash);
        assert.ok((await page.locator('.el-breadcrumb').innerText()).includes(title), hash);
      }
    }
    assert.equal(await page.evaluate(() => window.__noReload), true);
    // Menu navigation is by hash, too.
    await page.locator('.el-menu-item', { hasText: '工作经历' }).click();
    await page.waitForFunction(() => document.querySelector('.page-header__title')?.textContent === '工作经历');
    assert.equal(await page.evaluate(() => window.__noReload), true);
  });

  await check('el-select options live in a popper on <body>', async () => {
    await route('#/basic');
    await formItem('婚姻状况').locator('.el-select').click();
    const dropdown = page.locator('body > .el-select-dropdown:visible');
    await dropdown.locator('li', { hasText: '已婚' }).click();
    assert.equal(await formItem('婚姻状况').locator('input').inputValue(), '已婚');
    assert.equal(await dropdown.count(), 0);
  });

  await check('el-date-picker: read-only input, day clicked in a body popper', async () => {
    const input = formItem('出生日期').locator('input');
    assert.equal(await input.getAttribute('readonly'), 'readonly');
    await input.click();
    const panel = page.locator('body > .el-picker-panel:visible');
    await panel.locator('.el-date-picker__header-label').first().click();
    await panel.locator('.el-year-table td', { hasText: /^\s*2022\s*$/ }).click();
    await panel.locator('.el-month-table td', { hasText: '三月' }).click();
    await panel.locator('.el-date-table td.available', { hasText: /^\s*15\s*$/ }).click();
    assert.equal(await input.inputValue(), '2022-03-15');
  });

  await check('required field shows its error after blur', async () => {
    const item = formItem('姓名');
    await item.locator('input').focus();
    await item.locator('input').blur();
    await item.locator('.el-form-item__error').waitFor();
    await item.locator('input').fill('张三');
    await page.waitForFunction(() => !document.querySelector('.el-form-item.is-error label[for="aac003"]'));
  });

  const newCase = readCase('new-complete');
  await check('profile pages fill from a case', async () => {
    await route('#/basic');
    await fill(newCase);
    assert.equal(await formItem('身份证号').locator('input').inputValue(), newCase.applicant.idNumber);
    assert.equal(await formItem('性别').locator('.el-radio.is-checked').innerText(), '男');
    await route('#/study');
    await fill(newCase);
    assert.equal(await page.locator('.el-table__body tr.el-table__row').count(), newCase.applicant.education.length);
    await route('#/work');
    await fill(newCase);
    const rows = page.locator('.el-table__body tr.el-table__row');
    assert.equal(await rows.count(), 2);
    assert.equal(await rows.nth(1).locator('input').nth(2).inputValue(), '');
    assert.equal(await rows.nth(1).locator('input').nth(2).getAttribute('placeholder'), '至今');
  });

  await check('new: fill, upload, submit', async () => {
    await route('#/business/new');
    await fill(newCase);
    await page.evaluate(() => window.__replica.upload('其他材料', '补充说明.pdf'));
    await page.locator('.el-tabs__item', { hasText: '附件' }).click();
    const row = page.locator('#pane-files tr.el-table__row', { hasText: '申请人身份证' });
    assert.ok((await row.innerText()).includes('已上传'));
    assert.ok((await row.innerText()).includes('身份证.pdf'));
    await page.locator('.el-tabs__item', { hasText: '单位信息' }).click();
    assert.ok((await page.locator('#pane-unit').innerText()).includes('500.00万元') || (await page.locator('#pane-unit').innerText()).includes('500.00'));
    const sent = await submitWith('提交');
    assert.equal(sent.business, 'new');
    assert.equal(sent.form.rzrq, newCase.applicant.employment.startDate);
    assert.equal(sent.form.srmx.length, newCase.applicant.monthlyIncome.length);
    assert.equal(sent.attachments['其他材料'], '补充说明.pdf');
    if (shotPath) {
      await page.locator('.el-tabs__item', { hasText: '聘用信息' }).click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: shotPath });
    }
  });

  await check('renewal, employer change, info change: fill and submit', async () => {
    const pages = [
      ['#/business/renewal', 'renewal-complete', '确认提交'],
      ['#/business/employer-change', 'employer-change-complete', '提交申请'],
      ['#/business/info-change', 'info-change-complete', '提交申请'],
    ];
    for (const [hash, name, button] of pages) {
      const c = readCase(name);
      await route(hash);
      await fill(c);
      if (c.permit?.number) assert.ok((await page.locator('.el-descriptions').first().innerText()).includes(c.permit.number), hash);
      const sent = await submitWith(button);
      assert.equal(sent.business, hash.split('/').pop(), hash);
    }
  });

  await check('large page has at least 300 controls', async () => {
    await route('#/business/new-large');
    const count = await page.evaluate(() => document.querySelectorAll('.app-main input:not([type=file]), .app-main textarea').length);
    assert.ok(count >= 300, `only ${count} controls`);
  });

  await check('odd page renders and fills', async () => {
    await route('#/odd');
    await fill(newCase);
    assert.equal(await page.locator('input[title="出生日期"]').inputValue(), '1990/03/07');
  });

  await check('unit platform: 单位信息, 权限注册, 主管部门变更', async () => {
    await page.goto(`${FW}/unit-platform/#/unit-info`);
    await page.waitForFunction(() => window.__replica && document.querySelector('.page-header__title'));
    const reg = readCase('employer-registration-complete');
    await fill(reg);
    assert.equal(await formItem('统一社会信用代码').locator('input').inputValue(), reg.employer.creditCode);
    await route('#/permission');
    await fill(reg);
    const sent = await submitWith('提交申请');
    assert.equal(sent.business, 'permission');
    await route('#/department-change');
    const dep = readCase('department-change-complete');
    await fill(dep);
    const sent2 = await submitWith('提交申请');
    assert.equal(sent2.business, 'department-change');
    assert.ok(sent2.dept.yzgq);
  });

  await check('classic variant: fill and submit', async () => {
    await page.goto(`${FW}/person-platform-classic/xbsq.html`);
    await fill(newCase);
    assert.equal(await page.locator('input[name=rzsj]').inputValue(), '2016年7月1日');
    await page.locator('input[value="提交申请"]').click();
    await page.locator('.layui-layer-content', { hasText: '确定提交申请吗？' }).waitFor();
    await page.locator('.layui-layer-btn0').click();
    await page.locator('.layui-layer-content', { hasText: '提交成功' }).waitFor();
    assert.equal(replica.submissions.at(-1).platform, 'person-platform-classic');
    await page.goto(`${FW}/person-platform-classic/jbxx.html`);
    await fill(newCase);
    assert.equal(await page.locator('input[name=zjhm]').inputValue(), newCase.applicant.idNumber);
  });

  assert.deepEqual(errors, [], 'page errors');
  console.log(`smoke: ${checks.length} checks passed, ${replica.submissions.length} submissions`);
} catch (e) {
  console.error(`smoke: failed after ${checks.length} checks: ${e.stack || e}`);
  if (errors.length) console.error('page errors:', errors);
  process.exitCode = 1;
} finally {
  await browser.close();
  await replica.close();
}
