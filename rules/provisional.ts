// Which of the dates a check shows rest on the provisional calendar (rules.md, Years without a
// published calendar), so that every view marks the same dates: the key dates, the dashboard, the
// print view, the CSV, the reminders and the findings on the portal page.
import { provisionalYears } from './calendar';
import type { CheckOutput, Finding } from './types';

/** The dates counted in working days. */
export type WorkingDayDate = 'lastSafeSubmission' | 'approvalBy';

/** The findings whose message states one of them. */
const DATE_OF_RULE: Readonly<Record<string, WorkingDayDate>> = {
  'renewal.deadline': 'lastSafeSubmission',
  'employer-change.deadline': 'lastSafeSubmission',
  'process.approval-eta': 'approvalBy',
};

/** The years a date of the check was counted over without their schedule; none for a date it does not have. */
export function provisionalYearsOfDate(output: Pick<CheckOutput, 'dates'>, date: WorkingDayDate): string[] {
  return output.dates[date] === null ? [] : provisionalYears(output.dates.calendars);
}

/** The years the date a finding states was counted over without their schedule; none for a finding that states no such date. */
export function provisionalYearsOfFinding(output: Pick<CheckOutput, 'dates'>, finding: Finding): string[] {
  const date = DATE_OF_RULE[finding.rule];
  return date ? provisionalYearsOfDate(output, date) : [];
}
