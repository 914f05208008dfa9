// @vitest-environment node
// The `dates` of the check output (rules.md, Working days; case-format.md, The check command).
// Expected dates are counted by hand on the State Council calendar; 2027 and 2028 have no
// published calendar and count on the provisional one (rules.md, Years without a published
// calendar: 2027 off 01-01, 02-04..02-12, 04-05, 04-29..05-05, 06-09, 09-15, 10-01..10-08 on
// weekdays; 2028 off Monday 01-03 …), which the calendar.provisional finding says.
import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../../rules/calendar';
import { caseWith, loadExample } from '../../support/cases';
import { findingsOf, run } from '../../support/check';

const provisionalYearsOf = (output: ReturnType<typeof run>) => findingsOf(output, 'calendar.provisional').map((f) => f.subject);
const renewal = (validUntil: string) => caseWith('renewal-complete', { permit: { validUntil } });

// A made-up 2027 schedule for the tests of an imported year (no 2027 notice is published):
// 元旦 01-01..01-03, 春节 02-05..02-11 with Saturday 02-20 worked, 国庆 10-01..10-07 with Saturday 10-09 worked.
const imported2027 = new WorkCalendar([
  {
    year: 2027,
    off: ['2027-01-01', '2027-01-02', '2027-01-03', ...days('2027-02-05', 7), ...days('2027-10-01', 7)],
    work: ['2027-02-20', '2027-10-09'],
  },
]);

function days(first: string, count: number): string[] {
  const day = Number(first.slice(8));
  return Array.from({ length: count }, (_, i) => `${first.slice(0, 8)}${String(day + i).padStart(2, '0')}`);
}

describe('the contract\'s example', () => {
  it('accepted 2026-11-20: approval by 2026-12-11 (three plain working weeks)', () => {
    const output = run(caseWith('new-complete', { acceptedOn: '2026-11-20' }));
    expect(output.dates).toMatchObject({ lastSafeSubmission: null, approvalBy: '2026-12-11' });
    expect(findingsOf(output, 'process.approval-eta')[0]!.message).toContain('2026年12月11日');
    expect(provisionalYearsOf(output)).toEqual([]);
    expect(output.dates.calendars).toEqual({ 2026: 'published' });
  });

  it('as a renewal valid until 2027-01-15: last safe day 2026-12-24, with calendar.provisional 2027', () => {
    const output = run(loadExample('renewal-complete'));
    expect(output.dates).toMatchObject({ lastSafeSubmission: '2026-12-24', approvalBy: null });
    expect(provisionalYearsOf(output)).toEqual(['2027']);
    expect(findingsOf(output, 'calendar.provisional')[0]).toMatchObject({ severity: 'warning' });
    expect(output.dates.calendars).toEqual({ 2026: 'published', 2027: 'provisional' });
    expect(JSON.stringify(output.dates.calendars)).toBe('{"2026":"published","2027":"provisional"}');
  });
});

describe('deadlines across 春节 2027 and 国庆 2027', () => {
  it('a permit valid until 2027-02-26 must be filed by 2027-01-27 (provisional 春节: 02-04..02-12)', () => {
    const output = run(renewal('2027-02-26'));
    expect(output.dates.lastSafeSubmission).toBe('2027-01-27');
    // 2026: the deadline rule's warning band counts five working days from asOf 2026-11-27.
    expect(output.dates.calendars).toEqual({ 2026: 'published', 2027: 'provisional' });
    expect(provisionalYearsOf(output)).toEqual(['2027']);
  });

  it('with an imported 2027 the same permit is filed by 2027-02-01, and no warning', () => {
    // Back from Friday 02-26: 25 … 22 (4), make-up Saturday 02-20 (5), 19 … 15 (10), 12 (11),
    // 02-11 … 02-05 off, 04 (12), 03 (13), 02 (14), 01 (15).
    const output = run(renewal('2027-02-26'), { calendar: imported2027 });
    expect(output.dates.lastSafeSubmission).toBe('2027-02-01');
    expect(output.dates.calendars).toEqual({ 2026: 'published', 2027: 'imported' });
    expect(provisionalYearsOf(output)).toEqual([]);
  });

  it('a permit valid until 2027-10-20 must be filed by 2027-09-21 (provisional 国庆: 10-01..10-08)', () => {
    // Back from Wednesday 10-20: 19, 18 (2), 15 … 11 (7), 10-08 … 10-01 off, 09-30 … 09-27 (11),
    // 24 … 21 (15).
    expect(run(renewal('2027-10-20')).dates.lastSafeSubmission).toBe('2027-09-21');
    // Imported: 10-08 (Friday) and Saturday 10-09 are worked: 19, 18 (2), 15 … 11 (7), 10-09 (8),
    // 10-08 (9), 10-07 … 10-01 off, 09-30 … 09-27 (13), 24 (14), 23 (15).
    expect(run(renewal('2027-10-20'), { calendar: imported2027 }).dates.lastSafeSubmission).toBe('2027-09-23');
  });

  it('an approval over 春节 2027 is later provisionally than with the imported year', () => {
    // Accepted Friday 2027-01-29: 02-01 … 02-03 (3), 02-04 … 02-12 off, 02-15 … 02-19 (8),
    // 22 … 26 (13), 03-01 (14), 03-02 (15).
    const accepted = caseWith('new-complete', { acceptedOn: '2027-01-29' });
    expect(run(accepted).dates.approvalBy).toBe('2027-03-02');
    // Imported: 02-01 … 02-04 (4), 02-05 … 02-11 off, 12 (5), 15 … 19 (10), 02-20 make-up (11), 22 … 25 (15).
    expect(run(accepted, { calendar: imported2027 }).dates.approvalBy).toBe('2027-02-25');
  });
});

