// The engine's view of a stored case, for lists, history, the badge and reminders.
import { runChecks } from '../../rules/engine';
import type { Case } from '../../rules/schema';
import type { CheckOutput, Lang } from '../../rules/types';
import type { WageOverride } from './types';

export interface AssessOptions {
  today: string;
  wageOverride: WageOverride | null;
  lang?: Lang;
}

/** The check output, or null when the engine failed on this case: a store never fails for that. */
export function assess(c: Case, options: AssessOptions): CheckOutput | null {
  try {
    return runChecks(c, { today: options.today, wageOverride: options.wageOverride, lang: options.lang ?? 'zh' });
  } catch {
    return null;
  }
}

export interface Counts {
  errors: number;
  warnings: number;
}

export function countFindings(output: CheckOutput): Counts {
  let errors = 0;
  let warnings = 0;
  for (const finding of output.findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/** Required materials not uploaded yet. */
export function missingMaterials(output: CheckOutput): string[] {
  return output.materials.filter((m) => m.required && !m.present).map((m) => m.material);
}

/** A check as the checklist counts it. */
export interface CheckCounts {
  errors: number;
  warnings: number;
  toFill: number;
  missingMaterials: number;
}

/** Counts of a check; a missing material counts once, as a missing material, not also as an error. */
export function checkCounts(output: CheckOutput): CheckCounts {
  let errors = 0;
  let warnings = 0;
  let toFill = 0;
  for (const finding of output.findings) {
    if (finding.rule === 'material.missing') continue;
    if (finding.incomplete) toFill++;
    else if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
  }
  return { errors, warnings, toFill, missingMaterials: missingMaterials(output).length };
}

/**
 * What lists, the badge and the reminders need of a check: its counts and dates, without the
 * texts, so that the background can keep one per stored case.
 */
export interface CheckDigest {
  /** Every error and warning finding, as the history and the badge count them. */
  all: Counts;
  /** As the checklist shows them. */
  shown: CheckCounts;
  lastSafeSubmission: string | null;
  approvalBy: string | null;
  /** The planner's first and last day to apply (new permits and registrations). */
  earliestEligible: string | null;
  eligibleUntil: string | null;
}

export function digestOf(output: CheckOutput): CheckDigest {
  return {
    all: countFindings(output),
    shown: checkCounts(output),
    lastSafeSubmission: output.dates.lastSafeSubmission,
    approvalBy: output.dates.approvalBy,
    earliestEligible: output.dates.earliestEligible,
    eligibleUntil: output.dates.eligibleUntil,
  };
}

/** The local calendar date of `now` as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
