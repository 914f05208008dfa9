// Placing a recognised control: its value read and normalised, split when one text holds several
// values (a period, a yearly summary, a list of qualifications), with the field template it fills.

import type { ReaderCache } from './cache';
import type { Classification } from './classify';
import { readRaw, type Widget } from './controls';
import { textOf } from './dom';
import { inList, normalizeValue, rangeParts } from './normalize';
import { FIELDS, type FieldSpec } from './synonyms';
import { toHalfWidth } from './text';
import type { ControlDescriptor, Message, Normalized, RawValue } from './types';

/** A control or text value of the page, with the key hand mappings use. */
export interface Item {
  descriptor: ControlDescriptor;
  widget: Widget | null;
  key: string;
}

/** One control or text value that the reader placed, with its value or its problem. */
export interface Placed {
  descriptor: ControlDescriptor;
  key: string;
  spec: FieldSpec;
  template: string;
  index?: number;
  year?: string;
  month?: string;
  result: { ok: true; value: unknown } | { ok: false; problem: Message };
  isStatic: boolean;
  /** Which entry of a text listing several (单位资质：A；B) this is. */
  part?: number;
}

/** The value an item shows now: a control's state, or a text value's text. */
function rawOf(item: Item): RawValue {
  return item.widget ? readRaw(item.widget) : { kind: 'text', text: textOf(item.descriptor.element, 2000) };
}

/**
 * Whether an item's value lives in the page's markup (a text value, a widget showing its choice as
 * text): it changes only with the markup, unlike a form control's value and checked state.
 */
function shownInMarkup(item: Item): boolean {
  return item.widget === null || item.widget.shown === true;
}

const EMPTY_MEANS = /(为空|空白|不填|未填|留空|空着)[^。；;]{0,8}?(至今|无固定期限|长期)/;
const emptyHints = new WeakMap<ControlDescriptor, string | null>();

/** A note beside the table or field saying what an empty end means (终止时间为空表示至今). */
function emptyHintOf(descriptor: ControlDescriptor): string | null {
  let hint = emptyHints.get(descriptor);
  if (hint !== undefined) return hint;
  hint = null;
  const table = descriptor.row ? (descriptor.row.table.closest('.el-table') ?? descriptor.row.table) : null;
  const scope = table ?? descriptor.element.closest('.el-form-item') ?? descriptor.element.parentElement;
  const near = scope ? [scope, scope.previousElementSibling, scope.previousElementSibling?.previousElementSibling, scope.nextElementSibling, scope.nextElementSibling?.nextElementSibling] : [];
  for (const element of near) {
    const text = element && element !== table ? textOf(element, 200) : '';
    const match = text.length <= 120 ? EMPTY_MEANS.exec(text) : null;
    if (match) {
      hint = match[2]!;
      break;
    }
  }
  emptyHints.set(descriptor, hint);
  return hint;
}

/**
 * A 无固定期限 / 至今 box beside a date; or a date left empty where the page says empty means
 * ongoing (its placeholder says 至今, or a note says 终止时间为空表示至今).
 */
function openLabelOf(descriptor: ControlDescriptor, spec: FieldSpec): 'ticked' | 'empty' | undefined {
  if (spec.value.kind !== 'date' || !spec.value.open) return undefined;
  const open = spec.value.open;
  if (descriptor.kind === 'checkbox') {
    const own = descriptor.labels.find((label) => label.source === 'ancestor-label' || label.source === 'label-for');
    return own && inList(own.text, open) ? 'ticked' : undefined;
  }
  const placeholder = descriptor.labels.find((label) => label.source === 'placeholder');
  if (placeholder && inList(placeholder.text, open)) return 'empty';
  const hint = descriptor.kind === 'static' ? null : emptyHintOf(descriptor);
  return hint && inList(hint, open) ? 'empty' : undefined;
}

function rawKey(raw: RawValue): string {
  if (raw.kind === 'text') return `t${raw.text}\u0000${raw.alt ?? ''}`;
  if (raw.kind === 'checked') return `c${raw.checked}${raw.explicit}`;
  return `l${raw.items.join('\u0000')}`;
}

/** Normalises a field's value, reusing the last result while the value on the page is unchanged. */
function normalizeCached(item: Item, spec: FieldSpec, raw: RawValue, cache: ReaderCache): Normalized {
  let byField = cache.values.get(item.descriptor);
  if (!byField) {
    byField = new Map();
    cache.values.set(item.descriptor, byField);
  }
  const id = `${spec.path}${spec.invert ? '!' : ''}`;
  const key = rawKey(raw);
  const known = byField.get(id);
  if (known && known.raw === key) return known.result;
  const openLabel = openLabelOf(item.descriptor, spec);
  const result = normalizeValue(spec.value, raw, {
    ...(item.descriptor.unit ? { unit: item.descriptor.unit } : {}),
    ...(spec.invert ? { invert: true } : {}),
    ...(openLabel ? { openLabel } : {}),
  });
  byField.set(id, { raw: key, result });
  return result;
}

const YEAR_AMOUNT = /((?:19|20)\d{2})\s*年?度?\s*[:：]\s*([-+]?[\d.,]+\s*(?:万元|万|元)?)/g;
const DATE_IN_TEXT = /\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?/;
const NOTHING = /^(无|暂无|没有|none)$/i;

