// State Council holiday schedules (国务院办公厅 部分节假日安排), one entry per notice year.
// Source: NateScarlet/holiday-cn 2020–2026 (research/vectors/holidays-cn-2019-2026.json),
// cross-checked against research/domain.md §3 (LKI/chinese-calendar); both agree day by day.
//
// Date notation: 'MM-DD' is in the notice year; a full 'YYYY-MM-DD' is a day of a neighbouring
// year that the notice schedules (2022-12-31 is in the 2023 notice); 'A..B' is an inclusive range.
// `off` are the 放假 days (weekends inside a holiday included), `work` the 调休上班 weekend days.

export type HolidayNotice = { readonly title: string; readonly url: string };

export type HolidayEntry = {
  readonly name: string;
  readonly off: readonly string[];
  readonly work: readonly string[];
};

export type CalendarYear = {
  readonly year: number;
  readonly notices: readonly HolidayNotice[];
  readonly holidays: readonly HolidayEntry[];
};

export const CALENDAR_YEARS: readonly CalendarYear[] = [
  {
    year: 2020,
    notices: [
      {
        title: '国务院办公厅关于2020年部分节假日安排的通知',
        url: 'http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm',
      },
      {
        title: '国务院办公厅关于延长2020年春节假期的通知',
        url: 'http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm',
      },
    ],
    holidays: [
      { name: '元旦', off: ['01-01'], work: [] },
      // Extended to 02-02 (01-31, 02-01, 02-02 added); that cancelled the make-up Saturday 02-01.
      // holiday-cn also lists 02-03 as a working day; it is an ordinary Monday, so it is left out.
      // Beijing's local postponement of the return to work is not a State Council holiday.
      { name: '春节', off: ['01-24..02-02'], work: ['01-19'] },
      { name: '清明节', off: ['04-04..04-06'], work: [] },
      { name: '劳动节', off: ['05-01..05-05'], work: ['04-26', '05-09'] },
      { name: '端午节', off: ['06-25..06-27'], work: ['06-28'] },
      { name: '国庆节、中秋节', off: ['10-01..10-08'], work: ['09-27', '10-10'] },
    ],
  },
  {
    year: 2021,
    notices: [
      {
        title: '国务院办公厅关于2021年部分节假日安排的通知',
        url: 'http://www.gov.cn/zhengce/zhengceku/2020-11/25/content_5564127.htm',
      },
    ],
    holidays: [
      { name: '元旦', off: ['01-01..01-03'], work: [] },
      { name: '春节', off: ['02-11..02-17'], work: ['02-07', '02-20'] },
      { name: '清明节', off: ['04-03..04-05'], work: [] },
      { name: '劳动节', off: ['05-01..05-05'], work: ['04-25', '05-08'] },
      { name: '端午节', off: ['06-12..06-14'], work: [] },
      { name: '中秋节', off: ['09-19..09-21'], work: ['09-18'] },
      { name: '国庆节', off: ['10-01..10-07'], work: ['09-26', '10-09'] },
    ],
  },
  {
    year: 2022,
    notices: [
      {
        title: '国务院办公厅关于2022年部分节假日安排的通知',
        url: 'http://www.gov.cn/zhengce/zhengceku/2021-10/25/content_5644835.htm',
      },
    ],
    holidays: [
      { name: '元旦', off: ['01-01..01-03'], work: [] },
      { name: '春节', off: ['01-31..02-06'], work: ['01-29', '01-30'] },
      { name: '清明节', off: ['04-03..04-05'], work: ['04-02'] },
      { name: '劳动节', off: ['04-30..05-04'], work: ['04-24', '05-07'] },
      { name: '端午节', off: ['06-03..06-05'], work: [] },
      { name: '中秋节', off: ['09-10..09-12'], work: [] },
      { name: '国庆节', off: ['10-01..10-07'], work: ['10-08', '10-09'] },
    ],
  },
  {
    year: 2023,
    notices: [
      {
        title: '国务院办公厅关于2023年部分节假日安排的通知',
        url: 'http://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm',
      },
    ],
    holidays: [
      { name: '元旦', off: ['2022-12-31..01-02'], work: [] },
      { name: '春节', off: ['01-21..01-27'], work: ['01-28', '01-29'] },
      { name: '清明节', off: ['04-05'], work: [] },
      { name: '劳动节', off: ['04-29..05-03'], work: ['04-23', '05-06'] },
      { name: '端午节', off: ['06-22..06-24'], work: ['06-25'] },
      { name: '中秋节、国庆节', off: ['09-29..10-06'], work: ['10-07', '10-08'] },
    ],
  },
  {
    year: 2024,
    notices: [
      {
        title: '国务院办公厅关于2024年部分节假日安排的通知',
        url: 'https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm',
      },
    ],
    holidays: [
      { name: '元旦', off: ['01-01'], work: [] },
      { name: '春节', off: ['02-10..02-17'], work: ['02-04', '02-18'] },
      { name: '清明节', off: ['04-04..04-06'], work: ['04-07'] },
      { name: '劳动节', off: ['05-01..05-05'], work: ['04-28', '05-11'] },
      { name: '端午节', off: ['06-10'], work: [] },
      { name: '中秋节', off: ['09-15..09-17'], work: ['09-14'] },
      { name: '国庆节', off: ['10-01..10-07'], work: ['09-29', '10-12'] },
    ],
  },
  {
    year: 2025,
    notices: [
      {
        title: '国务院办公厅关于2025年部分节假日安排的通知',
        url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
      },
    ],
    holidays: [
      { name: '元旦', off: ['01-01'], work: [] },
      { name: '春节', off: ['01-28..02-04'], work: ['01-26', '02-08'] },
      { name: '清明节', off: ['04-04..04-06'], work: [] },
      { name: '劳动节', off: ['05-01..05-05'], work: ['04-27'] },
      { name: '端午节', off: ['05-31..06-02'], work: [] },
      { name: '国庆节、中秋节', off: ['10-01..10-08'], work: ['09-28', '10-11'] },
    ],
  },
  {
    year: 2026,
    notices: [
      {
        title: '国务院办公厅关于2026年部分节假日安排的通知',
        // LKI/chinese-calendar gives …/content/202511/content_7047090.htm; holiday-cn's link is kept.
        url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
      },
    ],
    holidays: [
      { name: '元旦', off: ['01-01..01-03'], work: ['01-04'] },
      { name: '春节', off: ['02-15..02-23'], work: ['02-14', '02-28'] },
      { name: '清明节', off: ['04-04..04-06'], work: [] },
      { name: '劳动节', off: ['05-01..05-05'], work: ['05-09'] },
      { name: '端午节', off: ['06-19..06-21'], work: [] },
      { name: '中秋节', off: ['09-25..09-27'], work: [] },
      { name: '国庆节', off: ['10-01..10-07'], work: ['09-20', '10-10'] },
    ],
  },
];
