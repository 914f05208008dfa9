// Dates as people write and spreadsheets store them, read into ISO dates: 2027-01-15, 2027/1/15,
// 2027.01.15, 2027年1月15日 (full-width digits too), and Excel's day serials. Used by the roster
// import and the case form, so both accept the same writings.
import { fromDayNumber, isRealDate, toDayNumber, type IsoDate } from './dates';

// Year, month, day with one separator kind throughout; 年月日 with an optional 日.
const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;
// A time after the date, as Excel writes a date-time as text ("2027/1/15 0:00:00").
const TRAILING_TIME = /\s+\d{1,2}:\d{2}(:\d{2})?$/;

const pad = (s: string) => s.padStart(2, '0');

/** Full-width digits and punctuation (from a Chinese input method) as ASCII. */
function toAscii(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** The ISO date of a written date, or null when it is not one of the writings above or no real day. */
export function parseDateText(text: string): IsoDate | null {
  const s = toAscii(text).trim().replace(TRAILING_TIME, '');
  const match = SEPARATED.exec(s);
  const parts = match ? [match[1]!, match[3]!, match[4]!] : CHINESE.exec(s)?.slice(1, 4);
  if (!parts) return null;
  const iso = `${parts[0]}-${pad(parts[1]!)}-${pad(parts[2]!)}`;
  return isRealDate(iso) ? iso : null;
}

// Excel's 1900 date system counts 1900-02-29, a day that never was: serial 60. Serials from 61 on
// are days since 1899-12-30; below it, days since 1899-12-31. The 1904 system counts from 1904-01-01.
const EPOCH_1900 = toDayNumber('1899-12-30');
const EPOCH_1904 = toDayNumber('1904-01-01');
/** 9999-12-31, the last day Excel shows. */
const MAX_SERIAL = 2_958_465;

/** The ISO date of an Excel date serial (whole days; a time of day is dropped), or null when it is no real day. */
export function excelSerialToDate(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const days = Math.floor(serial);
  if (!date1904 && days === 60) return null;
  const iso = fromDayNumber(date1904 ? EPOCH_1904 + days : EPOCH_1900 + (days < 60 ? days + 1 : days));
  return isRealDate(iso) ? iso : null;
}
