// @vitest-environment node
// The embedded table of lunar holidays and 清明 (rules/lunar-dates.ts) against lunar-typescript,
// and the date ranges the provisional calendar falls back on outside the table.
import { describe, expect, it } from 'vitest';
import { LUNAR_DATE_RANGES, provisionalDaysOff } from '../../../rules/calendar';
import { dayOfWeekOfDayNumber, fromDayNumber, toDayNumber } from '../../../rules/dates';
import { LUNAR_TABLE, LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR, lunarHolidayDates } from '../../../rules/lunar-dates';
import { lunarHolidayDatesOf } from '../../support/lunar';

/** The table's row of a year as lunar-typescript gives it. */
function rowOf(year: number): string {
  const dates = lunarHolidayDatesOf(year);
  return [dates.eve, dates.qingming, dates.duanwu, dates.zhongqiu].map((d) => d.slice(5).replace('-', '')).join(' ');
}

describe('lunar dates table', () => {
  it('runs from 2000 to 2100, row for row as lunar-typescript computes it', () => {
    expect([LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR]).toEqual([2000, 2100]);
    const expected: string[] = [];
    for (let year = LUNAR_TABLE_FIRST_YEAR; year <= LUNAR_TABLE_LAST_YEAR; year++) expected.push(rowOf(year));
    // On a mismatch the expected side is the table to paste into rules/lunar-dates.ts.
    expect(LUNAR_TABLE).toEqual(expected);
  });

  it('gives the dates of a year, and null outside the table', () => {
    // rules.md: 2027 除夕 02-05, 清明 04-05, 端午 06-09, 中秋 09-15.
    expect(lunarHolidayDates(2027)).toEqual({ eve: '2027-02-05', qingming: '2027-04-05', duanwu: '2027-06-09', zhongqiu: '2027-09-15' });
    expect(lunarHolidayDates(2026)).toEqual(lunarHolidayDatesOf(2026));
    expect(lunarHolidayDates(1999)).toBeNull();
    expect(lunarHolidayDates(2101)).toBeNull();
  });
});

describe('outside the table', () => {
  it('the provisional calendar takes off each holiday wherever lunar-typescript puts it (years 1799–1999, 2101–2200)', () => {
    const missing: string[] = [];
    for (const year of [...range(1799, 1999), ...range(2101, 2200)]) {
      const off = provisionalDaysOff(year);
      const { eve, qingming, duanwu, zhongqiu } = lunarHolidayDatesOf(year);
      const eveDay = toDayNumber(eve);
      // 春节 from the day before 除夕 to 正月初八, and the single-day holidays themselves.
      const expected = [...range(eveDay - 1, eveDay + 8), toDayNumber(qingming), toDayNumber(duanwu), toDayNumber(zhongqiu)];
      for (const day of expected) {
        const weekday = dayOfWeekOfDayNumber(day);
        if (weekday !== 0 && weekday !== 6 && !off.has(day)) missing.push(fromDayNumber(day));
      }
    }
    expect(missing).toEqual([]);
  });

  it('each fallback range holds the dates lunar-typescript gives for 1799–2200', () => {
    const outside: string[] = [];
    for (const year of range(1799, 2200)) {
      const dates = lunarHolidayDatesOf(year);
      for (const [holiday, [from, to]] of Object.entries(LUNAR_DATE_RANGES)) {
        const date = dates[holiday as keyof typeof LUNAR_DATE_RANGES];
        if (date.slice(5) < from || date.slice(5) > to) outside.push(date);
      }
    }
    expect(outside).toEqual([]);
  });
});

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
