// Working days (工作日): Monday–Friday, minus the State Council's holidays, plus its make-up
// working days. Periods start the day after: addWorkingDays(D, n) is the n-th working day after D.
// Each calendar year is judged by one source (rules.md, Working days; Years without a published
// calendar; Imported calendars): the embedded published schedule, else one the user imported,
// else the provisional calendar, which can only make a deadline earlier and an approval date later.
// The counting functions tell `onYear` each year whose days a result rests on.

import { CALENDAR_YEARS } from './calendar-data';
import { lunarHolidayDates } from './lunar-dates';
import { dayOfWeekOfDayNumber, firstDayNumberOfYear, fromDayNumber, toDayNumber, yearOfDayNumber, type IsoDate } from './dates';

export { CALENDAR_YEARS };
export type { CalendarYear, HolidayEntry, HolidayNotice } from './calendar-data';

/** 网上审核（15个工作日）: the review period the deadline and approval dates are built on. */
export const REVIEW_WORKING_DAYS = 15;

/** Where a year's working days come from (the output's `dates.calendars`). */
export type CalendarKind = 'published' | 'imported' | 'provisional';

/** A year's schedule the user added (rules.md, Imported calendars). */
export interface ImportedYear {
  readonly year: number;
  /** 放假: the days off, weekends inside a holiday included. */
  readonly off: readonly IsoDate[];
  /** 调休上班: the make-up working days. */
  readonly work: readonly IsoDate[];
}

/** Told each calendar year whose days a working-day result rests on. */
export type YearCallback = (year: number) => void;

interface YearDays {
  readonly kind: CalendarKind;
  /** Day numbers of the year's first and last day. */
  readonly first: number;
  readonly last: number;
  readonly off: ReadonlySet<number>;
  readonly work: ReadonlySet<number>;
  /** Working days of the year before each of its days (index: day - first), made when first counted. */
  workingBefore?: Uint16Array;
}

const NO_DAYS: ReadonlySet<number> = new Set();
/** Holds no day: the first lookup of a calendar always finds its year. */
const NO_YEAR: YearDays = { kind: 'provisional', first: 0, last: -1, off: NO_DAYS, work: NO_DAYS };

function isWeekend(day: number): boolean {
  const weekday = dayOfWeekOfDayNumber(day);
  return weekday === 0 || weekday === 6;
}

function dayNumbersOf(spec: string, noticeYear: number): number[] {
  const [from, to = from] = spec.split('..') as [string, string?];
  const toIso = (part: string) => (part.length === 5 ? `${noticeYear}-${part}` : part);
  const days: number[] = [];
  for (let day = toDayNumber(toIso(from)); day <= toDayNumber(toIso(to)); day++) days.push(day);
  return days;
}

/** Days off and make-up days grouped by the calendar year they fall in (a notice can list a day of the year before). */
function groupByYear(lists: readonly { off: Iterable<number>; work: Iterable<number> }[]) {
  const years = new Map<number, { off: Set<number>; work: Set<number> }>();
  const yearOf = (year: number) => {
    let days = years.get(year);
    if (!days) years.set(year, (days = { off: new Set(), work: new Set() }));
    return days;
  };
  for (const list of lists) {
    for (const day of list.off) yearOf(yearOfDayNumber(day)).off.add(day);
    for (const day of list.work) yearOf(yearOfDayNumber(day)).work.add(day);
  }
  return years;
}

const PUBLISHED_YEARS: ReadonlySet<number> = new Set(CALENDAR_YEARS.map((entry) => entry.year));

// Built once: the published days by the year they fall in (2022-12-31 of the 2023 notice is 2022's).
const PUBLISHED_DAYS = groupByYear(
  CALENDAR_YEARS.map((entry) => ({
    off: entry.holidays.flatMap((holiday) => holiday.off.flatMap((spec) => dayNumbersOf(spec, entry.year))),
    work: entry.holidays.flatMap((holiday) => holiday.work.flatMap((spec) => dayNumbersOf(spec, entry.year))),
  })),
);

/**
 * Outside the lunar table (dates before 2000 or after 2100) a holiday counts on every date it can
 * fall on, the earliest to the latest of 1799–2200 by lunar-typescript (checked in the tests),
 * so that the calendar stays on the safe side there too.
 */
