// Deadline reminders and the badge count, computed from stored cases and the engine's dates.
import { isWorkingDay } from '../../rules/calendar';
import { fromDayNumber, toDayNumber } from '../../rules/dates';
import type { Lang } from '../../rules/types';
import type { CheckDigest } from './assess';
import { subjectName } from './csv';
import { APPLICATION_TYPE_LABELS, OPEN_STATUSES, type CaseRecord } from './types';

/** Working days before the last safe submission day at which a reminder is shown. */
export const REMINDER_THRESHOLDS = [30, 10, 3] as const;
/** A case whose last safe day is this close (in working days) needs action. */
export const ATTENTION_WORKING_DAYS = 10;

/**
 * Working days from `today` to `target`: the number of working days d with today < d <= target,
 * so that target = addWorkingDays(today, n). Negative (working days since) when target is past.
 */
export function workingDaysUntil(today: string, target: string): number {
  const from = toDayNumber(today);
  const to = toDayNumber(target);
  const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day++) if (isWorkingDay(fromDayNumber(day))) count++;
  return sign * count;
}

export interface Assessed {
  record: CaseRecord;
  /** Null when the engine failed on the case. */
  check: CheckDigest | null;
}

/** Open cases with errors, or whose last safe day is at most ATTENTION_WORKING_DAYS away or past. */
export function needsAction({ record, check }: Assessed, today: string): boolean {
  if (!OPEN_STATUSES.has(record.status) || !check) return false;
  if (check.all.errors > 0) return true;
  const lastSafe = check.lastSafeSubmission;
  return lastSafe !== null && workingDaysUntil(today, lastSafe) <= ATTENTION_WORKING_DAYS;
}

export function badgeText(assessed: readonly Assessed[], today: string): string {
  const count = assessed.filter((entry) => needsAction(entry, today)).length;
  return count > 0 ? String(count) : '';
}

export interface Reminder {
  caseId: string;
  /** The threshold reached (30, 10 or 3). */
  threshold: number;
  daysLeft: number;
  lastSafeSubmission: string;
  /** Log keys to record once shown: every threshold reached, so a looser one never fires later. */
  keys: string[];
}

function reminderKey(caseId: string, lastSafe: string, threshold: number): string {
  return `${caseId}|${lastSafe}|${threshold}`;
}

/**
 * Reminders due today: for each open case with a last safe day not yet past, the tightest
 * threshold it has reached, unless already shown. A day the browser was closed is caught up on
 * the next run; a changed permit date starts afresh (the key holds the date).
 */
export function dueReminders(assessed: readonly Assessed[], today: string, shown: ReadonlySet<string>): Reminder[] {
  const due: Reminder[] = [];
  for (const { record, check } of assessed) {
    const lastSafe = check?.lastSafeSubmission;
    if (!lastSafe || !OPEN_STATUSES.has(record.status)) continue;
    const daysLeft = workingDaysUntil(today, lastSafe);
    if (daysLeft < 0) continue;
    const reached = REMINDER_THRESHOLDS.filter((threshold) => daysLeft <= threshold);
    if (reached.length === 0) continue;
    const threshold = Math.min(...reached);
    if (shown.has(reminderKey(record.id, lastSafe, threshold))) continue;
    due.push({
      caseId: record.id,
      threshold,
      daysLeft,
      lastSafeSubmission: lastSafe,
      keys: reached.map((t) => reminderKey(record.id, lastSafe, t)),
    });
  }
  return due;
}

export function reminderText(reminder: Reminder, record: CaseRecord, lang: Lang): { title: string; message: string } {
  const name = subjectName(record);
  const type = APPLICATION_TYPE_LABELS[record.case.type][lang];
  const date = reminder.lastSafeSubmission;
  const n = reminder.daysLeft;
  if (lang === 'zh') {
    return {
      title: '工作居住证办理期限提醒',
      message: `${name ? `${name}（${type}）` : type}：最晚安全提交日为 ${date}，还剩 ${n} 个工作日。`,
    };
  }
  return {
    title: 'Work residence permit deadline',
    message: `${name ? `${name} (${type})` : type}: last safe submission day ${date}, ${n} working day${n === 1 ? '' : 's'} left.`,
  };
}
