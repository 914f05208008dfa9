// How values read inside messages, one format per language: dates 2026年11月27日 / 2026-11-27,
// months 2026年6月 / 2026-06, lists with 、 / ", ", amounts with thousands separators, in 万元 where
// the portal asks in 万元 (capital, company tax, investment) and in 元 elsewhere; English has no
// 万 and says yuan throughout.
import { monthIndex, type IsoDate, type IsoMonth } from './dates';
import type { Lang, Text } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** A date or month as the language writes it; any other string unchanged (engine.fill applies it to every string value). */
export function dateIn(lang: Lang, value: string): string {
  if (lang === 'en') return value;
  const date = ISO_DATE.exec(value);
  if (date) return `${date[1]}年${Number(date[2])}月${Number(date[3])}日`;
  const month = ISO_MONTH.exec(value);
  return month ? `${month[1]}年${Number(month[2])}月` : value;
}

/** Items joined as each language lists them. */
export function joinList(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

export function joinTexts(texts: readonly Text[]): Text {
  return { zh: joinList('zh', texts.map((t) => t.zh)), en: joinList('en', texts.map((t) => t.en)) };
}

/** Consecutive months as ranges: 2024年1月至2024年6月、2025年3月 / 2024-01 to 2024-06, 2025-03. */
export function monthRanges(months: readonly IsoMonth[]): Text {
  const ranges: [IsoMonth, IsoMonth][] = [];
  let i = 0;
  while (i < months.length) {
    let j = i;
    while (j + 1 < months.length && monthIndex(months[j + 1]!) === monthIndex(months[j]!) + 1) j++;
    ranges.push([months[i]!, months[j]!]);
    i = j + 1;
  }
  const written = (lang: Lang, joiner: string) =>
    joinList(lang, ranges.map(([a, b]) => (a === b ? dateIn(lang, a) : `${dateIn(lang, a)}${joiner}${dateIn(lang, b)}`)));
  return { zh: written('zh', '至'), en: written('en', ' to ') };
}

/** Dates or months, each on its own, as a list. */
export function dateList(values: readonly (IsoDate | IsoMonth)[]): Text {
  return { zh: joinList('zh', values.map((v) => dateIn('zh', v))), en: joinList('en', values) };
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const GROUPED_WAN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A number with thousands separators (1,000,000; 17,905.5). */
export function grouped(n: number): string {
  return GROUPED.format(n);
}

/** An amount in 元: 17,905.5元 / 17,905.5 yuan. */
export function yuan(amount: number): Text {
  return { zh: `${grouped(amount)}元`, en: `${grouped(amount)} yuan` };
}

/** An amount the portal asks in 万元: 50万元 / 500,000 yuan. */
export function wanYuan(amount: number): Text {
  return { zh: `${GROUPED_WAN.format(amount / 10_000)}万元`, en: `${grouped(amount)} yuan` };
}
