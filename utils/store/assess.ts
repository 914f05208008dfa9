// The engine's view of a stored case, for lists, history, the badge and reminders.
import { provisionalYearsOfDate } from '../../rules/provisional';
import { runChecks } from '../../rules/engine';
import type { Case } from '../../rules/schema';
import { countsOf, type SummaryCounts } from '../../rules/summary';
import type { CheckOutput, Lang } from '../../rules/types';
import { workCalendarOf } from './calendars';
import type { StoredCalendar, WageOverride } from './types';

export interface AssessOptions {
  today: string;
  wageOverride: WageOverride | null;
  /** The imported holiday calendars (settings). */
  calendars?: readonly StoredCalendar[];
  lang?: Lang;
}

const NO_CALENDARS: readonly StoredCalendar[] = [];

/** The check output, or null when the engine failed on this case: a store never fails for that. */
export function assess(c: Case, options: AssessOptions): CheckOutput | null {
  try {
    const calendar = workCalendarOf(options.calendars ?? NO_CALENDARS);
    return runChecks(c, { today: options.today, wageOverride: options.wageOverride, calendar, lang: options.lang ?? 'zh' });
  } catch {
    return null;
  }
}

/** Required materials not uploaded yet. */
export function missingMaterials(output: CheckOutput): string[] {
  return output.materials.filter((m) => m.required && !m.present).map((m) => m.material);
}

/**
 * What lists, the badge and the reminders need of a check: its counts and dates, without the
 * texts, so that the background can keep one per stored case.
 */
export interface CheckDigest {
  /** As every view counts them (rules/summary.ts). */
  counts: SummaryCounts;
  lastSafeSubmission: string | null;
  approvalBy: string | null;
  /** The planner's first and last day to apply (new permits and registrations). */
  earliestEligible: string | null;
  eligibleUntil: string | null;
  /** The years its last safe day was counted over without their schedule (rules/provisional.ts). */
  lastSafeProvisionalYears: string[];
}

export function digestOf(output: CheckOutput): CheckDigest {
  return {
    counts: countsOf(output.findings),
    lastSafeSubmission: output.dates.lastSafeSubmission,
    approvalBy: output.dates.approvalBy,
    earliestEligible: output.dates.earliestEligible,
    eligibleUntil: output.dates.eligibleUntil,
    lastSafeProvisionalYears: provisionalYearsOfDate(output, 'lastSafeSubmission'),
  };
}
