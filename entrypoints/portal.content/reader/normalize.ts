// Value normalisation: page text → case value. Each function returns the value, `undefined` for
// an empty field (absent, not a problem) or a problem in both languages. No message repeats the
// value itself: problems are shown next to the field, and applicant data is never logged.

import { daysInMonth } from '../../../rules/dates';
import { DISTRICTS, type EnumValue, type ValueSpec } from './synonyms';
import { looseKey, toHalfWidth } from './text';
import type { Message, Normalized, RawValue } from './types';

const absent: Normalized<never> = { ok: true, value: undefined };
const ok = <T>(value: T): Normalized<T> => ({ ok: true, value });

export const MESSAGES = {
  date: { zh: '无法识别的日期，请按“2026-01-05”或“2026年1月5日”的格式填写', en: 'Not a date the checker can read; write it as 2026-01-05 or 2026年1月5日' },
  impossibleDate: { zh: '日期不存在（月或日超出范围）', en: 'This date does not exist (month or day out of range)' },
  fullDate: { zh: '请填写完整日期（年、月、日）', en: 'Give the full date (year, month and day)' },
  month: { zh: '无法识别的月份，请按“2026-01”或“2026年1月”的格式填写', en: 'Not a month the checker can read; write it as 2026-01 or 2026年1月' },
  money: { zh: '无法识别的金额，请只填写数字（可带“元”或“万元”）', en: 'Not an amount the checker can read; use digits, optionally with 元 or 万元' },
  negative: { zh: '金额不能为负数', en: 'An amount cannot be negative' },
  boolean: { zh: '无法识别，应为“是”或“否”', en: 'Not recognised; expected yes (是) or no (否)' },
  option: { zh: '无法识别的选项', en: 'Option not recognised' },
  district: { zh: '无法识别为北京市的某个区', en: 'Not recognised as a Beijing district' },
  count: { zh: '应为不小于0的整数', en: 'Expected a whole number, 0 or more' },
  rank: { zh: '排名应为不小于1的整数', en: 'A rank is a whole number, 1 or more' },
  percent: { zh: '应为0到100之间的百分比', en: 'Expected a percentage between 0 and 100' },
  year: { zh: '无法识别的年份', en: 'Not a year the checker can read' },
} satisfies Record<string, Message>;

const failWith = (message: Message): Normalized<never> => ({ ok: false, problem: message });

const BLANKS = new Set(['', '-', '--', '—', '——', '/', '请选择', '请输入', 'null', 'undefined']);

/** A field showing nothing, a dash or a prompt is empty. */
export function isBlank(text: string): boolean {
  const trimmed = toHalfWidth(text).trim();
  return BLANKS.has(trimmed) || /^-*\s*请选择\s*-*$/.test(trimmed);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): Normalized<string> {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return failWith(MESSAGES.impossibleDate);
  }
  return ok(`${year}-${pad(month)}-${pad(day)}`);
}

