import { describe, expect, it, vi } from 'vitest';
import { EMBEDDED_CALENDAR, WorkCalendar } from '../../../rules/calendar';
import type { CheckOutput, Finding } from '../../../rules/types';
import { digestOf, type CheckDigest } from '../../../utils/store/assess';
import { provisionalReason } from '../../../utils/i18n';
import { sendReminders, updateBadge } from '../../../utils/store/alerts';
import { badgeText, dueReminders, eligibleAlarms, needsAction, reminderText, type Assessed } from '../../../utils/store/reminders';
import { loadExample } from '../../support/cases';
import { stored2027 } from '../../support/notice-2027';
import type { CaseRecord, CaseStatus } from '../../../utils/store/types';
import { freshStore, renewalCase } from './helpers';

const TODAY = '2026-11-27'; // a Friday
const addWorkingDays = (d: string, n: number) => EMBEDDED_CALENDAR.addWorkingDays(d, n);

/** A permit end date whose last safe submission day is `n` working days after TODAY. */
function validUntilFor(n: number): string {
  // lastSafeSubmission(V) is the 15th working day before V when V is a working day.
  return addWorkingDays(addWorkingDays(TODAY, n), 15);
}

/** A check output with these findings and last safe day. */
function checkOutput(lastSafeSubmission: string | null, severities: Finding['severity'][] = []): CheckOutput {
  return {
    ruleset: 'test',
    type: 'renewal',
    asOf: TODAY,
    findings: severities.map((severity) => ({ rule: 'r', severity, fields: [], message: '' })),
    materials: [],
    dates: { lastSafeSubmission, approvalBy: null, earliestEligible: null, eligibleUntil: null, calendars: {} },
    windowStarts: [],
    windowLimits: [],
    provisionalYears: { lastSafeSubmission: [], approvalBy: [] },
  };
}

/** The digest of a check with these findings and last safe day, as the store keeps it. */
function check(lastSafeSubmission: string | null, severities: Finding['severity'][] = []): CheckDigest {
  return digestOf(checkOutput(lastSafeSubmission, severities));
}

/** The digest of a new permit's check with the planner's two dates and these findings. */
function planned(earliestEligible: string | null, eligibleUntil: string | null, severities: Finding['severity'][] = []): CheckDigest {
  return digestOf({
    ruleset: 'test',
    type: 'new',
    asOf: TODAY,
    findings: severities.map((severity) => ({ rule: 'r', severity, fields: [], message: '' })),
    materials: [],
    dates: { lastSafeSubmission: null, approvalBy: null, earliestEligible, eligibleUntil, calendars: {} },
    windowStarts: [],
    windowLimits: [],
    provisionalYears: { lastSafeSubmission: [], approvalBy: [] },
  });
}

function record(id: string, status: CaseStatus = 'draft'): CaseRecord {
  return {
    id,
    case: renewalCase('2027-06-30'),
    status,
    notes: '',
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    history: [],
    sources: {},
    pageKeys: [],
  };
}

