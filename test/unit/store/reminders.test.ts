import { describe, expect, it, vi } from 'vitest';
import { addWorkingDays } from '../../../rules/calendar';
import type { Finding } from '../../../rules/types';
import { digestOf, type CheckDigest } from '../../../utils/store/assess';
import { sendReminders, updateBadge } from '../../../utils/store/alerts';
import { badgeText, dueReminders, needsAction, workingDaysUntil, type Assessed } from '../../../utils/store/reminders';
import type { CaseRecord, CaseStatus } from '../../../utils/store/types';
import { freshStore, renewalCase } from './helpers';

const TODAY = '2026-11-27'; // a Friday

/** A permit end date whose last safe submission day is `n` working days after TODAY. */
function validUntilFor(n: number): string {
  // lastSafeSubmission(V) is the 15th working day before V when V is a working day.
  return addWorkingDays(addWorkingDays(TODAY, n), 15);
}

describe('workingDaysUntil', () => {
  it('counts the working days after today up to and including the target', () => {
    expect(workingDaysUntil(TODAY, TODAY)).toBe(0);
    expect(workingDaysUntil(TODAY, '2026-11-28')).toBe(0); // Saturday
    expect(workingDaysUntil(TODAY, '2026-11-30')).toBe(1); // Monday
    expect(workingDaysUntil(TODAY, '2026-12-04')).toBe(5);
    expect(workingDaysUntil(TODAY, '2026-11-26')).toBe(-1);
    for (const n of [3, 10, 30]) expect(workingDaysUntil(TODAY, addWorkingDays(TODAY, n))).toBe(n);
  });
});

/** The digest of a check with these findings and last safe day, as the store keeps it. */
function check(lastSafeSubmission: string | null, severities: Finding['severity'][] = []): CheckDigest {
  return digestOf({
    ruleset: 'test',
    type: 'renewal',
    asOf: TODAY,
    findings: severities.map((severity) => ({ rule: 'r', severity, fields: [], message: '' })),
    materials: [],
    dates: { lastSafeSubmission, approvalBy: null, earliestEligible: null, eligibleUntil: null },
    windowStarts: [],
    windowLimits: [],
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
  });

  it('is set from the stored cases', async () => {
    const { store } = await freshStore();
    const setBadge = vi.fn(async () => undefined);
    expect(await updateBadge(store, TODAY, setBadge)).toBe('');
    await store.saveCase({ case: renewalCase(validUntilFor(5)) });
    await store.saveCase({ case: renewalCase(validUntilFor(5)), status: 'submitted' });
    expect(await updateBadge(store, TODAY, setBadge)).toBe('1');
    expect(setBadge).toHaveBeenLastCalledWith('1');
  });
});

describe('reminders', () => {
  it.each([30, 10, 3])('fire once when the last safe day is %i working days ahead', (n) => {
    const entries: Assessed[] = [{ record: record('c'), check: check(addWorkingDays(TODAY, n)) }];
    const due = dueReminders(entries, TODAY, new Set());
    expect(due).toEqual([
      expect.objectContaining({ caseId: 'c', threshold: n, daysLeft: n, lastSafeSubmission: addWorkingDays(TODAY, n) }),
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
    expect(notify).toHaveBeenCalledWith(`reminder:${saved.record.id}:10`, {
      title: '工作居住证办理期限提醒',
      message: `张三（证件续签）：最晚安全提交日为 ${addWorkingDays(TODAY, 10)}，还剩 10 个工作日。`,
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
    expect(notify).toHaveBeenLastCalledWith(`reminder:${other.record.id}:3`, {
      title: 'Work residence permit deadline',
      message: `Li (Renewal): last safe submission day ${addWorkingDays(TODAY, 3)}, 3 working days left.`,
    });
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
