// Case values → the text a portal page shows for them: dates in the page's own format, amounts in
// the unit beside the field, enum values by the names a page uses. Pure: no DOM access.

import { DISTRICTS, type ValueSpec } from '../reader/synonyms';
import { toHalfWidth } from '../reader/text';

/** The dictionary template of a concrete path: indexes become `[]`, a trailing year `{year}`. */
export function templateOf(path: string): string {
  return path.replace(/\[\d+\]/g, '[]').replace(/\.(?:19|20|21)\d{2}$/, '.{year}');
}

/** Equal case values; lists compare as sets (the order of ticked boxes means nothing). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item) => b.some((other) => sameValue(item, other)));
  }
  return Object.is(a, b) || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 0.005);
}

/** How a page writes dates: 2016-07-01, 2016年7月1日, 2016/07/01 … */
export interface DateStyle {
  separator: '-' | '/' | '.' | '年' | '';
  pad: boolean;
}

export const ISO_STYLE: DateStyle = { separator: '-', pad: true };

const DATE_SHAPE = /^(\d{4})\s*([年\-/.])\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?$/;
const COMPACT_SHAPE = /^\d{8}$/;

/** The style of a date as the page shows it, or null when the text is no full date. */
export function dateStyleOf(text: string): DateStyle | null {
  const trimmed = toHalfWidth(text).trim();
  if (COMPACT_SHAPE.test(trimmed)) return { separator: '', pad: true };
  const match = DATE_SHAPE.exec(trimmed);
  if (!match) return null;
  const separator = match[2] as DateStyle['separator'];
  const parts = [match[3]!, match[4]!];
  // 2016-12-25 says nothing about padding: the usual habit of the separator decides.
  const pad = parts.some((part) => part.length === 2 && part.startsWith('0')) || (parts.every((part) => part.length === 2) && separator !== '年');
  return { separator, pad: parts.some((part) => part.length === 1) ? false : pad };
}

/** An example in a hint or notice beside a field (如：2016年7月1日, 日期请按“2016-07-01”格式填写). */
export function dateStyleInHint(text: string): DateStyle | null {
  const match = /(\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?)/.exec(toHalfWidth(text));
  return match ? dateStyleOf(match[1]!) : null;
}

const pad2 = (value: string, pad: boolean) => (pad ? value.padStart(2, '0') : String(Number(value)));

/** 2016-07-01 in a page's style. */
export function formatDate(iso: string, style: DateStyle): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  if (style.separator === '年') return `${year}年${pad2(month, style.pad)}月${pad2(day, style.pad)}日`;
  return [year, pad2(month, style.pad), pad2(day, style.pad)].join(style.separator);
}

/** 2026-05 in a page's style (2026年5月, 2026/05 …). */
export function formatMonth(yearMonth: string, style: DateStyle): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!match) return yearMonth;
  const [, year, month] = match as unknown as [string, string, string];
  if (style.separator === '年') return `${year}年${pad2(month, style.pad)}月`;
  return `${year}${style.separator}${pad2(month, style.pad)}`;
}

/** An amount in yuan as the field takes it: in 万元 where the field says so, without float noise. */
export function formatMoney(yuan: number, unit: 'yuan' | 'wan' | undefined): string {
  const amount = unit === 'wan' ? yuan / 10000 : yuan;
  return String(Number(amount.toFixed(6)));
}

/**
 * The name a page most likely uses for a value, when the page's own options cannot be seen
 * (a dropdown not yet opened): the first synonym of an enum value, 是/否, the district's name.
 */
export function displayName(spec: ValueSpec, value: unknown): string {
  switch (spec.kind) {
    case 'enum': {
      const entry = spec.values.find((candidate) => candidate.value === value);
      return entry?.synonyms[0] ?? String(value ?? '');
    }
    case 'enum-list':
      return Array.isArray(value)
        ? value.map((item) => spec.values.find((candidate) => candidate.value === item)?.synonyms[0] ?? String(item)).join('、')
        : '';
    case 'boolean':
      return value === true ? '是' : value === false ? '否' : '';
    case 'district': {
      const district = DISTRICTS.find((candidate) => candidate.id === value);
      if (!district) return String(value ?? '');
      const name = district.names[0]!;
      return /(区|开发区)$/.test(name) ? name : `${name}区`;
    }
    default:
      return value === null || value === undefined ? '' : String(value);
  }
}
