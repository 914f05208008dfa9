// @vitest-environment node
// The eligibility planner (rules.md, The eligibility planner (version 2)): passesOn of each time
// rule at its boundaries, the two dates, and the property that ties them to the rules: on
// earliestEligible the case passes (missing materials aside), the day before it does not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCheckCharacter } from '../../../rules/checksums';
import { addDays, addMonths, addYears, monthFromIndex, monthIndex, monthOf } from '../../../rules/dates';
import { eligibilityPlan } from '../../../rules/planner';
import type { Case } from '../../../rules/schema';
import { WAGE_TABLE, wageInForce } from '../../../rules/wage';
import type { CheckOutput } from '../../../rules/types';
import { caseWith, loadExample, whole, type CasePatch, type ExampleName } from '../../support/cases';
import { findingOf, run } from '../../support/check';

const ASOF = '2026-11-27';

function idFor(birthDate: string, gender: 'male' | 'female'): string {
  const body = `110105${birthDate.replaceAll('-', '')}12${gender === 'male' ? 3 : 2}`;
  return body + idCheckCharacter(body);
}

const complete = (...patches: CasePatch[]) => caseWith('new-complete', ...patches);

/** The six months before asOf's month at 25,000 yuan, with the given months changed (null: left out). */
function income(changes: Record<string, number | null> = {}, asOf = ASOF) {
  const current = monthIndex(monthOf(asOf));
  const months: { month: string; amount: number }[] = [];
  for (let i = current - 6; i < current; i++) {
    const month = monthFromIndex(i);
    const amount = month in changes ? changes[month] : 25_000;
    if (amount !== null && amount !== undefined) months.push({ month, amount });
  }
  return months;
}

/** The passesOn of a rule's (single) error finding. */
function passesOnOf(c: Case, rule: string, asOf?: string): string | undefined {
  const finding = findingOf(run(c, asOf ? { asOf } : {}), rule);
  expect(finding?.severity, `${rule} fails with an error`).toBe('error');
  return finding!.passesOn;
}

const datesOf = (c: Case, asOf?: string) => run(c, asOf ? { asOf } : {}).dates;

describe('employer.registered-one-year', () => {
  it('passes on addYears(registrationDate, 1); a day earlier it fails', () => {
    const c = complete({ employer: { registrationDate: '2026-01-05' } });
    expect(passesOnOf(c, 'employer.registered-one-year')).toBe('2027-01-05');
    expect(findingOf(run(c, { asOf: '2027-01-04' }), 'employer.registered-one-year')).toBeDefined();
    expect(findingOf(run(c, { asOf: '2027-01-05' }), 'employer.registered-one-year')).toBeUndefined();
  });

  it('a registration on 29 February passes on 28 February of the next year', () => {
    expect(passesOnOf(complete({ employer: { registrationDate: '2028-02-29' } }), 'employer.registered-one-year', '2028-06-01')).toBe('2029-02-28');
  });

  it('says the day in its message', () => {
    const finding = findingOf(run(complete({ employer: { registrationDate: '2026-01-05' } })), 'employer.registered-one-year')!;
    expect(finding.message).toContain('2027年1月5日');
  });

  it('with the municipal approval (info only) neither holds the case back nor carries a day', () => {
    const c = complete({ employer: { registrationDate: '2026-01-05', specialApproval: true } });
    const output = run(c);
    expect(findingOf(output, 'employer.registered-one-year')).toMatchObject({ severity: 'info' });
    expect(findingOf(output, 'employer.registered-one-year')!.passesOn).toBeUndefined();
    expect(output.dates.earliestEligible).toBe(ASOF);
  });

  it('an employer registration that is otherwise complete becomes eligible on that day', () => {
    const c = caseWith('employer-registration-complete', { employer: { registrationDate: '2026-03-31' } });
    expect(datesOf(c).earliestEligible).toBe('2027-03-31');
  });
});