/** 2025年度：126.00万元；2024年度：118.00万元 → one amount per year. */
function placeYearPairs(item: Item, spec: FieldSpec, text: string, isStatic: boolean): Placed[] {
  const placed: Placed[] = [];
  for (const match of toHalfWidth(text).matchAll(YEAR_AMOUNT)) {
    const result = normalizeValue(spec.value, { kind: 'text', text: match[2]! }, item.descriptor.unit ? { unit: item.descriptor.unit } : {});
    placed.push({ descriptor: item.descriptor, key: item.key, spec, template: spec.path, year: match[1]!, result, isStatic });
  }
  return placed;
}

/** 高新技术企业（有效期至2027-12-20）；软件企业（有效期至2027-06-30） → entries with kind and date. */
function placeList(item: Item, spec: FieldSpec, text: string, isStatic: boolean): Placed[] | null {
  const parts = text.split(/[；;\n]+/).map((part) => part.trim()).filter(Boolean);
  if (parts.length === 1 && NOTHING.test(parts[0]!)) return [];
  if (parts.length < 2 && !parts.some((part) => DATE_IN_TEXT.test(part))) return null;
  const datePath = spec.path.replace(/\[\]\.[^.]+$/, `[].${spec.listDate}`);
  const dateSpec = FIELDS.find((field) => field.path === datePath) ?? null;
  const placed: Placed[] = [];
  parts.forEach((part, index) => {
    const kind = normalizeValue(spec.value, { kind: 'text', text: part.replace(/[(（][^)）]*[)）]/g, '') || part });
    placed.push({ descriptor: item.descriptor, key: item.key, spec, template: spec.path, result: kind, isStatic, part: index });
    const date = DATE_IN_TEXT.exec(part)?.[0];
    if (date && dateSpec) {
      placed.push({ descriptor: item.descriptor, key: item.key, spec: dateSpec, template: dateSpec.path, result: normalizeValue(dateSpec.value, { kind: 'text', text: date }), isStatic, part: index });
    }
  });
  return placed;
}

/** Places one item showing `raw`: its path(s) and normalised value(s). */
function placeValue(item: Item, classification: Classification, raw: RawValue, isStatic: boolean, cache: ReaderCache): Placed[] {
  if (classification.kind === 'field') {
    const spec = classification.spec;
    if (raw.kind === 'text' && classification.index === undefined) {
      if (spec.path.includes('{year}') && classification.year === undefined && spec.value.kind === 'money') {
        const pairs = placeYearPairs(item, spec, raw.text, isStatic);
        if (pairs.length > 0) return pairs;
      }
      if (spec.listDate) {
        const list = placeList(item, spec, raw.text, isStatic);
        if (list) return list;
      }
    }
    const result = normalizeCached(item, classification.spec, raw, cache);
    const placed: Placed = { descriptor: item.descriptor, key: item.key, spec: classification.spec, template: classification.template, result, isStatic };
    if (classification.index !== undefined) placed.index = classification.index;
    if (classification.year !== undefined) placed.year = classification.year;
    if (classification.month !== undefined) placed.month = classification.month;
    return [placed];
  }
  if (classification.kind !== 'range') return [];
  // One text holding a period (2020-01-01 至 2027-06-30): each end goes to its own field.
  const text = raw.kind === 'text' ? raw.text : raw.kind === 'list' ? raw.items.join(' ') : '';
  const parts = rangeParts(text);
  // A lone value under a period label is its end (营业期限：长期); more than two parts is unreadable as a whole.
  const [start, end] = parts.length === 2 ? [parts[0]!, parts[1]!] : parts.length === 1 ? ['', parts[0]!] : [text, text];
  const placed: Placed[] = [];
  for (const [spec, part] of [[classification.start, start], [classification.end, end]] as const) {
    if (!spec) continue;
    const result = normalizeValue(spec.value, { kind: 'text', text: part });
    placed.push({ descriptor: item.descriptor, key: item.key, spec, template: spec.path, result, isStatic });
  }
  return placed;
}

/** What an item placed at an earlier read, with the hand mapping and value it was placed with. */
export interface PlacedMemo {
  mapping: string | undefined;
  /** The key of the value read (null for a value in the markup: see `place`). */
  raw: string | null;
  entries: readonly Placed[];
}

/**
 * Places one item: its path(s) and normalised value(s). `memo` holds what items placed at earlier
 * reads of the same page structure (it lives as long as the page's markup is unchanged): an item
 * with the same mapping and value gives the same entries, and a value in the markup is not even
 * read again. The entries are shared: whoever completes them (array indexes, years) copies them.
 */
export function place(
  item: Item,
  classification: Classification,
  isStatic: boolean,
  mapping: string | undefined,
  memo: Map<Item, PlacedMemo>,
  cache: ReaderCache,
): readonly Placed[] {
  if (classification.kind !== 'field' && classification.kind !== 'range') return [];
  const known = memo.get(item);
  const inMarkup = shownInMarkup(item);
  if (known && known.mapping === mapping && inMarkup) return known.entries;
  const raw = rawOf(item);
  const key = inMarkup ? null : rawKey(raw);
  if (known && known.mapping === mapping && known.raw === key) return known.entries;
  const entries = placeValue(item, classification, raw, isStatic, cache);
  memo.set(item, { mapping, raw: key, entries });
  return entries;
}
