// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CALENDAR_YEARS, EMBEDDED_CALENDAR, WorkCalendar, provisionalDaysOff } from '../../../rules/calendar';
import { addDays, dayOfWeek, fromDayNumber, isRealDate, toDayNumber } from '../../../rules/dates';

// Copy of research/vectors/holidays-cn-2019-2026.json (holiday-cn's off/work lists per notice year).
const vector = JSON.parse(
  readFileSync(new URL('./fixtures/holidays-cn-2019-2026.json', import.meta.url), 'utf8'),
) as { years: Record<string, { notices: string[]; off: string[]; work: string[] }> };

function recordYears() {
  const years: number[] = [];
  return { years, onYear: (year: number) => years.push(year) };
}

const calendar = EMBEDDED_CALENDAR;
const isWorkingDay = (d: string) => calendar.isWorkingDay(d);
const addWorkingDays = (d: string, n: number, onYear?: (year: number) => void) => calendar.addWorkingDays(d, n, onYear);
const workingDaysBefore = (d: string, n: number, onYear?: (year: number) => void) => calendar.workingDaysBefore(d, n, onYear);
const lastSafeSubmission = (d: string, onYear?: (year: number) => void) => calendar.lastSafeSubmission(d, onYear);
const approvalBy = (d: string, onYear?: (year: number) => void) => calendar.approvalBy(d, onYear);

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

  it('uses the provisional calendar in years without a published one', () => {
    expect(calendar.kindOf(2019)).toBe('provisional');
    expect(calendar.kindOf(2020)).toBe('published');
    expect(calendar.kindOf(2026)).toBe('published');
    expect(calendar.kindOf(2027)).toBe('provisional');
    expect(isWorkingDay('2027-01-01')).toBe(false); // Friday, 元旦
    expect(isWorkingDay('2027-01-04')).toBe(true); // Monday
    expect(isWorkingDay('2027-01-02')).toBe(false); // Saturday
    expect(isWorkingDay('2019-10-01')).toBe(false); // Tuesday; 2019 is not embedded
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
    const { years, onYear } = recordYears();
    // 2026-01-01..01-03 off, 01-04 Sunday make-up (1).
    expect(addWorkingDays('2025-12-31', 1, onYear)).toBe('2026-01-04');
    // 12-31 Wednesday (1), 01-04 (2).
    expect(addWorkingDays('2025-12-30', 2, onYear)).toBe('2026-01-04');
    // 01-04 (1), 01-05 Monday (2).
    expect(addWorkingDays('2025-12-31', 2, onYear)).toBe('2026-01-05');
    expect(years).toEqual([2026, 2025, 2026, 2026]);
  });

  it('reports each year it stepped through, once', () => {
    let calls = recordYears();
    // 12-31 Thursday (1), 2027-01-01 Friday provisionally off, 01-04 Monday (2).
    expect(addWorkingDays('2026-12-30', 2, calls.onYear)).toBe('2027-01-04');
    expect(calls.years).toEqual([2026, 2027]);

    calls = recordYears();
    // 12-02 Wednesday (1), 12-03 (2), 12-04 (3): all in 2026.
    expect(addWorkingDays('2026-12-01', 3, calls.onYear)).toBe('2026-12-04');
    expect(calls.years).toEqual([2026]);

    calls = recordYears();
    // 2019-12-31 Tuesday (1, provisional 2019), 2020-01-01 off, 01-02 Thursday (2).
    expect(addWorkingDays('2019-12-30', 2, calls.onYear)).toBe('2020-01-02');
    expect(calls.years).toEqual([2019, 2020]);

    calls = recordYears();
    // 2026-12-31 is 1 working day and provisional 2027 has 261 − 22 = 239, so the 300th lands in 2028.
    addWorkingDays('2026-12-30', 300, calls.onYear);
    expect(calls.years).toEqual([2026, 2027, 2028]);
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

  it('reports the years it stepped through', () => {
    const { years, onYear } = recordYears();
    // 2027-01-04 Monday (1), 01-01 provisionally off, 2026-12-31 (2).
    expect(workingDaysBefore('2027-01-05', 1, onYear)).toBe('2027-01-04');
    expect(workingDaysBefore('2027-01-05', 2, onYear)).toBe('2026-12-31');
    expect(years).toEqual([2027, 2026, 2027]);
  });
});

