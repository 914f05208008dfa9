// Calendar arithmetic on ISO strings. Dates are 'YYYY-MM-DD' and months 'YYYY-MM' at every API,
// so they compare correctly as strings. Internally a date is a day number (days since
// 1970-01-01) computed with integer arithmetic: no Date objects, no time zones, no Intl.
// Functions other than isRealDate / isRealMonth expect input that passed those checks.

export type IsoDate = string;
export type IsoMonth = string;

// The years a date may have. 1800 rather than 1900: GB 11643's own example number carries a birth date in 1880.
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2199;

/** Whether s has an ASCII digit at each of the positions, and '-' at 4 (and 7): YYYY-MM(-DD). */
function isDigitsWithDashes(s: string, length: 7 | 10): boolean {
  if (s.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const code = s.charCodeAt(i);
    if (i === 4 || i === 7 ? code !== 45 : code < 48 || code > 57) return false;
  }
  return true;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Reads `length` ASCII digits of s from `start`; avoids the allocation of slice + Number.
function digitsAt(s: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) value = value * 10 + (s.charCodeAt(i) - 48);
  return value;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function formatDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function isRealDate(s: string): boolean {
  if (!isDigitsWithDashes(s, 10)) return false;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  return (
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isRealMonth(s: string): boolean {
  if (!isDigitsWithDashes(s, 7)) return false;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12;
}

// Days from civil date and back: H. Hinnant's algorithms (proleptic Gregorian, eras of 400 years).
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function toDayNumber(d: IsoDate): number {
  return dayNumberOf(digitsAt(d, 0, 4), digitsAt(d, 5, 2), digitsAt(d, 8, 2));
}

/** [year, month, day] of a day number. */
function civilOfDayNumber(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

export function fromDayNumber(n: number): IsoDate {
  const [year, month, day] = civilOfDayNumber(n);
  return formatDate(year, month, day);
}

export function yearOfDayNumber(n: number): number {
  return civilOfDayNumber(n)[0];
}

/** The day number of 1 January of a year. */
export function firstDayNumberOfYear(year: number): number {
  return dayNumberOf(year, 1, 1);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n);
}

/** Keeps the day of the month; clamps to the target month's last day (民法典 第202条 reading). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const index = digitsAt(d, 0, 4) * 12 + digitsAt(d, 5, 2) - 1 + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(digitsAt(d, 8, 2), daysInMonth(year, month));
  return formatDate(year, month, day);
}

export function addYears(d: IsoDate, n: number): IsoDate {
  return addMonths(d, n * 12);
}

/**
 * The last day D with `addMonths(D, n) <= d`, for a date that must stay n months ahead:
 * addMonths(d, −n), except that when d is the last day of its month every later day of the
 * target month also clamps to d (2027-02-28 is reached from 2026-11-28 to 11-30).
 */
export function lastDayMonthsBefore(d: IsoDate, n: number): IsoDate {
  const year = digitsAt(d, 0, 4);
  const month = digitsAt(d, 5, 2);
  if (digitsAt(d, 8, 2) < daysInMonth(year, month)) return addMonths(d, -n);
  const index = year * 12 + month - 1 - n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatDate(targetYear, targetMonth, daysInMonth(targetYear, targetMonth));
}

/** The later of two dates. */
export function latest(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: IsoDate): number {
  return dayOfWeekOfDayNumber(toDayNumber(d));
}

/** Day 0 (1970-01-01) was a Thursday; the double modulo keeps negative day numbers in range. */
export function dayOfWeekOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** Both ends count: the same day gives 1. */
export function daysBetweenInclusive(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a) + 1;
}

/** Completed years: a person is N years old from addYears(birthDate, N). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const years = digitsAt(on, 0, 4) - digitsAt(birthDate, 0, 4);
  return addYears(birthDate, years) <= on ? years : years - 1;
}

/** year * 12 + month − 1, so consecutive months differ by 1. */
export function monthIndex(m: IsoMonth): number {
  return digitsAt(m, 0, 4) * 12 + digitsAt(m, 5, 2) - 1;
}

export function monthFromIndex(i: number): IsoMonth {
  const year = Math.floor(i / 12);
  return `${year}-${pad2(i - year * 12 + 1)}`;
}

/** The first day of a month given by its index. */
export function firstDayOfMonthIndex(i: number): IsoDate {
  return `${monthFromIndex(i)}-01`;
}

export function monthOf(d: IsoDate): IsoMonth {
  return d.slice(0, 7);
}

/** The calendar day of `moment` in the machine's local time zone (Beijing users: China Standard Time). */
export function localDateOf(moment: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Today in the machine's local time zone. */
export function localToday(): IsoDate {
  return localDateOf(new Date());
}

/** 近三年: the last three complete calendar years before asOf's year, newest first. */
export function lastThreeYears(asOf: IsoDate): number[] {
  const last = Number(asOf.slice(0, 4)) - 1;
  return [last, last - 1, last - 2];
}