describe('applicant.continuous-employment', () => {
  it('passes on addYears(startDate, 1), 满一年之日 in the message', () => {
    const c = complete({ applicant: { employment: { startDate: '2026-01-05' } } });
    expect(passesOnOf(c, 'applicant.continuous-employment')).toBe('2027-01-05');
    expect(findingOf(run(c), 'applicant.continuous-employment')!.message).toContain('满一年之日为2027年1月5日');
    expect(findingOf(run(c, { lang: 'en' }), 'applicant.continuous-employment')!.message).toContain('2027-01-05');
  });

  it('a start on 29 February reaches the year on 28 February', () => {
    const c = complete({ asOf: '2024-06-01', applicant: { employment: { startDate: '2024-02-29' } } });
    expect(passesOnOf(c, 'applicant.continuous-employment')).toBe('2025-02-28');
  });

  it('the day before the year it still fails', () => {
    const c = complete({ applicant: { employment: { startDate: '2026-01-05' } } });
    expect(findingOf(run(c, { asOf: '2027-01-04' }), 'applicant.continuous-employment')).toBeDefined();
    expect(findingOf(run(c, { asOf: '2027-01-05' }), 'applicant.continuous-employment')).toBeUndefined();
  });
});

describe('applicant.work-experience', () => {
  const history = (...entries: [string, string | null][]) =>
    complete({
      applicant: {
        workHistory: entries.map(([from, to], i) => ({ employer: i === entries.length - 1 ? '北京石景智联科技有限公司' : `公司${i}`, from, to })),
        employment: { startDate: '2020-01-01' },
      },
    });

  it('one ongoing entry: the 730th day counted from its start, both ends included', () => {
    const c = history(['2025-06-01', null]);
    // 2025-06-01 + 729 days = 2027-05-31: day 730.
    expect(passesOnOf(c, 'applicant.work-experience')).toBe('2027-05-31');
    expect(findingOf(run(c, { asOf: '2027-05-30' }), 'applicant.work-experience')).toBeDefined();
    expect(findingOf(run(c, { asOf: '2027-05-31' }), 'applicant.work-experience')).toBeUndefined();
  });

  it('an ongoing entry from 29 February 2024 reaches 730 days on 2026-02-27 (the leap day counted)', () => {
    expect(passesOnOf(history(['2024-02-29', null]), 'applicant.work-experience', '2025-01-01')).toBe('2026-02-27');
  });

  it('a finished entry and an ongoing one: the days before count once, the ongoing one grows', () => {
    // 2024-01-01–2024-12-31 is 366 days; 364 more from 2026-01-01: day 364 is 2026-12-30.
    const c = history(['2024-01-01', '2024-12-31'], ['2026-01-01', null]);
    expect(passesOnOf(c, 'applicant.work-experience')).toBe('2026-12-30');
    expect(findingOf(run(c, { asOf: '2026-12-29' }), 'applicant.work-experience')).toBeDefined();
    expect(findingOf(run(c, { asOf: '2026-12-30' }), 'applicant.work-experience')).toBeUndefined();
  });

  it('overlapping entries count their shared days once', () => {
    // 2025-01-01–2025-12-31 (365) overlaps the ongoing entry from 2025-07-01: the union runs from 2025-01-01, day 730 is 2026-12-31.
    const c = history(['2025-01-01', '2025-12-31'], ['2025-07-01', null]);
    expect(passesOnOf(c, 'applicant.work-experience')).toBe('2026-12-31');
  });

  it('an entry inside another adds nothing', () => {
    expect(passesOnOf(history(['2025-03-01', '2025-04-30'], ['2025-01-01', null]), 'applicant.work-experience')).toBe('2026-12-31');
  });

  it('no ongoing entry: no passesOn, and the case has no earliest day', () => {
    const c = history(['2024-01-01', '2024-12-31'], ['2025-03-01', '2025-09-30']);
    const output = run(c);
    expect(findingOf(output, 'applicant.work-experience')!.passesOn).toBeUndefined();
    expect(output.dates.earliestEligible).toBeNull();
  });

  it('its message says the day and how it is reached', () => {
    const c = history(['2025-06-01', null]);
    expect(findingOf(run(c), 'applicant.work-experience')!.message).toContain('2027年5月31日');
    expect(findingOf(run(c, { lang: 'en' }), 'applicant.work-experience')!.message).toContain('2027-05-31');
  });
});

