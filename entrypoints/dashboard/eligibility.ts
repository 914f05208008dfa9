// The case list's view of the planner's dates (rules.md, The eligibility planner): where a case
// stands on a day, and the filters by it (eligible now, within 30 days, window closed).
import { isPlanned } from '../../rules/application-types';
import { addDays } from '../../rules/dates';
import type { CaseRow } from './rows';

/**
 * - now: the first day to apply has come and the last has not passed;
 * - later: it is still to come;
 * - closed: the window closes before it opens, or its last day has passed;
 * - blocked: something must be fixed by hand first (no first day);
 * - null: not a planned type, or the check failed.
 */
export type EligibilityState = 'now' | 'later' | 'closed' | 'blocked';

export function eligibilityOf(row: Pick<CaseRow, 'type' | 'counts' | 'earliestEligible' | 'eligibleUntil'>, today: string): EligibilityState | null {
  if (!isPlanned(row.type) || row.counts === null) return null;
  const { earliestEligible: earliest, eligibleUntil: until } = row;
  if (earliest === null) return 'blocked';
  if (until !== null && (earliest > until || until < today)) return 'closed';
  return earliest <= today ? 'now' : 'later';
}

export const ELIGIBILITY_FILTERS = ['now', 'within30', 'closed'] as const;
export type EligibilityFilter = (typeof ELIGIBILITY_FILTERS)[number];

/** "Within 30 days" counts calendar days, and includes the cases eligible now. */
const SOON_DAYS = 30;

export function matchesEligibility(row: CaseRow, filter: EligibilityFilter, today: string): boolean {
  const state = eligibilityOf(row, today);
  switch (filter) {
    case 'now':
      return state === 'now';
    case 'within30':
      return state === 'now' || (state === 'later' && row.earliestEligible! <= addDays(today, SOON_DAYS));
    case 'closed':
      return state === 'closed';
  }
}
