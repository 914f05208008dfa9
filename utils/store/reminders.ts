// Deadline reminders and the badge count, computed from stored cases and the engine's dates.
import { subjectOf } from '../../rules/application-types';
import { EMBEDDED_CALENDAR, type WorkCalendar } from '../../rules/calendar';
import type { Lang } from '../../rules/types';
import { fillTemplate } from '../lang';
import { provisionalReason, t } from '../i18n';
import type { CheckDigest } from './assess';
import { APPLICATION_TYPE_LABELS, OPEN_STATUSES, type CaseRecord } from './types';

/** Working days before the last safe submission day at which a reminder is shown. */
export const REMINDER_THRESHOLDS = [30, 10, 3] as const;
/** A case whose last safe day is this close (in working days) needs action. */
export const ATTENTION_WORKING_DAYS = 10;

export interface Assessed {
  record: CaseRecord;
  /** Null when the engine failed on the case. */
  check: CheckDigest | null;
}

/** A window to apply in that opens before it closes: its last day, else null. */
function openWindowEnd(check: Pick<CheckDigest, 'earliestEligible' | 'eligibleUntil'>): string | null {
  const { earliestEligible: earliest, eligibleUntil: until } = check;
  return earliest !== null && until !== null && earliest <= until ? until : null;
}

/** The first day to apply, once it has come and while the window is open; null otherwise. */
function eligibleDayReached(check: Pick<CheckDigest, 'earliestEligible' | 'eligibleUntil'>, today: string): string | null {
  const { earliestEligible: earliest, eligibleUntil: until } = check;
  return earliest !== null && earliest <= today && (until === null || today <= until) ? earliest : null;
}

/** What needsAction reads of a case; the dashboard's list items (CaseListItem) have it too. */
export interface ActionFacts {
  id: string;
  status: CaseRecord['status'];
  /** Null when the engine failed on the case. */
  counts: CheckDigest['counts'] | null;
  lastSafeSubmission: string | null;
  earliestEligible: string | null;
  eligibleUntil: string | null;
}

/**
 * Open cases with errors, whose last safe day or last day to apply is at most
 * ATTENTION_WORKING_DAYS away or past, or whose first day to apply has come with a reminder set
 * for it (`remindEligible`, by case id). What the badge counts and the dashboard's 需处理 filter shows.
 */
export function needsActionOf(facts: ActionFacts, today: string, remindEligible: ReadonlySet<string> = NO_CASES, calendar: WorkCalendar = EMBEDDED_CALENDAR): boolean {
  if (!OPEN_STATUSES.has(facts.status) || !facts.counts) return false;
  // A missing material is refused as surely as an error.
  if (facts.counts.errors > 0 || facts.counts.missingMaterials > 0) return true;
  for (const deadline of [facts.lastSafeSubmission, openWindowEnd(facts)]) {
    if (deadline !== null && calendar.workingDaysUntil(today, deadline) <= ATTENTION_WORKING_DAYS) return true;
  }
  return remindEligible.has(facts.id) && eligibleDayReached(facts, today) !== null;
}

export function needsAction({ record, check }: Assessed, today: string, remindEligible: ReadonlySet<string> = NO_CASES, calendar?: WorkCalendar): boolean {
  return check !== null && needsActionOf({ ...check, id: record.id, status: record.status }, today, remindEligible, calendar);
}

const NO_CASES: ReadonlySet<string> = new Set();

export function badgeText(assessed: readonly Assessed[], today: string, remindEligible: ReadonlySet<string> = NO_CASES, calendar?: WorkCalendar): string {
  const count = assessed.filter((entry) => needsAction(entry, today, remindEligible, calendar)).length;
  return count > 0 ? String(count) : '';
}

const BADGE_TITLE: Record<Lang, { some: string; none: string }> = {
  zh: {
    some: '工居预审：{n} 件案件需处理（有错误或缺材料，最晚安全提交日或申请截止日在 {days} 个工作日内或已过，或已到设了提醒的可申请日）',
    none: '工居预审：没有需处理的案件',
  },
  en: {
    some: 'Gongju Precheck: {n, plural, one {# case needs} other {# cases need}} action (errors or missing materials, a last safe day or last day to apply within {days} working days or past, or a first day to apply with a reminder reached)',
    none: 'Gongju Precheck: no case needs action',
  },
};

/** The toolbar button's tooltip: what the badge's number counts. */
export function badgeTitle(text: string, lang: Lang): string {
  const title = BADGE_TITLE[lang];
  return text === '' ? title.none : fillTemplate(title.some, lang, { n: Number(text), days: ATTENTION_WORKING_DAYS });
}

/**
 * What a reminder is about: the last safe day to file (renewals and changes), the last day to
 * apply (eligibleUntil, new permits and registrations), or the first day to apply, when the user
 * asked to be reminded of it.
 */
export type ReminderKind = 'last-safe' | 'eligible-until' | 'eligible';

export interface Reminder {
  caseId: string;
  kind: ReminderKind;
  /** The day it is about. */
  date: string;
  /** The threshold reached (30, 10 or 3 working days); 0 for the first day to apply. */
  threshold: number;
  daysLeft: number;
  /** Log keys to record once shown: every threshold reached, so a looser one never fires later. */
  keys: string[];
  /** The years its date was counted over on the provisional calendar (a last safe day only: the planner's dates are not counted in working days). */
  provisionalYears: string[];
}