describe('applicant.income-months and applicant.income-threshold', () => {
  it('a gap in the oldest month of the window (2026-05) passes on the first day of L + 7 = 2026-12', () => {
    const c = complete({ applicant: { monthlyIncome: income({ '2026-05': null }) } });
    expect(passesOnOf(c, 'applicant.income-months')).toBe('2026-12-01');
    expect(datesOf(c).earliestEligible).toBe('2026-12-01');
  });

  it('a gap in the newest month (2026-10) passes on 2027-05-01', () => {
    // 2026-10 missing makes 2026-09 the newest month: within two months of asOf's, so the gap is 2026-10 itself.
    const c = complete({ applicant: { monthlyIncome: income({ '2026-10': null, '2026-05': null }) } });
    expect(passesOnOf(c, 'applicant.income-months')).toBe('2027-05-01');
  });

  it('a month below the threshold moves both income rules to the same day', () => {
    const c = complete({ applicant: { monthlyIncome: income({ '2026-08': 9000 }) } });
    expect(passesOnOf(c, 'applicant.income-threshold')).toBe('2027-03-01');
    expect(datesOf(c).earliestEligible).toBe('2027-03-01');
  });

  it('the latest of a gap and a low month counts', () => {
    const c = complete({ applicant: { monthlyIncome: income({ '2026-06': null, '2026-09': 9000 }) } });
    expect(passesOnOf(c, 'applicant.income-months')).toBe('2027-04-01');
    expect(passesOnOf(c, 'applicant.income-threshold')).toBe('2027-04-01');
  });

  it('a newest month too far back (stale) passes six months after the month before asOf\'s', () => {
    const c = complete({ applicant: { monthlyIncome: income({ '2026-09': null, '2026-10': null }) } });
    expect(passesOnOf(c, 'applicant.income-months')).toBe('2027-05-01');
  });

  it('the messages say what the day assumes', () => {
    const c = complete({ applicant: { monthlyIncome: income({ '2026-08': null }) } });
    expect(findingOf(run(c), 'applicant.income-months')!.message).toMatch(/此后每个月.*2027年3月1日/);
    expect(findingOf(run(c, { lang: 'en' }), 'applicant.income-months')!.message).toMatch(/every coming month.*2027-03-01/);
    const low = complete({ applicant: { monthlyIncome: income({ '2026-08': 9000 }) } });
    expect(findingOf(run(low), 'applicant.income-threshold')!.message).toMatch(/此后每个月.*2027年3月1日/);
    expect(findingOf(run(low, { lang: 'en' }), 'applicant.income-threshold')!.message).toMatch(/every coming month.*2027-03-01/);
  });

  it('a case passing on asOf with the month before asOf\'s not entered cannot file on a later day until that month leaves the window', () => {
    // Income to 2026-09 passes on 2026-11-27 (two months' allowance); on 2027-01-05 the window is
    // 2026-07–2026-12 and 2026-10 is missing, so the day moves to 2027-05-01.
    const monthlyIncome = ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'].map((month) => ({ month, amount: 25_000 }));
    const c = complete({ applicant: { monthlyIncome, employment: { startDate: '2026-01-05' } } });
    const output = run(c);
    expect(findingOf(output, 'applicant.income-months')).toBeUndefined();
    expect(output.dates.earliestEligible).toBe('2027-05-01');
    expect(eligibilityPlan(output)!.earliestSetBy).toEqual(['applicant.income-months']);
  });

  it('a figure coming into force after asOf that the months fall below moves the day until they leave the window', () => {
    const newer = WAGE_TABLE[WAGE_TABLE.length - 1]!;
    const older = WAGE_TABLE[WAGE_TABLE.length - 2]!;
    const asOf = addDays(newer.effectiveFrom, -45);
    // Above 1.5 × the figure in force on asOf, below 1.5 × the next one.
    const amount = Math.round((1.5 * older.monthly + 1.5 * newer.monthly) / 2);
    const months = income({}, asOf).map((m) => ({ ...m, amount }));
    const oneYearOn = addDays(newer.effectiveFrom, 30);
    const c = complete({ asOf, applicant: { monthlyIncome: months, employment: { startDate: addYears(oneYearOn, -1) } } });
    const output = run(c);
    const errors = output.findings.filter((f) => f.severity === 'error' && f.rule !== 'material.missing');
    expect(errors.map((f) => [f.rule, f.passesOn])).toEqual([['applicant.continuous-employment', oneYearOn]]);
    // From the new figure on every month entered is below it: they leave the window six months after asOf's month.
    expect(output.dates.earliestEligible).toBe(`${monthFromIndex(monthIndex(monthOf(asOf)) + 6)}-01`);
  });
});