const DATE_PATTERN = /^(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*(?:月份?)?$/;
const COMPACT_MONTH = /^(\d{4})(\d{2})$/;
const TIME_SUFFIX = /(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** Between the two ends of a period: 至, 到, ~, a dash with spaces around it. */
const RANGE_SEPARATOR = /\s*(?:至|到|~|—|–|--)\s*|\s+-\s+/;

/** The ends of a period as written (2020-01-01 至 2027-06-30), empty parts left out. */
export function rangeParts(text: string): string[] {
  return text.split(RANGE_SEPARATOR).filter((part) => part.trim() !== '');
}

export const inList = (text: string, words: readonly string[] | undefined): boolean =>
  words !== undefined && words.some((word) => looseKey(word) === looseKey(text));

function parseMonth(text: string): { year: number; month: number } | null {
  const match = MONTH_PATTERN.exec(text) ?? COMPACT_MONTH.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

export interface DateOptions {
  open?: readonly string[];
  monthAs?: 'start' | 'end';
  rangeTake?: 'start' | 'end';
}

/** 2026年1月5日, 2026/1/5, 2026.1.5, 2026-1-5, 20260105, full-width digits → 2026-01-05. */
export function normalizeDate(input: string, options: DateOptions = {}): Normalized<string | null> {
  let text = toHalfWidth(input).trim().replace(TIME_SUFFIX, '');
  if (isBlank(text)) return absent;
  if (inList(text, options.open)) return ok(null);
  const parts = rangeParts(text);
  if (parts.length === 2 && options.rangeTake) {
    text = (options.rangeTake === 'start' ? parts[0] : parts[1])!.trim().replace(TIME_SUFFIX, '');
    if (inList(text, options.open)) return ok(null);
  }
  const match = DATE_PATTERN.exec(text) ?? COMPACT_DATE.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  const month = parseMonth(text);
  if (month) {
    if (!options.monthAs) return failWith(month.month >= 1 && month.month <= 12 ? MESSAGES.fullDate : MESSAGES.impossibleDate);
    if (month.month < 1 || month.month > 12) return failWith(MESSAGES.impossibleDate);
    const day = options.monthAs === 'start' ? 1 : daysInMonth(month.year, month.month);
    return isoDate(month.year, month.month, day);
  }
  return failWith(MESSAGES.date);
}

/** 2026年1月, 2026-01, 2026/1, 202601 → 2026-01; a full date or a period within one month gives its month. */
export function normalizeMonth(input: string): Normalized<string> {
  const text = toHalfWidth(input).trim().replace(TIME_SUFFIX, '');
  if (isBlank(text)) return absent;
  const month = parseMonth(text);
  if (month) {
    if (month.year < 1900 || month.year > 2100 || month.month < 1 || month.month > 12) return failWith(MESSAGES.impossibleDate);
    return ok(`${month.year}-${pad(month.month)}`);
  }
  const parts = rangeParts(text);
  const dates = parts.map((part) => normalizeDate(part));
  if (dates.length >= 1 && dates.length <= 2 && dates.every((d) => d.ok && typeof d.value === 'string')) {
    const months = new Set(dates.map((d) => (d as { value: string }).value.slice(0, 7)));
    if (months.size === 1) return ok([...months][0]!);
  }
  return failWith(dates.some((d) => !d.ok && d.problem === MESSAGES.impossibleDate) ? MESSAGES.impossibleDate : MESSAGES.month);
}

const MONEY_PATTERN = /^([+-]?)(\d+(?:\.\d+)?|\.\d+)(万元|万|元)?$/;

/** Commas, 元, 万元 (×10000), 12.5万, ¥ and full-width digits → yuan. `unit` is the unit the page shows beside the field. */
export function normalizeMoney(input: string, unit?: 'yuan' | 'wan'): Normalized<number> {
  const text = toHalfWidth(input)
    .replace(/[,\s]/g, '')
    .replace(/^(人民币|rmb|¥|\$)/i, '')
    .replace(/(人民币|rmb)$/i, '');
  if (isBlank(text)) return absent;
  const match = MONEY_PATTERN.exec(text);
  if (!match) return failWith(MESSAGES.money);
  const amount = Number(match[2]);
  if (match[1] === '-' && amount !== 0) return failWith(MESSAGES.negative);
  const inWan = match[3] ? match[3] !== '元' : unit === 'wan';
  const yuan = Math.round(amount * (inWan ? 10000 : 1) * 100) / 100;
  // Beyond 10^15 yuan is a slip of the keyboard, and beyond the precision of the fen.
  return yuan <= 1e15 ? ok(yuan === 0 ? 0 : yuan) : failWith(MESSAGES.money);
}

const TRUE_WORDS = ['是', '有', '已开通', '开通', '符合', '良好', '同意', '已', '能', '可以', '批准', '已批准', 'yes', 'y', 'true', '1', '√', '✓', '✔', 'on'];
const FALSE_WORDS = ['否', '无', '未开通', '不符合', '不良', '没有', '不', '不能', '未', '未批准', '不是', '非', 'no', 'n', 'false', '0', '×', '✗', '✘', 'off'];

/** 是/否, 有/无, 已开通/未开通, 符合/不符合 … */
export function normalizeBoolean(input: string): Normalized<boolean> {
  const key = looseKey(input) || toHalfWidth(input).trim();
  if (isBlank(input)) return absent;
  if (TRUE_WORDS.includes(key)) return ok(true);
  if (FALSE_WORDS.includes(key)) return ok(false);
  if (/[未不否无没非]/.test(key)) return ok(false);
  if (/是|有|已|开通|符合|良好/.test(key)) return ok(true);
  return failWith(MESSAGES.boolean);
}

/**
 * The enum value a text names: an exact synonym first, then the first value (in list order)
 * with a synonym contained in the text. One-character synonyms only count in short texts.
 */
export function matchEnum(input: string, values: readonly EnumValue[]): { value: EnumValue['value'] } | null {
  const key = looseKey(input);
  if (key === '') return null;
  for (const entry of values) {
    if (typeof entry.value === 'string' && looseKey(entry.value) === key) return { value: entry.value };
    if (entry.synonyms.some((synonym) => looseKey(synonym) === key)) return { value: entry.value };
  }
  for (const entry of values) {
    for (const synonym of entry.synonyms) {
      const word = looseKey(synonym);
      if (word.length === 0 || (word.length === 1 && key.length > 3)) continue;
      if (key.includes(word)) return { value: entry.value };
    }
  }
  return null;
}

export function normalizeEnum(input: string, values: readonly EnumValue[], fallback?: string): Normalized<EnumValue['value']> {
  if (isBlank(input)) return absent;
  const found = matchEnum(input, values);
  if (found) return ok(found.value);
  return fallback === undefined ? failWith(MESSAGES.option) : ok(fallback);
}

const LIST_SEPARATOR = /[,、;；/|\s]+/;

export function normalizeEnumList(items: readonly string[], values: readonly EnumValue[]): Normalized<string[]> {
  const present = items.map((item) => item.trim()).filter((item) => !isBlank(item));
  if (present.length === 0) return absent;
  const result: string[] = [];
  for (const item of present) {
    const found = matchEnum(item, values);
    if (!found || typeof found.value !== 'string') return failWith(MESSAGES.option);
    if (!result.includes(found.value)) result.push(found.value);
  }
  return ok(result);
}

/** Identity numbers and codes: full-width to half-width, no spaces, upper case (x → X). */
export function normalizeCode(input: string): Normalized<string> {
  const text = toHalfWidth(input).replace(/\s+/g, '').toUpperCase();
  return isBlank(text) ? absent : ok(text);
}

export function normalizeText(input: string): Normalized<string> {
  const text = input.trim();
  return isBlank(text) ? absent : ok(text);
}

/** A Beijing district id from a name (海淀区, 北京市海淀区, 经开区) or an id. */
export function normalizeDistrict(input: string): Normalized<string> {
  if (isBlank(input)) return absent;
  const key = looseKey(input);
  const find = (suffix: string): string[] =>
    DISTRICTS.filter((district) => district.names.some((name) => key.includes(looseKey(name) + suffix))).map((d) => d.id);
  // The development area (亦庄) lies inside 大兴 but has its own administration: naming it decides.
  const bare = find('');
  if (bare.includes('yizhuang')) return ok('yizhuang');
  const withSuffix = find('区');
  if (withSuffix.length === 1) return ok(withSuffix[0]!);
  return bare.length === 1 ? ok(bare[0]!) : failWith(MESSAGES.district);
}

/** A whole number (3, 3项, 第2名); `min` 1 for ranks. */
export function normalizeCount(input: string, min = 0): Normalized<number> {
  const text = toHalfWidth(input).trim();
  if (isBlank(text)) return absent;
  const match = /^第?\s*(\d+)\s*(?:项|个|件|名|位|次)?$/.exec(text);
  if (!match) return failWith(min > 0 ? MESSAGES.rank : MESSAGES.count);
  const value = Number(match[1]);
  return value >= min && Number.isSafeInteger(value) ? ok(value) : failWith(min > 0 ? MESSAGES.rank : MESSAGES.count);
}

export function normalizePercent(input: string): Normalized<number> {
  const text = toHalfWidth(input).replace(/\s/g, '');
  if (isBlank(text)) return absent;
  const match = /^(\d+(?:\.\d+)?)%?$/.exec(text);
  if (!match) return failWith(MESSAGES.percent);
  const value = Number(match[1]);
  return value <= 100 ? ok(value) : failWith(MESSAGES.percent);
}

export function normalizeYear(input: string): Normalized<string> {
  const text = toHalfWidth(input).trim();
  if (isBlank(text)) return absent;
  const match = /^((?:19|20)\d{2})\s*(?:年度?)?$/.exec(text);
  return match ? ok(match[1]!) : failWith(MESSAGES.year);
}

function normalizeTextValue(spec: ValueSpec, text: string, unit: 'yuan' | 'wan' | undefined): Normalized {
  switch (spec.kind) {
    case 'text':
      return normalizeText(text);
    case 'id-number':
    case 'code':
      return normalizeCode(text);
    case 'date':
      return normalizeDate(text, spec);
    case 'month':
      return normalizeMonth(text);
    case 'money':
      return normalizeMoney(text, unit);
    case 'count':
      return normalizeCount(text, spec.min);
    case 'percent':
      return normalizePercent(text);
    case 'boolean':
      return normalizeBoolean(text);
    case 'enum':
      return normalizeEnum(text, spec.values, spec.fallback);
    case 'enum-list':
      return normalizeEnumList(toHalfWidth(text).split(LIST_SEPARATOR), spec.values);
    case 'district':
      return normalizeDistrict(text);
    case 'year':
      return normalizeYear(text);
  }
}

export interface NormalizeContext {
  unit?: 'yuan' | 'wan';
  /** The label asks the opposite question: a yes means false. */
  invert?: boolean;
  /**
   * The control is labelled with an open-ended word of its date field: a ticked 无固定期限 or 至今
   * box means no end date; an empty date whose placeholder says 至今 means ongoing.
   */
  openLabel?: 'ticked' | 'empty';
}

/** A raw page value → the case value for a field of this kind. */
export function normalizeValue(spec: ValueSpec, raw: RawValue, context: NormalizeContext = {}): Normalized {
  if (context.openLabel === 'ticked' && raw.kind === 'checked') return raw.checked ? ok(null) : absent;
  if (context.openLabel === 'empty' && raw.kind === 'text' && isBlank(raw.text)) return ok(null);
  const result = normalizeRaw(spec, raw, context.unit);
  if (context.invert && result.ok && typeof result.value === 'boolean') return ok(!result.value);
  return result;
}

function normalizeRaw(spec: ValueSpec, raw: RawValue, unit: 'yuan' | 'wan' | undefined): Normalized {
  if (raw.kind === 'checked') {
    if (!raw.checked) return raw.explicit ? (spec.kind === 'boolean' ? ok(false) : absent) : absent;
    if (spec.kind === 'boolean') return ok(true);
    if (spec.kind === 'enum' && spec.values.some((entry) => entry.value === true)) return ok(true);
    return failWith(MESSAGES.option);
  }
  if (raw.kind === 'list') {
    if (spec.kind === 'enum-list') return normalizeEnumList(raw.items, spec.values);
    const items = raw.items.filter((item) => !isBlank(item));
    if (items.length === 0) return absent;
    if (spec.kind === 'text') return ok(items.join('、'));
    if (items.length > 1) return failWith(MESSAGES.option);
    return normalizeTextValue(spec, items[0]!, unit);
  }
  const first = normalizeTextValue(spec, raw.text, unit);
  if (first.ok || raw.alt === undefined || raw.alt === raw.text) return first;
  // A radio or option whose text is not understood may carry a meaningful value attribute.
  const second = normalizeTextValue(spec, raw.alt, unit);
  return second.ok && second.value !== undefined ? second : first;
}