function reminderKey(caseId: string, kind: ReminderKind, date: string, threshold: number): string {
  // The last safe day's keys keep the form logs already hold.
  return kind === 'last-safe' ? `${caseId}|${date}|${threshold}` : `${caseId}|${kind}|${date}|${threshold}`;
}

/** The reminder before a deadline: the tightest threshold reached, unless already shown. */
function deadlineReminder(
  caseId: string,
  kind: ReminderKind,
  date: string,
  today: string,
  shown: ReadonlySet<string>,
  calendar: WorkCalendar | undefined,
  provisionalYears: string[],
): Reminder | null {
  const daysLeft = (calendar ?? EMBEDDED_CALENDAR).workingDaysUntil(today, date);
  if (daysLeft < 0) return null;
  const reached = REMINDER_THRESHOLDS.filter((threshold) => daysLeft <= threshold);
  if (reached.length === 0) return null;
  const threshold = Math.min(...reached);
  if (shown.has(reminderKey(caseId, kind, date, threshold))) return null;
  return { caseId, kind, date, threshold, daysLeft, keys: reached.map((t) => reminderKey(caseId, kind, date, t)), provisionalYears };
}

/**
 * Reminders due today: for each open case, before its last safe day and before its last day to
 * apply, the tightest threshold reached, unless already shown; and, for the cases in
 * `remindEligible`, on its first day to apply. A day the browser was closed is caught up on the
 * next run; a changed date starts afresh (the key holds the date). Working days are counted on
 * `calendar`, the one with the imported years every view checks with.
 */
export function dueReminders(
  assessed: readonly Assessed[],
  today: string,
  shown: ReadonlySet<string>,
  remindEligible: ReadonlySet<string> = NO_CASES,
  calendar?: WorkCalendar,
): Reminder[] {
  const due: Reminder[] = [];
  for (const { record, check } of assessed) {
    if (!check || !OPEN_STATUSES.has(record.status)) continue;
    const lastSafe = check.lastSafeSubmission && deadlineReminder(record.id, 'last-safe', check.lastSafeSubmission, today, shown, calendar, check.lastSafeProvisionalYears);
    if (lastSafe) due.push(lastSafe);
    const windowEnd = openWindowEnd(check);
    const until = windowEnd && deadlineReminder(record.id, 'eligible-until', windowEnd, today, shown, calendar, []);
    if (until) due.push(until);
    const eligible = remindEligible.has(record.id) ? eligibleDayReached(check, today) : null;
    const key = eligible && reminderKey(record.id, 'eligible', eligible, 0);
    if (eligible && key && !shown.has(key)) {
      due.push({ caseId: record.id, kind: 'eligible', date: eligible, threshold: 0, daysLeft: 0, keys: [key], provisionalYears: [] });
    }
  }
  return due;
}

/** The first day to apply of each case with a reminder set for it, while that day is still to come: when to wake. */
export function eligibleAlarms(assessed: readonly Assessed[], today: string, remindEligible: ReadonlySet<string>): { caseId: string; date: string }[] {
  const alarms: { caseId: string; date: string }[] = [];
  for (const { record, check } of assessed) {
    const earliest = check?.earliestEligible;
    if (!remindEligible.has(record.id) || !OPEN_STATUSES.has(record.status) || !earliest || earliest <= today) continue;
    if (openWindowEnd(check!) === null && check!.eligibleUntil !== null) continue;
    alarms.push({ caseId: record.id, date: earliest });
  }
  return alarms;
}

const REMINDER_TEXT: Record<Lang, Record<ReminderKind, { title: string; message: string }>> = {
  zh: {
    'last-safe': { title: '工作居住证办理期限提醒', message: '{who}：最晚安全提交日为 {date}{mark}，还剩 {n} 个工作日。' },
    'eligible-until': { title: '工作居住证申请截止提醒', message: '{who}：最晚可申请日期为 {date}，还剩 {n} 个工作日。' },
    eligible: { title: '工作居住证可以申请了', message: '{who}：自 {date} 起可以申请。请备齐材料后提交。' },
  },
  en: {
    'last-safe': { title: 'Work residence permit deadline', message: '{who}: last safe submission day {date}{mark}, {n, plural, one {# working day} other {# working days}} left.' },
    'eligible-until': { title: 'Work residence permit: last day to apply', message: '{who}: the last day to apply is {date}, {n, plural, one {# working day} other {# working days}} left.' },
    eligible: { title: 'Work residence permit: the application can be filed', message: '{who}: the application can be filed from {date}. Have the materials ready and submit it.' },
  },
};

/** A date counted over a provisional year is marked as the other views mark it, with the reason after the sentence. */
export function reminderText(reminder: Reminder, record: CaseRecord, lang: Lang): { title: string; message: string } {
  const name = subjectOf(record.case);
  const type = APPLICATION_TYPE_LABELS[record.case.type][lang];
  const who = name ? (lang === 'zh' ? `${name}（${type}）` : `${name} (${type})`) : type;
  const text = REMINDER_TEXT[lang][reminder.kind];
  const provisional = reminder.provisionalYears.length > 0;
  const mark = provisional ? t(lang, 'dates.provisionalMark') : '';
  const message = fillTemplate(text.message, lang, { who, date: reminder.date, mark, n: reminder.daysLeft });
  return { title: text.title, message: provisional ? `${message}${lang === 'zh' ? '' : ' '}${provisionalReason(reminder.provisionalYears, lang)}` : message };
}
