// The case list's 最晚安全提交日 cell and its filters: how far off the last safe day is, and how
// urgent that makes the case (past, within 5 working days, within 30 days), in words as well as
// colour; and the cases that need action, as the toolbar badge counts them (reminders.ts).
import type { WorkCalendar } from '../../rules/calendar';
import { toDayNumber } from '../../rules/dates';
import type { Lang } from '../../rules/types';
import { provisionalReason, t } from '../../utils/i18n';
import { needsActionOf } from '../../utils/store/reminders';
import { OPEN_STATUSES } from '../../utils/store/types';
import type { CaseRow } from './rows';

/** Working days left at which a last safe day is close. */
export const CLOSE_WORKING_DAYS = 5;
/** Calendar days left at which a last safe day is coming. */
export const SOON_DAYS = 30;

/**
 * - late: the last safe day has passed;
 * - close: at most CLOSE_WORKING_DAYS working days left (today included: 0);
 * - soon: at most SOON_DAYS calendar days left;
 * - later: further off.
 */
export type Urgency = 'late' | 'close' | 'soon' | 'later';

export interface DaysLeft {
  urgency: Urgency;
  /** Working days after today up to the last safe day; negative once it has passed. */
  workingDays: number;
  /** Calendar days from today to the last safe day; negative once it has passed. */
  days: number;
}

export function daysLeft(lastSafe: string, today: string, calendar: WorkCalendar): DaysLeft {
  const days = toDayNumber(lastSafe) - toDayNumber(today);
  const workingDays = calendar.workingDaysUntil(today, lastSafe);
  const urgency: Urgency = days < 0 ? 'late' : workingDays <= CLOSE_WORKING_DAYS ? 'close' : days <= SOON_DAYS ? 'soon' : 'later';
  return { urgency, workingDays, days };
}

/** The words under the date: 已逾期3天, 今天截止, 剩5个工作日, 剩20天. */
export function daysLeftText(left: DaysLeft, lang: Lang): string {
  if (left.urgency === 'late') return t(lang, 'dashboard.deadline.lateLeft', { n: -left.days });
  if (left.days === 0) return t(lang, 'dashboard.deadline.today');
  if (left.urgency === 'close') return t(lang, 'dashboard.deadline.workingDays', { n: left.workingDays });
  return t(lang, 'dashboard.deadline.days', { n: left.days });
}

export const DEADLINE_FILTERS = ['action', 'late', 'close', 'soon'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

/**
 * `action` is what the badge counts (needsActionOf); late / close / soon go by the last safe day of
 * the open cases, each including the more urgent ones (within 30 days includes the close and the late).
 */
export function matchesDeadline(
  row: CaseRow,
  filter: DeadlineFilter,
  today: string,
  calendar: WorkCalendar,
  remindEligible: ReadonlySet<string>,
): boolean {
  if (filter === 'action') return needsActionOf(row, today, remindEligible, calendar);
  if (row.lastSafeSubmission === null || !OPEN_STATUSES.has(row.status)) return false;
  const { urgency } = daysLeft(row.lastSafeSubmission, today, calendar);
  switch (filter) {
    case 'late':
      return urgency === 'late';
    case 'close':
      return urgency === 'late' || urgency === 'close';
    case 'soon':
      return urgency !== 'later';
  }
}

/**
 * Fills the 最晚安全提交日 cell: the date, and under it, for an open case (a submitted or decided
 * one no longer runs against it), the days left, marked by urgency.
 */
export function fillDeadlineCell(cell: HTMLElement, row: CaseRow, lang: Lang, today: string, calendar: WorkCalendar, shown: (iso: string) => string): void {
  const lastSafe = row.lastSafeSubmission;
  if (lastSafe === null) return;
  cell.textContent = shown(lastSafe);
  if (row.lastSafeProvisionalYears.length > 0) {
    // Counted over a year without its schedule: say so beside the date, the reason in its title.
    const mark = document.createElement('span');
    mark.className = 'provisional-mark';
    mark.textContent = t(lang, 'dates.provisionalMark');
    mark.title = provisionalReason(row.lastSafeProvisionalYears, lang);
    cell.append(mark);
  }
  if (!OPEN_STATUSES.has(row.status)) return;
  const left = daysLeft(lastSafe, today, calendar);
  cell.dataset.urgency = left.urgency;
  const mark = document.createElement('span');
  mark.className = 'days-left';
  mark.textContent = daysLeftText(left, lang);
  cell.append(' ', mark);
}
