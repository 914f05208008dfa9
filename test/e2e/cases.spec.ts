// Cases and drafts in Chromium with the built extension: what is typed on the portal is stored and
// survives a reload, a restart and a SIGKILL; the popup and the side panel show the checklist of
// each application type; a case made by hand on the dashboard goes through edit, export, delete
// and import; the extension pages pass axe-core and are usable by keyboard; and the README's
// screenshots are taken from the run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { CaseRecord, CaseStatus } from '../../utils/store/types';
import { extensionIdOf, launchWithExtension } from './browser';
import { isPlanned, subjectOf } from '../../rules/application-types';
import { loadExample, type ExampleName } from '../support/cases';
import { expect, PORTAL, test } from './fixtures';
import {
  applicantOf,
  clockAt,
  contractEmployerOf,
  extensionUrl,
  killBrowser,
  openAndFill,
  openPanelFor,
  screenshotDir,
  seriousViolations,
  Store,
  tabCaseView,
  typeIntoPortal,
  walkByTab,
  type CaseJson,
} from './pages';

const NEW_URL = `${PORTAL}/person-platform/#/business/new`;
const NEW_CASE = loadExample('new-complete');
const NEW_APPLICANT = NEW_CASE.applicant as { name: string; idNumber: string };
/** The text field typed into on the 新办 page: the reader keeps it in applicant.employment.contractEmployer. */
const TYPED = { tab: '聘用信息', label: '劳动合同签订单位' };

/** The stored cases of new-complete.json's applicant (there must only ever be one). */
async function casesOfApplicant(store: Store): Promise<CaseRecord[]> {
  return (await store.list()).filter((record) => applicantOf(record).idNumber === NEW_APPLICANT.idNumber);
}

/** Opens the 新办 page in a new tab of `context` and fills it from `data`. */
async function fillNewPage(context: BrowserContext, data: CaseJson): Promise<Page> {
  const portal = await context.newPage();
  await openAndFill(portal, NEW_URL, data);
  return portal;
}