describe('eligibleUntil', () => {
  it('the complete case: the lease must still run 6 months, so 2027-02-28 (lease to 2027-08-31, a month end)', () => {
    const output = run(loadExample('new-complete'));
    expect(output.dates.eligibleUntil).toBe('2027-02-28');
    expect(eligibilityPlan(output)!.untilSetBy).toEqual(['applicant.housing']);
  });

  it('a lease to a day that is no month end: addMonths back (2027-08-30 → 2027-02-28, 2027-08-15 → 2027-02-15)', () => {
    expect(datesOf(complete({ applicant: { housing: { leaseEnd: '2027-08-30' } } })).eligibleUntil).toBe('2027-02-28');
    expect(datesOf(complete({ applicant: { housing: { leaseEnd: '2027-08-15' } } })).eligibleUntil).toBe('2027-02-15');
    const leap = complete({ employer: { qualifications: [] }, applicant: { housing: { leaseEnd: '2028-08-29' } } });
    expect(datesOf(leap).eligibleUntil).toBe('2028-02-29');
  });

  it('on eligibleUntil the lease rule passes, the day after it fails', () => {
    const c = complete({ applicant: { housing: { leaseEnd: '2027-08-31' } } });
    expect(findingOf(run(c, { asOf: '2027-02-28' }), 'applicant.housing')).toBeUndefined();
    expect(findingOf(run(c, { asOf: '2027-03-01' }), 'applicant.housing')).toBeDefined();
  });

  it('a residence permit must run 3 months: valid to 2027-05-31 gives 2027-02-28', () => {
    const c = complete({ applicant: { housing: whole({ kind: 'residence-permit', residencePermitValidUntil: '2027-05-31' }) } });
    expect(datesOf(c).eligibleUntil).toBe('2027-02-28');
  });

  it('the age limit: the day before the 61st birthday (at 60 the rule only warns)', () => {
    const c = complete({ applicant: { birthDate: '1966-03-01', gender: 'male', idNumber: idFor('1966-03-01', 'male'), housing: whole({ kind: 'owned', ownershipProof: 'certificate' }) } });
    expect(datesOf(c).eligibleUntil).toBe('2027-02-28');
  });

  it('a man born on 29 February 1968 is 61 on 2029-02-28 (no leap day that year): the window ends on 2029-02-27', () => {
    const birth = '1968-02-29';
    const c = complete({
      asOf: '2028-06-01',
      employer: { qualifications: [] },
      applicant: { birthDate: birth, gender: 'male', idNumber: idFor(birth, 'male'), housing: whole({ kind: 'owned', ownershipProof: 'certificate' }), employment: { contractEndDate: null } },
    });
    expect(datesOf(c).eligibleUntil).toBe('2029-02-27');
    expect(findingOf(run(c, { asOf: '2029-02-27' }), 'applicant.age-limit')).toMatchObject({ severity: 'warning' });
    expect(findingOf(run(c, { asOf: '2029-02-28' }), 'applicant.age-limit')).toMatchObject({ severity: 'error' });
  });

  it('a woman born on 29 February 1972 is 56 on 2028-02-29 (a leap year): the window ends on 2028-02-28', () => {
    const birth = '1972-02-29';
    const c = complete({
      employer: { qualifications: [] },
      applicant: { birthDate: birth, gender: 'female', idNumber: idFor(birth, 'female'), housing: whole({ kind: 'owned', ownershipProof: 'certificate' }) },
    });
    expect(datesOf(c).eligibleUntil).toBe('2028-02-28');
    expect(findingOf(run(c, { asOf: '2028-02-28' }), 'applicant.age-limit')).toMatchObject({ severity: 'warning' });
    expect(findingOf(run(c, { asOf: '2028-02-29' }), 'applicant.age-limit')).toMatchObject({ severity: 'error' });
  });

  it('the contract end, the licence and a qualification each set a limit; the earliest wins', () => {
    const c = complete({
      applicant: { housing: whole({ kind: 'owned', ownershipProof: 'certificate' }), employment: { contractEndDate: '2027-09-30' } },
      employer: { licenseValidUntil: '2027-08-31', qualifications: [{ kind: 'high-tech-enterprise', validUntil: '2027-07-31' }] },
    });
    const output = run(c);
    expect(output.dates.eligibleUntil).toBe('2027-07-31');
    expect(output.windowLimits).toEqual([
      { rule: 'employer.license-valid', until: '2027-08-31', field: 'employer.licenseValidUntil' },
      { rule: 'employer.qualification-valid', until: '2027-07-31', field: 'employer.qualifications[0].validUntil' },
      { rule: 'applicant.age-limit', until: '2051-03-06', field: 'applicant.birthDate' },
      { rule: 'applicant.contract-valid', until: '2027-09-30', field: 'applicant.employment.contractEndDate' },
    ]);
  });

  it('warnings do not close the window: a qualification of kind other, the contract\'s 90-day notice', () => {
    const c = complete({
      applicant: { housing: whole({ kind: 'owned', ownershipProof: 'certificate' }), employment: { contractEndDate: '2027-01-31' } },
      employer: { qualifications: [{ kind: 'other', validUntil: '2027-01-15' }] },
    });
    const output = run(c);
    expect(findingOf(output, 'applicant.contract-valid')).toMatchObject({ severity: 'warning' });
    expect(output.dates.eligibleUntil).toBe('2027-01-31');
  });

  it('nothing known to end: null (licence 长期, contract without fixed term, owned home, no age)', () => {
    const c = complete({
      applicant: { birthDate: undefined, gender: undefined, idNumber: undefined, housing: whole({ kind: 'owned', ownershipProof: 'certificate' }), employment: { contractEndDate: null } },
      employer: { qualifications: [] },
    });
    expect(datesOf(c).eligibleUntil).toBeNull();
  });

  it('a rule failing on asOf sets no limit', () => {
    const output = run(complete({ applicant: { employment: { contractEndDate: '2026-10-31' } } }));
    expect(output.windowLimits.map((l) => l.rule)).not.toContain('applicant.contract-valid');
  });
});

