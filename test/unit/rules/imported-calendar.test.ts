// @vitest-environment node
// Reading a year's schedule from a holiday-cn JSON file (rules.md, Imported calendars).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHolidayCnJson } from '../../../rules/imported-calendar';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
// holiday-cn's 2021.json (NateScarlet/holiday-cn, commit ae1b22d0) and its 2023.json as it stood
// before the 2023 notice (commit c2074d3c: no days yet).
const file2021 = fixture('holiday-cn-2021.json');
const vector = JSON.parse(fixture('holidays-cn-2019-2026.json')) as { years: Record<string, { off: string[]; work: string[] }> };

/** The 2021 file with its JSON changed by `edit`. */
function edited(edit: (json: { year?: unknown; days?: Record<string, unknown>[]; [key: string]: unknown }) => void): string {
  const json = JSON.parse(file2021);
  edit(json);
  return JSON.stringify(json);
}

function refusal(text: string): string {
  const result = parseHolidayCnJson(text);
  if (result.ok) throw new Error('accepted');
  return result.problem.en;
}

describe('holiday-cn JSON files', () => {
  it('reads holiday-cn\'s own 2021.json: the days off and make-up days of the 2021 notice', () => {
    const result = parseHolidayCnJson(file2021);
    if (!result.ok) throw new Error(result.problem.en);
    expect(result.calendar.year).toBe(2021);
    expect(result.calendar.off).toEqual(vector.years[2021]!.off);
    expect(result.calendar.work).toEqual(vector.years[2021]!.work);
    expect(result.calendar.names['2021-02-11']).toBe('春节');
    expect(result.calendar.papers).toEqual(['http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm']);
  });

  it('accepts the days of late December before the year (the 元旦 break a notice schedules)', () => {
    const result = parseHolidayCnJson(edited((json) => json.days!.unshift({ name: '元旦', date: '2020-12-31', isOffDay: true })));
    expect(result.ok && result.calendar.off[0]).toBe('2020-12-31');
  });

  it('refuses holiday-cn\'s file of a year whose notice is not out yet (no days), naming what is missing', () => {
    expect(refusal(fixture('holiday-cn-2023-empty.json'))).toMatch(/no days off for 春节/);
    expect(parseHolidayCnJson(fixture('holiday-cn-2023-empty.json'))).toMatchObject({ ok: false, problem: { zh: expect.stringContaining('春节') } });
  });

  it.each([
    ['bad JSON', file2021.slice(0, -3), /not valid JSON/],
    ['not an object', '[2027]', /top level must be an object/],
    ['an unknown key at the top level', edited((json) => (json.holidays = [])), /unknown key "holidays" at the top level/],
    ['no year', edited((json) => delete json.year), /"year": expected a year/],
    ['a year as text', edited((json) => (json.year = '2021')), /"year": expected a year 1800–2199, got "2021"/],
    ['no days', edited((json) => delete json.days), /"days": expected a list/],
    ['a date outside its year', edited((json) => (json.days![5]!.date = '2022-02-11')), /days\[5\]: 2022-02-11 is not in 2021/],
    ['a date in early December before the year', edited((json) => (json.days![0]!.date = '2020-12-01')), /days\[0\]: 2020-12-01 is not in 2021/],
    ['a day listed twice', edited((json) => (json.days![2]!.date = '2021-01-02')), /days\[2\]: 2021-01-02 is listed twice/],
    ['an impossible date', edited((json) => (json.days![3]!.date = '2021-02-30')), /days\[3\]\.date: expected a real date YYYY-MM-DD, got "2021-02-30"/],
    ['an unknown key in a day', edited((json) => (json.days![1]!.off = true)), /days\[1\]: unknown key "off"/],
    ['isOffDay as text', edited((json) => (json.days![1]!.isOffDay = 'true')), /days\[1\]\.isOffDay: expected true or false/],
    ['no 国庆节', edited((json) => (json.days = json.days!.filter((day) => day.name !== '国庆节'))), /no days off for 国庆/],
  ])('refuses %s with one line naming the key or the day', (_name, text, expected) => {
    const problem = refusal(text);
    expect(problem).toMatch(expected);
    expect(problem).not.toContain('\n');
  });

  it('says each problem in Chinese too', () => {
    const result = parseHolidayCnJson(edited((json) => (json.days![2]!.date = '2021-01-02')));
    expect(result).toMatchObject({ ok: false, problem: { zh: 'days[2]：2021-01-02 重复列出' } });
  });
});