test.describe('drafts typed on the portal', () => {
  test('are stored as typed, survive a reload, and show in the side panel and the popup of the tab', async ({ context, extensionId, portal, watch }) => {
    const store = await Store.open(context, extensionId);
    await portal.bringToFront();
    await openAndFill(portal, NEW_URL, NEW_CASE);
    const typed = '北京石景智联科技有限公司（合同主体）';
    await typeIntoPortal(portal, TYPED.tab, TYPED.label, typed);
    await expect.poll(async () => (await casesOfApplicant(store)).map(contractEmployerOf)).toEqual([typed]);
    const [saved] = await casesOfApplicant(store);

    // The panels of the tab show the case while its page does.
    for (const kind of ['sidepanel', 'popup'] as const) {
      const panel = await openPanelFor(context, extensionId, portal, kind);
      const view = tabCaseView(panel);
      await expect(view, kind).toHaveAttribute('data-case-id', saved!.id);
      await expect(view.locator('.case-name'), kind).toHaveText(NEW_APPLICANT.name);
      await expect(view.locator('.case-type'), kind).toHaveText('证件新办');
      await panel.close();
    }

    // After a reload the replica's form starts empty: the draft must neither go nor be overwritten,
    // and the tab, whose page no longer shows the case, offers it only for the user to choose.
    await portal.reload();
    await portal.waitForFunction(() => (window as unknown as { __replica?: unknown }).__replica);
    for (const kind of ['sidepanel', 'popup'] as const) {
      const panel = await openPanelFor(context, extensionId, portal, kind);
      await expect(tabCaseView(panel), kind).toHaveCount(0);
      const chooser = panel.locator('[data-fill-choose] select');
      await expect(chooser.locator('option', { hasText: `${NEW_APPLICANT.name} · 证件新办` }), kind).toHaveCount(1);
      await panel.close();
    }

    const after = await casesOfApplicant(store);
    expect(after.map((record) => record.id)).toEqual([saved!.id]);
    expect(after[0]!.case).toEqual(saved!.case);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('outlive closing the browser and starting it again with the same profile', async ({ replica, userDataDir }) => {
    let context = await launchWithExtension({ userDataDir, replicaPort: replica.port });
    try {
      const store = await Store.open(context, await extensionIdOf(context));
      const portal = await fillNewPage(context, NEW_CASE);
      const typed = '北京石景智联科技有限公司（重启前）';
      await typeIntoPortal(portal, TYPED.tab, TYPED.label, typed);
      await expect.poll(async () => (await casesOfApplicant(store)).map(contractEmployerOf)).toEqual([typed]);
      const [before] = await casesOfApplicant(store);
      await context.close();

      context = await launchWithExtension({ userDataDir, replicaPort: replica.port });
      const again = await Store.open(context, await extensionIdOf(context));
      const after = await casesOfApplicant(again);
      expect(after.map((record) => record.id)).toEqual([before!.id]);
      expect(after[0]!.case).toEqual(before!.case);
    } finally {
      await context.close();
    }
  });

  test('outlive a SIGKILL of the browser 1 s after the last keystroke, 20 times over', async ({ replica, userDataDir }) => {
    test.setTimeout(150_000);
    const CYCLES = 20;
    // Only what the portal knows of the applicant and the employer from its own records: a quick
    // fill that still gives the case its identity, so that every cycle saves into the same case.
    const { name, idNumber, gender, birthDate, hukouLocation, maritalStatus } = NEW_CASE.applicant as Record<string, unknown>;
    const quick: CaseJson = { ...NEW_CASE, applicant: { name, idNumber, gender, birthDate, hukouLocation, maritalStatus } };
    delete quick.attachments;

    let context: BrowserContext | null = null;
    let lastTyped: string | null = null;
    let recordsBefore = 0;
    try {
      for (let cycle = 1; cycle <= CYCLES + 1; cycle++) {
        context = await launchWithExtension({ userDataDir, replicaPort: replica.port });
        const store = await Store.open(context, await extensionIdOf(context));
        if (lastTyped !== null) {
          // Each cycle fills a new page (a new document) of the same applicant: what it typed is kept
          // once, either in the case its page bound to or in a draft that asks to be merged into it,
          // and no record of the applicant goes.
          const records = await casesOfApplicant(store);
          const employers = records.map(contractEmployerOf);
          expect(employers.filter((employer) => employer === lastTyped), `after kill ${cycle - 1}`).toHaveLength(1);
          expect(records.length, `after kill ${cycle - 1}`).toBeGreaterThanOrEqual(recordsBefore);
          recordsBefore = records.length;
          for (const record of records) expect(applicantOf(record).name, `after kill ${cycle - 1}`).toBe(NEW_APPLICANT.name);
        }
        if (cycle > CYCLES) break;

        const portal = await fillNewPage(context, quick);
        const typed = `第${cycle}轮 北京石景智联科技有限公司`;
        await typeIntoPortal(portal, TYPED.tab, TYPED.label, typed);
        // 1 s after the last key, whether or not the save has been confirmed.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await killBrowser(context, userDataDir);
        context = null;
        lastTyped = typed;
      }
    } finally {
      await context?.close();
    }
  });
});

interface Business {
  type: string;
  url: string;
  caseName: ExampleName;
  /** The type's name in the guide (spec/rules.md, "Application types"). */
  typeName: string;
  /** Whether the page shows whose case it is (the two change pages show only the permit). */
  showsSubject: boolean;
  /** Errors the example was made to have, with the clause spec/rules.md gives as their basis. */
  errors: Array<{ rule: string; clause: string }>;
}

const BUSINESSES: Business[] = [
  { type: 'new', url: NEW_URL, caseName: 'new-complete', typeName: '证件新办', showsSubject: true, errors: [] },
  {
    type: 'renewal',
    url: `${PORTAL}/person-platform/#/business/renewal`,
    caseName: 'renewal-late',
    typeName: '证件续签',
    showsSubject: true,
    // Permit valid until 2026-12-31, checked on 2026-12-18: inside the last 15 working days.
    errors: [{ rule: 'renewal.deadline', clause: '七(三)' }],
  },
  {
    type: 'employer-change',
    url: `${PORTAL}/person-platform/#/business/employer-change`,
    caseName: 'employer-change-late',
    typeName: '聘用单位变更',
    showsSubject: false,
    // Permit valid until 2026-12-31, checked on 2026-12-15: inside the last 15 working days.
    errors: [{ rule: 'employer-change.deadline', clause: '七(四)' }],
  },
  {
    type: 'info-change',
    url: `${PORTAL}/person-platform/#/business/info-change`,
    caseName: 'info-change-complete',
    typeName: '个人信息变更',
    showsSubject: false,
    errors: [],
  },
  {
    type: 'employer-registration',
    url: `${PORTAL}/unit-platform/#/permission`,
    caseName: 'employer-registration-problems',
    typeName: '用人单位权限注册',
    showsSubject: true,
    // Capital 500,000 yuan (< 1,000,000); registered 2025-12-15, checked 2026-11-27 (< 1 year).
    errors: [
      { rule: 'employer.registered-capital', clause: '二(一)5' },
      { rule: 'employer.registered-one-year', clause: '二(一)3' },
    ],
  },
  {
    type: 'department-change',
    url: `${PORTAL}/unit-platform/#/department-change`,
    caseName: 'department-change-complete',
    typeName: '单位主管部门变更',
    showsSubject: true,
    errors: [],
  },
];

test.describe('the popup and the side panel', () => {
  for (const business of BUSINESSES) {
    test(`show the checklist of the tab's ${business.type} case`, async ({ context, extensionId, portal }) => {
      const c = loadExample(business.caseName);
      await openAndFill(portal, business.url, c);
      // On the portal the check date is today: the panels are set to the example's date.
      const atCaseDate = (page: Page) => page.clock.setFixedTime(clockAt(c.asOf as string));
      for (const kind of ['sidepanel', 'popup'] as const) {
        const panel = await openPanelFor(context, extensionId, portal, kind, atCaseDate);
        const view = tabCaseView(panel);
        await expect(view.locator('.case-type'), kind).toHaveText(business.typeName);
        if (business.showsSubject) await expect(view.locator('.case-name'), kind).toHaveText(subjectOf(c));
        await expect(view.locator('.checklist'), kind).toBeVisible();
        // The planner's timeline for the new permit and the registration only (rules.md, The eligibility planner).
        await expect(view.locator('.eligibility'), kind).toHaveCount(isPlanned(business.type) ? 1 : 0);
        const errorGroup = view.locator('[data-group="error"]');
        if (business.errors.length === 0) await expect(errorGroup, kind).toHaveCount(0);
        for (const { rule, clause } of business.errors) {
          const finding = errorGroup.locator(`.finding[data-rule="${rule}"]`);
          await expect(finding, `${kind}: ${rule}`).toHaveCount(1);
          await expect(finding.locator('.basis'), `${kind}: ${rule}`).toContainText(clause);
        }
        await panel.close();
      }
    });
  }
});

test('the popup and the side panel draw when a new case can be filed, and set a reminder for that day', async ({ context, extensionId, portal }) => {
  // Employed since 2026-01-05: on 2026-11-27 a year is reached on 2027-01-05; the lease (to
  // 2027-12-31) must still run six months, so the last day to apply is 2027-06-30.
  const c = { ...NEW_CASE, applicant: { ...NEW_CASE.applicant, employment: { ...NEW_CASE.applicant!.employment, startDate: '2026-01-05' }, housing: { ...NEW_CASE.applicant!.housing, leaseEnd: '2027-12-31' } } };
  const store = await Store.open(context, extensionId);
  await portal.bringToFront();
  await openAndFill(portal, NEW_URL, c);
  const atCaseDate = (page: Page) => page.clock.setFixedTime(clockAt(c.asOf as string));
  for (const kind of ['sidepanel', 'popup'] as const) {
    const panel = await openPanelFor(context, extensionId, portal, kind, async (page) => {
      await page.setViewportSize({ width: 420, height: 900 });
      await atCaseDate(page);
    });
    const timeline = tabCaseView(panel).locator('.eligibility');
    await expect(timeline, kind).toHaveAttribute('data-plan', 'later');
    await expect(timeline.locator('[data-summary]'), kind).toHaveText(
      '可申请日期：2027年1月5日起（还有 39 天；届时满足：在申请单位连续聘用满一年）；须在2027年6月30日（含）前提交（租赁合同在提交时尚有6个月以上）。',
    );
    // Drawn: the marks in time order along the line, the window between the first and last day.
    await expect(timeline.locator('.timeline')).toBeVisible();
    const marks = timeline.locator('.timeline-mark');
    await expect(marks).toHaveCount(3);
    const lefts = await marks.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().left));
    expect(lefts, kind).toEqual([...lefts].sort((a, b) => a - b));
    await expect(timeline.locator('.timeline-window')).toBeVisible();
    // Read out: the drawing is hidden from assistive technology, the list says the same.
    await expect(timeline.locator('.timeline')).toHaveAttribute('aria-hidden', 'true');
    await expect(timeline.locator('[data-timeline-text] li')).toHaveText([
      '2026年11月27日，检查日期',
      '2027年1月5日，最早可申请（届时满足：在申请单位连续聘用满一年）',
      '2027年6月30日，最晚可申请（此后不再满足：租赁合同在提交时尚有6个月以上）',
    ]);
    if (kind === 'sidepanel') {
      await timeline.screenshot({ path: lookAtPath(kind) });
      await timeline.getByLabel('到可申请日期（2027年1月5日）时提醒我').check();
      const [record] = (await store.list()).filter((r) => applicantOf(r).idNumber === NEW_APPLICANT.idNumber);
      await expect.poll(() => store.send({ type: 'reminders/eligible' })).toEqual([record!.id]);
    } else {
      await expect(timeline.getByLabel('到可申请日期（2027年1月5日）时提醒我'), kind).toBeChecked();
    }
    await panel.close();
  }
});