describe('earliestEligible', () => {
  it('no error: asOf', () => {
    expect(datesOf(loadExample('new-complete')).earliestEligible).toBe(ASOF);
  });

  it('only missing materials: asOf (they can be uploaded on any day)', () => {
    const c = complete({ attachments: [] });
    const output = run(c);
    expect(output.findings.some((f) => f.rule === 'material.missing')).toBe(true);
    expect(output.dates.earliestEligible).toBe(ASOF);
  });

  it('errors time cures and missing materials: the latest passesOn', () => {
    const c = complete({
      attachments: [],
      employer: { registrationDate: '2026-02-01' },
      applicant: { employment: { startDate: '2026-03-15' }, housing: { leaseEnd: '2028-08-31' } },
    });
    const output = run(c);
    expect(output.dates.earliestEligible).toBe('2027-03-15');
    expect(eligibilityPlan(output)).toMatchObject({ earliestSetBy: ['applicant.continuous-employment'], blockers: [], closed: false });
  });

  it('an error time cannot cure: null, and the plan names it', () => {
    const c = complete({ employer: { registeredCapital: 500_000, registrationDate: '2026-02-01' } });
    const output = run(c);
    expect(output.dates.earliestEligible).toBeNull();
    expect(eligibilityPlan(output)!.blockers.map((f) => f.rule)).toEqual(['employer.registered-capital']);
  });

  it('the window closes first: the lease ends it before the year of employment opens it', () => {
    const c = complete({ applicant: { employment: { startDate: '2026-06-01' } } });
    const output = run(c);
    expect(output.dates).toMatchObject({ earliestEligible: '2027-06-01', eligibleUntil: '2027-02-28' });
    expect(eligibilityPlan(output)).toMatchObject({
      closed: true,
      earliestSetBy: ['applicant.continuous-employment'],
      untilSetBy: ['applicant.housing'],
    });
  });
});

