import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  dayOfWeek,
  daysBetweenInclusive,
  fromDayNumber,
  isRealDate,
  isRealMonth,
  lastDayMonthsBefore,
  latest,
  localDateOf,
  firstDayOfMonthIndex,
  monthFromIndex,
  monthIndex,
  monthOf,
  toDayNumber,
} from '../../../rules/dates';

// Test-side oracle (tests may use Date; the product code may not): UTC days since the epoch.
const utcDayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const utcDaysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const realDate = fc
  .record({
    y: fc.integer({ min: 1900, max: 2199 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, utcDaysInMonth(y, m)) }));

describe('isRealDate / isRealMonth', () => {
  it('accepts real dates, including 29 February of leap years', () => {
    for (const d of ['2026-01-01', '2024-02-29', '2000-02-29', '1900-01-01', '2199-12-31', '2026-04-30']) {
      expect(isRealDate(d), d).toBe(true);
    }
  });

  it('rejects impossible days, months and malformed strings', () => {
    for (const d of [
      '2026-02-30',
      '2023-02-29',
      '1900-02-29', // 1900 is not a leap year (divisible by 100, not by 400)
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-5',
      '2026/01/05',
      '20260105',
      ' 2026-01-05',
      '2026-01-05T00:00',
      '',
    ]) {
      expect(isRealDate(d), d).toBe(false);
    }
  });

  it('accepts months 01–12 only, in YYYY-MM form', () => {
    expect(isRealMonth('2026-01')).toBe(true);
    expect(isRealMonth('2026-12')).toBe(true);
    expect(isRealMonth('2026-13')).toBe(false);
    expect(isRealMonth('2026-00')).toBe(false);
    expect(isRealMonth('2026-1')).toBe(false);
    expect(isRealMonth('2026-01-01')).toBe(false);
  });
});

describe('day numbers', () => {
  it('counts from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    // 2000-03-01 − 1970-01-01: 30 years with 7 leap days (72 76 80 84 88 92 96) = 10957, + 31 + 29.
    expect(toDayNumber('2000-03-01')).toBe(10957 + 31 + 29);
    expect(fromDayNumber(-25567)).toBe('1900-01-01'); // 70 years, 17 leap days: 70·365 + 17
  });

  it('agrees with Date.UTC and round-trips (property)', () => {
    fc.assert(
      fc.property(realDate, ({ y, m, d }) => {
        const date = iso(y, m, d);
        expect(isRealDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(utcDayNumber(y, m, d));
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
      }),
    );
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries, forwards and back', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-03-15', 0)).toBe('2026-03-15');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01'); // 2026 is not a leap year
    expect(addDays('2024-01-01', 365)).toBe('2024-12-31'); // 2024 is
  });

  it('moves by exactly n days and is monotone in n (property)', () => {
    fc.assert(
      fc.property(
        realDate,
        fc.integer({ min: -20000, max: 20000 }),
        fc.integer({ min: -20000, max: 20000 }),
        ({ y, m, d }, a, b) => {
          const date = iso(y, m, d);
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(toDayNumber(addDays(date, low)) - toDayNumber(date)).toBe(low);
          expect(addDays(date, low) <= addDays(date, high)).toBe(true);
        },
      ),
    );
  });
});

describe('addMonths / addYears', () => {
  it('keeps the day of the month and clamps to the last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('accepts negative n', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addYears('2026-05-10', -3)).toBe('2023-05-10');
  });

  it('moves 29 February to 28 February in common years', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', 100)).toBe('2124-02-29');
    expect(addYears('2000-02-29', 100)).toBe('2100-02-28'); // 2100 is not a leap year
  });

  it('is monotone in n (property)', () => {
    fc.assert(
      fc.property(realDate, fc.integer({ min: -100, max: 100 }), ({ y, m, d }, n) => {
        const date = iso(y, m, d);
        expect(addYears(date, n) <= addYears(date, n + 1)).toBe(true);
        expect(addMonths(date, n) <= addMonths(date, n + 1)).toBe(true);
      }),
    );
  });
});

