// Working days (工作日): Monday–Friday, minus the State Council's holidays, plus its make-up
// working days. Periods start the day after: addWorkingDays(D, n) is the n-th working day after D.
// A calendar year without a notice in CALENDAR_YEARS counts Monday–Friday, and the functions
// report each such year whose days decided the result through `onUnknownYear`.

import { CALENDAR_YEARS } from './calendar-data';
import { dayOfWeekOfDayNumber, fromDayNumber, toDayNumber, type IsoDate } from './dates';

export { CALENDAR_YEARS };
export type { CalendarYear, HolidayEntry, HolidayNotice } from './calendar-data';

/** 网上审核（15个工作日）: the review period the deadline and approval dates are built on. */
export const REVIEW_WORKING_DAYS = 15;

export type UnknownYearCallback = (year: number) => void;

function dayNumbersOf(spec: string, noticeYear: number): number[] {
  const [from, to = from] = spec.split('..') as [string, string?];
  const toIso = (part: string) => (part.length === 5 ? `${noticeYear}-${part}` : part);
  const first = toDayNumber(toIso(from));
  const last = toDayNumber(toIso(to));
  const days: number[] = [];
  for (let day = first; day <= last; day++) days.push(day);
  return days;
}

// Built once: lookups by day number are then O(1), whichever notice listed the day.
const OFF_DAYS = new Set<number>();
const MAKE_UP_DAYS = new Set<number>();
const COVERED_YEARS = new Set<number>();
for (const entry of CALENDAR_YEARS) {
  COVERED_YEARS.add(entry.year);
  for (const holiday of entry.holidays) {
    for (const spec of holiday.off) {
      for (const day of dayNumbersOf(spec, entry.year)) OFF_DAYS.add(day);
    }
    for (const spec of holiday.work) {
      for (const day of dayNumbersOf(spec, entry.year)) MAKE_UP_DAYS.add(day);
    }
  }
}

/** True when the holidays of this calendar year are embedded (a date is judged by its own year). */
export function calendarCovers(year: number): boolean {
  return COVERED_YEARS.has(year);
}

function isWorkingDayNumber(day: number): boolean {
  if (MAKE_UP_DAYS.has(day)) return true;
  if (OFF_DAYS.has(day)) return false;
  const weekday = dayOfWeekOfDayNumber(day);
  return weekday !== 0 && weekday !== 6;
}

export function isWorkingDay(d: IsoDate): boolean {
  return isWorkingDayNumber(toDayNumber(d));
}

function yearOfDayNumber(day: number): number {
  return Number(fromDayNumber(day).slice(0, 4));
}

function reportUnknownYears(firstDay: number, lastDay: number, onUnknownYear?: UnknownYearCallback) {
  if (!onUnknownYear) return;
  const lastYear = yearOfDayNumber(lastDay);
  for (let year = yearOfDayNumber(firstDay); year <= lastYear; year++) {
    if (!calendarCovers(year)) onUnknownYear(year);
  }
}

function requireCount(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working-day count must be an integer >= 1, got ${n}`);
}

function stepForward(day: number, n: number): number {
  let left = n;
  while (left > 0) {
    day++;
    if (isWorkingDayNumber(day)) left--;
  }
  return day;
}

function stepBack(day: number, n: number): number {
  let left = n;
  while (left > 0) {
    day--;
    if (isWorkingDayNumber(day)) left--;
  }
  return day;
}

/** The n-th working day after d (n >= 1); the day after d is the first candidate. */
export function addWorkingDays(d: IsoDate, n: number, onUnknownYear?: UnknownYearCallback): IsoDate {
  requireCount(n);
  const start = toDayNumber(d);
  const result = stepForward(start, n);
  reportUnknownYears(start + 1, result, onUnknownYear);
  return fromDayNumber(result);
}

/** The n-th working day before d (n >= 1); the day before d is the first candidate. */
export function workingDaysBefore(d: IsoDate, n: number, onUnknownYear?: UnknownYearCallback): IsoDate {
  requireCount(n);
  const start = toDayNumber(d);
  const result = stepBack(start, n);
  reportUnknownYears(result, start - 1, onUnknownYear);
  return fromDayNumber(result);
}

/**
 * The latest working day S with addWorkingDays(S, 15) <= validUntil. With W the last working
 * day on or before validUntil, S is the 15th working day before W: a later working day would
 * reach its 15th working day after W, hence after validUntil.
 */
export function lastSafeSubmission(validUntil: IsoDate, onUnknownYear?: UnknownYearCallback): IsoDate {
  const end = toDayNumber(validUntil);
  let lastWorkingDay = end;
  while (!isWorkingDayNumber(lastWorkingDay)) lastWorkingDay--;
  const latest = stepBack(lastWorkingDay, REVIEW_WORKING_DAYS);
  reportUnknownYears(latest, end, onUnknownYear);
  return fromDayNumber(latest);
}

/** The end of the 15-working-day online review that starts the day after acceptance. */
export function approvalBy(acceptedOn: IsoDate, onUnknownYear?: UnknownYearCallback): IsoDate {
  return addWorkingDays(acceptedOn, REVIEW_WORKING_DAYS, onUnknownYear);
}
