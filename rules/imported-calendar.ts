// A year's holiday schedule brought by the user (rules.md, Imported calendars), read from a file in
// holiday-cn's JSON format: {"year": 2027, "papers": [...], "days": [{"name", "date", "isOffDay"}]}.
// A file that is not such a calendar is refused with one problem naming the key or the day, and
// nothing of it is used.
import type { ImportedYear } from './calendar';
import { isRealDate, MAX_YEAR, MIN_YEAR, type IsoDate } from './dates';
import type { Text } from './types';
import { isPlainObject } from './json';

/** What a schedule says, with the holiday name of each listed day for the month grid. */
export interface ParsedCalendar extends ImportedYear {
  /** The holiday each listed day belongs to (元旦, 春节, …). */
  readonly names: Readonly<Record<IsoDate, string>>;
  /** The notices it rests on (holiday-cn's `papers`: their addresses). */
  readonly papers: readonly string[];
}

export type CalendarParse = { ok: true; calendar: ParsedCalendar } | { ok: false; problem: Text };

/** holiday-cn's own files carry $schema and $id beside the three keys of the format. */
const TOP_LEVEL_KEYS = new Set(['$schema', '$id', 'year', 'papers', 'days']);
const DAY_KEYS = new Set(['name', 'date', 'isOffDay']);

function problem(zh: string, en: string): CalendarParse {
  return { ok: false, problem: { zh, en } };
}

/**
 * A date of the year, or of the last days of the year before: a notice published in the autumn
 * schedules the 元旦 break that starts on 12-31 (holiday-cn's 2023.json lists 2022-12-31), so
 * those days are part of the year's schedule, not a sign of a wrong file.
 */
function belongsToYear(date: IsoDate, year: number): boolean {
  return date.startsWith(`${year}-`) || (date.startsWith(`${year - 1}-12-`) && date >= `${year - 1}-12-25`);
}

/**
 * The checks on what a schedule lists, shared by the file reader and the notice reader: a whole
 * year's schedule names 春节 and 国庆节 (an empty or partial list would count the missing holidays
 * as working days, later than the provisional calendar), and no day twice.
 */
export function checkScheduleDays(
  year: number,
  days: readonly { name: string; date: IsoDate; isOffDay: boolean }[],
  where: (index: number) => Text,
): CalendarParse {
  const off: IsoDate[] = [];
  const work: IsoDate[] = [];
  const names: Record<IsoDate, string> = {};
  for (const [index, day] of days.entries()) {
    const at = where(index);
    if (!belongsToYear(day.date, year)) {
      return problem(`${at.zh}：${day.date} 不在 ${year} 年内`, `${at.en}: ${day.date} is not in ${year}`);
    }
    if (names[day.date] !== undefined) {
      return problem(`${at.zh}：${day.date} 重复列出`, `${at.en}: ${day.date} is listed twice`);
    }
    names[day.date] = day.name;
    (day.isOffDay ? off : work).push(day.date);
  }
  for (const [holiday, en] of [['春节', 'Spring Festival'], ['国庆', 'National Day']] as const) {
    if (!days.some((day) => day.isOffDay && day.name.includes(holiday))) {
      return problem(
        `没有${holiday}的放假日期，不是完整的一年安排`,
        `no days off for ${holiday} (${en}): not a whole year's schedule`,
      );
    }
  }
  return { ok: true, calendar: { year, off: off.sort(), work: work.sort(), names, papers: [] } };
}

/** Reads a holiday-cn JSON file. */
export function parseHolidayCnJson(text: string): CalendarParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = (error as Error).message.split('\n')[0];
    return problem(`不是有效的 JSON（${why}）`, `not valid JSON (${why})`);
  }
  if (!isPlainObject(json)) return problem('顶层应为对象 {"year", "papers", "days"}', 'the top level must be an object {"year", "papers", "days"}');
  for (const key of Object.keys(json)) {
    if (!TOP_LEVEL_KEYS.has(key)) return problem(`未知的键 "${key}"`, `unknown key "${key}" at the top level`);
  }
  const { year, papers = [], days } = json;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return problem(`"year" 应为 ${MIN_YEAR}–${MAX_YEAR} 之间的年份`, `"year": expected a year ${MIN_YEAR}–${MAX_YEAR}, got ${JSON.stringify(year)}`);
  }
  if (!Array.isArray(papers) || !papers.every((paper) => typeof paper === 'string')) {
    return problem('"papers" 应为文字列表', '"papers": expected a list of strings');
  }
  if (!Array.isArray(days)) return problem('缺少 "days" 列表', '"days": expected a list of days');
  const read: { name: string; date: IsoDate; isOffDay: boolean }[] = [];
  for (const [index, day] of days.entries()) {
    const at = `days[${index}]`;
    if (!isPlainObject(day)) return problem(`${at} 应为对象`, `${at}: expected an object {"name", "date", "isOffDay"}`);
    for (const key of Object.keys(day)) {
      if (!DAY_KEYS.has(key)) return problem(`${at}：未知的键 "${key}"`, `${at}: unknown key "${key}"`);
    }
    const { name, date, isOffDay } = day;
    if (typeof name !== 'string' || name.trim() === '') return problem(`${at}.name 应为节日名称`, `${at}.name: expected the holiday's name`);
    if (typeof date !== 'string' || !isRealDate(date)) return problem(`${at}.date 应为日期 YYYY-MM-DD`, `${at}.date: expected a real date YYYY-MM-DD, got ${JSON.stringify(date)}`);
    if (typeof isOffDay !== 'boolean') return problem(`${at}.isOffDay 应为 true 或 false`, `${at}.isOffDay: expected true or false`);
    read.push({ name, date, isOffDay });
  }
  const checked = checkScheduleDays(year, read, (index) => ({ zh: `days[${index}]`, en: `days[${index}]` }));
  return checked.ok ? { ok: true, calendar: { ...checked.calendar, papers } } : checked;
}