describe('lastDayMonthsBefore', () => {
  it('is the last day D with addMonths(D, n) <= d (both sides of it checked)', () => {
    fc.assert(
      fc.property(realDate.filter(({ y }) => y > 1901 && y < 2198), fc.integer({ min: 0, max: 24 }), ({ y, m, d }, n) => {
        const date = iso(y, m, d);
        const last = lastDayMonthsBefore(date, n);
        expect(addMonths(last, n) <= date).toBe(true);
        expect(addMonths(addDays(last, 1), n) > date).toBe(true);
      }),
    );
  });

  it('a month end reaches back to the end of the earlier month: every later day there clamps to it', () => {
    expect(lastDayMonthsBefore('2027-02-28', 3)).toBe('2026-11-30');
    expect(lastDayMonthsBefore('2027-08-31', 6)).toBe('2027-02-28');
    expect(lastDayMonthsBefore('2028-08-31', 6)).toBe('2028-02-29');
    expect(lastDayMonthsBefore('2027-08-30', 6)).toBe('2027-02-28');
    expect(lastDayMonthsBefore('2027-08-15', 6)).toBe('2027-02-15');
  });
});

describe('latest, firstDayOfMonthIndex', () => {
  it('the later of two dates; the first day of a month by index', () => {
    expect(latest('2026-01-05', '2025-12-31')).toBe('2026-01-05');
    expect(latest('2025-12-31', '2026-01-05')).toBe('2026-01-05');
    expect(firstDayOfMonthIndex(monthIndex('2027-03'))).toBe('2027-03-01');
  });
});

describe('localDateOf', () => {
  it('is the local calendar day, months and days written with two digits, late evening included', () => {
    expect(localDateOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDateOf(new Date(2027, 11, 31, 0, 0))).toBe('2027-12-31');
  });
});

describe('dayOfWeek', () => {
  it('numbers Sunday 0 to Saturday 6', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4); // a Thursday
    expect(dayOfWeek('2026-01-01')).toBe(4); // Thursday
    expect(dayOfWeek('2026-01-04')).toBe(0); // Sunday
    expect(dayOfWeek('2026-02-14')).toBe(6); // Saturday
    expect(dayOfWeek('1900-01-01')).toBe(1); // a Monday, before the epoch
  });

  it('agrees with Date.getUTCDay (property)', () => {
    fc.assert(
      fc.property(realDate, ({ y, m, d }) => {
        expect(dayOfWeek(iso(y, m, d))).toBe(new Date(Date.UTC(y, m - 1, d)).getUTCDay());
      }),
    );
  });
});

describe('daysBetweenInclusive', () => {
  it('counts both ends', () => {
    expect(daysBetweenInclusive('2026-01-01', '2026-01-01')).toBe(1);
    expect(daysBetweenInclusive('2026-01-01', '2026-12-31')).toBe(365);
    expect(daysBetweenInclusive('2024-01-01', '2025-12-31')).toBe(366 + 365);
    expect(daysBetweenInclusive('2024-02-28', '2024-03-01')).toBe(3);
  });
});

describe('ageOn', () => {
  it('adds a year on the birthday itself, not the day before', () => {
    expect(ageOn('2000-05-10', '2026-05-09')).toBe(25);
    expect(ageOn('2000-05-10', '2026-05-10')).toBe(26);
    expect(ageOn('2000-05-10', '2026-12-31')).toBe(26);
    expect(ageOn('1966-01-01', '2025-12-31')).toBe(59);
    expect(ageOn('1966-01-01', '2026-01-01')).toBe(60);
    expect(ageOn('2026-03-01', '2026-03-01')).toBe(0);
  });

  it('lets a 29 February birthday turn N on 28 February of a common year', () => {
    expect(ageOn('2004-02-29', '2026-02-27')).toBe(21);
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(22); // addYears(…, 22) = 2026-02-28
    expect(ageOn('2004-02-29', '2028-02-28')).toBe(23); // leap year: the birthday is 29 Feb
    expect(ageOn('2004-02-29', '2028-02-29')).toBe(24);
  });

  it('is the largest N with addYears(birthDate, N) <= on (property)', () => {
    fc.assert(
      fc.property(realDate, fc.integer({ min: 0, max: 30000 }), ({ y, m, d }, offset) => {
        const birth = iso(y, m, d);
        const on = addDays(birth, offset);
        const age = ageOn(birth, on);
        expect(addYears(birth, age) <= on).toBe(true);
        expect(addYears(birth, age + 1) > on).toBe(true);
      }),
    );
  });
});

describe('months', () => {
  it('indexes months so that consecutive months differ by one', () => {
    expect(monthIndex('2026-01')).toBe(2026 * 12);
    expect(monthIndex('2026-01') - monthIndex('2025-12')).toBe(1);
    expect(monthFromIndex(2026 * 12 + 11)).toBe('2026-12');
    expect(monthFromIndex(monthIndex('2026-03') - 6)).toBe('2025-09');
    expect(monthOf('2026-11-27')).toBe('2026-11');
  });
});
