// @vitest-environment node
// The `dates` of the check output (rules.md, Working days; case-format.md, The check command).
// Expected dates are counted by hand on the State Council calendar; 2027 and 2028 have no
// published calendar and count Monday–Friday, which the calendar.unknown-year finding says.
import { describe, expect, it } from 'vitest';
import { caseWith, loadExample } from '../../support/cases';
import { findingsOf, run } from '../../support/check';

const unknownYearsOf = (output: ReturnType<typeof run>) => findingsOf(output, 'calendar.unknown-year').map((f) => f.subject);

describe('the contract\'s example', () => {
  it('accepted 2026-11-20: approval by 2026-12-11 (three plain working weeks)', () => {
    const output = run(caseWith('new-complete', { acceptedOn: '2026-11-20' }));
    expect(output.dates).toMatchObject({ lastSafeSubmission: null, approvalBy: '2026-12-11' });
    expect(findingsOf(output, 'process.approval-eta')[0]!.message).toContain('2026年12月11日');
    expect(unknownYearsOf(output)).toEqual([]);
  });

  it('as a renewal valid until 2027-01-15: last safe day 2026-12-25, with calendar.unknown-year 2027', () => {
    const output = run(loadExample('renewal-complete'));
    expect(output.dates).toMatchObject({ lastSafeSubmission: '2026-12-25', approvalBy: null });
    expect(unknownYearsOf(output)).toEqual(['2027']);
    expect(findingsOf(output, 'calendar.unknown-year')[0]).toMatchObject({ severity: 'info' });
  });
});

describe('lastSafeSubmission on 2026 holidays', () => {
  const lastSafe = (validUntil: string) => {
    const output = run(caseWith('renewal-complete', { permit: { validUntil } }), { asOf: '2026-08-03' });
    expect(unknownYearsOf(output)).toEqual([]);
    return output.dates.lastSafeSubmission;
  };

  it('a permit ending in the National Day holiday counts back from 2026-09-30, skipping 中秋 (09-25) and using make-up Sunday 09-20', () => {
    expect(lastSafe('2026-10-05')).toBe('2026-09-09');
  });

  it('a permit ending on make-up Saturday 2026-10-10 counts that day: one working day later than ending on Friday 10-09', () => {
    expect(lastSafe('2026-10-10')).toBe('2026-09-14');
    expect(lastSafe('2026-10-09')).toBe('2026-09-11');
    // Sunday 10-11 is not a working day: its last working day is the make-up Saturday.
    expect(lastSafe('2026-10-11')).toBe('2026-09-14');
  });
});

describe('approvalBy', () => {
  it('skips 中秋 and National Day and counts make-up Saturday 2026-10-10 (accepted 2026-09-24)', () => {
    expect(run(caseWith('new-complete', { acceptedOn: '2026-09-24' })).dates.approvalBy).toBe('2026-10-22');
  });

  it('crossing into 2027 counts 2027-01-01 as a working day and says so (accepted 2026-12-20)', () => {
    const output = run(caseWith('new-complete', { acceptedOn: '2026-12-20' }));
    expect(output.dates.approvalBy).toBe('2027-01-08');
    expect(unknownYearsOf(output)).toEqual(['2027']);
  });
});

describe('which types get lastSafeSubmission', () => {
  it('employer-change and info-change do; 2028 is counted Monday–Friday', () => {
    const change = run(loadExample('employer-change-complete'));
    expect(change.dates.lastSafeSubmission).toBe('2028-03-10');
    expect(unknownYearsOf(change)).toEqual(['2028']);
    expect(run(loadExample('info-change-complete')).dates.lastSafeSubmission).toBe('2028-06-09');
  });

  it('a new permit does not, even with a permit given, nor a case without validUntil', () => {
    expect(run(caseWith('new-complete', { permit: { validUntil: '2027-01-15' } })).dates.lastSafeSubmission).toBeNull();
    expect(run(caseWith('renewal-complete', { permit: { validUntil: undefined } })).dates).toMatchObject({ lastSafeSubmission: null, approvalBy: null });
  });
});