describe('badge', () => {
  it('counts open cases with errors or a last safe day within 10 working days', () => {
    const entries: Assessed[] = [
      { record: record('errors'), check: check(null, ['error', 'warning']) },
      { record: record('warnings only'), check: check(null, ['warning', 'info']) },
      { record: record('close', 'ready'), check: check(addWorkingDays(TODAY, 10)) },
      { record: record('far'), check: check(addWorkingDays(TODAY, 11)) },
      { record: record('late', 'returned'), check: check('2026-11-20') },
      { record: record('submitted with errors', 'submitted'), check: check(addWorkingDays(TODAY, 2), ['error']) },
      { record: record('approved', 'approved'), check: check(null, ['error']) },
      { record: record('engine failed'), check: null },
    ];
    expect(entries.filter((e) => needsAction(e, TODAY)).map((e) => e.record.id)).toEqual(['errors', 'close', 'late']);
    expect(badgeText(entries, TODAY)).toBe('3');
    expect(badgeText(entries.slice(1, 2), TODAY)).toBe('');
    // A missing material is counted as a material, not an error (rules/summary.ts), and is refused all the same.
    const missing = digestOf({ ...checkOutput(null), findings: [{ rule: 'material.missing', severity: 'error', fields: ['attachments'], message: '', material: 'id-card' }] });
    expect(missing.counts).toMatchObject({ errors: 0, missingMaterials: 1 });
    expect(needsAction({ record: record('material'), check: missing }, TODAY)).toBe(true);
  });

  it('is set from the stored cases', async () => {
    const { store } = await freshStore();
    const setBadge = vi.fn(async (_text: string, _title: string) => undefined);
    expect(await updateBadge(store, TODAY, setBadge, 'zh-CN')).toBe('');
    expect(setBadge).toHaveBeenLastCalledWith('', '工居预审：没有需处理的案件');
    await store.saveCase({ case: renewalCase(validUntilFor(5)) });
    await store.saveCase({ case: renewalCase(validUntilFor(5)), status: 'submitted' });
    expect(await updateBadge(store, TODAY, setBadge, 'zh-CN')).toBe('1');
    expect(setBadge).toHaveBeenLastCalledWith('1', expect.stringMatching(/^工居预审：1 件案件需处理（.*10 个工作日内/));
    await store.setSettings({ lang: 'en' });
    await updateBadge(store, TODAY, setBadge, 'zh-CN');
    expect(setBadge).toHaveBeenLastCalledWith('1', expect.stringMatching(/^Gongju Precheck: 1 case needs action \(.*within 10 working days/));
  });
});

describe('reminders', () => {
  it.each([30, 10, 3])('fire once when the last safe day is %i working days ahead', (n) => {
    const entries: Assessed[] = [{ record: record('c'), check: check(addWorkingDays(TODAY, n)) }];
    const due = dueReminders(entries, TODAY, new Set());
    expect(due).toEqual([
      expect.objectContaining({ caseId: 'c', kind: 'last-safe', threshold: n, daysLeft: n, date: addWorkingDays(TODAY, n) }),
    ]);
    expect(dueReminders(entries, TODAY, new Set(due[0]!.keys))).toEqual([]);
  });

  it('do not fire between thresholds once shown, nor before 30, nor after the day, nor for closed cases', () => {
    const at = (n: number, status: CaseStatus = 'draft'): Assessed[] => [{ record: record('c', status), check: check(addWorkingDays(TODAY, n)) }];
    expect(dueReminders(at(31), TODAY, new Set())).toEqual([]);
    expect(dueReminders([{ record: record('c'), check: check('2026-11-20') }], TODAY, new Set())).toEqual([]);
    expect(dueReminders(at(3, 'submitted'), TODAY, new Set())).toEqual([]);
    expect(dueReminders([{ record: record('c'), check: check(null) }], TODAY, new Set())).toEqual([]);

    // Browser closed on the day it reached 30: caught up at 25, then quiet on the next working
    // day (24 left) and on, until 10.
    const first = dueReminders(at(25), TODAY, new Set());
    expect(first.map((r) => r.threshold)).toEqual([30]);
    const shown = new Set(first[0]!.keys);
    expect(dueReminders(at(25), '2026-11-30', shown)).toEqual([]);
    expect(dueReminders(at(25), addWorkingDays(TODAY, 14), shown)).toEqual([]);
    expect(dueReminders(at(25), addWorkingDays(TODAY, 15), shown).map((r) => r.threshold)).toEqual([10]);
    // Reaching 3 with nothing shown yet shows one reminder, and none for 10 or 30 afterwards.
    const late = dueReminders(at(2), TODAY, new Set());
    expect(late.map((r) => r.threshold)).toEqual([3]);
    expect(dueReminders(at(2), TODAY, new Set(late[0]!.keys))).toEqual([]);
  });

  it('are shown through notify once, in the language of the settings, and retried when notify fails', async () => {
    const { store } = await freshStore();
    const saved = await store.saveCase({ case: renewalCase(validUntilFor(10)) });
    if (!saved.ok) throw new Error('save failed');
    const notify = vi.fn(async () => undefined);

    const sent = await sendReminders(store, TODAY, notify, 'zh-CN');
    expect(sent.map((r) => r.threshold)).toEqual([10]);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith(`reminder:${saved.record.id}:last-safe:10`, {
      title: '工作居住证办理期限提醒',
      // Its permit ends in January 2027, whose schedule is not added: the date is marked.
      message: `张三（证件续签）：最晚安全提交日为 ${addWorkingDays(TODAY, 10)}（暂定），还剩 10 个工作日。${provisionalReason(['2027'], 'zh')}`,
    });
    expect(await sendReminders(store, TODAY, notify, 'zh-CN')).toEqual([]);
    expect(notify).toHaveBeenCalledTimes(1);

    const other = await store.saveCase({ case: renewalCase(validUntilFor(3), { applicant: { name: 'Li' } }) });
    if (!other.ok) throw new Error('save failed');
    await store.setSettings({ lang: 'en' });
    const failing = vi.fn(async () => {
      throw new Error('image failed');
    });
    expect(await sendReminders(store, TODAY, failing, 'zh-CN')).toEqual([]);
    const retried = await sendReminders(store, TODAY, notify, 'zh-CN');
    expect(retried.map((r) => r.caseId)).toEqual([other.record.id]);
    expect(notify).toHaveBeenLastCalledWith(`reminder:${other.record.id}:last-safe:3`, {
      title: 'Work residence permit deadline',
      message: `Li (Renewal): last safe submission day ${addWorkingDays(TODAY, 3)}, 3 working days left.`,
    });
  });

  it('count the working days on the imported calendars, as every view does', async () => {
    // The imported 2027 春节 is 02-05 … 02-12 off with Saturday 02-20 worked; the provisional one
    // also takes 02-04 off and works no Saturday: two working days fewer up to a day after 02-20.
    const imported = new WorkCalendar([stored2027()]);
    const today = '2027-01-20';
    const lastSafe = imported.addWorkingDays(today, 31);
    expect(lastSafe).toBe('2027-03-11');
    expect(imported.workingDaysUntil(today, lastSafe)).toBe(31);
    expect(EMBEDDED_CALENDAR.workingDaysUntil(today, lastSafe)).toBe(29);
    const entries: Assessed[] = [{ record: record('c'), check: check(lastSafe) }];
    expect(dueReminders(entries, today, new Set(), undefined, imported)).toEqual([]);
    expect(dueReminders(entries, today, new Set())).toEqual([expect.objectContaining({ threshold: 30, daysLeft: 29 })]);

    // sendReminders counts on the calendars of the settings.
    const { store } = await freshStore();
    await store.saveCase({ case: renewalCase(imported.addWorkingDays(imported.addWorkingDays(today, 10), 15)) });
    const notify = vi.fn(async () => undefined);
    await store.setSettings({ calendars: [stored2027()] });
    expect((await sendReminders(store, today, notify, 'zh-CN')).map((r) => [r.threshold, r.daysLeft])).toEqual([[10, 10]]);
    expect(notify).toHaveBeenLastCalledWith(expect.any(String), expect.objectContaining({ message: expect.not.stringContaining('暂定') }));
  });

  it('mark a last safe day counted on the provisional calendar, with the reason and where to add the schedule', async () => {
    const { store } = await freshStore();
    // As in case-format.md: valid until 2027-01-15, last safe day 2026-12-24 with 2027-01-01 provisional.
    const saved = await store.saveCase({ case: renewalCase('2027-01-15') });
    if (!saved.ok) throw new Error('save failed');
    const notify = vi.fn(async () => undefined);
    const [sent] = await sendReminders(store, TODAY, notify, 'zh-CN');
    expect(sent).toMatchObject({ date: '2026-12-24', provisionalYears: ['2027'] });
    expect(notify).toHaveBeenLastCalledWith(expect.any(String), {
      title: '工作居住证办理期限提醒',
      message: `张三（证件续签）：最晚安全提交日为 2026-12-24（暂定），还剩 ${sent!.daysLeft} 个工作日。暂定：2027年的节假日安排尚未添加，此日期按保守的临时安排计算（最晚提交日只会偏早，核准日期只会偏晚）。通知公布后，可在设置页的“节假日安排”中添加该年安排。`,
    });
    expect(reminderText(sent!, saved.record, 'en').message).toBe(
      `张三 (Renewal): last safe submission day 2026-12-24 (provisional), ${sent!.daysLeft} working days left. Provisional: the 2027 holiday schedule has not been added, so this date uses a conservative provisional calendar (a last safe day can only be early, an approval date only late). Once the notice is out, add the year under Holiday calendars in the options.`,
    );

    // A last safe day counted inside 2026 is not marked, though the case's approval date runs into 2027.
    const { store: other } = await freshStore();
    await other.saveCase({ case: renewalCase(validUntilFor(3), { acceptedOn: '2026-12-20' }) });
    const [plain] = await sendReminders(other, TODAY, notify, 'zh-CN');
    expect(plain).toMatchObject({ threshold: 3, provisionalYears: [] });
    expect(notify).toHaveBeenLastCalledWith(expect.any(String), expect.objectContaining({ message: `张三（证件续签）：最晚安全提交日为 ${addWorkingDays(TODAY, 3)}，还剩 3 个工作日。` }));
  });

  it('stay silent when the user turned them off', async () => {
    const { store } = await freshStore();
    await store.saveCase({ case: renewalCase(validUntilFor(3)) });
    await store.setSettings({ reminders: false });
    const notify = vi.fn(async () => undefined);
    expect(await sendReminders(store, TODAY, notify, 'en')).toEqual([]);
    expect(notify).not.toHaveBeenCalled();
  });
});

describe('reminders of the planner\'s dates', () => {
  it.each([30, 10, 3])('fire once when the last day to apply is %i working days ahead', (n) => {
    const entries: Assessed[] = [{ record: record('c'), check: planned(TODAY, addWorkingDays(TODAY, n)) }];
    const due = dueReminders(entries, TODAY, new Set());
    expect(due).toEqual([expect.objectContaining({ caseId: 'c', kind: 'eligible-until', threshold: n, daysLeft: n, date: addWorkingDays(TODAY, n) })]);
    expect(dueReminders(entries, TODAY, new Set(due[0]!.keys))).toEqual([]);
  });

  it('give no last-day reminder for a window that closes before it opens, nor once the day is past', () => {
    expect(dueReminders([{ record: record('c'), check: planned('2027-03-01', addWorkingDays(TODAY, 3)) }], TODAY, new Set())).toEqual([]);
    expect(dueReminders([{ record: record('c'), check: planned('2026-11-01', '2026-11-20') }], TODAY, new Set())).toEqual([]);
  });

  it('remind of the first day to apply only when asked, on that day or the first run after it, once', () => {
    const entries: Assessed[] = [
      { record: record('asked'), check: planned(TODAY, null) },
      { record: record('not asked'), check: planned(TODAY, null) },
      { record: record('later'), check: planned('2027-01-05', null, ['error']) },
      { record: record('closed', 'submitted'), check: planned(TODAY, null) },
    ];
    const asked = new Set(['asked', 'later', 'closed']);
    const due = dueReminders(entries, TODAY, new Set(), asked);
    expect(due).toEqual([{ caseId: 'asked', kind: 'eligible', date: TODAY, threshold: 0, daysLeft: 0, keys: ['asked|eligible|2026-11-27|0'], provisionalYears: [] }]);
    expect(dueReminders(entries, TODAY, new Set(due[0]!.keys), asked)).toEqual([]);
    // 'later' becomes eligible on 2027-01-05: on that day its check says so.
    const onTheDay: Assessed[] = [{ record: record('later'), check: { ...planned('2027-01-05', null), counts: { errors: 0, warnings: 0, missingMaterials: 0, toFill: 0 } } }];
    expect(dueReminders(onTheDay, '2027-01-05', new Set(), asked).map((r) => r.kind)).toEqual(['eligible']);
  });

  it('wake the background on each first day still to come that has a reminder', () => {
    const entries: Assessed[] = [
      { record: record('later'), check: planned('2027-01-05', '2027-06-30', ['error']) },
      { record: record('today'), check: planned(TODAY, null) },
      { record: record('closed window'), check: planned('2027-06-01', '2027-02-28', ['error']) },
      { record: record('not asked'), check: planned('2027-01-05', null, ['error']) },
    ];
    expect(eligibleAlarms(entries, TODAY, new Set(['later', 'today', 'closed window']))).toEqual([{ caseId: 'later', date: '2027-01-05' }]);
  });

  it('count for the badge: a last day to apply within 10 working days, and a first day come with a reminder', () => {
    const entries: Assessed[] = [
      { record: record('closing'), check: planned(TODAY, addWorkingDays(TODAY, 10)) },
      { record: record('open long'), check: planned(TODAY, addWorkingDays(TODAY, 11)) },
      { record: record('eligible, asked'), check: planned(TODAY, null) },
      { record: record('eligible, not asked'), check: planned(TODAY, null) },
    ];
    expect(badgeText(entries, TODAY, new Set(['eligible, asked']))).toBe('2');
    expect(entries.filter((e) => needsAction(e, TODAY, new Set(['eligible, asked']))).map((e) => e.record.id)).toEqual(['closing', 'eligible, asked']);
  });

  it('say what they are about, in both languages', () => {
    const r = record('c');
    const base = { caseId: 'c', threshold: 0, daysLeft: 0, keys: [], provisionalYears: [] };
    expect(reminderText({ ...base, kind: 'eligible', date: '2027-01-05' }, r, 'zh')).toEqual({
      title: '工作居住证可以申请了',
      message: '张三（证件续签）：自 2027-01-05 起可以申请。请备齐材料后提交。',
    });
    expect(reminderText({ ...base, kind: 'eligible-until', date: '2027-06-30', threshold: 3, daysLeft: 1 }, r, 'en').message).toBe(
      '张三 (Renewal): the last day to apply is 2027-06-30, 1 working day left.',
    );
  });

  it('are set per stored case, kept by the store, and sent on the day', async () => {
    const { store } = await freshStore();
    const c = { ...loadExample('new-complete'), asOf: undefined };
    const saved = await store.saveCase({ case: c });
    if (!saved.ok) throw new Error('save failed');
    expect(await store.setEligibleReminder('no such case', true)).toBe(false);
    expect(await store.setEligibleReminder(saved.record.id, true)).toBe(true);
    expect([...(await store.eligibleReminders())]).toEqual([saved.record.id]);
    const notify = vi.fn(async () => undefined);
    const sent = await sendReminders(store, '2026-11-27', notify, 'zh-CN');
    expect(sent.map((r) => r.kind)).toContain('eligible');
    expect(notify).toHaveBeenCalledWith(`reminder:${saved.record.id}:eligible:0`, expect.objectContaining({ title: '工作居住证可以申请了' }));
    await store.setEligibleReminder(saved.record.id, false);
    expect([...(await store.eligibleReminders())]).toEqual([]);
  });
});
