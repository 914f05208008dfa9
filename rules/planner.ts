// The eligibility planner (rules.md, The eligibility planner): for a new permit and an employer
// registration, the first day the case can be filed with time as the only thing that changes,
// and the last day it still can. The rules say when they pass and until when (RuleDef.passesOn,
// RuleDef.validUntil); this file only combines what they say.
import { isPlanned } from './application-types';
import type { IsoDate } from './dates';
import type { CheckOutput, Finding, RuleContext, RuleDef, WindowLimit, WindowStart } from './types';

/** Uploading a material cures it on any day: it neither sets nor blocks the first day. */
const ANY_DAY_RULE = 'material.missing';

/**
 * earliestEligible and what sets it. asOf when no finding is an error; null when an error other
 * than a missing material has no passesOn (something must be fixed by hand first); else the
 * latest passesOn. A rule that passes on asOf can fail on that later day (the income window
 * moves with the months, a newer wage figure raises the threshold), so every time rule is asked
 * again from the day found until none moves it: the day is then one on which all of them pass.
 */
export function windowStart(
  ctx: RuleContext,
  timeRules: readonly RuleDef[],
  findings: readonly Finding[],
): { earliestEligible: IsoDate | null; windowStarts: WindowStart[] } {
  let earliest = ctx.asOf;
  let blocked = false;
  const windowStarts: WindowStart[] = [];
  for (const finding of findings) {
    if (finding.severity !== 'error' || finding.rule === ANY_DAY_RULE) continue;
    if (finding.passesOn === undefined) blocked = true;
    else {
      windowStarts.push({ rule: finding.rule, from: finding.passesOn });
      if (finding.passesOn > earliest) earliest = finding.passesOn;
    }
  }
  // The days of the rules time will cure are still worth showing beside what must be fixed first.
  if (blocked) return { earliestEligible: null, windowStarts };
  // Each rule gives the first day on or after the one asked on which it passes, so asking again
  // only moves forward and stops once a day suits every rule.
  let moved = earliest > ctx.asOf;
  while (moved) {
    moved = false;
    for (const rule of timeRules) {
      const day = rule.passesOn!(ctx, earliest);
      if (day === null) return { earliestEligible: null, windowStarts: [] };
      if (day > earliest) {
        windowStarts.push({ rule: rule.id, from: day });
        earliest = day;
        moved = true;
      }
    }
  }
  return { earliestEligible: earliest, windowStarts };
}

/** The first day one of the limits is passed, or null when nothing limits the window. */
export function eligibleUntil(limits: readonly WindowLimit[]): IsoDate | null {
  let until: IsoDate | null = null;
  for (const { until: date } of limits) if (until === null || date < until) until = date;
  return until;
}

/** The planner's answer as the views show it: the two dates and what sets each. */
export interface EligibilityPlan {
  asOf: IsoDate;
  earliestEligible: IsoDate | null;
  eligibleUntil: IsoDate | null;
  /** Each rule that holds the case back and the day it passes, in the order found. */
  starts: WindowStart[];
  /** The rules whose day is earliestEligible (none when it is asOf). */
  earliestSetBy: string[];
  /** Errors time does not cure (a missing material aside): they must be fixed first, whatever the day. */
  blockers: Finding[];
  /** Every limit, in report order. */
  limits: WindowLimit[];
  /** The rules whose limit is eligibleUntil. */
  untilSetBy: string[];
  /** The window closes before it opens: earliestEligible is after eligibleUntil. */
  closed: boolean;
}

/** The plan of a check, or null for a type the planner does not answer for. */
export function eligibilityPlan(
  output: Pick<CheckOutput, 'type' | 'asOf' | 'findings' | 'dates' | 'windowStarts' | 'windowLimits'>,
): EligibilityPlan | null {
  if (!isPlanned(output.type)) return null;
  const { earliestEligible: earliest, eligibleUntil: until } = output.dates;
  const rulesOn = (entries: readonly { rule: string }[], matches: (i: number) => boolean) =>
    [...new Set(entries.filter((_, i) => matches(i)).map((e) => e.rule))];
  return {
    asOf: output.asOf,
    earliestEligible: earliest,
    eligibleUntil: until,
    starts: output.windowStarts,
    earliestSetBy: earliest === null || earliest === output.asOf ? [] : rulesOn(output.windowStarts, (i) => output.windowStarts[i]!.from === earliest),
    blockers: output.findings.filter((f) => f.severity === 'error' && f.rule !== ANY_DAY_RULE && f.passesOn === undefined),
    limits: output.windowLimits,
    untilSetBy: until === null ? [] : rulesOn(output.windowLimits, (i) => output.windowLimits[i]!.until === until),
    closed: earliest !== null && until !== null && earliest > until,
  };
}