/** Where a view's screenshot goes for a person to look at (not the README's). */
function lookAtPath(name: string): string {
  return new URL(`.artifacts/timeline-${name}.png`, import.meta.url).pathname;
}

test('dashboard: a case made by hand is checked live, saved, edited, exported, deleted and imported back', async ({ context, extensionId, portal: page, watch }, testInfo) => {
  await page.goto(extensionUrl(extensionId, 'dashboard.html#/new'));
  const liveCheck = page.locator('.live-check');

  await page.getByLabel('业务类型').selectOption({ label: '证件续签' });
  await page.getByLabel('姓名', { exact: true }).fill('李四');
  await page.getByLabel('身份证号', { exact: true }).fill('110105199003071239');
  await page.getByLabel('性别', { exact: true }).selectOption({ label: '男' });
  // The ID number says born 1990-03-07: another birth date is an error, at once.
  await page.getByLabel('出生日期', { exact: true }).fill('1991-03-07');
  const birthMismatch = liveCheck.locator('[data-group="error"] .finding[data-rule="applicant.id-birthdate"]');
  await expect(birthMismatch).toHaveCount(1);
  await page.getByLabel('出生日期', { exact: true }).fill('1990-03-07');
  await expect(birthMismatch).toHaveCount(0);
  await page.getByLabel('户口所在地', { exact: true }).fill('河北省石家庄市');

  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.locator('.save-state')).toHaveText('已保存。');
  await expect(page).toHaveURL(/#\/case\/[^/]+$/);
  const id = decodeURIComponent(new URL(page.url()).hash.replace('#/case/', ''));

  // Edit: another hukou location and a status, saved.
  await page.getByLabel('户口所在地', { exact: true }).fill('河北省保定市');
  await page.getByLabel('状态', { exact: true }).selectOption({ label: '待提交' });
  await expect(page.locator('.save-state')).toHaveText('有未保存的修改。');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.locator('.save-state')).toHaveText('已保存。');

  await page.getByRole('link', { name: '返回列表' }).click();
  const row = page.locator(`.case-row[data-id="${id}"]`);
  await expect(row.locator('[data-col="subject"]')).toHaveText('李四');

  await page.getByRole('button', { name: '导出全部…' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '不加密导出（JSON）' }).click()]);
  const exported = testInfo.outputPath('cases-export.json');
  await download.saveAs(exported);
  expect(readFileSync(exported, 'utf8')).toContain('河北省保定市');

  // Below 1440 px a row's actions are behind its 操作 menu.
  await row.getByRole('button', { name: '操作：李四' }).click();
  await row.getByRole('button', { name: '删除：李四' }).click();
  await expect(row).toHaveCount(0);
  await expect(page.locator('.toast')).toContainText('已删除：李四');
  await page.locator('.toast').getByRole('button', { name: /关闭/ }).click();

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入案例（JSON 或加密文件）' }).click()]);
  await chooser.setFiles(exported);
  await expect(page.locator('[data-import="ok"]')).toBeVisible();
  await expect(row.locator('[data-col="status"]')).toHaveText('待提交');

  await row.getByRole('link', { name: '李四', exact: true }).click();
  await expect(page.getByLabel('户口所在地', { exact: true })).toHaveValue('河北省保定市');
  await expect(page.getByLabel('出生日期', { exact: true })).toHaveValue('1990-03-07');
  await expect(page.getByLabel('业务类型')).toHaveValue('renewal');
  await expect(page.getByLabel('状态', { exact: true })).toHaveValue('ready');
  expect(watch.errors).toEqual([]);
});