describe('workingDaysUntil', () => {
  const today = '2026-11-27'; // a Friday

  it('counts the working days after today up to and including the target', () => {
    expect(calendar.workingDaysUntil(today, today)).toBe(0);
    expect(calendar.workingDaysUntil(today, '2026-11-28')).toBe(0); // Saturday
    expect(calendar.workingDaysUntil(today, '2026-11-30')).toBe(1); // Monday
    expect(calendar.workingDaysUntil(today, '2026-12-04')).toBe(5);
    expect(calendar.workingDaysUntil(today, '2026-11-26')).toBe(-1);
    for (const n of [3, 10, 30]) expect(calendar.workingDaysUntil(today, addWorkingDays(today, n))).toBe(n);
  });

  it('counts over year ends, holidays and provisional and imported years as addWorkingDays steps (property)', () => {
    const imported = new WorkCalendar([{ year: 2027, off: ['2027-02-05', '2027-02-08'], work: ['2027-02-20'] }]);
    const first = toDayNumber('2019-06-01');
    const last = toDayNumber('2029-06-30');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 1, max: 800 }), fc.boolean(), (day, n, useImport) => {
        const on = useImport ? imported : calendar;
        const d = fromDayNumber(day);
        const target = on.addWorkingDays(d, n);
        expect(on.workingDaysUntil(d, target)).toBe(n);
        expect(on.workingDaysUntil(target, d)).toBe(-n);
        // The days after the n-th up to the next working day add none.
        expect(on.workingDaysUntil(d, addDays(on.addWorkingDays(d, n + 1), -1))).toBe(n);
      }),
    );
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

  it("gives the contract's example, through provisional 2027", () => {
    const { years, onYear } = recordYears();
    // 2027-01-15 is a Friday (2027-01-01 Friday + 14), 01-01 provisionally off. Back:
    // 01-14 (1), 13 (2), 12 (3), 11 (4), 08 (5), 07 (6), 06 (7), 05 (8), 04 (9),
    // 2026-12-31 (10), 12-30 (11), 12-29 (12), 12-28 Monday (13), 12-25 (14), 12-24 Thursday (15).
    expect(lastSafeSubmission('2027-01-15', onYear)).toBe('2026-12-24');
    expect(years).toEqual([2026, 2027]);
  });

  it('reports only the year of a count that stays inside it', () => {
    const { years, onYear } = recordYears();
    lastSafeSubmission('2026-10-03', onYear);
    expect(years).toEqual([2026]);
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

  it('reports 2027 for a review inside 2027', () => {
    const { years, onYear } = recordYears();
    // Monday 03-01: no holiday until 清明 (04-05), so the 15th working day after it is Monday 03-22.
    expect(approvalBy('2027-03-01', onYear)).toBe(addDays('2027-03-01', 21));
    expect(years).toEqual([2027]);
  });
});

/** The weekdays a calendar takes off in a year, as dates. */
function weekdaysOff(year: number, isWorking: (d: string) => boolean): string[] {
  const off: string[] = [];
  for (let day = toDayNumber(`${year}-01-01`); day <= toDayNumber(`${year}-12-31`); day++) {
    const d = fromDayNumber(day);
    if (dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6 && !isWorking(d)) off.push(d);
  }
  return off;
}

const provisionalDates = (year: number) => [...provisionalDaysOff(year)].sort((a, b) => a - b).map(fromDayNumber);