describe('across year boundaries', () => {
  it('2026/2027: a permit valid until 2027-01-08 is filed by 2026-12-17, whichever the 2027 calendar', () => {
    // Back from Friday 01-08: 07 … 04 (4), 01-01 off (provisional and imported alike), 2026-12-31 … 28 (8),
    // 25 … 21 (13), 18 (14), 17 (15).
    expect(run(renewal('2027-01-08')).dates).toMatchObject({ lastSafeSubmission: '2026-12-17', calendars: { 2026: 'published', 2027: 'provisional' } });
    expect(run(renewal('2027-01-08'), { calendar: imported2027 }).dates).toMatchObject({
      lastSafeSubmission: '2026-12-17',
      calendars: { 2026: 'published', 2027: 'imported' },
    });
  });

  it('2027/2028: a permit valid until 2028-01-10 is filed by 2027-12-17 (2028-01-03, the Monday after 元旦, off)', () => {
    // Back from Monday 01-10: 07 … 04 (4), 01-03 off, 2027-12-31 … 27 (9), 24 … 20 (14), 17 (15).
    const output = run(renewal('2028-01-10'));
    expect(output.dates.lastSafeSubmission).toBe('2027-12-17');
    expect(output.dates.calendars).toEqual({ 2026: 'published', 2027: 'provisional', 2028: 'provisional' });
    const withImport = run(renewal('2028-01-10'), { calendar: imported2027 });
    expect(withImport.dates.calendars).toEqual({ 2026: 'published', 2027: 'imported', 2028: 'provisional' });
    expect(provisionalYearsOf(withImport)).toEqual(['2028']);
  });
});

describe('lastSafeSubmission on 2026 holidays', () => {
  const lastSafe = (validUntil: string) => {
    const output = run(caseWith('renewal-complete', { permit: { validUntil } }), { asOf: '2026-08-03' });
    expect(provisionalYearsOf(output)).toEqual([]);
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

  it('crossing into 2027 takes 2027-01-01 off provisionally and says so (accepted 2026-12-20)', () => {
    // 12-21 … 25 (5), 28 … 31 (9), 2027-01-01 off, 01-04 … 08 (14), 01-11 (15).
    const output = run(caseWith('new-complete', { acceptedOn: '2026-12-20' }));
    expect(output.dates.approvalBy).toBe('2027-01-11');
    expect(provisionalYearsOf(output)).toEqual(['2027']);
  });
});

describe('which date rests on a provisional year', () => {
  it('is told per date: a last safe day counted in 2026 only is not provisional beside an approval date counted into 2027', () => {
    // Valid until 2026-12-31: counted back inside 2026. Accepted 2026-12-20: approval 2027-01-11, over provisional 2027-01-01.
    const output = run(caseWith('renewal-complete', { permit: { validUntil: '2026-12-31' }, acceptedOn: '2026-12-20' }), { asOf: '2026-11-27' });
    expect(output.dates).toMatchObject({ lastSafeSubmission: '2026-12-10', approvalBy: '2027-01-11', calendars: { 2026: 'published', 2027: 'provisional' } });
    expect(output.provisionalYears).toEqual({ lastSafeSubmission: [], approvalBy: ['2027'] });
    expect(provisionalYearsOf(output)).toEqual(['2027']);
  });

  it('names each provisional year a date was counted over, and none that has a schedule', () => {
    expect(run(renewal('2028-01-10')).provisionalYears).toEqual({ lastSafeSubmission: ['2027', '2028'], approvalBy: [] });
    expect(run(renewal('2028-01-10'), { calendar: imported2027 }).provisionalYears).toEqual({ lastSafeSubmission: ['2028'], approvalBy: [] });
    expect(run(renewal('2027-02-26'), { calendar: imported2027 }).provisionalYears).toEqual({ lastSafeSubmission: [], approvalBy: [] });
  });
});

describe('which types get lastSafeSubmission', () => {
  it('employer-change and info-change do; 2028 is provisional', () => {
    const change = run(loadExample('employer-change-complete'));
    expect(change.dates.lastSafeSubmission).toBe('2028-03-10');
    expect(provisionalYearsOf(change)).toEqual(['2028']);
    expect(run(loadExample('info-change-complete')).dates.lastSafeSubmission).toBe('2028-06-09');
  });

  it('a new permit does not, even with a permit given, nor a case without validUntil', () => {
    expect(run(caseWith('new-complete', { permit: { validUntil: '2027-01-15' } })).dates.lastSafeSubmission).toBeNull();
    expect(run(caseWith('renewal-complete', { permit: { validUntil: undefined } })).dates).toMatchObject({ lastSafeSubmission: null, approvalBy: null });
  });
});