/** Example cases of every type in every status, for a dashboard that looks lived in. */
const SEEDED: ReadonlyArray<[ExampleName, CaseStatus]> = [
  ['new-complete', 'ready'],
  ['new-problems', 'draft'],
  ['renewal-complete', 'submitted'],
  ['employer-change-late', 'returned'],
  ['info-change-complete', 'approved'],
  ['employer-registration-problems', 'draft'],
  ['department-change-complete', 'ready'],
];

async function seed(store: Store): Promise<CaseRecord[]> {
  const records: CaseRecord[] = [];
  for (const [name, status] of SEEDED) records.push(await store.save(loadExample(name), status));
  return records;
}

async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, path));
  return page;
}

function openDashboard(context: BrowserContext, extensionId: string, hash: string): Promise<Page> {
  return openExtensionPage(context, extensionId, `dashboard.html${hash}`);
}

const RENEWAL_URL = `${PORTAL}/person-platform/#/business/renewal`;

test('dashboard: the 可申请日期 and 截止 columns sort, and the list filters by eligible now, within 30 days and window closed', async ({ context, extensionId }) => {
  const store = await Store.open(context, extensionId);
  const named = (name: string, patch: Record<string, unknown>): CaseJson => ({
    ...NEW_CASE,
    applicant: { ...NEW_CASE.applicant, name, employment: { ...NEW_CASE.applicant!.employment, ...patch }, housing: { ...NEW_CASE.applicant!.housing, leaseEnd: '2027-12-31' } },
  });
  await store.save(loadExample('renewal-complete'));
  await store.save(named('现在', {}));
  await store.save(named('明年', { startDate: '2026-01-05' }));
  await store.save(named('下月', { startDate: '2025-12-20' }));
  // A year with the employer only on 2027-09-01, but the lease must still run six months: last day 2027-06-30.
  await store.save(named('关闭', { startDate: '2026-09-01' }));
  const page = await context.newPage();
  await page.clock.setFixedTime(clockAt('2026-11-27'));
  await page.goto(extensionUrl(extensionId, 'dashboard.html#/'));
  const names = page.locator('.case-body [role="rowheader"]');
  await expect(names).toHaveCount(5);

  const rowOf = (name: string) => page.locator('.case-body .case-row', { has: page.getByRole('link', { name, exact: true }) });
  await expect(rowOf('明年').locator('[data-col="earliestEligible"]')).toHaveText('2027年1月5日');
  await expect(rowOf('现在').locator('[data-col="earliestEligible"]')).toHaveText('现在');
  await expect(rowOf('关闭').locator('[data-col="eligibleUntil"]')).toHaveText('2027年6月30日 窗口已关闭');

  await page.getByRole('button', { name: '可申请日期' }).click();
  await expect(names).toHaveText(['现在', '下月', '明年', '关闭', '李明']);
  await page.getByRole('button', { name: '可申请日期' }).click();
  await expect(names).toHaveText(['关闭', '明年', '下月', '现在', '李明']);

  const filter = page.getByLabel('可申请', { exact: true });
  await filter.selectOption({ label: '现在可申请' });
  await expect(names).toHaveText(['现在']);
  await filter.selectOption({ label: '30天内可申请（含现在）' });
  await expect(names).toHaveText(['下月', '现在']);
  await filter.selectOption({ label: '申请窗口已关闭' });
  await expect(names).toHaveText(['关闭']);
});


