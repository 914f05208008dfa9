// The dashboard's 最晚安全提交日 cell: days left in words, the urgency it marks, and the deadline
// filter (entrypoints/dashboard/deadline.ts).
import { describe, expect, it } from 'vitest';
import { EMBEDDED_CALENDAR, WorkCalendar } from '../../../rules/calendar';
import { daysLeft, daysLeftText, fillDeadlineCell, matchesDeadline, type DeadlineFilter } from '../../../entrypoints/dashboard/deadline';
import type { CaseRow } from '../../../entrypoints/dashboard/rows';

// A Friday.
const TODAY = '2026-11-27';
const NONE: ReadonlySet<string> = new Set();

function row(id: string, lastSafeSubmission: string | null, extra: Partial<CaseRow> = {}): CaseRow {
  return {
    id,
    type: 'renewal',
    status: 'ready',
    subject: id,
    updatedAt: '2026-11-20T10:00:00.000Z',
    permitEnd: null,
    searchText: id,
    counts: { errors: 0, warnings: 0, missingMaterials: 0, toFill: 0 },
    lastSafeSubmission,
    earliestEligible: null,
    eligibleUntil: null,
    lastSafeProvisionalYears: [],
    ...extra,
  };
}

describe('days left to the last safe day', () => {
  it.each([
    ['2026-11-20', 'late', '已逾期7天', '7 days late'],
    ['2026-11-26', 'late', '已逾期1天', '1 day late'],
    ['2026-11-27', 'close', '今天截止', 'due today'],
    ['2026-11-30', 'close', '剩1个工作日', '1 working day left'],
    ['2026-12-04', 'close', '剩5个工作日', '5 working days left'],
    // Six working days, ten calendar days.
    ['2026-12-07', 'soon', '剩10天', '10 days left'],
    ['2026-12-27', 'soon', '剩30天', '30 days left'],
    ['2026-12-28', 'later', '剩31天', '31 days left'],
  ])('%s: %s, %s', (lastSafe, urgency, zh, en) => {
    const left = daysLeft(lastSafe, TODAY, EMBEDDED_CALENDAR);
    expect(left.urgency).toBe(urgency);
    expect(daysLeftText(left, 'zh')).toBe(zh);
    expect(daysLeftText(left, 'en')).toBe(en);
  });

  it('counts working days on the calendar: 国庆 2026 takes five', () => {
    // 2026-09-28 (Monday) to 2026-10-09: 09-29, 09-30, 10-08, 10-09 (10-01..10-07 off).
    const left = daysLeft('2026-10-09', '2026-09-28', EMBEDDED_CALENDAR);
    expect(left).toEqual({ urgency: 'close', workingDays: 4, days: 11 });
    expect(daysLeftText(left, 'zh')).toBe('剩4个工作日');
  });

  it('counts with an imported year where the provisional one took more days off', () => {
    // Provisional 2027 takes 02-04..02-12 off (the day before 除夕 02-05 .. 正月初八): three working days.
    expect(daysLeft('2027-02-15', '2027-02-01', EMBEDDED_CALENDAR)).toMatchObject({ urgency: 'close', workingDays: 3 });
    const imported = new WorkCalendar([{ year: 2027, off: ['2027-02-11', '2027-02-12'], work: [] }]);
    expect(daysLeft('2027-02-15', '2027-02-01', imported)).toMatchObject({ urgency: 'soon', workingDays: 8 });
  });
});

describe('the deadline filter', () => {
  const rows = [
    row('late', '2026-11-20'),
    row('close', '2026-12-03'),
    row('soon', '2026-12-20'),
    row('later', '2027-03-01'),
    row('none', null),
    row('submitted-late', '2026-11-20', { status: 'submitted' }),
    row('errors-later', '2027-03-01', { counts: { errors: 1, warnings: 0, missingMaterials: 0, toFill: 0 } }),
    row('eligible-asked', null, { type: 'new', earliestEligible: '2026-11-01', eligibleUntil: '2027-06-01' }),
  ];
  const matching = (filter: DeadlineFilter, remind = NONE) =>
    rows.filter((r) => matchesDeadline(r, filter, TODAY, EMBEDDED_CALENDAR, remind)).map((r) => r.id);

  it('keeps the open cases by how close their last safe day is, the more urgent included', () => {
    expect(matching('late')).toEqual(['late']);
    expect(matching('close')).toEqual(['late', 'close']);
    expect(matching('soon')).toEqual(['late', 'close', 'soon']);
  });

  it('keeps the cases that need action, as the badge counts them', () => {
    // 'close' is 4 working days off, 'soon' 16 (more than 10); errors count, a submitted case does not.
    expect(matching('action')).toEqual(['late', 'close', 'errors-later']);
    expect(matching('action', new Set(['eligible-asked']))).toEqual(['late', 'close', 'errors-later', 'eligible-asked']);
  });
});

describe('the 最晚安全提交日 cell', () => {
  const fill = (r: CaseRow, lang: 'zh' | 'en' = 'zh') => {
    const cell = document.createElement('div');
    fillDeadlineCell(cell, r, lang, TODAY, EMBEDDED_CALENDAR, (iso) => `[${iso}]`);
    return cell;
  };

  it('shows the date and the days left, marked by urgency', () => {
    const late = fill(row('a', '2026-11-25'));
    expect(late.dataset.urgency).toBe('late');
    expect(late.textContent).toBe('[2026-11-25] 已逾期2天');
    expect(late.querySelector('.days-left')?.textContent).toBe('已逾期2天');
    const close = fill(row('b', '2026-12-02'), 'en');
    expect(close.dataset.urgency).toBe('close');
    expect(close.querySelector('.days-left')?.textContent).toBe('3 working days left');
  });

  it('gives only the date of a case no longer running against it, and nothing without a date', () => {
    const submitted = fill(row('c', '2026-11-25', { status: 'submitted' }));
    expect(submitted.textContent).toBe('[2026-11-25]');
    expect(submitted.dataset.urgency).toBeUndefined();
    expect(fill(row('d', null)).textContent).toBe('');
  });
});
