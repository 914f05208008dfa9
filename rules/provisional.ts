// Which of the dates a check shows rest on the provisional calendar (rules.md, Years without a
// published calendar), so that every view marks the same dates: the key dates, the dashboard, the
// print view, the CSV, the reminders and the findings on the portal page. A date counted on
// published and imported schedules only is not marked, whatever else the check counted.
import type { CheckOutput, Finding, WorkingDayDate } from './types';

type Counted = Pick<CheckOutput, 'provisionalYears'>;

/** The findings whose message states one of the dates. */
const DATE_OF_RULE: Readonly<Record<string, WorkingDayDate>> = {
  'renewal.deadline': 'lastSafeSubmission',
  'employer-change.deadline': 'lastSafeSubmission',
  'process.approval-eta': 'approvalBy',
};

/** The years a date of the check was counted over without their schedule, in order; none for a date it does not have. */
export function provisionalYearsOfDate(output: Counted, date: WorkingDayDate): string[] {
  return output.provisionalYears[date];
}

/** The years any of its dates was counted over without their schedule, in order: for one note under all of them. */
export function provisionalYearsOfDates(output: Counted): string[] {
  const { lastSafeSubmission, approvalBy } = output.provisionalYears;
  return [...new Set([...lastSafeSubmission, ...approvalBy])].sort();
}

/** The years the date a finding states was counted over without their schedule; none for a finding that states no such date. */
export function provisionalYearsOfFinding(output: Counted, finding: Finding): string[] {
  const date = DATE_OF_RULE[finding.rule];
  return date ? provisionalYearsOfDate(output, date) : [];
}
