// Reading the State Council's notice text (国务院办公厅关于…年部分节假日安排的通知) as a user pastes
// it (rules.md, Imported calendars). Its standard lines are understood: an item 「二、春节：1月28日
// （农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。」
// gives its 放假 range and its 上班 days, and 「延长2020年春节假期至2月2日」 extends a holiday.
// Every weekday written beside a date is checked against the date and every 共N天 against the
// range; a line that does not add up is refused with its number, and nothing of the text is used.
import { checkScheduleDays, type CalendarParse } from './imported-calendar';
import { addDays, dayOfWeek, isRealDate, toDayNumber, type IsoDate } from './dates';
import type { Text } from './types';

/** A holiday break is at most 10 days (春节 2020 with its extension); a longer range is a misread. */
const MAX_RANGE_DAYS = 10;
const WEEKDAYS = '日一二三四五六';
const ITEM = /^[一二三四五六七八九十]+、([^:：]+)[:：](.*)$/;
const EXTENSION = /延长(\d{4})年(\S+?)假期至\d{1,2}月\d{1,2}日(?:\([^)]*\))?/;
/** A date as the notices write it: 2023年1月2日, 2月4日, 4日 (month and year from the range's start or the notice). */
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?/g;
const YEAR = /(?:关于|现将|延长)(\d{4})年/;

interface Day {
  name: string;
  date: IsoDate;
  isOffDay: boolean;
  line: number;
}

class NoticeProblem extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

function excerpt(line: string): string {
  const trimmed = line.trim();
  return trimmed.length > 36 ? `${trimmed.slice(0, 35)}…` : trimmed;
}

function lineProblem(number: number, line: string, zh: string, en: string): NoticeProblem {
  const quoted = excerpt(line);
  return new NoticeProblem({ zh: `第${number}行「${quoted}」：${zh}`, en: `line ${number} "${quoted}": ${en}` });
}

/** Full-width digits and punctuation as ASCII (NFKC), white space removed: the notices come in both. */
function normalized(line: string): string {
  return line.normalize('NFKC').replace(/\s+/g, '');
}

interface ReadDate {
  date: IsoDate;
  /** Where it ends in the clause, to see what joins it to the next. */
  end: number;
  start: number;
}

/**
 * The dates of a clause. A date without a month takes the month (and year) of the date before it
 * in the clause; the first needs a month. The weekday written beside a date must be its weekday.
 */
