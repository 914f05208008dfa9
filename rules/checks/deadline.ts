// The filing deadline before a permit ends (七(三) renewal, 七(四) employer change): file by the
// last safe day the engine computes from permit.validUntil, with a warning band before it.
import { READING } from '../citations';
import { fail, incomplete, pass, type Outcome, type RuleContext } from '../types';

/** Working days before the last safe day in which a deadline rule already warns. */
export const DEADLINE_WARNING_BAND = 5;

/**
 * Late when asOf is after the last safe day to file; in the warning band when the fifth working
 * day after asOf is. The latest-date reading is an inference, so the messages carry {reading}.
 */
export function evaluateFilingDeadline({ c, asOf, dates, addWorkingDays }: RuleContext): Outcome {
  const validUntil = c.permit?.validUntil;
  const lastSafe = dates.lastSafeSubmission;
  if (validUntil === undefined || lastSafe === null) return incomplete(['permit.validUntil']);
  const params = { asOf, lastSafe, validUntil, reading: READING };
  if (asOf > lastSafe) return fail(params);
  if (addWorkingDays(asOf, DEADLINE_WARNING_BAND) > lastSafe) {
    return fail(params, { severity: 'warning', message: 'band' });
  }
  return pass;
}