describe('the provisional calendar (rules.md, Years without a published calendar)', () => {
  it('covers every weekday off of each published year 2020–2026, at a cost of 3–6 days a year', () => {
    for (const entry of CALENDAR_YEARS) {
      const published = weekdaysOff(entry.year, isWorkingDay);
      const provisional = provisionalDates(entry.year);
      expect(published.filter((d) => !provisional.includes(d)), String(entry.year)).toEqual([]);
      const extra = provisional.length - published.length;
      expect(extra, String(entry.year)).toBeGreaterThanOrEqual(3);
      expect(extra, String(entry.year)).toBeLessThanOrEqual(6);
    }
  });

  it('covers every weekday off of holiday-cn 2019 too, a year not embedded', () => {
    const off = new Set(vector.years[2019]!.off);
    const published = weekdaysOff(2019, (d) => !off.has(d));
    expect(published.length).toBeGreaterThan(0);
    expect(published.filter((d) => !provisionalDates(2019).includes(d))).toEqual([]);
  });

  it('takes off in 2027 (除夕 02-05, 清明 04-05, 端午 06-09, 中秋 09-15) these weekdays', () => {
    expect(provisionalDates(2027)).toEqual([
      '2027-01-01', // 元旦, a Friday
      // 春节: Thursday 02-04 (the day before 除夕) to Saturday 02-13 (正月初八)
      '2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12',
      '2027-04-05', // 清明, a Monday
      '2027-04-29', '2027-04-30', '2027-05-03', '2027-05-04', '2027-05-05', // 劳动节
      '2027-06-09', // 端午, a Wednesday: that day alone
      '2027-09-15', // 中秋, a Wednesday
      '2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07', '2027-10-08', // 国庆节
    ]);
  });

  it('adds the Monday or Friday that makes a three-day break, inside the year only', () => {
    // 2028: 元旦 Saturday → Monday 01-03; 清明 04-04 Tuesday → Monday 04-03;
    // 端午 05-28 Sunday → Monday 05-29; 中秋 10-03 inside 国庆.
    const days2028 = provisionalDates(2028);
    for (const d of ['2028-01-03', '2028-04-03', '2028-04-04', '2028-05-29']) expect(days2028, d).toContain(d);
    // 2030: 元旦 Tuesday → its Monday is 2029-12-31, not a day of 2030, and 2029 keeps it.
    expect(provisionalDates(2030)[0]).toBe('2030-01-01');
    expect(provisionalDates(2029)).not.toContain('2029-12-31');
    // 2023: 端午 06-22 is a Thursday and takes Friday 06-23; 2025: 元旦 is a Wednesday, alone.
    expect(provisionalDates(2023).filter((d) => d.startsWith('2023-06'))).toEqual(['2023-06-22', '2023-06-23']);
    expect(provisionalDates(2025).filter((d) => d.startsWith('2025-01-0'))).toEqual(['2025-01-01']);
  });

  it('never has a make-up working day: every weekend day of 2027 is off', () => {
    for (let day = toDayNumber('2027-01-01'); day <= toDayNumber('2027-12-31'); day++) {
      const d = fromDayNumber(day);
      if (dayOfWeek(d) === 0 || dayOfWeek(d) === 6) expect(isWorkingDay(d), d).toBe(false);
    }
  });

  it('gives 春节 2027 a week: a permit valid until 2027-02-26 must be filed by 2027-01-27', () => {
    // Back from Friday 02-26: 25 (1), 24, 23, 22 (4), 19 … 15 (9), 02-12 … 02-04 off,
    // 02-03 (10), 02-02 (11), 02-01 (12), 01-29 (13), 01-28 (14), 01-27 (15).
    expect(lastSafeSubmission('2027-02-26')).toBe('2027-01-27');
  });

  it('is conservative: each of its working days is a working day of the published calendar (2020–2026)', () => {
    // So a count over it reaches its n-th working day no sooner: deadlines come earlier, approvals later.
    const notWorking: string[] = [];
    const offByYear = new Map(CALENDAR_YEARS.map((entry) => [entry.year, provisionalDaysOff(entry.year)]));
    for (let day = toDayNumber('2020-01-01'); day <= toDayNumber('2026-12-31'); day++) {
      const d = fromDayNumber(day);
      const provisionallyWorking = dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6 && !offByYear.get(Number(d.slice(0, 4)))!.has(day);
      if (provisionallyWorking && !isWorkingDay(d)) notWorking.push(d);
    }
    expect(notWorking).toEqual([]);
  });
});

describe('imported years (rules.md, Imported calendars)', () => {
  // A made-up 2027 schedule (no 2027 notice is published): 春节 02-05..02-11 off, Saturday 02-20 worked.
  const imported2027 = {
    year: 2027,
    off: ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
    work: ['2027-02-20'],
  };

  it('replaces the provisional calendar of its year, and no other', () => {
    const withImport = new WorkCalendar([imported2027]);
    expect(withImport.kindOf(2027)).toBe('imported');
    expect(withImport.kindOf(2028)).toBe('provisional');
    expect(withImport.isWorkingDay('2027-02-04')).toBe(true); // provisionally off, a working day by the import
    expect(withImport.isWorkingDay('2027-02-20')).toBe(true); // its make-up Saturday
    expect(withImport.isWorkingDay('2027-10-04')).toBe(true); // not in the import: an ordinary Monday
    expect(withImport.isWorkingDay('2028-01-03')).toBe(false); // 2028 stays provisional
    // Back from 02-26: 25 (1) … 22 (4), 02-20 make-up (5), 19 … 15 (10), 12 (11), 02-11 … 02-05 off,
    // 04 (12), 03 (13), 02 (14), 01 (15).
    expect(withImport.lastSafeSubmission('2027-02-26')).toBe('2027-02-01');
    expect(EMBEDDED_CALENDAR.lastSafeSubmission('2027-02-26')).toBe('2027-01-27');
  });

  it('never replaces an embedded published year', () => {
    const withImport = new WorkCalendar([{ year: 2026, off: ['2026-12-01'], work: ['2026-10-03'] }]);
    expect(withImport.kindOf(2026)).toBe('published');
    expect(withImport.isWorkingDay('2026-12-01')).toBe(true);
    expect(withImport.isWorkingDay('2026-10-03')).toBe(false);
  });

  it('keeps a neighbouring year\'s day of an imported notice out of a year it does not cover', () => {
    // A 2027 notice that also lists 2026-12-31 (as the 2023 notice lists 2022-12-31): 2026 is published.
    const withImport = new WorkCalendar([{ ...imported2027, off: ['2026-12-31', ...imported2027.off] }]);
    expect(withImport.isWorkingDay('2026-12-31')).toBe(true);
  });
});
