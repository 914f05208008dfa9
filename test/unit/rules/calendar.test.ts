// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CALENDAR_YEARS,
  addWorkingDays,
  approvalBy,
  calendarCovers,
  isWorkingDay,
  lastSafeSubmission,
  workingDaysBefore,
} from '../../../rules/calendar';
import { addDays, dayOfWeek, fromDayNumber, isRealDate, toDayNumber } from '../../../rules/dates';

// Copy of research/vectors/holidays-cn-2019-2026.json (holiday-cn's off/work lists per notice year).
const vector = JSON.parse(
  readFileSync(new URL('./fixtures/holidays-cn-2019-2026.json', import.meta.url), 'utf8'),
) as { years: Record<string, { notices: string[]; off: string[]; work: string[] }> };

function recordYears() {
  const years: number[] = [];
  return { years, onUnknownYear: (year: number) => years.push(year) };
}

// 2026 weekdays used below, from 2026-01-01 = Thursday: 02-01 Sunday, 09-01 Tuesday,
// 10-01 Thursday, 11-01 Sunday, 12-01 Tuesday; 2027-01-01 is a Friday.

describe('calendar data', () => {
  it('has one entry per year 2020–2026, each with its State Council notice', () => {
    expect(CALENDAR_YEARS.map((entry) => entry.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const entry of CALENDAR_YEARS) {
      expect(entry.notices[0]!.title).toBe(`国务院办公厅关于${entry.year}年部分节假日安排的通知`);
      for (const notice of entry.notices) expect(notice.url).toMatch(/^https?:\/\/www\.gov\.cn\/zhengce\//);
    }
    expect(CALENDAR_YEARS[0]!.notices[1]!.title).toBe('国务院办公厅关于延长2020年春节假期的通知');
  });

  it('agrees with holiday-cn on every day of 2020–2026', () => {
    const off = new Set<string>();
    const work = new Set<string>();
    for (let year = 2020; year <= 2026; year++) {
      for (const d of vector.years[year]!.off) off.add(d);
      for (const d of vector.years[year]!.work) work.add(d);
    }
    const mismatches: string[] = [];
    for (let day = toDayNumber('2020-01-01'); day <= toDayNumber('2026-12-31'); day++) {
      const d = fromDayNumber(day);
      const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
      const expected = work.has(d) || (weekday !== 0 && weekday !== 6 && !off.has(d));
      if (isWorkingDay(d) !== expected) mismatches.push(d);
    }
    expect(mismatches).toEqual([]);
  });

  it('lists make-up working days on weekends only, never also as holidays', () => {
    for (const entry of CALENDAR_YEARS) {
      for (const holiday of entry.holidays) {
        for (const spec of [...holiday.off, ...holiday.work]) {
          for (const part of spec.split('..')) {
            const d = part.length === 5 ? `${entry.year}-${part}` : part;
            expect(isRealDate(d), d).toBe(true);
          }
        }
        for (const spec of holiday.work) {
          const d = `${entry.year}-${spec}`;
          expect([0, 6], d).toContain(dayOfWeek(d));
          expect(isWorkingDay(d), d).toBe(true);
        }
      }
    }
  });
});

describe('isWorkingDay', () => {
  it('follows the 2020 Spring Festival extension', () => {
    expect(isWorkingDay('2020-01-19')).toBe(true); // Sunday, make-up day
    expect(isWorkingDay('2020-01-31')).toBe(false); // Friday, added by the extension
    expect(isWorkingDay('2020-02-01')).toBe(false); // Saturday: its make-up was cancelled
    expect(isWorkingDay('2020-02-03')).toBe(true); // ordinary Monday
  });

  it('uses the notice year of a day listed by the neighbouring notice', () => {
    expect(isWorkingDay('2022-12-31')).toBe(false); // Saturday, in the 2023 notice
    expect(isWorkingDay('2022-12-30')).toBe(true);
    expect(isWorkingDay('2023-01-02')).toBe(false); // Monday, 元旦
  });

  it('counts Monday–Friday in years without data', () => {
    expect(calendarCovers(2019)).toBe(false);
    expect(calendarCovers(2020)).toBe(true);
    expect(calendarCovers(2026)).toBe(true);
    expect(calendarCovers(2027)).toBe(false);
    expect(isWorkingDay('2027-01-01')).toBe(true); // Friday; its holiday is not yet published
    expect(isWorkingDay('2027-01-02')).toBe(false); // Saturday
    expect(isWorkingDay('2019-10-01')).toBe(true); // Tuesday; 2019 is not embedded
  });
});

describe('addWorkingDays', () => {
  it('steps over 2026 National Day and counts its make-up days', () => {
    // 09-19 Saturday no, 09-20 Sunday make-up (1), 09-21 Monday (2).
    expect(addWorkingDays('2026-09-18', 2)).toBe('2026-09-21');
    // 09-25 Friday – 09-27 off (中秋), 09-28 Monday (1).
    expect(addWorkingDays('2026-09-24', 1)).toBe('2026-09-28');
    // 10-01..10-07 off; 10-08 Thursday (1).
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    // 10-08 (1), 10-09 (2), 10-10 make-up Saturday (3).
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    // …, 10-11 Sunday no, 10-12 Monday (4).
    expect(addWorkingDays('2026-09-30', 4)).toBe('2026-10-12');
  });

  it('steps over the 2026 Spring Festival and counts its make-up Saturdays', () => {
    // 02-14 Saturday, make-up (1).
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    // 02-14 (1), 02-15..02-23 off, 02-24 Tuesday (2).
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    // 02-14 (1), 24 (2), 25 (3), 26 (4), 27 (5), 02-28 Saturday make-up (6).
    expect(addWorkingDays('2026-02-13', 6)).toBe('2026-02-28');
    // …, 03-01 Sunday no, 03-02 Monday (7).
    expect(addWorkingDays('2026-02-13', 7)).toBe('2026-03-02');
  });

  it('steps over New Year 2025/2026', () => {
    const { years, onUnknownYear } = recordYears();
    // 2026-01-01..01-03 off, 01-04 Sunday make-up (1).
    expect(addWorkingDays('2025-12-31', 1, onUnknownYear)).toBe('2026-01-04');
    // 12-31 Wednesday (1), 01-04 (2).
    expect(addWorkingDays('2025-12-30', 2, onUnknownYear)).toBe('2026-01-04');
    // 01-04 (1), 01-05 Monday (2).
    expect(addWorkingDays('2025-12-31', 2, onUnknownYear)).toBe('2026-01-05');
    expect(years).toEqual([]);
  });

  it('reports each year without data that it stepped into', () => {
    let calls = recordYears();
    // 12-31 Thursday (1), 2027-01-01 Friday counted as Monday–Friday (2).
    expect(addWorkingDays('2026-12-30', 2, calls.onUnknownYear)).toBe('2027-01-01');
    expect(calls.years).toEqual([2027]);

    calls = recordYears();
    // 12-02 Wednesday (1), 12-03 (2), 12-04 (3): all in 2026.
    expect(addWorkingDays('2026-12-01', 3, calls.onUnknownYear)).toBe('2026-12-04');
    expect(calls.years).toEqual([]);

    calls = recordYears();
    // 2019-12-31 Tuesday (1, 2019 not embedded), 2020-01-01 off, 01-02 Thursday (2).
    expect(addWorkingDays('2019-12-30', 2, calls.onUnknownYear)).toBe('2020-01-02');
    expect(calls.years).toEqual([2019]);

    calls = recordYears();
    // 2026-12-31 is 1 working day and 2027 has 261 weekdays (52 weeks + Friday 01-01),
    // so the 300th lands in 2028: both years are reported, once each.
    addWorkingDays('2026-12-30', 300, calls.onUnknownYear);
    expect(calls.years).toEqual([2027, 2028]);
  });

  it('rejects counts below one', () => {
    expect(() => addWorkingDays('2026-01-05', 0)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-05', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBefore', () => {
  it('steps back over holidays', () => {
    // 10-07..10-01 off, 09-30 Wednesday (1).
    expect(workingDaysBefore('2026-10-08', 1)).toBe('2026-09-30');
    // 01-04 Sunday make-up (1); 01-03..01-01 off; 2025-12-31 (2).
    expect(workingDaysBefore('2026-01-05', 2)).toBe('2025-12-31');
  });

  it('undoes addWorkingDays from a working day (property)', () => {
    const first = toDayNumber('2020-01-01');
    const last = toDayNumber('2026-11-30');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 1, max: 20 }), (day, n) => {
        const d = fromDayNumber(day);
        fc.pre(isWorkingDay(d));
        expect(workingDaysBefore(addWorkingDays(d, n), n)).toBe(d);
      }),
    );
  });

  it('reports a year without data', () => {
    const { years, onUnknownYear } = recordYears();
    // 2027-01-04 Monday (1): 2027 is counted Monday–Friday.
    expect(workingDaysBefore('2027-01-05', 1, onUnknownYear)).toBe('2027-01-04');
    expect(years).toEqual([2027]);
  });
});

describe('lastSafeSubmission', () => {
  it('counts back from the last working day when the permit ends on a holiday', () => {
    // 2026-10-03 is in the National Day holiday; the last working day before it is 09-30.
    // Back from 09-30: 09-29 (1), 09-28 (2), 09-27..09-25 off, 09-24 (3), 09-23 (4),
    // 09-22 (5), 09-21 (6), 09-20 Sunday make-up (7), 09-19 Saturday no, 09-18 (8), 09-17 (9),
    // 09-16 (10), 09-15 (11), 09-14 (12), 09-13/12 weekend, 09-11 (13), 09-10 (14), 09-09 (15).
    expect(lastSafeSubmission('2026-10-03')).toBe('2026-09-09');
    expect(addWorkingDays('2026-09-09', 15)).toBe('2026-09-30');
  });

  it('counts a make-up Saturday as the last working day', () => {
    // W = 10-10 (make-up Saturday). Back: 10-09 (1), 10-08 (2), 10-07..10-01 off, 09-30 (3),
    // 09-29 (4), 09-28 (5), 09-27..09-25 off, 09-24 (6), 09-23 (7), 09-22 (8), 09-21 (9),
    // 09-20 Sunday make-up (10), 09-18 (11), 09-17 (12), 09-16 (13), 09-15 (14), 09-14 (15).
    expect(lastSafeSubmission('2026-10-10')).toBe('2026-09-14');
    // Ending on the Sunday after: W is still 10-10.
    expect(lastSafeSubmission('2026-10-11')).toBe('2026-09-14');
    // Ending on Friday 10-09, one working day earlier: 10-08 (1), 09-30 (2) … 09-14 (14), 09-11 (15).
    expect(lastSafeSubmission('2026-10-09')).toBe('2026-09-11');
  });

  it("gives the contract's example and reports 2027 as unknown", () => {
    const { years, onUnknownYear } = recordYears();
    // 2027-01-15 is a Friday (2027-01-01 Friday + 14). Counting 2027 as Monday–Friday, back:
    // 01-14 (1), 13 (2), 12 (3), 11 (4), 08 (5), 07 (6), 06 (7), 05 (8), 04 (9), 01 (10),
    // 2026-12-31 (11), 12-30 (12), 12-29 (13), 12-28 Monday (14), 12-25 Friday (15).
    expect(lastSafeSubmission('2027-01-15', onUnknownYear)).toBe('2026-12-25');
    expect(years).toEqual([2027]);
  });

  it('does not report when every day from S to validUntil has data', () => {
    const { years, onUnknownYear } = recordYears();
    lastSafeSubmission('2026-10-03', onUnknownYear);
    expect(years).toEqual([]);
  });

  it('is the latest working day whose 15th working day is on or before validUntil (property)', () => {
    const first = toDayNumber('2020-02-01');
    const last = toDayNumber('2026-11-30');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const validUntil = fromDayNumber(day);
        const s = lastSafeSubmission(validUntil);
        expect(isWorkingDay(s)).toBe(true);
        expect(addWorkingDays(s, 15) <= validUntil).toBe(true);
        expect(addWorkingDays(addWorkingDays(s, 1), 15) > validUntil).toBe(true);
      }),
    );
  });
});

describe('approvalBy', () => {
  it('is the 15th working day after acceptance', () => {
    // 2026-11-20 is a Friday. 11-23..11-27 (5), 11-30, 12-01..12-04 (10), 12-07..12-11 (15).
    expect(approvalBy('2026-11-20')).toBe('2026-12-11');
    // 10-08 (1), 10-09 (2), 10-10 Saturday make-up (3), 10-12..10-16 (8), 10-19..10-23 (13),
    // 10-26 (14), 10-27 (15).
    expect(approvalBy('2026-09-30')).toBe('2026-10-27');
  });

  it('reports 2027 for any acceptance whose review runs into 2027', () => {
    const { years, onUnknownYear } = recordYears();
    approvalBy('2027-03-01', onUnknownYear);
    expect(years).toEqual([2027]);
    // Monday 03-01: with no holidays, the 15th working day after it is Monday 03-22.
    expect(approvalBy('2027-03-01')).toBe(addDays('2027-03-01', 21));
  });
});
