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

/** The local calendar date of `now` as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