export const LUNAR_DATE_RANGES = {
  eve: ['01-20', '02-19'],
  qingming: ['04-04', '04-06'],
  duanwu: ['05-27', '06-26'],
  zhongqiu: ['09-07', '10-08'],
} as const;

/** The days each lunar holiday and 清明 is taken to fall on in a year. */
function lunarCandidates(year: number): Record<keyof typeof LUNAR_DATE_RANGES, number[]> {
  const dates = lunarHolidayDates(year);
  const range = ([from, to]: readonly [string, string]) => dayNumbersOf(`${from}..${to}`, year);
  if (dates) {
    return {
      eve: [toDayNumber(dates.eve)],
      qingming: [toDayNumber(dates.qingming)],
      duanwu: [toDayNumber(dates.duanwu)],
      zhongqiu: [toDayNumber(dates.zhongqiu)],
    };
  }
  return {
    eve: range(LUNAR_DATE_RANGES.eve),
    qingming: range(LUNAR_DATE_RANGES.qingming),
    duanwu: range(LUNAR_DATE_RANGES.duanwu),
    zhongqiu: range(LUNAR_DATE_RANGES.zhongqiu),
  };
}

/**
 * The weekdays off of a provisional year (rules.md, Years without a published calendar): every
 * weekday each holiday has taken off in a published year, at most, and no make-up working day.
 */
export function provisionalDaysOff(year: number): Set<number> {
  const first = firstDayNumberOfYear(year);
  const last = firstDayNumberOfYear(year + 1) - 1;
  const off = new Set<number>();
  const add = (day: number) => {
    if (day >= first && day <= last && !isWeekend(day)) off.add(day);
  };
  const addRange = (from: number, to: number) => {
    for (let day = from; day <= to; day++) add(day);
  };
  // 连休3天 / 调休: a Tuesday holiday takes its Monday, a weekend one the Monday after, a
  // Thursday one its Friday; a Wednesday holiday is that day alone.
  const addWithBridge = (day: number) => {
    add(day);
    const weekday = dayOfWeekOfDayNumber(day);
    if (weekday === 2) add(day - 1);
    else if (weekday === 6) add(day + 2);
    else if (weekday === 0 || weekday === 4) add(day + 1);
  };
  const dayOf = (mmdd: string) => toDayNumber(`${year}-${mmdd}`);

  addWithBridge(first); // 元旦
  addRange(dayOf('04-29'), dayOf('05-05')); // 劳动节
  addRange(dayOf('10-01'), dayOf('10-08')); // 国庆节
  const lunar = lunarCandidates(year);
  for (const eve of lunar.eve) addRange(eve - 1, eve + 8); // 春节: the day before 除夕 to 正月初八
  for (const day of [...lunar.qingming, ...lunar.duanwu, ...lunar.zhongqiu]) addWithBridge(day);
  return off;
}

/**
 * The working-day calendar of a set of imported years. Imported years replace the provisional
 * calendar and never an embedded published year.
 */
export class WorkCalendar {
  private readonly imported: ReadonlyMap<number, { off: ReadonlySet<number>; work: ReadonlySet<number> }>;
  private readonly importedYears: ReadonlySet<number>;
  private readonly years = new Map<number, YearDays>();
  /** The year of the day looked up last: counting walks day by day, mostly inside one year. */
  private current = NO_YEAR;

  constructor(imported: readonly ImportedYear[] = []) {
    const usable = imported.filter((entry) => !PUBLISHED_YEARS.has(entry.year));
    this.importedYears = new Set(usable.map((entry) => entry.year));
    this.imported = groupByYear(usable.map((entry) => ({ off: entry.off.map(toDayNumber), work: entry.work.map(toDayNumber) })));
  }

  kindOf(year: number): CalendarKind {
    if (PUBLISHED_YEARS.has(year)) return 'published';
    return this.importedYears.has(year) ? 'imported' : 'provisional';
  }

  private yearDays(year: number): YearDays {
    let days = this.years.get(year);
    if (!days) {
      const kind = this.kindOf(year);
      const listed = kind === 'published' ? PUBLISHED_DAYS.get(year) : kind === 'imported' ? this.imported.get(year) : undefined;
      days = {
        kind,
        first: firstDayNumberOfYear(year),
        last: firstDayNumberOfYear(year + 1) - 1,
        off: kind === 'provisional' ? provisionalDaysOff(year) : (listed?.off ?? NO_DAYS),
        work: listed?.work ?? NO_DAYS,
      };
      this.years.set(year, days);
    }
    return days;
  }