describe('types without the planner', () => {
  it.each(['renewal-complete', 'renewal-late', 'employer-change-complete', 'employer-change-late', 'info-change-complete', 'department-change-complete'] as ExampleName[])(
    '%s: both dates null, no passesOn',
    (name) => {
      const output = run(loadExample(name));
      expect(output.dates).toMatchObject({ earliestEligible: null, eligibleUntil: null });
      expect(output.findings.every((f) => f.passesOn === undefined)).toBe(true);
      expect(eligibilityPlan(output)).toBeNull();
    },
  );

  it('a renewal whose employer registered less than a year ago carries no passesOn', () => {
    const output = run(caseWith('renewal-complete', { employer: { registrationDate: '2026-06-01' } }));
    expect(findingOf(output, 'employer.registered-one-year')?.passesOn).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// The property: the planner's day is the first on which time alone lets the case through.

const day = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Days near the interesting ends: month ends and 29 February are drawn often. */
const edgyDay = (min: string, max: string) =>
  fc.oneof(
    day(min, max),
    fc.tuple(fc.integer({ min: Number(min.slice(0, 4)), max: Number(max.slice(0, 4)) }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => {
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return `${y}-${String(m).padStart(2, '0')}-${last}`;
    }),
    fc.constantFrom('2024-02-29', '2028-02-29', '2025-02-28', '2027-02-28'),
  );

const incomeAmount = fc.constantFrom(0, 9_000, 17_000, 17_700, 17_950, 25_000);

const incomeRun = fc
  .record({
    newest: fc.integer({ min: -3, max: -1 }),
    length: fc.integer({ min: 5, max: 9 }),
    changes: fc.array(fc.record({ at: fc.nat(8), amount: fc.option(incomeAmount, { nil: null }) }), { maxLength: 2 }),
  })
  .map(({ newest, length, changes }) => {
    const months = Array.from({ length }, (_, i) => ({ offset: newest - i, amount: 25_000 as number | null }));
    for (const { at, amount } of changes) if (months[at]) months[at]!.amount = amount;
    return months.filter((m): m is { offset: number; amount: number } => m.amount !== null);
  });

/** Months relative to asOf's (−12 … +1) with amounts around 1.5 × the figure. */
const incomeEntries: fc.Arbitrary<{ offset: number; amount: number }[]> = fc.oneof(
  { arbitrary: fc.array(fc.record({ offset: fc.integer({ min: -12, max: 1 }), amount: incomeAmount }), { maxLength: 16 }), weight: 1 },
  // The months up to one, two or three before asOf's, mostly well paid, with a gap or a low month here and there.
  { arbitrary: incomeRun, weight: 3 },
);

/** A day drawn relative to asOf (−days … +days), as a function of asOf. */
const near = (before: number, after: number) =>
  fc.oneof(
    fc.integer({ min: -before, max: after }).map((n) => (asOf: string) => addDays(asOf, n)),
    // A year or a month before or after asOf, to land on the boundaries.
    fc.tuple(fc.integer({ min: -24, max: 12 }), fc.integer({ min: -1, max: 1 })).map(([months, days]) => (asOf: string) => addDays(addMonths(asOf, months), days)),
    edgyDay('2022-01-01', '2029-12-31').map((d) => () => d),
  );

/** A new case (or an employer registration) whose time rules are drawn around asOf; everything else is the complete case's. */
const plannedCase = fc
  .record({
    registration: fc.boolean(),
    asOf: day('2024-01-01', '2028-12-31'),
    registrationDate: near(800, 400),
    licenseValidUntil: fc.option(near(30, 1500), { nil: null }),
    qualifications: fc.array(fc.record({ kind: fc.constantFrom('high-tech-enterprise', 'other' as const), validUntil: near(30, 1500) }), { maxLength: 2 }),
    birthDate: edgyDay('1962-01-01', '1990-12-31'),
    gender: fc.constantFrom('male' as const, 'female' as const),
    work: fc.array(fc.record({ from: near(1500, 300), to: fc.option(near(1000, 400), { nil: null }) }), { minLength: 1, maxLength: 4 }),
    startDate: near(800, 400),
    contractEndDate: fc.option(near(30, 1500), { nil: null }),
    income: incomeEntries,
    housing: fc.oneof(
      fc.record({ kind: fc.constant('rented' as const), leaseEnd: near(30, 1500) }),
      fc.record({ kind: fc.constant('residence-permit' as const), residencePermitValidUntil: near(30, 1500) }),
      fc.constant(null),
    ),
    dropAttachments: fc.boolean(),
  })
  .map((d): Case => {
    const { asOf } = d;
    const employer = {
      registrationDate: d.registrationDate(asOf),
      licenseValidUntil: d.licenseValidUntil && d.licenseValidUntil(asOf),
      qualifications: d.qualifications.map((q) => ({ kind: q.kind, validUntil: q.validUntil(asOf) })),
    };
    const attachments = d.dropAttachments ? { attachments: [] } : {};
    if (d.registration) return caseWith('employer-registration-complete', { asOf, employer }, attachments);
    const current = monthIndex(monthOf(asOf));
    const housing =
      d.housing === null
        ? { kind: 'owned' as const, ownershipProof: 'certificate' as const }
        : d.housing.kind === 'rented'
          ? { kind: 'rented' as const, landlordKind: 'company' as const, leaseEnd: d.housing.leaseEnd(asOf) }
          : { kind: 'residence-permit' as const, residencePermitValidUntil: d.housing.residencePermitValidUntil(asOf) };
    return caseWith(
      'new-complete',
      {
        asOf,
        employer,
        applicant: {
          birthDate: d.birthDate,
          gender: d.gender,
          idNumber: idFor(d.birthDate, d.gender),
          workHistory: d.work.map((w, i) => ({ employer: `单位${i}`, from: w.from(asOf), to: w.to && w.to(asOf) })),
          employment: { startDate: d.startDate(asOf), contractEndDate: d.contractEndDate && d.contractEndDate(asOf) },
          monthlyIncome: d.income.map(({ offset, amount }) => ({ month: monthFromIndex(current + offset), amount })),
          housing: whole(housing),
        },
      },
      attachments,
    );
  });

const TIME_RULES = ['employer.registered-one-year', 'applicant.continuous-employment', 'applicant.work-experience', 'applicant.income-months', 'applicant.income-threshold'];

/** The case with the months the planner assumes: each month from asOf's up to the one before `on`, at the threshold in force on `on`. */
function withAssumedIncome(c: Case, on: string): Case {
  const entered = c.applicant?.monthlyIncome ?? [];
  if (c.type !== 'new' || entered.length === 0) return c;
  const threshold = 1.5 * wageInForce(on)!.monthly;
  const assumed: { month: string; amount: number }[] = [];
  for (let i = monthIndex(monthOf(c.asOf!)); i < monthIndex(monthOf(on)); i++) assumed.push({ month: monthFromIndex(i), amount: threshold });
  // A later entry for a month replaces an earlier one, so the assumed months replace any entered.
  return caseWith(c, { applicant: { monthlyIncome: [...entered, ...assumed] } });
}

const errorsOf = (output: CheckOutput) => output.findings.filter((f) => f.severity === 'error' && f.rule !== 'material.missing');

describe('the planner\'s property', () => {
  it('on earliestEligible the case passes but for missing materials; the day before a time rule still fails', { timeout: 120_000 }, () => {
    let opened = 0;
    fc.assert(
      fc.property(plannedCase, (c) => {
        const output = run(c);
        const { earliestEligible: earliest, eligibleUntil: until } = output.dates;
        if (earliest === null || (until !== null && earliest > until)) return;
        opened++;
        const assumed = withAssumedIncome(c, earliest);
        const on = run(assumed, { asOf: earliest });
        expect(errorsOf(on).map((f) => f.rule), `on ${earliest}`).toEqual([]);
        if (earliest === c.asOf) return;
        const before = run(assumed, { asOf: addDays(earliest, -1) });
        expect(errorsOf(before).some((f) => TIME_RULES.includes(f.rule)), `on the day before ${earliest}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
    // The draw must reach the interesting part: cases that open on some day.
    expect(opened).toBeGreaterThan(300);
  });

  it('on eligibleUntil the limits still pass, the day after one of them fails', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(plannedCase, (c) => {
        const output = run(c);
        const until = output.dates.eligibleUntil;
        if (until === null) return;
        const limitRules = new Set(output.windowLimits.map((l) => l.rule));
        const errorsIn = (o: CheckOutput) => errorsOf(o).filter((f) => limitRules.has(f.rule)).map((f) => f.rule);
        expect(errorsIn(run(c, { asOf: until }))).toEqual([]);
        expect(errorsIn(run(c, { asOf: addDays(until, 1) })).length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
