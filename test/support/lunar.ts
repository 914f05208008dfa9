// The lunar holidays and 清明 of a Gregorian year, from lunar-typescript (6tail/lunar-typescript),
// the library the embedded table rules/lunar-dates.ts is checked against (it stays out of the
// bundle: rules/ ships the table only).
import { Lunar } from 'lunar-typescript';
import type { LunarHolidayDates } from '../../rules/lunar-dates';

export function lunarHolidayDatesOf(year: number): LunarHolidayDates {
  const newYear = Lunar.fromYmd(year, 1, 1);
  return {
    eve: newYear.getSolar().next(-1).toYmd(),
    qingming: newYear.getJieQiTable()['清明']!.toYmd(),
    duanwu: Lunar.fromYmd(year, 5, 5).getSolar().toYmd(),
    zhongqiu: Lunar.fromYmd(year, 8, 15).getSolar().toYmd(),
  };
}
