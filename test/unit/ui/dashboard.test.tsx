import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Case } from '../../../rules/schema';
import type { Store } from '../../../utils/store/db';
import { Dashboard } from '../../../entrypoints/dashboard/Dashboard';
import { ZHANG_ID, newCase, renewalCase } from '../store/helpers';
import { bus, overrides, sent, startBackground, stopBackground } from '../../support/bus';
import { blur, buttonByText, byLabel, choose, click, mount, texts, typeInto, unmountAll, waitFor } from './helpers';
import { caseWith, loadExample } from '../../support/cases';
import { idCheckCharacter } from '../../../rules/checksums';

vi.mock('../../../utils/messages', async (importOriginal) =>
  (await import('../../support/messages-mock')).messagesThroughTestBus(importOriginal),
);

let store: Store;
const ids: Record<string, string> = {};

async function save(name: string, c: Case, status: 'draft' | 'ready' | 'submitted' | 'approved' | 'returned') {
  const result = await store.saveCase({ case: c, status });
  if (!result.ok) throw new Error(result.error.path);
  ids[name] = result.record.id;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T04:00:00Z'));
  ({ store } = await startBackground());
  await store.setSettings({ lang: 'zh' });
  // Saved in this order, so the newest first is D, C, B, A.
  await save('A', newCase(), 'draft');
  await save('B', renewalCase('2027-01-15', { applicant: { name: '李四', idNumber: '110101199001010011' } }), 'ready');
  await save('C', renewalCase('2026-12-31', { applicant: { name: '王五', idNumber: '110101198502020022' } }), 'submitted');
  await save('D', { schema: 'gongju-case/1', type: 'employer-registration', employer: { name: '北京某某科技有限公司', creditCode: '91110107MA01ABCD10' } }, 'approved');
  location.hash = '#/';
});

