// @vitest-environment node
// The example cases under test/cases/ (also the e2e tests' input): each parses, the "-complete"
// ones pass every rule (info findings only), and the problem cases show the problems they were
// written to show.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../rules/engine';
import { APPLICATION_TYPES } from '../../../rules/schema';
import type { CheckOutput } from '../../../rules/types';
import { CASES_DIR, EXAMPLE_NAMES, loadExample } from '../../support/cases';
import { findingOf, findingsOf, run } from '../../support/check';

const completeNames = EXAMPLE_NAMES.filter((name) => name.endsWith('-complete'));

/** "rule [material|subject]" of every finding of a severity, so a failure shows what fired. */
function reported(output: CheckOutput, ...severities: string[]): string[] {
  return output.findings
    .filter((f) => severities.includes(f.severity))
    .map((f) => [f.rule, f.material ?? f.subject].filter(Boolean).join(' '));
}

describe('example cases', () => {
  it('are the files of test/cases/, every one', () => {
    const files = readdirSync(CASES_DIR).filter((file) => file.endsWith('.json'));
    expect(files.map((file) => file.slice(0, -'.json'.length)).sort()).toEqual([...EXAMPLE_NAMES]);
  });

  it('include a complete case for every application type', () => {
    const types = completeNames.map((name) => loadExample(name).type);
    expect([...new Set(types)].sort()).toEqual([...APPLICATION_TYPES].sort());
  });

  it.each(EXAMPLE_NAMES)('%s is a valid case with its own fixed asOf (new-empty aside)', (name) => {
    const input = loadExample(name);
    const result = checkCase(input);
    expect(result.ok, result.ok ? '' : `${result.error.path}: ${result.error.expected}`).toBe(true);
    if (name !== 'new-empty') expect(input.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(completeNames)('%s yields no error and no warning but the calendar\'s', (name) => {
    const output = run(loadExample(name));
    // A deadline counted into 2027 or 2028 warns that their holiday schedule is provisional: a
    // warning about the calendar, not about the case.
    expect(reported(output, 'error', 'warning').filter((r) => !r.startsWith('calendar.provisional '))).toEqual([]);
    expect(output.materials.filter((m) => m.required && !m.present)).toEqual([]);
  });
});

describe('the planner\'s dates of every example (rules.md, The eligibility planner)', () => {
  // Counted by hand: new-complete's lease ends on a month end (2027-08-31), so the last day it
  // still runs six months is 2027-02-28; the registration's qualification ends 2027-06-30;
  // new-problems fails its age (time does not cure it) and its contract (2027-03-31) ends first;
  // employer-registration-problems fails for its capital, among others, and its licence ends 2045-12-14.
  const expected: Record<(typeof EXAMPLE_NAMES)[number], { earliestEligible: string | null; eligibleUntil: string | null }> = {
    'department-change-complete': { earliestEligible: null, eligibleUntil: null },
    'employer-change-complete': { earliestEligible: null, eligibleUntil: null },
    'employer-change-late': { earliestEligible: null, eligibleUntil: null },
    'employer-registration-complete': { earliestEligible: '2026-11-27', eligibleUntil: '2027-06-30' },
    'employer-registration-problems': { earliestEligible: null, eligibleUntil: '2045-12-14' },
    'info-change-complete': { earliestEligible: null, eligibleUntil: null },
    'new-complete': { earliestEligible: '2026-11-27', eligibleUntil: '2027-02-28' },
    'new-empty': { earliestEligible: '2026-11-27', eligibleUntil: null },
    'new-problems': { earliestEligible: null, eligibleUntil: '2027-03-31' },
    'renewal-complete': { earliestEligible: null, eligibleUntil: null },
    'renewal-late': { earliestEligible: null, eligibleUntil: null },
  };

  it.each(EXAMPLE_NAMES)('%s', (name) => {
    expect(run(loadExample(name), { today: '2026-11-27' }).dates).toMatchObject(expected[name]);
  });

  it('new-problems: the income gap (2026-08) would pass on 2027-03-01, the registration\'s one year on 2026-12-15', () => {
    expect(findingOf(run(loadExample('new-problems')), 'applicant.income-months')!.passesOn).toBe('2027-03-01');
    expect(findingOf(run(loadExample('employer-registration-problems')), 'employer.registered-one-year')!.passesOn).toBe('2026-12-15');
  });
});

describe('late cases', () => {
  it('renewal-late is refused for its deadline alone', () => {
    const output = run(loadExample('renewal-late'));
    expect(reported(output, 'error', 'warning')).toEqual(['renewal.deadline']);
    expect(findingOf(output, 'renewal.deadline')!.severity).toBe('error');
    expect(output.dates.lastSafeSubmission).toBe('2026-12-10');
  });

  it('employer-change-late is refused for its deadline alone', () => {
    const output = run(loadExample('employer-change-late'));
    expect(reported(output, 'error', 'warning')).toEqual(['employer-change.deadline', 'calendar.provisional 2027']);
    expect(findingOf(output, 'employer-change.deadline')!.severity).toBe('error');
  });
});

describe('problem cases', () => {
  it('employer-registration-problems shows the employer\'s problems and the missing materials', () => {
    const output = run(loadExample('employer-registration-problems'));
    expect(reported(output, 'error').sort()).toEqual(
      [
        'employer.credit-code',
        'employer.district',
        'employer.registered-one-year',
        'employer.registered-capital',
        'employer.tax-paid',
        'employer.qualification-valid employer.qualifications[0]',
        'material.missing tax-info-notice',
        'material.missing unit-qualification-certificate',
      ].sort(),
    );
  });

  it('new-problems shows age, income gap, short lease, an 18-year-old child and missing materials', () => {
    const output = run(loadExample('new-problems'));
    expect(reported(output, 'error').sort()).toEqual(
      [
        'applicant.age-limit',
        'applicant.income-months',
        'applicant.housing',
        'material.missing withholding-client-screenshot',
        'material.missing landlord-property-certificate',
        'material.missing child-birth-certificate',
      ].sort(),
    );
    expect(reported(output, 'warning')).toEqual(['applicant.companion-age applicant.companions[0]']);
    expect(findingOf(output, 'applicant.income-months')!.message).toContain('2026年8月');
  });

  it('new-empty leaves every rule incomplete: only the required materials are errors', () => {
    const output = run(loadExample('new-empty'), { asOf: '2026-11-27' });
    const ruleFindings = output.findings.filter((f) => f.rule !== 'material.missing');
    expect(ruleFindings.length).toBeGreaterThan(0);
    for (const finding of ruleFindings) {
      expect(finding, finding.rule).toMatchObject({ severity: 'info', incomplete: true });
    }
    for (const rule of ['applicant.id-number', 'applicant.age-limit', 'applicant.income-months', 'applicant.housing', 'applicant.qualification']) {
      expect(findingOf(output, rule), rule).toMatchObject({ incomplete: true });
    }
    expect(findingsOf(output, 'material.missing').map((f) => f.material)).toContain('id-card');
  });
});