function datesOf(clause: string, noticeYear: number, at: (zh: string, en: string) => NoticeProblem): ReadDate[] {
  // A day number written without its 日 (「1月1放假」) would be skipped, so the clause would say less than it does.
  const missingDay = /\d{1,2}月\d{1,2}(?![\d日])|至\d{1,2}(?![\d日月年])/.exec(clause);
  if (missingDay) throw at(`“${missingDay[0]}”缺少“日”`, `"${missingDay[0]}" lacks 日 (day)`);
  const dates: ReadDate[] = [];
  let year = noticeYear;
  let month: number | null = null;
  for (const match of clause.matchAll(DATE)) {
    if (match[1]) year = Number(match[1]);
    if (match[2]) month = Number(match[2]);
    if (month === null) throw at(`“${match[0]}”没有月份`, `"${match[0]}" has no month`);
    const date = `${year}-${String(month).padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
    const previous = dates[dates.length - 1];
    if (!match[2] && previous && date < previous.date) {
      throw at(
        `“${match[0]}”早于前面的${previous.date}：跨月的日期须写出月份`,
        `"${match[0]}" comes before ${previous.date}: the end is before the start (a range into the next month must name its month)`,
      );
    }
    if (!isRealDate(date)) throw at(`${year}年${month}月${match[3]}日不是有效日期`, `${date} is not a real date`);
    const written = /(?:周|星期)([日天一二三四五六])/.exec(match[4] ?? '');
    if (written) {
      const weekday = WEEKDAYS.indexOf(written[1] === '天' ? '日' : written[1]!);
      if (weekday !== dayOfWeek(date)) {
        throw at(
          `${month}月${match[3]}日写作${written[0]}，实为周${WEEKDAYS[dayOfWeek(date)]}`,
          `${date} is written as ${written[0]} but is a ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][dayOfWeek(date)]}`,
        );
      }
    }
    dates.push({ date, start: match.index, end: match.index + match[0].length });
  }
  return dates;
}

/** The days of a 放假 clause: dates joined by 至 are a range, by 、 a list. */
function offDaysOf(clause: string, noticeYear: number, at: (zh: string, en: string) => NoticeProblem): IsoDate[] {
  const before = clause.slice(0, clause.indexOf('放假'));
  const dates = datesOf(before, noticeYear, at);
  if (dates.length === 0) throw at('“放假”前没有日期', 'no date before 放假 (days off)');
  const days: IsoDate[] = [];
  for (let i = 0; i < dates.length; i++) {
    const from = dates[i]!;
    const to = dates[i + 1];
    if (to && before.slice(from.end, to.start) === '至') {
      const length = toDayNumber(to.date) - toDayNumber(from.date) + 1;
      if (length < 1) {
        throw at(
          `${from.date}至${to.date}：结束日早于开始日（跨月的范围须写出结束日的月份）`,
          `${from.date} to ${to.date}: the end is before the start (a range into the next month must name its month)`,
        );
      }
      if (length > MAX_RANGE_DAYS) throw at(`${from.date}至${to.date}共${length}天，超过${MAX_RANGE_DAYS}天`, `${from.date} to ${to.date} is ${length} days, more than ${MAX_RANGE_DAYS}`);
      for (let k = 0; k < length; k++) days.push(addDays(from.date, k));
      i++;
    } else {
      days.push(from.date);
    }
  }
  return days;
}

/** Reads the text of one or more notices of a year (the 2020 schedule and its extension together). */
export function parseHolidayNotice(text: string): CalendarParse {
  try {
    return readNotice(text);
  } catch (error) {
    if (error instanceof NoticeProblem) return { ok: false, problem: error.text };
    throw error;
  }
}

function readNotice(text: string): CalendarParse {
  const lines = text.split(/\r\n|\r|\n/);
  const normalizedLines = lines.map(normalized);
  const yearLine = normalizedLines.find((line) => YEAR.test(line));
  if (!yearLine) {
    return fail('没有找到年份：请粘贴含标题“国务院办公厅关于…年部分节假日安排的通知”的全文', 'no year found: paste the whole notice, with its title 国务院办公厅关于…年部分节假日安排的通知');
  }
  const year = Number(YEAR.exec(yearLine)![1]);
  const days: Day[] = [];
  let items = 0;
  normalizedLines.forEach((line, index) => {
    const number = index + 1;
    const at = (zh: string, en: string) => lineProblem(number, lines[index]!, zh, en);
    const extension = EXTENSION.exec(line);
    if (extension) {
      items++;
      extend(days, extension, number, at);
      return;
    }
    const item = ITEM.exec(line);
    if (!item) return;
    const [, name, body] = item as unknown as [string, string, string];
    if (!/放假|上班/.test(body)) return; // another item of the notice (推迟开学, 补休 …)
    items++;
    let offCount = 0;
    for (const clause of body.split('。')) {
      if (clause.includes('放假')) {
        for (const date of offDaysOf(clause, year, at)) days.push({ name, date, isOffDay: true, line: number });
        offCount = days.filter((day) => day.line === number && day.isOffDay).length;
      } else if (clause.includes('上班') && !/起(正常)?上班/.test(clause)) {
        const dates = datesOf(clause.slice(0, clause.indexOf('上班')), year, at);
        if (dates.length === 0) throw at('“上班”前没有日期', 'no date before 上班 (make-up working days)');
        for (const { date } of dates) days.push({ name, date, isOffDay: false, line: number });
      }
    }
    const stated = /共(\d+)天/.exec(body) ?? /放假(\d+)天/.exec(body);
    if (stated && Number(stated[1]) !== offCount) {
      throw at(`列出的放假日期共${offCount}天，通知写“${stated[0]}”`, `the dates listed come to ${offCount} days off, the line says ${stated[0]}`);
    }
  });
  if (items === 0) {
    return fail('没有找到节假日安排：应有“一、元旦：1月1日放假……”这样的行', 'no schedule found: expected lines such as 一、元旦：1月1日放假……');
  }
  const lineOf = (index: number): Text => {
    const number = days[index]!.line;
    const quoted = excerpt(lines[number - 1]!);
    return { zh: `第${number}行「${quoted}」`, en: `line ${number} "${quoted}"` };
  };
  return checkScheduleDays(year, days, lineOf);
}

/** 「延长2020年春节假期至2月2日」: the holiday's days off run on to that date, and make-up days inside are cancelled. */
function extend(days: Day[], match: RegExpExecArray, line: number, at: (zh: string, en: string) => NoticeProblem): void {
  const holiday = match[2]!;
  // The date after 至, with the weekday written beside it.
  const [{ date: until }] = datesOf(match[0].slice(match[0].indexOf('至') + 1), Number(match[1]), at) as [ReadDate];
  const off = days.filter((day) => day.isOffDay && day.name.includes(holiday)).map((day) => day.date).sort();
  const last = off[off.length - 1];
  if (last === undefined) throw at(`前文没有${holiday}的放假安排，无法延长`, `no days off of ${holiday} above to extend`);
  if (until <= last) throw at(`延长至${until}，不晚于原假期的最后一天${last}`, `extended to ${until}, not after the holiday's last day ${last}`);
  for (let day = addDays(last, 1); day <= until; day = addDays(day, 1)) {
    const cancelled = days.findIndex((entry) => !entry.isOffDay && entry.date === day);
    if (cancelled >= 0) days.splice(cancelled, 1);
    days.push({ name: holiday, date: day, isOffDay: true, line });
  }
}

function fail(zh: string, en: string): CalendarParse {
  return { ok: false, problem: { zh, en } };
}