afterEach(() => {
  unmountAll();
  stopBackground();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const rowNames = (root: HTMLElement) => texts(root, '.case-body [role="rowheader"]');
const sortBy = (root: HTMLElement, key: string) => click(root.querySelector(`button[data-sort="${key}"]`));

async function openDashboard(): Promise<HTMLElement> {
  const root = mount(<Dashboard />);
  await waitFor(() => root.querySelector('.case-body [role="row"], .case-form, .empty') !== null);
  return root;
}

describe('dashboard case list', () => {
  it('lists every case, newest first, with counts and dates', async () => {
    const root = await openDashboard();
    expect(rowNames(root)).toEqual(['北京某某科技有限公司', '王五', '李四', '张三']);
    const row = root.querySelector(`[role="row"][data-id="${ids.B}"]`)!;
    // Valid until 2027-01-15: the last safe day is 2026-12-24 (case-format.md).
    // Ready to submit, 27 days before it: the days left under the date; counted over 2027 (no schedule yet): marked provisional.
    expect(row.querySelector('[data-col="lastSafe"]')?.textContent).toBe('2026年12月24日（暂定） 剩27天');
    expect(row.querySelector('[data-col="lastSafe"] .provisional-mark')?.getAttribute('title')).toMatch(/^暂定：2027年的节假日安排尚未添加.*设置页的“节假日安排”中添加/);
    expect(row.querySelector<HTMLElement>('[data-col="lastSafe"]')?.dataset.urgency).toBe('soon');
    // 王五's renewal is submitted: its last safe day no longer runs.
    expect(root.querySelector(`[role="row"][data-id="${ids.C}"] [data-col="lastSafe"]`)?.textContent).toBe('2026年12月10日');
    expect(row.querySelector('[data-col="permitEnd"]')?.textContent).toBe('2027年1月15日');
    expect(row.querySelector('.status-badge')?.textContent).toBe('待提交');
    expect(root.querySelector('[data-count]')?.textContent).toBe('共 4 个案例');
  });

  it('sorts by a column, empty dates last either way, and marks the sorted column', async () => {
    const root = await openDashboard();
    sortBy(root, 'lastSafe');
    // 王五's permit ends 2026-12-31 (last safe day 2026-12-10), 李四's 2027-01-15 (2026-12-24); the others have none.
    expect(rowNames(root)).toEqual(['王五', '李四', '北京某某科技有限公司', '张三']);
    expect(root.querySelector('button[data-sort="lastSafe"]')?.closest('[role="columnheader"]')?.getAttribute('aria-sort')).toBe('ascending');
    sortBy(root, 'lastSafe');
    expect(rowNames(root)).toEqual(['李四', '王五', '北京某某科技有限公司', '张三']);
    expect(root.querySelector('button[data-sort="lastSafe"]')?.closest('[role="columnheader"]')?.getAttribute('aria-sort')).toBe('descending');
    sortBy(root, 'status');
    expect(rowNames(root)).toEqual(['张三', '李四', '王五', '北京某某科技有限公司']);
  });

  it('filters by type and status and searches names, ID numbers and employers', async () => {
    const root = await openDashboard();
    choose(byLabel(root, '业务类型'), 'renewal');
    expect(rowNames(root)).toEqual(['王五', '李四']);
    expect(root.querySelector('[data-count]')?.textContent).toBe('显示 2 个，共 4 个');
    choose(byLabel(root, '状态'), 'ready');
    expect(rowNames(root)).toEqual(['李四']);
    choose(byLabel(root, '业务类型'), '');
    choose(byLabel(root, '状态'), '');

    const search = byLabel(root, '搜索');
    typeInto(search, ZHANG_ID.slice(0, 10));
    expect(rowNames(root)).toEqual(['张三']);
    typeInto(search, '某某科技');
    expect(rowNames(root)).toEqual(['北京某某科技有限公司']);
    typeInto(search, '91110107ma01');
    expect(rowNames(root)).toEqual(['北京某某科技有限公司']);
    typeInto(search, '赵');
    expect(rowNames(root)).toEqual([]);
  });

  it('shows, sorts and filters by the planner\'s first and last day to apply', async () => {
    // Four new permits on 2026-11-27 (new-complete.json, lease to 2027-08-31 unless changed):
    // 陈一 can apply now; 陈二 after a year with the employer, 2027-01-05; 陈三 on 2026-12-20 (within
    // 30 days); 陈四's year comes on 2027-06-01, after its lease stops running six months (2027-02-28).
    const person = (name: string, seq: string, startDate: string, leaseEnd = '2027-08-31') => {
      const body = `11010519900307${seq}`;
      return caseWith('new-complete', { applicant: { name, idNumber: body + idCheckCharacter(body), employment: { startDate }, housing: { leaseEnd } } });
    };
    await save('E', person('陈一', '013', '2016-07-01'), 'draft');
    await save('F', person('陈二', '023', '2026-01-05', '2027-12-31'), 'draft');
    await save('G', person('陈三', '033', '2025-12-20', '2027-12-31'), 'draft');
    await save('H', person('陈四', '043', '2026-06-01'), 'draft');
    const root = await openDashboard();
    const cellOf = (id: string, col: string) => root.querySelector(`[role="row"][data-id="${id}"] [data-col="${col}"]`)?.textContent;
    expect(cellOf(ids.E!, 'earliestEligible')).toBe('现在');
    expect(root.querySelector(`[role="row"][data-id="${ids.E}"] [data-col="earliestEligible"]`)?.getAttribute('title')).toBe('自2026年11月27日起可申请');
    expect(cellOf(ids.E!, 'eligibleUntil')).toBe('2027年2月28日');
    expect(cellOf(ids.F!, 'earliestEligible')).toBe('2027年1月5日');
    expect(cellOf(ids.H!, 'eligibleUntil')).toBe('2027年2月28日 窗口已关闭');
    // Renewals have no such dates.
    expect(cellOf(ids.B!, 'earliestEligible')).toBe('');

    sortBy(root, 'earliestEligible');
    // Ties newest first; the renewals, without the dates, last.
    expect(rowNames(root)).toEqual(['陈一', '北京某某科技有限公司', '张三', '陈三', '陈二', '陈四', '王五', '李四']);
    sortBy(root, 'eligibleUntil');
    expect(rowNames(root).slice(0, 5)).toEqual(['陈四', '陈一', '陈三', '陈二', '张三']);

    const eligibility = byLabel(root, '可申请');
    choose(eligibility, 'now');
    expect(rowNames(root).sort()).toEqual(['北京某某科技有限公司', '张三', '陈一'].sort());
    choose(eligibility, 'within30');
    expect(rowNames(root).sort()).toEqual(['北京某某科技有限公司', '张三', '陈一', '陈三'].sort());
    choose(eligibility, 'closed');
    expect(rowNames(root)).toEqual(['陈四']);
    expect(root.querySelector('[data-count]')?.textContent).toBe('显示 1 个，共 8 个');
  });

  it('filters by the last safe day, and to the cases that need action', async () => {
    // 赵六's permit ends 2026-12-18: last safe day 2026-11-27, today (15 working days before it).
    await save('E', renewalCase('2026-12-18', { applicant: { name: '赵六', idNumber: '110101198803030033' } }), 'draft');
    const root = await openDashboard();
    const cell = root.querySelector<HTMLElement>(`[role="row"][data-id="${ids.E}"] [data-col="lastSafe"]`)!;
    expect(cell.textContent).toBe('2026年11月27日 今天截止');
    expect(cell.dataset.urgency).toBe('close');
    const deadline = byLabel(root, '期限');
    expect([...deadline.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      '全部', '需处理（同工具栏图标上的数字）', '最晚安全提交日已过', '5个工作日内到期（含已过）', '30天内到期（含已过）',
    ]);
    choose(deadline, 'late');
    expect(rowNames(root)).toEqual([]);
    choose(deadline, 'close');
    expect(rowNames(root)).toEqual(['赵六']);
    choose(deadline, 'soon');
    // 王五 (2026-12-10) is submitted: not counted.
    expect(rowNames(root)).toEqual(['赵六', '李四']);
    choose(deadline, 'action');
    // The cases the badge counts (reminders.ts): among them 赵六, due today; not 王五 (submitted) nor the approved registration.
    const { badgeText, needsAction } = await import('../../../utils/store/reminders');
    const assessed = await store.checkedCases({ today: '2026-11-27', wageOverride: null });
    const counted = assessed.filter((entry) => needsAction(entry, '2026-11-27')).map((entry) => entry.record.id);
    const shownIds = [...root.querySelectorAll<HTMLElement>('.case-body [role="row"]')].map((r) => r.dataset.id);
    expect(shownIds.sort()).toEqual(counted.sort());
    expect(rowNames(root)).toContain('赵六');
    expect(rowNames(root)).not.toContain('王五');
    expect(rowNames(root)).not.toContain('北京某某科技有限公司');
    expect(root.querySelector('[data-count]')?.textContent).toBe(`显示 ${badgeText(assessed, '2026-11-27')} 个，共 5 个`);
  });

  it('deletes a case and brings it back with undo', async () => {
    const root = await openDashboard();
    const deleteButton = root.querySelector(`[role="row"][data-id="${ids.B}"] button[aria-label="删除：李四"]`);
    click(deleteButton);
    await waitFor(() => root.querySelector('.toast') !== null && !rowNames(root).includes('李四'));
    expect(rowNames(root)).not.toContain('李四');
    expect(await store.getCase(ids.B!)).toBeUndefined();
    expect(root.querySelector('.toast')?.textContent).toContain('已删除：李四');
    // The row's button went away with the row: the focus goes to 撤销, not to the page's start.
    expect(document.activeElement?.textContent).toBe('撤销');

    click(buttonByText(root.querySelector('.toast')!, '撤销'));
    await waitFor(() => rowNames(root).includes('李四'));
    expect(rowNames(root)).toContain('李四');
    expect((await store.getCase(ids.B!))?.status).toBe('ready');
    expect(root.querySelector('.toast')).toBeNull();
  });

  it('duplicates a case as a new draft', async () => {
    const root = await openDashboard();
    click(root.querySelector('button[aria-label="复制：王五"]'));
    await waitFor(() => rowNames(root).filter((n) => n === '王五').length === 2);
    expect(rowNames(root).filter((n) => n === '王五')).toHaveLength(2);
    expect((await store.listCases()).filter((r) => r.case.applicant?.name === '王五').map((r) => r.status).sort()).toEqual(['draft', 'submitted']);
  });
});

describe('dashboard list and changes made elsewhere', () => {
  /** The list requests the page made since `from`, with the ids each asked for (undefined: all). */
  const listRequests = (from = 0) =>
    sent.slice(from).filter((m) => m.type === 'case/list-items' || m.type === 'case/list').map((m) => ({ type: m.type, ids: (m as { ids?: string[] }).ids }));

  it('fetches only the cases an event names, and follows their changes and deletion', async () => {
    const root = await openDashboard();
    expect(listRequests()).toEqual([{ type: 'case/list-items', ids: undefined }]);
    const before = sent.length;

    const added = (await bus.send({ type: 'case/save', input: { case: newCase({ applicant: { name: '赵六', idNumber: '110101199101010033' } }) } })) as {
      value: { record: { id: string } };
    };
    const id = added.value.record.id;
    await waitFor(() => rowNames(root).includes('赵六'));
    expect(rowNames(root)[0]).toBe('赵六');
    expect(root.querySelector('[data-count]')?.textContent).toBe('共 5 个案例');

    const stored = (await store.getCase(ids.B!))!;
    await bus.send({ type: 'case/save', input: { id: ids.B, case: stored.case, status: 'returned' } });
    const badgeOfB = () => root.querySelector(`[role="row"][data-id="${ids.B}"] .status-badge`)?.textContent;
    await waitFor(() => badgeOfB() === '被退回');
    expect(badgeOfB()).toBe('被退回');

    await bus.send({ type: 'case/delete', id });
    await waitFor(() => !rowNames(root).includes('赵六'));
    expect(rowNames(root)).toEqual(['李四', '北京某某科技有限公司', '王五', '张三']);
    // Never the whole list again: one request per change, naming the case.
    expect(listRequests(before)).toEqual([
      { type: 'case/list-items', ids: [id] },
      { type: 'case/list-items', ids: [ids.B] },
      { type: 'case/list-items', ids: [id] },
    ]);
  });

  it('fetches changes announced together in one request', async () => {
    const root = await openDashboard();
    const before = sent.length;
    const names = ['甲', '乙', '丙'];
    const added: string[] = [];
    for (const [i, name] of names.entries()) {
      const result = await store.saveCase({ case: newCase({ applicant: { name, idNumber: `11010119910101004${i}` } }) });
      if (!result.ok) throw new Error('save refused');
      added.push(result.record.id);
    }
    // Three announcements in one turn, as a run of autosaves makes them.
    for (const id of added) bus.emit({ type: 'event/cases-changed', ids: [id] });
    await waitFor(() => names.every((name) => rowNames(root).includes(name)));
    expect(names.every((name) => rowNames(root).includes(name))).toBe(true);
    expect(listRequests(before)).toEqual([{ type: 'case/list-items', ids: added }]);
  });

  it('fetches every case again after an import', async () => {
    const root = await openDashboard();
    const before = sent.length;
    bus.emit({ type: 'event/cases-changed', ids: [] });
    await waitFor(() => listRequests(before).length > 0);
    expect(listRequests(before)).toEqual([{ type: 'case/list-items', ids: undefined }]);
    expect(rowNames(root)).toHaveLength(4);
  });

  it('says so where the engine could not check a case', async () => {
    const [item] = (await store.listItems({ today: '2026-11-27', wageOverride: null }, [ids.A!])) as [object];
    overrides.set('case/list-items', [{ ...item, counts: null, lastSafeSubmission: null }]);
    const root = await openDashboard();
    const row = root.querySelector(`[role="row"][data-id="${ids.A}"]`)!;
    expect(row.querySelector('[data-col="errors"]')?.textContent).toBe('无法检查');
    expect(row.querySelector('[data-col="errors"] .nonzero-error')).toBeNull();
    expect(row.querySelector('[data-col="lastSafe"]')?.textContent).toBe('');
  });
});

describe('dashboard import', () => {
  async function importText(root: HTMLElement, text: string) {
    const input = root.querySelector('[data-testid="import-file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'cases.json', { type: 'application/json' })], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => root.querySelector('[data-import]') !== null);
  }
  const exportOf = (cases: unknown[]) => JSON.stringify({ format: 'gongju-export/1', exportedAt: '2026-11-27T00:00:00Z', cases });

  it('names the record, the field, its path and the bad value of a bad file, and imports nothing', async () => {
    const root = await openDashboard();
    const good = { id: 'x1', case: newCase({ applicant: { name: '甲' } }), status: 'draft' };
    const bad = { id: 'x2', case: newCase({ applicant: { name: '乙', birthDate: '1990-02-30' } }), status: 'draft' };
    await importText(root, exportOf([good, bad]));

    const notice = root.querySelector('[data-import="invalid"]')!;
    expect(notice.getAttribute('role')).toBe('alert');
    const problem = notice.querySelector('li[data-path="cases[1].case.applicant.birthDate"]');
    // The field in words, the path, and the bad value itself.
    expect(problem?.textContent).toBe('第 2 条记录，出生日期（cases[1].case.applicant.birthDate）：“1990-02-30”，应为有效日期，格式 YYYY-MM-DD');
    expect(notice.textContent).toContain('未导入任何内容');
    expect(await store.listCases()).toHaveLength(4);
    expect(rowNames(root)).toHaveLength(4);
  });

  it('asks before replacing cases already stored, and replaces them when told', async () => {
    const root = await openDashboard();
    const stored = (await store.getCase(ids.C!))!;
    const changed = { ...stored, case: { ...stored.case, applicant: { ...stored.case.applicant, name: '王五（新）' } } };
    await importText(root, exportOf([changed]));

    const notice = root.querySelector('[data-import="duplicates"]')!;
    expect(notice.querySelector('li')?.textContent).toBe('第 1 条记录与已有案例相同（同一记录）');
    expect((await store.getCase(ids.C!))?.case.applicant?.name).toBe('王五');

    click(buttonByText(notice, '替换并导入'));
    await waitFor(() => rowNames(root).includes('王五（新）'));
    expect(root.querySelector('[data-import="ok"]')?.textContent).toContain('已导入 1 个案例（其中替换 1 个）');
    expect((await store.getCase(ids.C!))?.case.applicant?.name).toBe('王五（新）');
    expect(rowNames(root)).toContain('王五（新）');
  });
});

describe('dashboard case editor', () => {
  it('creates a case by hand, refusing to save while an entry is invalid', async () => {
    location.hash = '#/new';
    const root = await openDashboard();
    expect(root.querySelector('h1')?.textContent).toBe('新建案例');
    typeInto(byLabel(root, '姓名'), '赵六');
    const birthDate = byLabel(root, '出生日期');
    typeInto(birthDate, '1991-13-01');
    click(buttonByText(root, '保存'));
    await waitFor(() => root.querySelector('.error-summary') !== null);
    // The first bad field is named and focused.
    await waitFor(() => document.activeElement === birthDate);
    expect(root.querySelector('.save-state')?.textContent).toBe('请先修改标出的 1 处输入再保存；第一处：出生日期。');
    expect(root.querySelector('.error-summary')?.textContent).toContain('出生日期：应为有效日期');
    expect((await store.listCases()).some((r) => r.case.applicant?.name === '赵六')).toBe(false);

    typeInto(birthDate, '1991-12-01');
    blur(birthDate);
    click(buttonByText(root, '保存'));
    await waitFor(() => location.hash.startsWith('#/case/'));
    const created = (await store.listCases()).find((r) => r.case.applicant?.name === '赵六');
    expect(created?.case.applicant?.birthDate).toBe('1991-12-01');
    expect(location.hash).toBe(`#/case/${created!.id}`);
  });

  it('edits the status of a stored case', async () => {
    location.hash = `#/case/${ids.A}`;
    const root = await openDashboard();
    expect(root.querySelector('h1')?.textContent).toBe('案例：张三');
    choose(root.querySelector('#case-status'), 'returned');
    click(buttonByText(root, '保存'));
    await waitFor(() => root.querySelector('.save-state')?.textContent === '已保存。');
    expect((await store.getCase(ids.A!))?.status).toBe('returned');
    expect(root.querySelector('.save-state')?.textContent).toBe('已保存。');
  });

  it('never overwrites unsaved edits when the case changes elsewhere, and follows it otherwise', async () => {
    location.hash = `#/case/${ids.A}`;
    const root = await openDashboard();
    const stored = (await store.getCase(ids.A!))!;
    const elsewhere = (name: string) =>
      globalThis.gongjuTestBus!.send({ type: 'case/save', input: { id: ids.A, case: { ...stored.case, applicant: { ...stored.case.applicant, name } } } });

    // Not edited here: the form follows the stored case.
    await elsewhere('张三丰');
    await waitFor(() => (byLabel(root, '姓名') as HTMLInputElement).value === '张三丰');
    expect((byLabel(root, '姓名') as HTMLInputElement).value).toBe('张三丰');

    // Edited here and not saved: the edit stays and the user is told.
    typeInto(byLabel(root, '户口所在地'), '河北省');
    await elsewhere('张三');
    await waitFor(() => root.querySelector('[role="alert"] .secondary') !== null);
    expect(root.textContent).toContain('此案例已在别处更新');
    expect((byLabel(root, '户口所在地') as HTMLInputElement).value).toBe('河北省');
    expect((byLabel(root, '姓名') as HTMLInputElement).value).toBe('张三丰');
  });
});

describe('dashboard export and print', () => {
  /** Captures what the page hands to the browser's download. */
  function captureDownloads() {
    const files: Array<{ name: string; blob: Blob }> = [];
    let pending: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      pending = blob as Blob;
      return 'blob:captured';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (pending) files.push({ name: this.download, blob: pending });
      pending = null;
    });
    return files;
  }

  it('exports the cases shown as CSV, and one case as JSON', async () => {
    const files = captureDownloads();
    const root = await openDashboard();
    choose(byLabel(root, '业务类型'), 'renewal');
    click(buttonByText(root, '导出当前 2 条（CSV）'));
    await waitFor(() => files.length === 1);
    const csv = await files[0]!.blob.text();
    expect(files[0]!.name).toBe('工居预审-案例列表-2026-11-27.csv');
    expect(csv).toContain('"王五"');
    expect(csv).toContain('"李四"');
    expect(csv).not.toContain('"张三"');

    click(root.querySelector('button[aria-label="导出：李四"]'));
    // Plain JSON only after the warning that it holds ID numbers.
    await waitFor(() => root.querySelector('.export-plain') !== null);
    expect(root.querySelector('.export-plain')?.textContent).toContain('身份证号');
    click(buttonByText(root, '不加密导出（JSON）'));
    await waitFor(() => files.length === 2);
    const exported = JSON.parse(await files[1]!.blob.text()) as { format: string; cases: Array<{ id: string }> };
    expect(exported.format).toBe('gongju-export/1');
    expect(exported.cases.map((c) => c.id)).toEqual([ids.B]);
  });

  it('prints the materials list and the one-time notice of a case', async () => {
    await save('P', loadExample('new-problems'), 'draft');
    location.hash = `#/print/${ids.P}`;
    const root = mount(<Dashboard />);
    await waitFor(() => root.querySelector('[data-sheet="notice"]') !== null);

    const materials = root.querySelector('[data-sheet="materials"]')!;
    expect(materials.querySelector('h1')?.textContent).toBe('材料清单');
    const missing = [...materials.querySelectorAll('tr.state-missing')].map((tr) => tr.getAttribute('data-material'));
    expect(missing.sort()).toEqual(['child-birth-certificate', 'landlord-property-certificate', 'withholding-client-screenshot']);
    // Numbered 1..n across the groups.
    const numbers = texts(materials, 'tbody td.col-no').map(Number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));

    const notice = root.querySelector('[data-sheet="notice"]')!;
    expect(notice.querySelector('h1')?.textContent).toBe('自查问题清单（一次性列出）');
    // Every problem at once, counted as everywhere else: the three rule errors, the warning, then the three missing materials.
    const rulesIn = (group: string) => [...notice.querySelectorAll(`[data-group="${group}"] li`)].map((li) => li.getAttribute('data-rule'));
    expect(rulesIn('error')).toEqual(['applicant.age-limit', 'applicant.income-months', 'applicant.housing']);
    expect(notice.querySelector('[data-group="warning"] ol')?.getAttribute('start')).toBe('4');
    expect(rulesIn('material')).toEqual(['material.missing', 'material.missing', 'material.missing']);
    expect(notice.querySelector('[data-group="material"] ol')?.getAttribute('start')).toBe('5');
    expect(notice.textContent).toContain('本申请共有以下 7 项问题');

    // The planner's two dates on the sheet: the age is over the limit (time will not cure it), the contract ends 2027-03-31.
    expect(materials.querySelector('[data-date="earliestEligible"] dd')?.textContent).toBe('须先改正');
    expect(materials.querySelector('[data-date="eligibleUntil"] dd')?.textContent).toBe('2027年3月31日');
    expect(materials.querySelector('.sheet-plan')?.textContent).toContain('须先改正“年龄上限”、“在京合法稳定住所”');
    // Its dates stay in 2026: nothing provisional.
    expect(root.querySelector('.sheet-provisional, .provisional-mark')).toBeNull();
  });

  it('marks a date counted over a year without its schedule as provisional on the sheet, with why and what to do', async () => {
    location.hash = `#/print/${ids.B}`;
    const root = mount(<Dashboard />);
    await waitFor(() => root.querySelector('[data-sheet="materials"]') !== null);
    const sheet = root.querySelector('[data-sheet="materials"]')!;
    const lastSafe = [...sheet.querySelectorAll('.sheet-meta > div')].find((div) => div.querySelector('dt')?.textContent === '最晚安全提交日');
    expect(lastSafe?.querySelector('dd')?.textContent).toBe('2026年12月24日（暂定）');
    const note = sheet.querySelector('.sheet-provisional');
    expect(note?.getAttribute('data-provisional')).toBe('2027');
    expect(note?.textContent).toMatch(/^暂定：2027年的节假日安排尚未添加，此日期按保守的临时安排计算.*“节假日安排”中添加该年安排。$/);
  });
});

