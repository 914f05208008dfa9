// The filing deadline before a permit ends (七(三) renewal, 七(四) employer change): file by the
// last safe day the engine computes from permit.validUntil, with a warning band before it.
import { READING } from '../citations';
import { fail, incomplete, pass, type Outcome, type RuleContext } from '../types';

/** Working days before the last safe day in which a deadline rule already warns. */
export const DEADLINE_WARNING_BAND = 5;

/**
 * Late when asOf is after the last safe day to file; in the warning band when the fifth working
 * day after asOf is. The latest-date reading is an inference, so the messages carry {reading}.
 * Once the permit has lapsed nothing urges filing: the finding that it lapsed says what to do
 * instead (renewal.expired, employer-change.suspended), or, for a lapse the status does not show
 * and no other rule reports, the rule's own `lapsed` message.
 */
export function evaluateFilingDeadline(ctx: RuleContext, { lapseReportedElsewhere }: { lapseReportedElsewhere: boolean }): Outcome {
  const { c, asOf, dates, addWorkingDays } = ctx;
  const validUntil = c.permit?.validUntil;
  if (c.permit?.status === 'expired') return pass;
  if (validUntil !== undefined && asOf > validUntil) return lapseReportedElsewhere ? pass : fail({ validUntil }, { message: 'lapsed' });
  const lastSafe = dates.lastSafeSubmission;
  if (validUntil === undefined || lastSafe === null) return incomplete(['permit.validUntil']);
  const params = { asOf, lastSafe, validUntil, reading: READING };
  if (asOf > lastSafe) return fail(params);
  if (addWorkingDays(asOf, DEADLINE_WARNING_BAND) > lastSafe) {
    return fail(params, { severity: 'warning', message: 'band' });
  }
  return pass;
}
