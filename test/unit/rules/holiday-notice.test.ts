// @vitest-environment node
// Reading the State Council's notice text as pasted (rules.md, Imported calendars): each notice of
// 2020–2026 (fixtures/notices/, sources in its README.md) gives exactly the embedded days, and a
// damaged text is refused naming its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALENDAR_YEARS } from '../../../rules/calendar';
import { addDays } from '../../../rules/dates';
import { parseHolidayNotice } from '../../../rules/holiday-notice';

const notice = (name: string) => readFileSync(new URL(`./fixtures/notices/${name}.txt`, import.meta.url), 'utf8');

/** The embedded days of a year, as dates: its off and work specs expanded. */
function embedded(year: number): { off: string[]; work: string[] } {
  const entry = CALENDAR_YEARS.find((candidate) => candidate.year === year)!;
  const expand = (spec: string) => {
    const [from, to = from] = spec.split('..').map((part) => (part.length === 5 ? `${year}-${part}` : part)) as [string, string?];
    const days: string[] = [];
    for (let day = from; day <= to!; day = addDays(day, 1)) days.push(day);
    return days;
  };
  return {
    off: entry.holidays.flatMap((holiday) => holiday.off.flatMap(expand)).sort(),
    work: entry.holidays.flatMap((holiday) => holiday.work.flatMap(expand)).sort(),
  };
}

function parsed(text: string) {
  const result = parseHolidayNotice(text);
  if (!result.ok) throw new Error(result.problem.en);
  return result.calendar;
}

function refusal(text: string) {
  const result = parseHolidayNotice(text);
  if (result.ok) throw new Error('accepted');
  return result.problem;
}

describe('notice texts 2020–2026', () => {
  it.each([2021, 2022, 2023, 2024, 2025, 2026])('the %i notice gives exactly the embedded days off and make-up days', (year) => {
    const calendar = parsed(notice(String(year)));
    expect(calendar.year).toBe(year);
    expect({ off: calendar.off, work: calendar.work }).toEqual(embedded(year));
  });

  it('2020: the notice and its extension (延长2020年春节假期至2月2日) together give the embedded days, the cancelled make-up Saturday 02-01 gone', () => {
    const calendar = parsed(`${notice('2020')}\n${notice('2020-extension')}`);
    expect({ off: calendar.off, work: calendar.work }).toEqual(embedded(2020));
    expect(calendar.work).not.toContain('2020-02-01');
    // 2月3日（星期一）起正常上班 is the return to work, not a make-up day.
    expect(calendar.work).not.toContain('2020-02-03');
    // The notice alone: 春节 01-24..01-30 and Saturday 02-01 worked.
    const alone = parsed(notice('2020'));
    expect(alone.off.filter((d) => d.startsWith('2020-0'))).toContain('2020-01-30');
    expect(alone.off).not.toContain('2020-01-31');
    expect(alone.work).toContain('2020-02-01');
  });

  it('names each day after its holiday, for the month grid', () => {
    const calendar = parsed(notice('2025'));
    expect(calendar.names['2025-01-28']).toBe('春节');
    expect(calendar.names['2025-10-08']).toBe('国庆节、中秋节');
    expect(calendar.names['2025-04-27']).toBe('劳动节');
  });

  it('reads the text with half-width punctuation and spaces as some sites print it', () => {
    const ascii = notice('2025').replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/，/g, ',').replace(/\n/g, '\n  ');
    expect(parsed(ascii).off).toEqual(embedded(2025).off);
  });

  it('ignores a date the notice mentions for another reason (除夕（2月9日）休息 in 2024)', () => {
    expect(parsed(notice('2024')).off).not.toContain('2024-02-09');
  });
});

describe('damaged notice texts are refused, naming the line', () => {
  const text2025 = notice('2025');
  const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

  it('a missing 日', () => {
    const damaged = text2025.replace('1月1日（周三）放假1天', '1月1（周三）放假1天');
    const problem = refusal(damaged);
    expect(problem.en).toContain(`line ${lineOf(damaged, '一、元旦')}`);
    expect(problem.en).toContain('"1月1" lacks 日');
    expect(problem.zh).toContain('缺少“日”');
  });

  it('a weekday that does not match the date', () => {
    const damaged = text2025.replace('4月27日（周日）上班', '4月27日（周六）上班');
    const problem = refusal(damaged);
    expect(problem.en).toContain(`line ${lineOf(damaged, '四、劳动节')}`);
    expect(problem.en).toContain('2025-04-27 is written as 周六 but is a Sunday');
    expect(problem.zh).toContain('4月27日写作周六，实为周日');
  });

  it('a range across months without the end\'s month', () => {
    const damaged = text2025.replace('5月31日（周六）至6月2日（周一）', '5月31日（周六）至2日（周一）');
    const problem = refusal(damaged);
    expect(problem.en).toContain(`line ${lineOf(damaged, '五、端午节')}`);
    expect(problem.en).toMatch(/the end is before the start/);
  });

  it('a range that does not come to the days the line states (共N天)', () => {
    const damaged = text2025.replace('1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）', '1月28日（农历除夕、周二）至2月3日（农历正月初六、周一）');
    expect(refusal(damaged).en).toContain('the dates listed come to 7 days off, the line says 共8天');
  });

  it('an impossible date, and a text without a year or without any schedule line', () => {
    expect(refusal(text2025.replace('2月8日（周六）上班', '2月30日上班')).en).toContain('2025-02-30 is not a real date');
    expect(refusal('一、元旦：1月1日放假，共1天。').en).toMatch(/no year found/);
    expect(refusal('国务院办公厅关于2027年部分节假日安排的通知\n各省、自治区、直辖市人民政府：').en).toMatch(/no schedule found/);
  });

  it('a text that misses 春节 or 国庆节: not a whole year', () => {
    const without = text2025.split('\n').filter((line) => !line.startsWith('二、春节')).join('\n');
    expect(refusal(without).en).toMatch(/no days off for 春节/);
  });

  it('an extension without the holiday it extends', () => {
    expect(refusal(notice('2020-extension')).en).toMatch(/no days off of 春节 above to extend/);
  });
});