describe('employer profiles', () => {
  it('keeps an employer once and fills it into a new case', async () => {
    location.hash = '#/employers';
    const root = mount(<Dashboard />);
    await waitFor(() => root.querySelector('.empty') !== null);
    click(buttonByText(root, '新建单位档案'));
    typeInto(byLabel(root, '单位名称'), '北京某某科技有限公司');
    choose(byLabel(root, '单位组织形式'), 'enterprise');
    click(buttonByText(root, '保存档案'));
    await waitFor(() => root.querySelector('.profile-table') !== null);
    // No profile name given: the employer's name stands for it.
    expect(texts(root, '.profile-table tbody th')).toEqual(['北京某某科技有限公司']);
    const [profile] = await store.listEmployers();
    expect(profile?.employer).toEqual({ name: '北京某某科技有限公司', orgForm: 'enterprise' });

    click(root.querySelector('a[aria-label="用此单位新建案例：北京某某科技有限公司"]'));
    await waitFor(() => (root.querySelector('#case-employer-name') as HTMLInputElement | null)?.value === '北京某某科技有限公司');
    expect(location.hash).toBe(`#/new/${profile!.id}`);
    expect((byLabel(root, '单位组织形式') as HTMLSelectElement).value).toBe('enterprise');
  });

  it('deletes a profile and brings it back with undo', async () => {
    await store.saveEmployer({ name: '甲单位', employer: { name: '甲单位' } });
    location.hash = '#/employers';
    const root = mount(<Dashboard />);
    await waitFor(() => root.querySelector('.profile-table') !== null);
    click(root.querySelector('button[aria-label="删除：甲单位"]'));
    await waitFor(() => root.querySelector('.toast') !== null && root.querySelector('.profile-table') === null);
    expect(await store.listEmployers()).toHaveLength(0);
    click(buttonByText(root.querySelector('.toast')!, '撤销'));
    await waitFor(() => root.querySelector('.profile-table') !== null);
    expect((await store.listEmployers()).map((p) => p.name)).toEqual(['甲单位']);
  });
});