test('axe-core: no serious or critical violation on the popup, the side panel, the dashboard and the options', async ({ context, extensionId, portal }) => {
  const store = await Store.open(context, extensionId);
  const [record] = await seed(store);
  await portal.bringToFront();
  await openAndFill(portal, RENEWAL_URL, loadExample('renewal-late'));

  const views: Array<[string, () => Promise<Page>, string]> = [
    ['popup, portal tab', () => openPanelFor(context, extensionId, portal, 'popup'), '.tab-case'],
    // Opened in a tab of its own, the popup's active tab is itself: not the portal.
    ['popup, recent cases', () => openExtensionPage(context, extensionId, 'popup.html'), '.recent-list'],
    ['side panel', () => openPanelFor(context, extensionId, portal, 'sidepanel'), '.tab-case .checklist'],
    ['dashboard list', () => openDashboard(context, extensionId, '#/'), `.case-row[data-id="${record!.id}"]`],
    ['dashboard new case form', () => openDashboard(context, extensionId, '#/new'), '.live-check .checklist'],
    ['dashboard case form', () => openDashboard(context, extensionId, `#/case/${record!.id}`), '.live-check .checklist'],
    ['dashboard employer profiles', () => openDashboard(context, extensionId, '#/employers'), 'main h1'],
    ['print view', () => openDashboard(context, extensionId, `#/print/${record!.id}`), '.sheet-header'],
    ['options', () => openExtensionPage(context, extensionId, 'options.html'), 'main select'],
  ];
  const found: Record<string, string[]> = {};
  for (const [name, open, ready] of views) {
    const page = await open();
    await expect(page.locator(ready).first(), name).toBeVisible();
    found[name] = await seriousViolations(page);
    await page.close();
  }
  expect(found).toEqual(Object.fromEntries(views.map(([name]) => [name, []])));
});