  private isWorkingDayNumber(day: number): boolean {
    let days = this.current;
    if (day < days.first || day > days.last) this.current = days = this.yearDays(yearOfDayNumber(day));
    if (days.work.has(day)) return true;
    if (days.off.has(day)) return false;
    return !isWeekend(day);
  }

  isWorkingDay(d: IsoDate): boolean {
    return this.isWorkingDayNumber(toDayNumber(d));
  }

  /** Working days of `year` before `day` (a day of that year, or the day after its last). */
  private workingDaysOfYearBefore(year: number, day: number): number {
    const days = this.yearDays(year);
    if (!days.workingBefore) {
      const counts = new Uint16Array(days.last - days.first + 2);
      for (let d = days.first; d <= days.last; d++) counts[d - days.first + 1] = counts[d - days.first]! + (this.isWorkingDayNumber(d) ? 1 : 0);
      days.workingBefore = counts;
    }
    return days.workingBefore[day - days.first]!;
  }

  /**
   * Working days from `today` to `target`: the number of working days d with today < d <= target,
   * so that target = addWorkingDays(today, n). Negative (working days since) when target is past.
   * Counted a year at a time, not day by day: a list counts this for every case it shows.
   */
  workingDaysUntil(today: IsoDate, target: IsoDate): number {
    const from = toDayNumber(today);
    const to = toDayNumber(target);
    const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
    // Working days in low+1 … high: those before high+1 less those before low+1, year by year.
    let count = 0;
    const lastYear = yearOfDayNumber(high);
    for (let year = yearOfDayNumber(low + 1); year <= lastYear; year++) {
      const start = Math.max(low + 1, firstDayNumberOfYear(year));
      const end = Math.min(high + 1, firstDayNumberOfYear(year + 1));
      count += this.workingDaysOfYearBefore(year, end) - this.workingDaysOfYearBefore(year, start);
    }
    return sign * count;
  }

  private step(day: number, n: number, direction: 1 | -1): number {
    requireCount(n);
    let left = n;
    while (left > 0) {
      day += direction;
      if (this.isWorkingDayNumber(day)) left--;
    }
    return day;
  }

  /** The n-th working day after d (n >= 1); the day after d is the first candidate. */
  addWorkingDays(d: IsoDate, n: number, onYear?: YearCallback): IsoDate {
    const start = toDayNumber(d);
    const result = this.step(start, n, 1);
    reportYears(start + 1, result, onYear);
    return fromDayNumber(result);
  }

  /** The n-th working day before d (n >= 1); the day before d is the first candidate. */
  workingDaysBefore(d: IsoDate, n: number, onYear?: YearCallback): IsoDate {
    const start = toDayNumber(d);
    const result = this.step(start, n, -1);
    reportYears(result, start - 1, onYear);
    return fromDayNumber(result);
  }

  /**
   * The latest working day S with addWorkingDays(S, 15) <= validUntil. With W the last working
   * day on or before validUntil, S is the 15th working day before W: a later working day would
   * reach its 15th working day after W, hence after validUntil.
   */
  lastSafeSubmission(validUntil: IsoDate, onYear?: YearCallback): IsoDate {
    const end = toDayNumber(validUntil);
    let lastWorkingDay = end;
    while (!this.isWorkingDayNumber(lastWorkingDay)) lastWorkingDay--;
    const latest = this.step(lastWorkingDay, REVIEW_WORKING_DAYS, -1);
    reportYears(latest, end, onYear);
    return fromDayNumber(latest);
  }

  /** The end of the 15-working-day online review that starts the day after acceptance. */
  approvalBy(acceptedOn: IsoDate, onYear?: YearCallback): IsoDate {
    return this.addWorkingDays(acceptedOn, REVIEW_WORKING_DAYS, onYear);
  }
}

function requireCount(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working-day count must be an integer >= 1, got ${n}`);
}

function reportYears(firstDay: number, lastDay: number, onYear?: YearCallback): void {
  if (!onYear) return;
  const lastYear = yearOfDayNumber(lastDay);
  for (let year = yearOfDayNumber(firstDay); year <= lastYear; year++) onYear(year);
}

/** The published schedules, provisional elsewhere: the calendar of a check without imported years. */
export const EMBEDDED_CALENDAR = new WorkCalendar();
