// A made-up 2027 notice in the official form (no 2027 notice is published), weekdays as in 2027,
// and the calendar the options store from it: for the tests of imported calendars.
import { parseHolidayNotice } from '../../rules/holiday-notice';
import type { StoredCalendar } from '../../utils/store/types';

export const NOTICE_2027 = `国务院办公厅关于2027年部分节假日安排的通知

一、元旦：1月1日（周五）至3日（周日）放假，共3天。

二、春节：2月5日（农历除夕、周五）至12日（周五）放假调休，共8天。2月20日（周六）上班。

七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。10月9日（周六）上班。`;

/** NOTICE_2027 as the options page saves it. */
export function stored2027(): StoredCalendar {
  const parsed = parseHolidayNotice(NOTICE_2027);
  if (!parsed.ok) throw new Error(parsed.problem.en);
  const { year, off, work, names } = parsed.calendar;
  return { year, off: [...off], work: [...work], names: { ...names }, source: { kind: 'notice', name: '2027' }, addedAt: '2026-12-03T10:00:00.000Z' };
}