test('keyboard: Tab reaches every control of the dashboard and the side panel', async ({ context, extensionId, portal }) => {
  const store = await Store.open(context, extensionId);
  const [record] = await seed(store);
  await portal.bringToFront();
  await openAndFill(portal, RENEWAL_URL, loadExample('renewal-late'));

  // Each view with a floor for the controls it must have: the list's rows have a link and four
  // buttons each, the form has far more, the side panel has at least its 打开案例管理.
  const views: Array<[string, () => Promise<Page>, string, number]> = [
    ['dashboard list', () => openDashboard(context, extensionId, '#/'), `.case-row[data-id="${record!.id}"]`, SEEDED.length * 5],
    ['dashboard case form', () => openDashboard(context, extensionId, `#/case/${record!.id}`), '.live-check .checklist', 50],
    ['side panel', () => openPanelFor(context, extensionId, portal, 'sidepanel'), '.tab-case .checklist', 1],
  ];
  const unreached: Record<string, string[]> = {};
  for (const [name, open, ready, floor] of views) {
    const page = await open();
    await expect(page.locator(ready).first(), name).toBeVisible();
    const walk = await walkByTab(page);
    expect(walk.probed, name).toBeGreaterThanOrEqual(floor);
    unreached[name] = walk.unreached;
    await page.close();
  }
  expect(unreached).toEqual(Object.fromEntries(views.map(([name]) => [name, []])));
});

test('screenshots for the README: the side panel with a checklist, the dashboard with cases', async ({ context, extensionId, portal }) => {
  const dir = screenshotDir();
  const store = await Store.open(context, extensionId);
  await seed(store);

  const renewal = loadExample('renewal-late');
  await portal.bringToFront();
  await openAndFill(portal, RENEWAL_URL, renewal);
  const panel = await openPanelFor(context, extensionId, portal, 'sidepanel', async (page) => {
    await page.setViewportSize({ width: 420, height: 900 });
    await page.clock.setFixedTime(clockAt(renewal.asOf as string));
  });
  await expect(tabCaseView(panel).locator('[data-group="error"] .finding[data-rule="renewal.deadline"]')).toBeVisible();
  await panel.screenshot({ path: join(dir, 'sidepanel.png') });

  const dashboard = await openDashboard(context, extensionId, '#/');
  await dashboard.setViewportSize({ width: 1366, height: 900 });
  // The cases seeded, and the one the portal tab saved.
  await expect(dashboard.locator('.case-body .case-row')).toHaveCount(SEEDED.length + 1);
  await dashboard.screenshot({ path: join(dir, 'dashboard.png') });
});
